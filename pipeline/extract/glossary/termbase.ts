/**
 * The termbase: `locales/en/glossary.json` and `locales/ar/glossary.json`,
 * i18next namespaces keyed by term id. Both languages are required for every
 * term, because each edition prints the term with its equivalent and its
 * definition in the other language.
 *
 * Per language an entry has `term` and `definition`; English also has
 * `transliteration` (IJMES, of the Arabic term: docs/glossary.md). Optional keys steer detection:
 * - `variants`: other spellings papers use (searched besides `term` and the transliteration);
 * - `match`: when present, the only phrases searched (for terms whose bare word is
 *   ambiguous, e.g. Arabic الخمس is also "the five");
 * - `except`: phrases that look like the term but are not (e.g. المرجع السابق, "op. cit.").
 */
import { LANGS, type Lang } from '../../model/langs.js';
import { loadResources } from '../../i18n/index.js';
import { fold } from '../../text/fold.js';

export interface TermSide {
  term: string;
  definition: string;
  transliteration?: string;
  variants: string[];
  match?: string[];
  except: string[];
}

export interface TermbaseEntry {
  id: string;
  en: TermSide;
  ar: TermSide;
}

export interface TermbaseProblem {
  termId: string;
  lang: Lang;
  problem: string;
}

type Raw = Record<string, unknown>;

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '') : [];

function side(raw: unknown): TermSide | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Raw;
  const text = (k: string): string => (typeof r[k] === 'string' ? (r[k] as string).trim() : '');
  const out: TermSide = { term: text('term'), definition: text('definition'), variants: strings(r.variants), except: strings(r.except) };
  if (text('transliteration')) out.transliteration = text('transliteration');
  if (Array.isArray(r.match)) out.match = strings(r.match);
  return out;
}

/** The termbase namespace of each language (empty where a language has none). */
export type TermbaseFiles = Record<Lang, Raw>;

function namespaces(localesDir?: string): TermbaseFiles {
  const resources = loadResources(localesDir);
  const out = {} as TermbaseFiles;
  for (const lang of LANGS) out[lang] = (resources[lang]?.glossary ?? {}) as Raw;
  return out;
}

/** Every term present in both languages, sorted by id. */
export function termbaseOf(ns: TermbaseFiles): TermbaseEntry[] {
  const ids = Object.keys(ns.en).filter((id) => id in ns.ar).sort();
  const out: TermbaseEntry[] = [];
  for (const id of ids) {
    const en = side(ns.en[id]);
    const ar = side(ns.ar[id]);
    if (en?.term && ar?.term) out.push({ id, en, ar });
  }
  return out;
}

/**
 * What `papers check` reports about the termbase: a term missing in one
 * language, an empty term or definition, an English entry without
 * transliteration, or one spelling claimed by two terms.
 */
export function termbaseProblems(localesDir?: string): TermbaseProblem[] {
  const ns = namespaces(localesDir);
  const problems: TermbaseProblem[] = [];
  const ids = [...new Set(LANGS.flatMap((lang) => Object.keys(ns[lang])))].sort();
  const owner = new Map<string, string>();
  for (const id of ids) {
    for (const lang of LANGS) {
      if (!(id in ns[lang])) {
        problems.push({ termId: id, lang, problem: `missing in locales/${lang}/glossary.json` });
        continue;
      }
      const s = side(ns[lang][id]);
      if (!s) {
        problems.push({ termId: id, lang, problem: 'entry is not an object' });
        continue;
      }
      if (!s.term) problems.push({ termId: id, lang, problem: 'empty term' });
      if (!s.definition) problems.push({ termId: id, lang, problem: 'empty definition' });
      if (lang === 'en' && !s.transliteration) problems.push({ termId: id, lang, problem: 'no transliteration' });
      for (const phrase of searchPhrases(s)) {
        const key = `${lang}\u0000${searchKey(phrase, lang)}`;
        const other = owner.get(key);
        if (other && other !== id) problems.push({ termId: id, lang, problem: `spelling "${phrase}" also belongs to "${other}"` });
        else owner.set(key, id);
      }
    }
  }
  return problems;
}

/** The phrases detection looks for in one language. */
export function searchPhrases(s: TermSide): string[] {
  if (s.match) return s.match;
  return [s.term, ...(s.transliteration ? [s.transliteration] : []), ...s.variants];
}

/** Spelling-insensitive key used to spot one phrase claimed by two terms. */
const searchKey = (phrase: string, lang: Lang): string => fold(phrase, lang).text.trim();
