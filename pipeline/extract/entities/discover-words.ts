/**
 * What every English discovery rule reads: the phrase context and candidate
 * types, the cue patterns and word sets several rule families share, and small
 * tests of a word or a phrase (a sentence's first word, a word English lacks, a
 * word the paper writes in lower case, a phrase's shape by its head). Kept apart
 * so that the rule modules share them without importing each other.
 */
import type { EntityType } from '../../model/paper.js';
import type { BlockText } from '../block-text.js';
import { isEnglishWord } from '../../text/english-words.js';
import { escapeRegExp } from '../../text/regexp.js';
import type { Token } from './tokens.js';
import type { GazetteerEntry } from './lexicon.js';
import { CALENDAR, CONNECTORS, GIVEN_NAMES, TRIBE_WORDS, NAME_PARTICLES, NON_NAMES, ORG_HEADS, ORG_WORDS, PLACE_HEADS, PLACE_WORDS, PROPER_ADJECTIVES, TITLES } from './name-words.js';

export type NameType = Exclude<EntityType, 'date'>;
export type Words = { has(word: string): boolean };

/** English words, less the given names of this field that English dictionaries also list ("Abbas", "Raja", "Hakim"). */
const COMMON_WORDS: Words = { has: (word) => isEnglishWord(word) && !GIVEN_NAMES.has(word) };
export const commonWords = (): Words => COMMON_WORDS;

/** Before a firm's name, never a person's: its shares, staff, analysts, advisers ("told X", "owned by X" may be a person's). */
export const FIRM_CUE_BEFORE = /\b(?:(?:employees|staff|shares|stake|subsidiary|shareholders|customers|clients|board)\s+of|(?:shares|stake|stakes)\s+in|(?:brokers|analysts|economists|researchers|traders|underwriters|bankers|executives|officials)\s+at|(?:operated|managed|advised|acquired)\s+by|(?:companies|firms|traders|buyers|lenders|banks|insurers|miners|producers|exporters|refiners|shippers|carriers)\s+(?:such\s+as|like|including))\s+(?:the\s+)?$/i;

/** Prepositions that join an organization's head to the rest of its name. */
export const HEAD_LINKS = new Set(['on', 'in', 'to']);

/** Compass words that start a region's name ("West Darfur", "South Kordofan"). */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'upper', 'lower']);

/** Prepositions after which an unknown single capitalised word is a place. */
export const PLACE_BEFORE_STRICT = /\b(?:in|at|near|outside|around|into|from|via|between|visited|above|below|beyond|towards?|(?:most|much|parts?|outskirts|north|south|east|west)\s+of|(?:took|captured|seized|entered|reached|stormed|besieged|shelled|encircled|struck|battered|lashed|flooded)|(?:went|go|goes|going|travell?ed|returned|moved|fled|came|headed|deployed|flew|sailed|drove|marched|advanced|withdrew|retreated)\s+(?:back\s+)?to)\s+$/i;

/** "the town of X", "the province of X", "the plains of X", "the banks of X". */
export const PLACE_OF = /\b(?:city|town|village|district|subdistrict|province|governorate|county|municipality|port|neighbou?rhood|region|island|oasis|plains|banks?|shores?|coast|outskirts|foothills|mouth|estuary|delta)\s+of\s+(?:the\s+)?$/i;

/** "Brig. Gen. X", "Dr. X": a title cut off by its full stop. */
export const ABBREVIATED_TITLE = /\b(?:Brig|Gen|Col|Lt|Maj|Capt|Adm|Dr|Gov|Sen|Rep|Amb)\.\s*$/;

export const SINGLE_TITLES = new Set(TITLES.filter((t) => t.length === 1).map((t) => t[0]));
/** Every word of a title ("Deputy Prime Minister" is no one's name). */
export const TITLE_WORDS = new Set(TITLES.flat());
/** First words of titles. */
export const TITLE_STARTS = new Set(TITLES.map((t) => t[0]));

export interface Candidate {
  block: number;
  /** Token range [first, last) and text range in the block. */
  first: number;
  last: number;
  start: number;
  end: number;
  type: NameType | null;
  /** A title or role was seen before it ("Sheikh", "cleric"). */
  titled: boolean;
  aliases: string[];
  sentence: [number, number];
}

