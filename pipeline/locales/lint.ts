/**
 * The lint of locales/: what a bilingual editor checks in the termbase and
 * the gazetteer before signing them, as far as a machine can tell.
 *
 * - Arabic strings: Arabic letters only, tanwīn fatḥ before the alif, one
 *   hamza spelling per word (./arabic-orthography.ts).
 * - Termbase: each variant distinct from its own term, transliteration and
 *   other variants, and from other entries' terms; the transliteration an
 *   IJMES transliteration of the Arabic term (./ijmes.ts).
 * - Gazetteer: every entry in both languages with a type, a name and a
 *   description; no name claimed by two entries; no Arabic alias that is its
 *   own name once folded.
 * - Definitions and descriptions name people by the gazetteer's name, not an
 *   alias (a paper then finds one spelling everywhere).
 *
 * Run by `papers check` and `papers build` through pipeline/batch/locale-checks.ts.
 */
import { loadResources } from '../i18n/index.js';
import { LANGS, type Lang } from '../model/langs.js';
import { fold } from '../text/fold.js';
import { Rules, type AnyRule } from '../model/rules.js';
import { scan } from '../extract/entities/lexicon.js';
import { resourcesOf } from '../extract/resources.js';
import { nameKeys, tokenize } from '../extract/entities/tokens.js';
import { hamzaFaults, scriptFaults, tanwinAfterAlif } from './arabic-orthography.js';
import { transliterationFaults } from './ijmes.js';

export interface LocaleProblem {
  rule: AnyRule;
  lang: Lang;
  namespace: string;
  /** The entry's id (or a UI string's dotted key). */
  key: string;
  /** The field and value at fault, when there are: diagnostics point at the value's line. */
  field?: string;
  value?: string;
  message: string;
}

type Raw = Record<string, unknown>;
type Namespace = Record<string, unknown>;

/** Fields of a glossary or gazetteer entry that hold names or terms (Latin letters are a fault there in Arabic). */
const NAME_FIELDS = new Set(['term', 'variants', 'match', 'except', 'name', 'aliases', 'short']);
const ENTITY_TYPES = new Set(['person', 'organization', 'place']);

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' ? [value] : []);
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

export function lintLocales(localesDir?: string): LocaleProblem[] {
  const resources = loadResources(localesDir);
  const ns = (lang: Lang, name: string): Namespace => (resources[lang]?.[name] ?? {}) as Namespace;
  return [
    ...arabicProblems(ns),
    ...termbaseProblems(ns),
    ...gazetteerProblems(ns),
    ...nameProblems(ns, localesDir),
  ];
}

/** Every string of an Arabic namespace, with the entry it belongs to and the field that holds it. */
function arabicStrings(namespace: Namespace): { key: string; field: string; value: string }[] {
  const out: { key: string; field: string; value: string }[] = [];
  const walk = (value: unknown, key: string, field: string): void => {
    if (typeof value === 'string') out.push({ key, field, value });
    else if (Array.isArray(value)) for (const v of value) walk(v, key, field);
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, key ? key : k, key ? k : '');
  };
  walk(namespace, '', '');
  return out;
}

function arabicProblems(ns: (lang: Lang, name: string) => Namespace): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const all: { text: string; where: { namespace: string; key: string; field: string } }[] = [];
  for (const namespace of ['common', 'entities', 'glossary']) {
    for (const { key, field, value } of arabicStrings(ns('ar', namespace))) {
      const where = `${field ? `${field} ` : ''}“${value.length > 60 ? `${value.slice(0, 57)}…` : value}”`;
      const faults = scriptFaults(value, namespace !== 'common' && NAME_FIELDS.has(field));
      if (faults.length > 0) problems.push({ rule: Rules.localeScript, lang: 'ar', namespace, key, field, value, message: `\`${key}\` ${where}: ${faults.join('; ')}: write it with Arabic letters only` });
      for (const word of tanwinAfterAlif(value)) {
        problems.push({ rule: Rules.localeTanwin, lang: 'ar', namespace, key, field, value, message: `\`${key}\` ${field}: tanwīn after the alif in “${word}”: write it on the letter before, “${word.replace(/ا\u064B/u, '\u064Bا')}”` });
      }
      all.push({ text: value, where: { namespace, key, field } });
    }
  }
  for (const f of hamzaFaults(all)) {
    const { namespace, key, field } = f.where;
    problems.push({ rule: Rules.localeHamza, lang: 'ar', namespace, key, field, value: f.written, message: `\`${key}\` ${field}: “${f.written}” is written “${f.expected}” elsewhere in locales/ar: write its hamza` });
  }
  return problems;
}

