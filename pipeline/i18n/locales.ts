/**
 * One `locales/` directory: its files (UI strings `common`, gazetteer
 * `entities`, termbase `glossary`), each parsed on first use, and the i18next
 * instance of each language's UI strings. What is read from a directory hangs
 * off one `Locales` object, so whoever holds the object holds the data, and
 * dropping it drops them: a caller (a test, a library user, a long-lived
 * server) can build one for a directory of its own. Code given none uses the
 * shared object of its directory (`localesOf`): the last few directories used
 * are kept, the oldest dropped.
 *
 * There is deliberately no fallback language: an Arabic edition must never
 * show an English string silently; a missing key is found by `missingKeys`
 * and by `papers check`.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import i18next, { type i18n, type Resource, type ResourceLanguage } from 'i18next';
import { LANGS, type Lang } from '../model/langs.js';

/** A parsed namespace file: `locales/<lang>/<name>.json`. */
export type Namespace = ResourceLanguage[string];

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

export class Locales {
  readonly dir: string;
  /** Parsed files by `<lang>/<name>`; null for a file that does not exist. At most the directory's files. */
  private readonly files = new Map<string, Namespace | null>();
  private all?: Resource;
  /** One instance per language. */
  private readonly instances = new Map<Lang, i18n>();

  constructor(dir: string = defaultLocalesDir()) {
    this.dir = resolve(dir);
  }

  /** One namespace of one language, parsed on first use; undefined when the file does not exist. */
  namespace(lang: Lang, name: string): Namespace | undefined {
    const key = `${lang}/${name}`;
    let parsed = this.files.get(key);
    if (parsed === undefined) {
      const path = join(this.dir, lang, `${name}.json`);
      this.files.set(key, (parsed = existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as Namespace) : null));
    }
    return parsed ?? undefined;
  }

  /** Every namespace of every language, keyed by language then namespace. */
  get resources(): Resource {
    if (this.all) return this.all;
    const all: Resource = {};
    for (const lang of LANGS) {
      const dir = join(this.dir, lang);
      if (!existsSync(dir)) continue;
      all[lang] = {};
      for (const file of readdirSync(dir).sort()) {
        if (!file.endsWith('.json')) continue;
        const name = file.slice(0, -'.json'.length);
        all[lang][name] = this.namespace(lang, name)!;
      }
    }
    return (this.all = all);
  }

  /**
   * A ready i18next instance for one language (synchronous: resources are in
   * memory) with its UI strings, the `common` namespace: all that editions ask
   * for (a renderer on a thread of its own need not parse the gazetteer or
   * the termbase). One per language, shared by every caller: building one
   * costs more than rendering a masthead, and nothing changes an instance's
   * language or resources after this.
   */
  i18n(lang: Lang): i18n {
    let instance = this.instances.get(lang);
    if (!instance) this.instances.set(lang, (instance = uiInstance(lang, this.namespace(lang, 'common'))));
    return instance;
  }
}

function uiInstance(lang: Lang, common: Namespace | undefined): i18n {
  const resources: Resource = common ? { [lang]: { common } } : {};
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

/** The shared objects by directory; a process uses one or two, so a few are kept and the least recently used dropped. */
const shared = new Map<string, Locales>();
const SHARED_LIMIT = 4;

/** The shared `Locales` of a directory (default: the package's). */
export function localesOf(dir: string = defaultLocalesDir()): Locales {
  const key = resolve(dir);
  let locales = shared.get(key);
  if (locales) shared.delete(key);
  else if (shared.size >= SHARED_LIMIT) shared.delete(shared.keys().next().value!);
  shared.set(key, (locales ??= new Locales(key)));
  return locales;
}
