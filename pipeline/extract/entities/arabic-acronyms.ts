/**
 * Arabic discovery from letters: Latin letters in an Arabic edition (acronyms,
 * capitalised names with an English head, a route's acronym) and Latin letters
 * spelled out in Arabic ("تي بي سي"). Separate because these rules read
 * letters, not Arabic words.
 */
import { isEnglishWord } from '../../text/english-words.js';
import { inHeadline } from './headlines.js';
import { COMMON_ACRONYMS, CONNECTORS, NOT_ENTITIES, ORG_HEADS as LATIN_ORG_HEADS, PLACE_HEADS as LATIN_PLACE_HEADS } from './name-words.js';
import { type ArabicPhrase, fold, ORG_HEADS, bare, type Sentence, LATIN, MARKS, LETTERS, range } from './arabic-words.js';
import { foreignWord } from './arabic-word-shapes.js';

/**
 * Latin letters in an Arabic edition that no known name covers: an acronym or a run of them ("CRBC", "UKMTO",
 * "COP29", "CMA CGM") names an organization; capitalised words ending in an English head name what the head says
 * ("Gemini Cooperation", "Suez Canal"), as they would in English.
 */
export function latinAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks, b } = x;
  // A known name may be part of a longer one after an unknown first word ("OCP Africa"), not after "The".
  const latin = (n: number) => x.inSentence(n) && (!x.covered.has(n) || (n > i && toks[i].key !== 'the')) && LATIN.test(b.text.slice(toks[n].start, toks[n].end));
  if (!latin(i) || !toks[i].cap) return null;
  const joined = (n: number) => /^[ \t\n\-‐‑]*$/u.test(b.text.slice(toks[n - 1].end, toks[n].start));
  let j = i + 1;
  while (latin(j) && joined(j) && (toks[j].cap || (CONNECTORS.has(toks[j].key) && latin(j + 1) && toks[j + 1].cap && joined(j + 1)))) j++;
  const words = toks.slice(i, j);
  const head = words[words.length - 1].key;
  // In a quoted Title Case headline every word has a capital: there only acronyms say something.
  const headed = words.length >= 2 && !inHeadline(b, toks[i].start);
  // An acronym of a common thing ("FPSO", "LNG") names no organization, as in English, and a ship's prefix no entity ("MV Sounion").
  if ((words.length === 1 && COMMON_ACRONYMS.has(words[0].lower)) || NOT_ENTITIES.has(words[0].lower)) return null;
  // An acronym and capitalised words after it name an organization, as in English ("OCP Africa", "DP World").
  // A town of the dataset in Latin letters, which English lacks as a word: an English or French title in a note ("À Rabat, …").
  const town = words[words.length - 1];
  if (words.slice(0, -1).every((t) => t.end - t.start <= 2) && !town.upper && !isEnglishWord(town.lower) && x.cities().has(town.lower)) return { first: j - 1, last: j, start: town.start, type: 'place', titled: false };
  const acronym = words.every((t) => t.upper && t.end - t.start >= 2) || (headed && words[0].upper && words[0].end - words[0].start >= 2 && !COMMON_ACRONYMS.has(words[0].lower) && !LATIN_PLACE_HEADS.has(head));
  const type = acronym ? (routeGloss(x, i) ? 'place' : 'organization') : !headed ? null : LATIN_ORG_HEADS.has(head) ? 'organization' : LATIN_PLACE_HEADS.has(head) ? 'place' : null;
  return type && { first: i, last: j, start: toks[i].start, type, titled: false };
}

/** Nouns of routes and works, whose names an acronym abbreviates as a place ("خط أنابيب … (TAPI)", "طريق النقل … (TITR)"). */
export const ROUTE_HEADS = new Set(fold('خط أنابيب طريق ممر سد ميناء مطار جسر نفق مشروع'));

/**
 * An acronym in parentheses after a name whose nearest head, within eight words back in the sentence, is a route's
 * or a work's, not an organization's: the acronym is that place's.
 */
function routeGloss(x: Sentence, i: number): boolean {
  const { toks, b } = x;
  if (i === x.first || !/\(\s*$/u.test(b.text.slice(toks[i - 1].end, toks[i].start))) return false;
  const head = range(Math.max(x.first, i - 8), i)
    .reverse()
    .find((n) => bare(toks[n]).some((f) => ROUTE_HEADS.has(f) || ORG_HEADS.has(f) || ORG_HEADS.has(f.replace(/^ال/u, ''))));
  return head !== undefined && bare(toks[head]).some((f) => ROUTE_HEADS.has(f.replace(/^ال/u, '')));
}

/** The letters as written: "إيه" (A) and "آي" (I) fold as the particles "أية" and "أي" do. */
const LETTERS_WRITTEN = new Set(LETTERS.split(/\s+/u));
const INNER_LETTERS = new Set(['في', 'أو']);

/** A Latin letter spelled out, as written; the first of a run may carry a clitic ("وإيه بي"). */
export function spelledLetter(x: Sentence, n: number, first = false): boolean {
  return letterAt(x, n, first) >= 0;
}

/** Where the letter a word spells starts (after its clitic), or -1. */
export function letterAt(x: Sentence, n: number, first = false): number {
  if (!x.inSentence(n) || x.covered.has(n)) return -1;
  const t = x.toks[n];
  const raw = x.b.text.slice(t.start, t.end).replace(MARKS, '');
  const at = [0, 1, 2].find((k) => (k === 0 || (first && /^[وف]?[بل]?$/u.test(raw.slice(0, k)))) && LETTERS_WRITTEN.has(raw.slice(k)));
  return at === undefined ? -1 : x.b.text.indexOf(raw.slice(at), t.start);
}

/** Where a run of two or more spelled-out letters starting at the word ends, or the word itself if there is none. */
export function lettersEnd(x: Sentence, i: number): number {
  let j = i;
  // V and O are written as the words في and أو: letters only between two others ("بي دي في إس إيه").
  const inner = (n: number) => n > i && INNER_LETTERS.has(x.b.text.slice(x.toks[n].start, x.toks[n].end)) && spelledLetter(x, n + 1) && x.gapOk(n, n + 1);
  while ((spelledLetter(x, j, j === i) || inner(j)) && (j === i || x.gapOk(j - 1, j))) j++;
  return j - i >= 2 ? j : i;
}

/** "إيه بي إم تيرمينالز", "بي بي": spelled-out letters name an organization, as an acronym does, with the foreign words after them. */
export function lettersAt(x: Sentence, i: number): ArabicPhrase | null {
  let j = lettersEnd(x, i);
  if (j === i) return null;
  while (j < i + 5 && x.free(j) && x.gapOk(j - 1, j) && foreignWord(x, j, true)) j++;
  return { first: i, last: j, start: letterAt(x, i, true), type: 'organization', titled: false };
}
