/**
 * The gazetteer (locales/<lang>/entities.json) as a lookup table of name keys,
 * and the longest-match scan of a text against it.
 *
 * locales/en/entities.json: { "<id>": { type, name, aliases?, short?, description } }
 * locales/ar/entities.json: { "<id>": { name, aliases?, short?, description } }
 * `match`, when present, replaces the name and aliases as the phrases searched
 * (a name that is also an ordinary word: Arabic مشهد, "scene", is the city only
 * as مدينة مشهد). `short` lists the forms a person is referred to by alone
 * (default: the last word of the name, e.g. "Maliki"); such forms may be shared
 * by several people and are resolved by context (./resolve.ts).
 */
import type { EntityType, Lang } from '../../model/paper.js';
import { afterInitial, gapAfter, joinable, nameKeys, tokenize, wordKey, type Token } from './tokens.js';
import { ORG_HEADS, TITLES, TRADE_HEADS } from './name-words.js';
import type { Places, WorldNames } from './datasets.js';
import { foldLatin } from '../../text/fold.js';

export interface GazetteerEntry {
  id: string;
  type: Exclude<EntityType, 'date'>;
  names: { en?: string; ar?: string };
  description: { en?: string; ar?: string };
  /** Its Wikidata item (`Q796`), when the English entry names one. */
  wikidata?: string;
}

interface RawEntry {
  type?: string;
  name?: string;
  aliases?: string[];
  short?: string[];
  match?: string[];
  description?: string;
  wikidata?: string;
}

/** One entity a name of the gazetteer may stand for (a name has several when entities share it). */
export interface NameSense {
  entity: string;
  /** 'name': a full name or alias; 'short': a form shared by design (surname alone). */
  kind: 'name' | 'short';
}

interface LexiconEntry {
  candidates: NameSense[];
  /** Acronyms match only in capitals ("US" is not "us"). */
  acronym: boolean;
}

export interface Lexicon {
  lang: Lang;
  entries: Map<string, LexiconEntry>;
  /** Longest name (in words) starting with each first word: most words start none, and are skipped at once. */
  firstWords: Map<string, number>;
  maxWords: number;
  info: Map<string, GazetteerEntry>;
}

const TYPES = new Set(['person', 'organization', 'place']);
/** Name particles that are not a surname on their own. */
const PARTICLES = new Set(['al', 'el', 'bin', 'ibn', 'bint', 'abu', 'abd', 'abdul', 'ال', 'بن', 'ابو', 'عبد', 'ابن']);

/** The gazetteer's files as read (locales/<lang>/entities.json), by language. */
export type GazetteerFiles = Partial<Record<Lang, unknown>>;

/** The gazetteer of a language as a lexicon, with the countries, cities and regions of the datasets (ExtractResources keeps it). */
export function buildGazetteerLexicon(lang: Lang, files: GazetteerFiles, places: Places, world: WorldNames): Lexicon {
  const en = (files.en ?? {}) as Record<string, RawEntry>;
  const ar = (files.ar ?? {}) as Record<string, RawEntry>;
  const lex: Lexicon = { lang, entries: new Map(), firstWords: new Map(), maxWords: 1, info: new Map() };
  for (const id of Object.keys(en)) {
    const type = en[id].type ?? ar[id]?.type;
    if (!type || !TYPES.has(type)) continue;
    lex.info.set(id, {
      id,
      type: type as GazetteerEntry['type'],
      names: { en: en[id].name, ar: ar[id]?.name },
      description: { en: en[id].description, ar: ar[id]?.description },
      ...(/^Q\d+$/.test(en[id].wikidata ?? '') ? { wikidata: en[id].wikidata } : {}),
    });
    const entry = lang === 'ar' ? ar[id] : en[id];
    // An Arabic edition quotes English names too, in Latin letters (an English title in a footnote).
    if (lang === 'ar' && en[id].name) addNames(lex, id, en[id].match ?? [en[id].name!, ...(en[id].aliases ?? [])]);
    if (!entry?.name) continue;
    addNames(lex, id, entry.match ?? [entry.name, ...(entry.aliases ?? []).filter((a) => !(type === 'person' && titledName(a, entry.name!)))]);
    if (type === 'person') addShortForms(lex, id, entry.short ?? [surnameOf(entry.name, lang)].filter((s): s is string => !!s));
    if (type === 'organization') addHeadWords(lex, id, [entry.name, ...(entry.aliases ?? [])]);
  }
  addCountries(lex, en, ar, places);
  addWorldPlaces(lex, world);
  return lex;
}

/**
 * CLDR's cities and regions, each a place with the same id in both languages, where no gazetteer name or country
 * has the name already (عمّان is Oman's عمان once folded). Regions in both languages; cities in Arabic only, where
 * nothing else tells a town's name: English discovery finds them by their capitals (and "Davis", "Regina" are
 * also people).
 */
