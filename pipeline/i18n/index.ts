/**
 * i18next resources from `locales/<lang>/<namespace>.json`: UI strings
 * (`common`), the gazetteer (`entities`) and the termbase (`glossary`).
 *
 * Resources are read once per process and shared by every instance. There is
 * deliberately no fallback language: an Arabic edition must never show an
 * English string silently; a missing key is found by `missingKeys` and by
 * `papers check`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type i18n, type Resource, type ResourceLanguage, type TFunction } from 'i18next';
import { LANGS, type Lang } from '../model/langs.js';

let packageLocales: string | undefined;

/** `locales/` of this package (works from the sources and from dist/); looked up once per process. */
export function defaultLocalesDir(): string {
  return (packageLocales ??= findLocalesDir());
}

function findLocalesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'locales')) || !existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('locales/ directory not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return join(dir, 'locales');
}

const cache = new Map<string, Resource>();
/** Parsed locale files by path: shared by `loadResources` and the i18next instances. */
const files = new Map<string, ResourceLanguage[string]>();

function readNamespace(path: string): ResourceLanguage[string] {
  let parsed = files.get(path);
  if (!parsed) files.set(path, (parsed = JSON.parse(readFileSync(path, 'utf8')) as ResourceLanguage[string]));
  return parsed;
}

/** All resources under a locales directory, keyed by language then namespace. */
export function loadResources(localesDir = defaultLocalesDir()): Resource {
  const key = resolve(localesDir);
  const hit = cache.get(key);
  if (hit) return hit;
  const resources: Resource = {};
  for (const lang of LANGS) {
    const dir = join(localesDir, lang);
    if (!existsSync(dir)) continue;
    resources[lang] = {};
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.json')) continue;
      resources[lang][name.slice(0, -'.json'.length)] = readNamespace(join(key, lang, name));
    }
  }
  cache.set(key, resources);
  return resources;
}

const instances = new Map<string, i18n>();

/**
 * A ready i18next instance for one language (synchronous: resources are in
 * memory) with its UI strings, the `common` namespace: all that editions ask
 * for (the gazetteer and the termbase are read by the stages through
 * `loadResources`; a renderer on a thread of its own need not parse them).
 * One per language and locales folder, shared by every caller: building one
 * costs more than rendering a masthead, and nothing changes an instance's
 * language or resources after this.
 */
export function createI18n(lang: Lang, localesDir?: string): i18n {
  const key = `${lang}\u0000${resolve(localesDir ?? defaultLocalesDir())}`;
  let instance = instances.get(key);
  if (!instance) instances.set(key, (instance = newInstance(lang, localesDir)));
  return instance;
}

function newInstance(lang: Lang, localesDir = defaultLocalesDir()): i18n {
  const common = join(resolve(localesDir), lang, 'common.json');
  const resources: Resource = existsSync(common) ? { [lang]: { common: readNamespace(common) } } : {};
  const instance = i18next.createInstance();
  void instance.init({
    resources,
    lng: lang,
    fallbackLng: false,
    ns: Object.keys(resources[lang] ?? {}),
    defaultNS: 'common',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    showSupportNotice: false,
  } as Parameters<typeof instance.init>[0]);
  return instance;
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
