/**
 * i18next resources from `locales/<lang>/<namespace>.json`: UI strings
 * (`common`), the gazetteer (`entities`) and the termbase (`glossary`), read
 * through the `Locales` object of their directory (./locales.ts), and helpers
 * over a translator (`rememberingT`, `phrase`) for the renderers, which are
 * given one and never load locales/ themselves.
 */
import type { i18n, Resource, TFunction } from 'i18next';
import { LANGS, type Lang } from '../model/langs.js';
import { localesOf } from './locales.js';

export { defaultLocalesDir, Locales, localesOf } from './locales.js';

/** All resources under a locales directory, keyed by language then namespace (its shared `Locales`). */
export function loadResources(localesDir?: string): Resource {
  return localesOf(localesDir).resources;
}

/** The UI-string instance of a language for a locales directory (its shared `Locales`): one per language and directory. */
export function createI18n(lang: Lang, localesDir?: string): i18n {
  return localesOf(localesDir).i18n(lang);
}

export function translator(lang: Lang, localesDir?: string): TFunction {
  return createI18n(lang, localesDir).t;
}

const remembering = new WeakMap<TFunction, TFunction>();

/**
 * `t` remembering the strings of keys asked without options. i18next resolves
 * every call anew (microseconds to tens of them, and garbage), and a page asks
 * for the same labels over and over; resources never change after loading.
 * One per translator, so it can key other caches in turn.
 */
export function rememberingT(t: TFunction): TFunction {
  let remembered = remembering.get(t);
  if (!remembered) {
    const strings = new Map<string, string>();
    const call = t as unknown as (...args: unknown[]) => unknown;
    remembered = ((key: unknown, ...rest: unknown[]) => {
      if (rest.length > 0 || typeof key !== 'string') return call(key, ...rest);
      let value = strings.get(key);
      if (value === undefined) strings.set(key, (value = String(call(key))));
      return value;
    }) as unknown as TFunction;
    remembering.set(t, remembered);
    remembering.set(remembered, remembered);
  }
  return remembered;
}

/** Fills the placeholders of one string: `fill({ n: '3' })`. */
export type Phrase = (values: Readonly<Record<string, string>>) => string;

const phrases = new WeakMap<TFunction, Map<string, Phrase>>();
/** Stands for a placeholder's value while the string is resolved; never in a locale file. */
const MARK = '\u0000';

/**
 * A string with placeholders (`{{n}}`) resolved by i18next once per
 * translator; filling it then only concatenates. For strings made in loops
 * (a label per citation marker, per mention link): a `t` call costs
 * microseconds. Where i18next does more with a value than insert it (a
 * format, a plural or a context), every fill calls `t`.
 */
export function phrase(t: TFunction, key: string, names: readonly string[]): Phrase {
  let byKey = phrases.get(t);
  if (!byKey) phrases.set(t, (byKey = new Map()));
  const id = `${key}${MARK}${names.join(MARK)}`;
  let fill = byKey.get(id);
  if (!fill) byKey.set(id, (fill = compilePhrase(t, key, names)));
  return fill;
}

function compilePhrase(t: TFunction, key: string, names: readonly string[]): Phrase {
  const each: Phrase = (values) => t(key, values) as string;
  if (names.includes('count') || names.includes('context')) return each;
  // Each value stands as MARK name MARK: the result splits into text, name, text, name, …, text.
  const pieces = (t(key, Object.fromEntries(names.map((n) => [n, `${MARK}${n}${MARK}`]))) as string).split(MARK);
  if (pieces.length % 2 === 0 || pieces.some((p, i) => i % 2 === 1 && !names.includes(p))) return each;
  const fill: Phrase = (values) => {
    let out = pieces[0];
    for (let i = 1; i < pieces.length; i += 2) out += values[pieces[i]] + pieces[i + 1];
    return out;
  };
  // A format may turn the marks into something else entirely (a number format gives NaN): try values a format would change.
  const same = ['1234.5', 'xY'].every((v) => {
    const values = Object.fromEntries(names.map((n) => [n, v]));
    return fill(values) === t(key, values);
  });
  return same ? fill : each;
}

/** Keys (dotted paths) present in one language's namespace but missing in another's. */
export function missingKeys(namespace: string, localesDir?: string): { lang: Lang; key: string }[] {
  const resources = loadResources(localesDir);
  const keysOf = (value: unknown, prefix = ''): string[] =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.entries(value).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k))
      : [prefix];
  const sets = LANGS.map((lang) => new Set(keysOf(resources[lang]?.[namespace] ?? {})));
  const all = new Set(sets.flatMap((s) => [...s]));
  const missing: { lang: Lang; key: string }[] = [];
  LANGS.forEach((lang, i) => {
    for (const key of [...all].sort()) if (!sets[i].has(key)) missing.push({ lang, key });
  });
  return missing;
}