/** Words that name documents, not organizations ("Cooperative Framework Agreement of the Nile Basin Initiative"). */
export const DOCUMENT_HEADS = new Set(['agreement', 'constitution', 'treaty', 'accord', 'accords', 'declaration', 'memorandum', 'convention', 'protocol', 'charter', 'act', 'resolution', 'report', 'plan', 'framework', 'index', 'deal', 'strategy', 'review', 'doctrine', 'outlook']);

/** Particles of Romance, Dutch and German names, in lower case between capitalised words ("Yacimientos de Litio", "von der Leyen"). */
export const FOREIGN_PARTICLES = new Set(['de', 'del', 'della', 'da', 'do', 'dos', 'das', 'di', 'du', 'des', 'la', 'le', 'los', 'las', 'van', 'von', 'der', 'den', 'y', 'au', 'aux', 'sur']);

export interface PhraseContext {
  b: BlockText;
  bi: number;
  toks: Token[];
  /** Tokens a gazetteer name already covers, with the index of that name. */
  covered: Map<number, number>;
  /** Type of the known name covering a token ("Society of Seminary Teachers of Qom" may end in a place). */
  knownType: (n: number) => NameType | undefined;
  /** The gazetteer entry of the known name covering a token. */
  knownEntity: (n: number) => GazetteerEntry | undefined;
  sentence: [number, number];
  dictionary: Words;
  /** The dataset's town and city names (datasets.ts cityKey). */
  cities: Set<string>;
  /** English given names (datasets.ts). */
  given: Set<string>;
  /** Countries' adjectives (datasets.ts demonymsOf). */
  demonyms: Set<string>;
  /** Whether the paper writes a word in lower case somewhere (then it is a common word there, not a name). */
  writtenLower: (word: string) => boolean;
  /** In a table: the type its column's header gives a name at a block offset ("| Company |", "| Port |"). */
  column?: (at: number) => NameType | null;
  /** Acronyms the paper defines in parentheses after a place's head ("… Pipeline (TAPI)"): places, whatever discovery made of the name. */
  placeAcronyms: Set<string>;
}

/** The text opens at `at` with capitalised words, a comma and a quoted title: a note citing its source ("Harbour Insight, \"…\""). */
export function opensNote(b: BlockText, at: number): boolean {
  return /^\s*$/u.test(b.text.slice(0, at)) && /^(?!(?:See|Cf|Quoted|Cited|In|Also|Ibid)\b)\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+(?:(?:of|the|and|for|de|du|des|la|le|el|al|di)\s+)?\p{Lu}[\p{L}\p{N}'’&.-]*){0,5},\s*["“]/u.test(b.text.slice(at, at + 120));
}

/** The phrase is all a quotation holds: an epithet or a title ('Hussein Al-Asr'), not a name as such. */
export function quoted(x: PhraseContext, i: number, j: number): boolean {
  const { b, toks } = x;
  return /["“«‘']\s*$/u.test(b.text.slice(Math.max(0, toks[i].start - 2), toks[i].start)) && /^\s*["”»’']/u.test(b.text.slice(toks[j - 1].end, toks[j - 1].end + 2));
}

export function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, k) => a + k);
}

/** The Persian and Urdu link between the words of a name ("Tehreek-e-Insaf", "Tehrik-i-Taliban"). */
const IZAFE = new Set(['e', 'i']);

/** What the words of a phrase say it is: a head word ("… Movement", "Harakat …", "… Province", "X al-Y"). */
export function shapeOf(toks: Token[], i: number, j: number): NameType | null {
  const words = toks.slice(i, j).map((t) => t.lower);
  const last = words.length - 1;
  // The head ends the name or comes before "of"/"for"/"on" ("Ministry of Electricity", "Center for … Studies", "Mission in Sudan").
  const headAt = (set: Set<string>) => words.some((w, n) => set.has(w) && (n === last || CONNECTORS.has(words[n + 1]) || HEAD_LINKS.has(words[n + 1]) || /^\d+$/.test(words[n + 1])));
  // "Pakistan Tehreek-e-Insaf": a country's name may open an Urdu one, before its word and izafe.
  const urdu = words.length > 2 && ORG_WORDS.has(words[1]) && IZAFE.has(words[2]);
  if (headAt(ORG_HEADS) || ORG_WORDS.has(words[0]) || urdu || (words.length > 1 && (TRIBE_WORDS.has(words[0]) || (words[0] === 'al' && words[1] === 'bu')))) return 'organization';
  if (headAt(PLACE_HEADS) || (PLACE_WORDS.has(words[0]) && words.length > 1)) return 'place';
  if (COMPASS.has(words[0]) && words.length > 1 && words.length <= 3 && toks.slice(i + 1, j).every((t) => t.cap && !CONNECTORS.has(t.lower))) return 'place';
  const keys = toks.slice(i, j).map((t) => t.key);
  // "Dar al-Shorouk", "Dar al-Ifta": a house (a publisher, an institution), no one's name.
  if (keys[0] === 'dar' && keys[1] === 'al') return 'organization';
  if (keys.length >= 2 && keys.some((k, n) => (n > 0 && k === 'al') || k === 'bin' || k === 'ibn' || (n === 0 && (k === 'abu' || k === 'abd' || k === 'abdul')))) return 'person';
  return null;
}