/** Search key of a termbase phrase, as detection folds it. */
const phraseKey = (phrase: string, lang: Lang): string => fold(phrase, lang).text.trim();

/** The singulars an English search key may be the plural of (detection finds a plural through its singular). */
const singulars = (key: string): string[] => [...(key.endsWith('s') ? [key.slice(0, -1)] : []), ...(key.endsWith('es') ? [key.slice(0, -2)] : [])];

/** The phrase of `own` that `key` repeats: itself, or (English) its plural, found anyway. */
function repeated<T>(key: string, own: Map<string, T>, lang: Lang): T | undefined {
  if (own.has(key)) return own.get(key);
  if (lang === 'en') for (const singular of singulars(key)) if (own.has(singular)) return own.get(singular);
  return undefined;
}

function termbaseProblems(ns: (lang: Lang, name: string) => Namespace): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const glossary = { en: ns('en', 'glossary'), ar: ns('ar', 'glossary') };
  const terms = { en: new Map<string, string>(), ar: new Map<string, string>() };
  for (const lang of LANGS) {
    for (const [id, raw] of Object.entries(glossary[lang])) {
      const term = text((raw as Raw)?.term);
      if (term) terms[lang].set(phraseKey(term, lang), id);
    }
  }
  for (const lang of LANGS) {
    for (const [id, value] of Object.entries(glossary[lang])) {
      if (!value || typeof value !== 'object') continue;
      const raw = value as Raw;
      const own = new Map<string, string>();
      const term = text(raw.term);
      const transliteration = text(raw.transliteration);
      if (term) own.set(phraseKey(term, lang), `the term “${term}”`);
      if (transliteration) own.set(phraseKey(transliteration, lang), `the transliteration “${transliteration}”`);
      const report = (v: string, what: string, field = 'variants') =>
        problems.push({ rule: Rules.glossaryVariant, lang, namespace: 'glossary', key: id, field, value: v, message: `Glossary term \`${id}\` (${lang}): variant “${v}” ${what}: remove it` });
      const variants = strings(raw.variants).map((v) => ({ v, key: phraseKey(v, lang) }));
      const variantOf = new Map(variants.map(({ v, key }) => [key, v]));
      for (const { v, key } of variants) {
        // A plural listed before its singular is the one to remove, whatever the order.
        const singular = lang === 'en' ? singulars(key).find((k) => variantOf.has(k)) : undefined;
        const same = singular !== undefined ? `the variant “${variantOf.get(singular)}”` : repeated(key, own, lang);
        if (same) {
          report(v, `repeats ${same} once folded (case, diacritics, apostrophes, hyphens${lang === 'en' ? ', plural -s' : ', harakat, hamza seats'} are matched anyway)`);
          continue;
        }
        // The same spelling as another entry's term is reported by glossary-termbase; its plural is not.
        const other = lang === 'en' && !terms.en.has(key) ? repeated(key, terms.en, lang) : undefined;
        if (other && other !== id) report(v, `is the plural of the term of \`${other}\`, another concept`);
        own.set(key, `the variant “${v}”`);
      }
      const match = new Map<string, string>();
      for (const m of strings(raw.match)) {
        const key = phraseKey(m, lang);
        if (match.has(key)) report(m, `repeats the match phrase “${match.get(key)}” once folded`, 'match');
        else match.set(key, m);
      }
      if (lang === 'en' && transliteration) {
        const arabic = text((glossary.ar[id] as Raw | undefined)?.term);
        for (const f of arabic ? transliterationFaults(transliteration, arabic, term) : []) {
          problems.push({
            rule: f.kind === 'scheme' ? Rules.glossaryTransliteration : Rules.glossaryTransliterationTerm,
            lang,
            namespace: 'glossary',
            key: id,
            field: 'transliteration',
            value: transliteration,
            message: `Glossary term \`${id}\`: transliteration ${f.message}`,
          });
        }
      }
    }
  }
  return problems;
}