function addWorldPlaces(lex: Lexicon, world: WorldNames): void {
  for (const place of world.places) {
    if (place.kind === 'city' && lex.lang !== 'ar') continue;
    const names = (lex.lang === 'ar' ? [place.ar, place.en] : [place.en]).filter((name) => !lex.entries.has(nameKeys(name, lex.lang).join(' ')));
    if (names.length === 0 || lex.info.has(place.id)) continue;
    lex.info.set(place.id, { id: place.id, type: 'place', names: { en: place.en, ar: place.ar }, description: {} });
    addNames(lex, place.id, names);
  }
}

/**
 * Every country of the places dataset: a country the gazetteer has (by any
 * English or Arabic name) takes the dataset's names as more aliases; any
 * other becomes a place of its own, with the same id in both languages.
 */
function addCountries(lex: Lexicon, en: Record<string, RawEntry>, ar: Record<string, RawEntry>, places: Places): void {
  const key = (name: string) => foldLatin(name).text.trim();
  const known = new Map<string, string>();
  for (const [id, e] of Object.entries(en)) {
    if (e.type !== 'place') continue;
    for (const name of [e.name, ...(e.aliases ?? []), ar[id]?.name, ...(ar[id]?.aliases ?? [])]) if (name) known.set(key(name), id);
  }
  for (const country of places.countries) {
    const id = [...country.names.en, ...country.names.ar].map((n) => known.get(key(n))).find((x) => x !== undefined) ?? country.id;
    if (!lex.info.has(id)) lex.info.set(id, { id, type: 'place', names: country.name, description: {} });
    // "The Netherlands", "The Gambia": the article stays outside the mention, as before any name.
    const en = country.names.en.filter((n) => !(/^The /.test(n) && country.names.en.includes(n.slice(4))));
    addNames(lex, id, lex.lang === 'ar' ? [...country.names.ar, ...en] : en);
  }
}

/** A copy of a lexicon to which a paper's discovered entities can be added. */
export function extendLexicon(base: Lexicon): Lexicon {
  return {
    lang: base.lang,
    entries: new Map([...base.entries].map(([k, v]) => [k, { ...v, candidates: [...v.candidates] }])),
    firstWords: new Map(base.firstWords),
    maxWords: base.maxWords,
    info: new Map(base.info),
  };
}

export function addNames(lex: Lexicon, id: string, names: string[]): void {
  for (const name of names) add(lex, name, { entity: id, kind: 'name' });
}

export function addShortForms(lex: Lexicon, id: string, forms: string[]): void {
  for (const form of forms) {
    add(lex, form, { entity: id, kind: 'short' });
    // "Maliki" is also written "al-Maliki"; "المالكي" is the form Arabic uses already.
    if (lex.lang === 'en' && !/^(al|el)[\s-]/i.test(form)) add(lex, `al-${form}`, { entity: id, kind: 'short' });
  }
}

/**
 * "the Assembly", "the Guards": an organization called by its head word (kept
 * only after "the", once named in full). The head is the organization word
 * ("Assembly of Experts"), else the last word ("US Treasury"), unless that
 * is a trade's ("… Oil", "… Energy"). English only.
 */
export function addHeadWords(lex: Lexicon, id: string, names: string[]): void {
  if (lex.lang !== 'en') return;
  for (const name of names) {
    const words = tokenize(name, lex.lang);
    if (words.length < 2) continue;
    const head = [...words].reverse().find((w) => ORG_HEADS.has(w.lower) && !TRADE_HEADS.has(w.lower)) ?? words[words.length - 1];
    // A company named for its trade is not called by it ("Akakus Oil" is not "the Oil").
    if (TRADE_HEADS.has(head.lower)) continue;
    add(lex, name.slice(head.start, head.end), { entity: id, kind: 'short' });
  }
}

/** "Prince Faisal bin Farhan" for "Faisal bin Farhan": a title before the name, which the name alone matches (titles stay outside mentions). */
function titledName(alias: string, name: string): boolean {
  if (!alias.endsWith(` ${name}`)) return false;
  const title = alias.slice(0, -name.length - 1).toLowerCase().split(/\s+/);
  return TITLES.some((t) => t.length === title.length && t.every((w, n) => w === title[n]));
}

/** The word a person is called by alone: the last word of the name that is not a particle. */
export function surnameOf(name: string, lang: Lang): string | undefined {
  const words = tokenize(name, lang);
  if (words.length < 2) return undefined;
  const last = words[words.length - 1];
  if (PARTICLES.has(last.key)) return undefined;
  // "صنع الله", "عبد الله": a name compounded with God's is one family name; "الله" alone would name everyone's.
  if (last.key === 'الله') return words.length > 2 ? name.slice(words[words.length - 2].start, last.end) : undefined;
  // "أويون-إردين": in Arabic a hyphen joins a family name's two words (in English it also joins an article: "al-Burhan").
  const prev = words[words.length - 2];
  if (lang === 'ar' && words.length > 2 && /^[-‐‑]$/u.test(name.slice(prev.end, last.start))) return name.slice(prev.start, last.end);
  return name.slice(last.start, last.end);
}