/** Drop phrases that are adjectives, months, concepts. */
export function keep(toks: Token[]) {
  return (c: Candidate): boolean => {
    const words = toks.slice(c.first, c.last).map((t) => t.lower);
    const content = words.filter((w) => !NAME_PARTICLES.has(w) && !CONNECTORS.has(w));
    if (content.length === 0) return false;
    if (content.every((w) => PROPER_ADJECTIVES.has(w) || CALENDAR.has(w) || SINGLE_TITLES.has(w))) return false;
    if (NON_NAMES.has(words.join(' ')) || NON_NAMES.has(content.join(' '))) return false;
    return true;
  };
}

/** A verb of speech or print after a name: no place's. */
export const SPEAKS_AFTER = /^\s+(?:said|says|reported|reports|wrote|writes|published|quoted|told)\b/i;
/** Articles of newspapers' names ("in Le Monde", "in Die Zeit"), which a place's name seldom starts with after "in". */
export const PRESS_ARTICLES = new Set(['le', 'la', 'il', 'der', 'die', 'das']);
/** The articles newspapers' names start with after an outlet's cue ("told El Mercurio", "according to O Globo"). */
export const OUTLET_ARTICLES = new Set([...PRESS_ARTICLES, 'el', 'los', 'las', 'o']);

/** The token is the first word of its sentence. */
export function opensSentence(x: PhraseContext, n: number): boolean {
  return !/[\p{L}\p{N}]/u.test(x.b.text.slice(x.sentence[0], x.toks[n].start));
}

/** A capitalised word English lacks, no adjective, title or month: one word that can only be a name. */
export function unknownWord(x: PhraseContext, n: number): boolean {
  const t = x.toks[n];
  return (!x.dictionary.has(t.lower) || markedWord(x, n)) && !PROPER_ADJECTIVES.has(t.lower) && !SINGLE_TITLES.has(t.lower) && !CALENDAR.has(t.lower) && !x.given.has(t.lower);
}

/** A common noun, not a name, in a table's cell: the paper writes it in lower case too, or it is an English word's plural ("| Bondholders |" under "Creditor group"). */
export function commonWord(x: PhraseContext, n: number): boolean {
  const w = x.toks[n].lower;
  return (x.dictionary.has(w) && x.writtenLower(w)) || (/[^s]s$/.test(w) && x.dictionary.has(w.slice(0, -1)));
}

/** Whether the blocks write a word in lower case, asked once per word. */
export function lowerCaseUses(blocks: BlockText[]): (word: string) => boolean {
  const seen = new Map<string, boolean>();
  return (word) => {
    const w = word.toLowerCase();
    let used = seen.get(w);
    if (used === undefined) {
      const lower = new RegExp(`(?<!\\p{L})${escapeRegExp(w)}(?!\\p{L})`, 'u');
      seen.set(w, (used = blocks.some((b) => lower.test(b.text))));
    }
    return used;
  };
}

/** "Múte", "Sèmè", "Nestlé": a word written with marks English does not use is no English word, though its folded key is. */
export function markedWord(x: PhraseContext, n: number): boolean {
  return /[^\p{ASCII}]/u.test(x.b.text.slice(x.toks[n].start, x.toks[n].end));
}

/** Heads of company and group names: "Wagner Group" is also "Wagner". */
export const CORPORATE_HEADS = new Set(['group', 'company', 'corporation', 'corp', 'inc', 'ltd', 'holdings', 'line', 'lines']);

/** A company's verb with its own object ("Shell sold its onshore business", "Total halted its output"): the subject is a body, not a person or thing. */
export const OWN_OBJECT = /^\s+(?:[a-z]+\s+)?[a-z]+\s+its\b/u;