function gazetteerProblems(ns: (lang: Lang, name: string) => Namespace): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  const gazetteer = { en: ns('en', 'entities'), ar: ns('ar', 'entities') };
  const ids = [...new Set(LANGS.flatMap((lang) => Object.keys(gazetteer[lang])))];
  const entry = (lang: Lang, id: string, message: string) => problems.push({ rule: Rules.gazetteerEntry, lang, namespace: 'entities', key: id, message: `Gazetteer entry \`${id}\` (${lang}): ${message}` });
  for (const id of ids) {
    for (const lang of LANGS) {
      const raw = gazetteer[lang][id] as Raw | undefined;
      if (!raw || typeof raw !== 'object') {
        entry(lang, id, `missing in locales/${lang}/entities.json: add its name and description`);
        continue;
      }
      if (!text(raw.name)) entry(lang, id, 'no name');
      if (!text(raw.description)) entry(lang, id, 'no description');
      if (lang === 'en' && !ENTITY_TYPES.has(text(raw.type))) entry(lang, id, `type must be one of ${[...ENTITY_TYPES].join(', ')}`);
    }
  }
  for (const lang of LANGS) {
    const owner = new Map<string, { id: string; name: string }>();
    for (const [id, value] of Object.entries(gazetteer[lang])) {
      if (!value || typeof value !== 'object') continue;
      const raw = value as Raw;
      const own = new Map<string, string>();
      for (const name of [...strings(raw.name), ...strings(raw.aliases), ...strings(raw.match)]) {
        const key = nameKeys(name, lang).join(' ');
        if (!key) continue;
        const claimed = owner.get(key);
        if (claimed && claimed.id !== id) {
          problems.push({ rule: Rules.gazetteerDuplicateName, lang, namespace: 'entities', key: id, value: name, message: `Gazetteer name “${name}” of \`${id}\` is also “${claimed.name}” of \`${claimed.id}\`: a name belongs to one entry (shared surnames go in \`short\`)` });
          continue;
        }
        owner.set(key, { id, name });
        // Arabic has one spelling of a name: a hamza seat, ة for ه or ى for ي is a slip, which folding matches anyway.
        if (lang === 'ar' && own.has(key)) {
          problems.push({ rule: Rules.gazetteerDuplicateName, lang, namespace: 'entities', key: id, value: name, message: `Gazetteer alias “${name}” of \`${id}\` is “${own.get(key)}” once folded (hamza seats, ة/ه, ى/ي, harakat are matched anyway): remove it` });
        }
        if (!own.has(key)) own.set(key, name);
      }
    }
  }
  return problems;
}

/**
 * Definitions and descriptions that name a person by an alias ("Adel Abdul
 * Mahdi", محمد محمد صادق الصدر) where the gazetteer has a name: papers and
 * the termbase should show one spelling. Short forms (Sistani) are fine.
 */
function nameProblems(ns: (lang: Lang, name: string) => Namespace, localesDir: string | undefined): LocaleProblem[] {
  const problems: LocaleProblem[] = [];
  for (const lang of LANGS) {
    const lex = resourcesOf({ localesDir }).lexicon(lang);
    // Most texts name nobody by an alias: only those holding an alias's last word, folded, are tokenized.
    const people = Object.entries(ns('en', 'entities')).filter(([, raw]) => (raw as Raw)?.type === 'person');
    const tails = [...new Set(people.flatMap(([id]) => strings((ns(lang, 'entities')[id] as Raw | undefined)?.aliases)).map((a) => fold(a, lang).text.trim().split(' ').at(-1)!))];
    const texts: { namespace: string; key: string; field: string; value: string }[] = [];
    for (const [key, raw] of Object.entries(ns(lang, 'glossary'))) texts.push({ namespace: 'glossary', key, field: 'definition', value: text((raw as Raw)?.definition) });
    for (const [key, raw] of Object.entries(ns(lang, 'entities'))) texts.push({ namespace: 'entities', key, field: 'description', value: text((raw as Raw)?.description) });
    for (const { namespace, key, field, value } of texts) {
      const folded = fold(value, lang).text;
      if (!tails.some((tail) => folded.includes(tail))) continue;
      const tokens = tokenize(value, lang);
      for (const m of scan(lex, value, tokens)) {
        if (m.candidates.some((c) => c.kind === 'short')) continue;
        const people = m.candidates.map((c) => lex.info.get(c.entity)).filter((e) => e?.type === 'person');
        if (people.length === 0 || people.length < m.candidates.length) continue;
        const alias = value.slice(m.start, m.end);
        const written = nameKeys(alias, lang).join(' ');
        // An entry may give its own other names ("known as …").
        if (people.some((e) => e!.id === key || nameKeys(e!.names[lang] ?? '', lang).join(' ') === written)) continue;
        const person = people[0]!;
        problems.push({
          rule: Rules.localeDefinitionName,
          lang,
          namespace,
          key,
          value: alias,
          message: `\`${key}\` ${field} (${lang}) names “${alias}”, an alias of \`${person.id}\`: write the gazetteer's name “${person.names[lang]}”`,
        });
      }
    }
  }
  return problems;
}
