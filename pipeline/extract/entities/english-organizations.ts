/**
 * English discovery, organizations and companies: one word with a company's
 * evidence (its cues, camel case, "run by", "of" a known place), a company's
 * branch ("OCP Africa"), and a body named "for" or "of" a known place. Separate
 * so that the rules of bodies are read and changed together.
 */
import {
  COMMON_ACRONYMS, LED_BY, ORG_AFTER, ORG_BEFORE, ORG_CUE_AFTER, ORG_CUE_BEFORE, ROLE_AFTER, ROLE_BEFORE, CALENDAR, PLACE_WORDS, PLACE_HEADS,
} from './name-words.js';
import { PLACE_BEFORE_STRICT, type PhraseContext, range, opensSentence, unknownWord } from './discover-words.js';
import { pieceAt } from '../block-text.js';

/** Buying or borrowing from: a seller or a lender, not a place ("buys crude from Trafigura"). */
const SELLER_BEFORE = /\b(?:buys?|bought|buying|purchase[sd]?|borrow(?:s|ed)?|lease[sd]?|hired?|order(?:s|ed)?)\b[^.;:]{0,30}\bfrom\s+$/i;

/** A known organization "of" a known place ("Kurdistan Democratic Party of Syria") is a new organization, unless the place is its own. */
export function orgOfPlace(x: PhraseContext, i: number, j: number): boolean {
  const { toks, covered, knownType } = x;
  const of = range(i + 1, j).find((n) => toks[n].lower === 'of');
  if (of === undefined || knownType(of - 1) !== 'organization' || knownType(j - 1) !== 'place') return false;
  const r = toks[of + 1]?.lower === 'the' ? of + 2 : of + 1;
  const one = (a: number, c: number) => range(a, c).every((n) => covered.has(n) && covered.get(n) === covered.get(c - 1));
  // "Quds Force of Iran" is the Quds Force, whose description names Iran: the organization and its country, not a new one.
  const place = x.b.text.slice(toks[r]?.start ?? 0, toks[j - 1].end);
  const home = x.knownEntity(of - 1)?.description.en?.includes(place) ?? false;
  return r < j && one(i, of) && one(r, j) && !home;
}

/** An organization's apposition or cue after a name, not a person's role ("Musab Msallam, the head of the bank's …"). */
export function orgAfter(after: string): boolean {
  return ORG_AFTER.test(after) && !ROLE_AFTER.test(after);
}

/** "ExxonMobil", "TotalEnergies", "QazaqGaz": a capital inside a word, after a syllable of three letters or more, spells a company's name, not a person's ("McDonald", "DeSantis", "MacArthur") or a Bantu place's ("KwaZulu"). */
const CAMEL_CASE = /^(?!Mac|Kwa)\p{Lu}\p{Ll}{2,}\p{Lu}\p{Ll}+$/u;
/** Before a platform, a product or a pipeline, not a company ("on WhatsApp", "data from PortWatch", "gas through TurkStream"). */
const PRODUCT_BEFORE = /\b(?:on|via|using|from|through|along|in|into|at|near)\s+$/i;

/** "led by TotalEnergies", "the mine run by Barrick": one word after "by" that is a company's (camel case, or after a verb of owning), no person's. */
export function runBy(x: PhraseContext, n: number, before: string): boolean {
  return LED_BY.test(before) && (camelCase(x, n, before) || (ORG_CUE_BEFORE.test(before) && unknownWord(x, n) && !x.toks[n].possessive));
}

function camelCase(x: PhraseContext, n: number, before: string): boolean {
  return CAMEL_CASE.test(x.b.text.slice(x.toks[n].start, x.toks[n].end)) && !PRODUCT_BEFORE.test(before);
}

/** A name (or the list it ends) after "of": the verb after it has another subject ("sheikhs of Hamdan and Arhab supply fighters"). */
const OBJECT_OF = /\bof\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s*,\s*|\s+and\s+))*$/u;

/**
 * One word with a company's evidence: English lacks it and what is said around it is a company's ("employees of X",
 * "X said", but not "exports from X resumed", where a place is expected), it is spelled in camel case, or it is "of" a
 * known place ("Petronas of Malaysia", "Sonatrach of Algeria"), without a title (a person's).
 */
