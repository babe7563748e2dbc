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
import i18next, { type i18n, type Resource, type TFunction } from 'i18next';
import { LANGS, type Lang } from '../source/langs.js';

/** `locales/` of this package (works from the sources and from dist/). */
export function defaultLocalesDir(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'locales')) || !existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('locales/ directory not found above ' + fileURLToPath(import.meta.url));
    dir = up;
  }
  return join(dir, 'locales');
}

const cache = new Map<string, Resource>();

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
      resources[lang][name.slice(0, -'.json'.length)] = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    }
  }
  cache.set(key, resources);
  return resources;
}

/** A ready i18next instance for one language (synchronous: resources are in memory). */
export function createI18n(lang: Lang, localesDir?: string): i18n {
  const resources = loadResources(localesDir);
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