function add(lex: Lexicon, name: string, candidate: NameSense): void {
  const keys = nameKeys(name, lex.lang);
  if (keys.length === 0) return;
  const key = keys.join(' ');
  const letters = name.replace(/[^\p{L}]/gu, '');
  const acronym = keys.length === 1 && letters.length <= 6 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters);
  const entry = lex.entries.get(key) ?? { candidates: [], acronym };
  if (!entry.candidates.some((c) => c.entity === candidate.entity && c.kind === candidate.kind)) entry.candidates.push(candidate);
  // A name that is an acronym for one entity and a word for another matches in any case.
  entry.acronym = entry.acronym && acronym;
  lex.entries.set(key, entry);
  lex.maxWords = Math.max(lex.maxWords, keys.length);
  lex.firstWords.set(keys[0], Math.max(lex.firstWords.get(keys[0]) ?? 0, keys.length));
}

export interface Match {
  /** [start, end) in the scanned text. */
  start: number;
  end: number;
  candidates: NameSense[];
  /** Index of the first and one past the last token. */
  first: number;
  last: number;
}

/**
 * Longest matches of the lexicon in a tokenized text, left to right, without overlaps.
 * Latin-script names must show a capital (so "the framework" is not "the Framework").
 */
export function scan(lex: Lexicon, text: string, tokens: Token[]): Match[] {
  const out: Match[] = [];
  for (let i = 0; i < tokens.length; ) {
    const found = longestAt(lex, text, tokens, i);
    if (found) {
      out.push(found);
      i = found.last;
    } else i++;
  }
  return out;
}

const LATIN = /[A-Za-z]/;

/**
 * Particles written with a final ى whose folded key is also a name in ي: "على" (on) is not "علي" (Ali), "إلى"
 * (to) not "الي". The source tells them apart where folding does not; a name that is one word is never matched on them.
 */
const YA_PARTICLES = new Set(['علي', 'الي', 'حتي', 'لدي', 'سوي', 'متي']);

function isYaParticle(text: string, key: string, end: number): boolean {
  return YA_PARTICLES.has(key) && text[end - 1] === 'ى';
}

/** Whether a name can start at the token: most tokens start none, and are told so without making anything. */
function mayStartName(lex: Lexicon, token: Token): boolean {
  if (!token.bare) return lex.firstWords.has(token.key) || (token.possessive && lex.firstWords.has(wordKey(token)));
  for (const form of token.bare) if (lex.firstWords.has(form.key)) return true;
  return false;
}

/** A lower-case prefix makes a name an adjective ("a trans-Caspian link", "anti-Houthi strikes"): no mention. */
const PREFIXED = /(?:^|[^\p{L}])(?:trans|pan|anti|pro|post|pre|inter|intra|sub|non)-$/u;

function longestAt(lex: Lexicon, text: string, tokens: Token[], i: number): Match | null {
  if (!mayStartName(lex, tokens[i]) || PREFIXED.test(text.slice(Math.max(0, tokens[i].start - 7), tokens[i].start))) return null;
  // A possessive inside a name keeps its 's in the keys ("People's Front", "Lloyd's List"); "Israel's" ends "Israel".
  const inside = (t: Token, n: number, last: number) => (n < last ? wordKey(t) : t.key);
  const first = tokens[i].bare ?? [{ key: tokens[i].key, start: tokens[i].start }];
  const starts = tokens[i].possessive && !tokens[i].bare ? [...first, { key: wordKey(tokens[i]), start: tokens[i].start }] : first;
  const firstForms = starts.filter((f) => lex.firstWords.has(f.key));
  const longest = Math.max(...firstForms.map((f) => lex.firstWords.get(f.key)!));
  let n = 1;
  while (n < longest && i + n < tokens.length && (joinable(gapAfter(text, tokens[i + n - 1], tokens[i + n])) || afterInitial(text, tokens, i + n - 1))) n++;
  for (; n >= 1; n--) {
    const rest = tokens.slice(i + 1, i + n).map((t, k) => inside(t, k, n - 2)).join(' ');
    for (const form of firstForms) {
      // The first word's possessive form starts names of two words or more; its plain form, any.
      if (n === 1 ? form.key.endsWith("'s") && tokens[i].possessive : !form.key.endsWith("'s") && tokens[i].possessive) continue;
      const key = n > 1 ? `${form.key} ${rest}` : form.key;
      const entry = lex.entries.get(key);
      if (!entry) continue;
      const words = tokens.slice(i, i + n);
      if (entry.acronym && !words.every((t) => t.upper)) continue;
      if (n === 1 && lex.lang === 'ar' && isYaParticle(text, form.key, tokens[i].end)) continue;
      if ((lex.lang !== 'ar' || LATIN.test(text.slice(form.start, tokens[i + n - 1].end))) && !words.some((t) => t.cap)) continue;
      return { start: form.start, end: tokens[i + n - 1].end, candidates: entry.candidates, first: i, last: i + n };
    }
  }
  return null;
}