export function oneWordCompany(x: PhraseContext, n: number, before: string, after: string): boolean {
  const t = x.toks[n];
  // Cut out of a longer name ("Prime Minister Mark Rutte of …", "IMF PortWatch"), the word says nothing alone.
  if (t.possessive && !/^['’]s\s/u.test(after)) return false;
  const prev = x.toks[n - 1];
  if (prev?.cap && /^\s+$/u.test(x.b.text.slice(prev.end, t.start)) && !(opensSentence(x, n - 1) && x.dictionary.has(prev.lower))) return false;
  const next = x.toks[n + 1];
  if (next?.cap && /^\s+$/u.test(x.b.text.slice(t.end, next.start)) && !CALENDAR.has(next.lower) && pieceAt(x.b, next.start) === pieceAt(x.b, t.start)) return false;
  if (camelCase(x, n, before)) return true;
  if (t.possessive || !unknownWord(x, n)) return false;
  if (ORG_CUE_BEFORE.test(before) || SELLER_BEFORE.test(before)) return true;
  if (((ORG_CUE_AFTER.test(after) && !OBJECT_OF.test(before)) || shareAfter(x, n)) && !PLACE_BEFORE_STRICT.test(before)) return true;
  const of = x.toks[n + 1]?.lower === 'of' ? (x.toks[n + 2]?.lower === 'the' ? n + 3 : n + 2) : -1;
  return of > 0 && /^\s+of\s/u.test(after) && x.knownType(of) === 'place' && !ROLE_BEFORE.test(before);
}

/** "the opposition party Lelo for Georgia", "the movement Justice for Sudan": after a body's cue, an unknown name "for" a known place is one name. */
export function namedForPlace(x: PhraseContext, i: number, j: number): boolean {
  const { toks } = x;
  const fr = range(i + 1, j - 1).find((n) => toks[n].lower === 'for');
  if (fr === undefined || x.covered.has(i) || !range(fr + 1, j).every((n) => x.covered.get(n) === x.covered.get(j - 1)) || x.knownType(j - 1) !== 'place') return false;
  const before = x.b.text.slice(Math.max(x.sentence[0], toks[i].start - 40), toks[i].start);
  return (ORG_BEFORE.test(before) || /\b(?:party|movement|coalition|alliance|campaign|group)\s+$/iu.test(before)) && range(i, fr).every((n) => !x.covered.has(n));
}

/**
 * "OCP Africa sells …", "EcoPeace Middle East": an unknown acronym or camel-case name, then a known place, is a company's branch there;
 * so is a word English lacks after an organization's cue ("told Nikkei Asia").
 */
export function subsidiary(x: PhraseContext, i: number, j: number): boolean {
  const { toks } = x;
  const word = x.b.text.slice(toks[i].start, toks[i].end);
  // "told Nikkei Asia", "shares in Tarsko Kenya": after an organization's cue, a word English lacks will do.
  const cued = unknownWord(x, i) && !toks[i].possessive && ORG_CUE_BEFORE.test(x.b.text.slice(Math.max(x.sentence[0], toks[i].start - 40), toks[i].start));
  if (x.covered.has(i) || !x.covered.has(i + 1) || !(toks[i].upper && word.length >= 2 && !COMMON_ACRONYMS.has(toks[i].lower)) && !CAMEL_CASE.test(word) && !cued) return false;
  return range(i + 1, j).every((n) => x.covered.get(n) === x.covered.get(i + 1)) && x.knownType(i + 1) === 'place';
}

/** A share after a name: "Chevron 30 per cent, CNOOC the rest" lists owners. */
const SHARE_AFTER = /^\s+\d[\d.,]*\s*(?:per\s*cent|percent|%)/u;

/** A share right after the word, in the same table cell ("| Bondholders | 5% |" is two cells). */
export function shareAfter(x: PhraseContext, n: number): boolean {
  const t = x.toks[n];
  const m = SHARE_AFTER.exec(x.b.text.slice(t.end, t.end + 20));
  return !!m && pieceAt(x.b, t.end + m[0].search(/\d/u)) === pieceAt(x.b, t.start);
}

/**
 * "Rio Tinto bought …", "run by Rio Tinto": a name shaped as a place by its first word ("Rio", "Cerro", "Mount") is a
 * company where what is said around it is said of one.
 */
export function companyNamedAsPlace(x: PhraseContext, i: number, j: number): boolean {
  const { toks, b } = x;
  if (!PLACE_WORDS.has(toks[i].lower) || j - i < 2 || PLACE_HEADS.has(toks[j - 1].lower) || x.covered.has(i)) return false;
  return ORG_CUE_AFTER.test(b.text.slice(toks[j - 1].end, toks[j - 1].end + 40)) || ORG_CUE_BEFORE.test(b.text.slice(Math.max(x.sentence[0], toks[i].start - 40), toks[i].start));
}
