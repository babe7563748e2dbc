/**
 * Walking a sentence's capitalised words into phrases: where a phrase starts
 * (capitals in headings and at a sentence's start) and where "and", "of",
 * particles, possessives and heads end or join it. Separate from typing: this
 * decides the spans, english-typing.ts what they are.
 */
import { pieceAt } from '../block-text.js';
import { afterInitial, gapAfter, joinable, type Token } from './tokens.js';
import { inHeadline } from './headlines.js';
import {
  CALENDAR, CONNECTORS, NAME_PARTICLES, ORG_HEADS, PLACE_HEADS, PROPER_ADJECTIVES, TRADE_HEADS, ORG_WORDS, PLACE_WORDS,
} from './name-words.js';
import {
  HEAD_LINKS, TITLE_WORDS, type Candidate, DOCUMENT_HEADS, FOREIGN_PARTICLES, type PhraseContext, opensNote, range, markedWord, TITLE_STARTS,
} from './discover-words.js';
import { startsName, eastAsianName } from './english-people.js';
import { appositionType } from './english-candidate.js';
import { typed } from './english-typing.js';

/** Words that open a sentence before a head without naming anything ("The Council", "Both Houses"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'both', 'all', 'many', 'some', 'every', 'each', 'no', 'one', 'any', 'another', 'other', 'such', 'which', 'whose', 'new', 'former']);

/** The heads "in" joins to a place ("Mission in Sudan"); after others it says where the body sits ("Energy Community in Vienna"). */
const IN_HEADS = new Set(['mission', 'missions', 'office', 'force', 'forces', 'operation', 'operations', 'representative']);

/** Unit words a number can follow inside a name. */
const NUMBERED_UNITS = new Set(['brigade', 'unit', 'division', 'battalion', 'regiment', 'corps', 'force', 'tower', 'camp', 'block']);

/** Capitalised phrases of one sentence (its tokens are `toks[first..end)`), typed by the rules where they can be. */
export function phrasesIn(x: PhraseContext, [first, end]: [number, number]): Candidate[] {
  const { b, toks, covered, dictionary } = x;
  const out: Candidate[] = [];
  // In headings and ALL-CAPS lines every word has a capital; only words a dictionary lacks may be names there.
  const capital = (i: number): boolean => {
    const t = toks[i];
    if (!t.cap) return false;
    if (covered.has(i)) return true;
    if (b.titleCase || i === first || inHeadline(b, t.start))
      return !dictionary.has(t.lower) || (markedWord(x, i) && !b.titleCase) || PROPER_ADJECTIVES.has(t.lower) || ((startsName(x, i) || TITLE_STARTS.has(t.lower) || ORG_WORDS.has(t.lower) || eastAsianName(x, i)) && i + 1 < end && toks[i + 1].cap) ||
        (ORG_WORDS.has(t.lower) && i + 2 < end && NAME_PARTICLES.has(toks[i + 1].key) && toks[i + 2].cap) || (i === first && !b.titleCase && (opensNote(b, t.start) || headedRun(i) || !!appositionType(x, i)));
    return true;
  };
  // "Human Rights Watch …" at the start of a sentence: three capitalised words or more that end in an organization's head.
  const headedRun = (i: number): boolean => {
    let k = i + 1;
    while (k < end && toks[k].cap && joinable(gapAfter(b.text, toks[k - 1], toks[k]))) k++;
    // Two words will do after a word that is no determiner ("Amnesty International and …", "Heirs Holdings, controlled by …").
    return (k - i >= 3 || (k - i === 2 && !DETERMINERS.has(toks[i].lower))) && ORG_HEADS.has(toks[k - 1].lower) && !TRADE_HEADS.has(toks[k - 1].lower);
  };
  // A name lies within one text node: it cannot cross emphasis, a link or a table cell.
  // "People's" belongs to names ("People's Front"); other possessives end one, a known name's plural one too ("the
  // Houthis' … Center"), not another word's ("Kurdistan Workers' Party").
  // "Múte B. Egede": a middle initial's full stop joins the name too.
  const joined = (a: number, c: number): boolean =>
    (joinable(gapAfter(b.text, toks[a], toks[c])) || (a > first && c === a + 1 && afterInitial(b.text, toks, a))) && !(covered.has(a) && /^['’]\s/u.test(gapAfter(b.text, toks[a], toks[c]))) && (!toks[a].possessive || toks[a].lower === 'people') && pieceAt(b, toks[a].start) === pieceAt(b, toks[c].start);
  const last = end - 1;
  for (let i = first; i < end; ) {
    if (!capital(i) && !(isParticleStart(toks, i) && i < last && capital(i + 1) && joined(i, i + 1))) {
      i++;
      continue;
    }
    // Extend over capitalised words, name particles and connectors followed by a capital.
    let j = i + 1;
    while (j <= last && (joined(j - 1, j) || possessiveName(x, j - 1, j))) {
      // "… Union and the Gorran Movement", "the House of Representatives and of the High Council of State": two names.
      // "… the House of Representatives and Dbeibah": a known person, or one word English lacks after an organization's head, is not part of its name.
      // "Bank Leumi and Mizrahi Tefahot": a name opened by its kind's word ("Bank", "Banco", "Harakat") and one word is whole before "and".
      if (toks[j].lower === 'and' && j < last && (toks[j + 1].lower === 'the' || toks[j + 1].lower === 'of' || x.knownType(j + 1) === 'person' || loneNameAfterHead(x, i, j) || loneNameBeforeName(x, i, j, last) || placeAfterAnd(x, i, j) || endsInHead(x, i, j) || (j - i === 2 && ORG_WORDS.has(toks[i].lower)) || PLACE_HEADS.has(toks[j - 1].lower) || /^\d+$/.test(toks[j - 1].lower))) break;
      if (toks[j].lower === 'of' && twoNames(x, i, j)) break;
      if (capital(j)) j++;
      // "Brigade 14", "Unit 70": a numbered unit.
      else if (/^\d+$/.test(toks[j].lower) && NUMBERED_UNITS.has(toks[j - 1].lower)) j++;
      // "Lee Jae-myung", "Moon Jae-in": a given name's second syllable, in lower case after a hyphen (not "Kelvar-based").
      else if (syllableAfter(x, j)) j++;
      else if (joinsName(toks, j) && j < last && joined(j, j + 1) && (capital(j + 1) || CONNECTORS.has(toks[j + 1].lower) || (FOREIGN_PARTICLES.has(toks[j + 1].key) && !toks[j + 1].cap))) j++;
      // "Authority on Development", "Mission in Sudan", "Mission to Support …": after an organization's head only.
      else if (HEAD_LINKS.has(toks[j].lower) && ORG_HEADS.has(toks[j - 1].lower) && (toks[j].lower !== 'in' || IN_HEADS.has(toks[j - 1].lower)) && j < last && joined(j, j + 1) && capital(j + 1) && !CALENDAR.has(toks[j + 1].lower)) j++;
      else break;
    }
    out.push(...typed(x, i, j));
    i = j;
  }
  return out;
}

/** At "and" (index `and`): one capitalised word English lacks ends the sentence's phrase, after an organization's head before it. */
function loneNameAfterHead(x: PhraseContext, i: number, and: number): boolean {
  const { toks, b } = x;
  const n = and + 1;
  const next = toks[n + 1];
  const alone = !next || !next.cap || !joinable(gapAfter(b.text, toks[n], next));
  return alone && toks[n].cap && !toks[n].upper && !x.dictionary.has(toks[n].lower) && range(i, and).some((k) => ORG_HEADS.has(toks[k].lower));
}

/** Syllables of Korean and Chinese given names that English also has as words ("Jae-in", "Jong-il"). */
const NAME_SYLLABLES = new Set(['in', 'il', 'ho', 'un', 'ok', 'an', 'yo', 'su', 'am', 'do', 'hye', 'yun', 'jin']);

/** Token j is a given name's second syllable: lower case, right after a hyphen that follows a capitalised word English lacks. */
export function syllableAfter(x: PhraseContext, j: number): boolean {
  const { toks } = x;
  const t = toks[j];
  const prev = toks[j - 1];
  return !!prev && !t.cap && /^\p{Ll}+$/u.test(x.b.text.slice(t.start, t.end)) && x.b.text.slice(prev.end, t.start) === '-' && prev.cap && !prev.upper && !x.covered.has(j - 1) &&
    (!x.dictionary.has(prev.lower) || toks[j - 2]?.cap === true) && (!x.dictionary.has(t.lower) || NAME_SYLLABLES.has(t.lower));
}

/** At "and" (index `and`): one word English lacks before it, and a name of two words or more with its own head after it ("Olam and Louis Dreyfus Company"). */
function loneNameBeforeName(x: PhraseContext, i: number, and: number, last: number): boolean {
  const { toks } = x;
  if (and - i !== 1 || x.covered.has(i) || x.dictionary.has(toks[i].lower) || ORG_WORDS.has(toks[i].lower) || PLACE_WORDS.has(toks[i].lower)) return false;
  let k = and + 1;
  while (k <= last && toks[k].cap && !CONNECTORS.has(toks[k].lower) && joinable(gapAfter(x.b.text, toks[k - 1], toks[k]))) k++;
  return k - and > 2 && ORG_HEADS.has(toks[k - 1].lower);
}

/**
 * At "and" (index `and`): the name before it ends in an organization's head, not a trade's after "of" ("Ministry of Energy and
 * Mines" is one name) nor a trade's alone ("Energy and Mines Ministry", "Oil and Gas Authority": no company is named "Energy").
 */
function endsInHead(x: PhraseContext, i: number, and: number): boolean {
  const head = x.toks[and - 1].lower;
  return ORG_HEADS.has(head) && !(TRADE_HEADS.has(head) && (and - i === 1 || range(i, and).some((n) => x.toks[n].lower === 'of')));
}

/** At "and" (index `and`): the capitalised words after it end in a place's head ("Port Louis and Walvis Bay", "Hela and Gulf Province"): two places, not one. */
function placeAfterAnd(x: PhraseContext, i: number, and: number): boolean {
  const { toks, b } = x;
  let k = and + 1;
  while (k + 1 < toks.length && toks[k + 1].cap && joinable(gapAfter(b.text, toks[k], toks[k + 1]))) k++;
  return k > and + 1 && PLACE_HEADS.has(toks[k].lower) && range(i, k).every((n) => toks[n].lower !== 'of' && !ORG_HEADS.has(toks[n].lower));
}

/**
 * "Lloyd's Market Association", "Lloyd's List": an unknown name's possessive inside an organization's name, whose
 * capitalised words after it end in a head. A known name's possessive ends it ("Israel's Defence Ministry").
 */
function possessiveName(x: PhraseContext, a: number, c: number): boolean {
  const { toks, b } = x;
  // "President Maia Sandu's Party of …": a person's possessive ends a name (after a title or a given name).
  for (let k = a - 1; k >= Math.max(0, a - 3) && toks[k].cap; k--) if (startsName(x, k) || TITLE_WORDS.has(toks[k].lower)) return false;
  if (!toks[a].possessive || x.covered.has(a) || toks[a].upper || !/^\s+$/u.test(b.text.slice(toks[a].end + 2, toks[c].start))) return false;
  for (let n = c; n < Math.min(c + 3, toks.length) && toks[n].cap; n++) {
    if (ORG_HEADS.has(toks[n].lower) && !(toks[n + 1]?.cap && joinable(gapAfter(b.text, toks[n], toks[n + 1])))) return true;
    if (n > c && !joinable(gapAfter(b.text, toks[n - 1], toks[n]))) return false;
  }
  return false;
}

/**
 * At "of": two names, not one ("Joint War Committee of Lloyd's Market Association", "Combined Task Force 153 of the
 * Combined Maritime Forces"): the name before it has two words or more and ends in a head (or a numbered unit), and
 * the name after it, two words or more, ends in one too; or the name before it is a document's. "Council of the
 * European Union" (one word before "of") and "Ministry of Natural Resources" (no head after it) stay one name.
 */
function twoNames(x: PhraseContext, i: number, of: number): boolean {
  const { toks } = x;
  const before = toks[of - 1].lower;
  const headed = ORG_HEADS.has(before) || (/^\d+$/.test(before) && of - 2 >= i && NUMBERED_UNITS.has(toks[of - 2].lower));
  if (DOCUMENT_HEADS.has(before)) return true;
  if (!headed || of - i < 2) return false;
  let k = of + 1;
  if (toks[k]?.lower === 'the') k++;
  const start = k;
  while (k < toks.length && toks[k].cap && (k === start || joinable(gapAfter(x.b.text, toks[k - 1], toks[k])) || possessiveName(x, k - 1, k))) k++;
  // "Brazilian Association of Vegetable Oil Industries": a body of members named for its members is one name.
  const members = start === of + 1 && MEMBER_BODIES.has(before) && /s$/u.test(toks[k - 1].lower);
  return k - start >= 2 && ORG_HEADS.has(toks[k - 1].lower) && !members;
}

/** Bodies whose members follow "of" ("Association of … Industries", "Federation of … Unions"). */
const MEMBER_BODIES = new Set(['association', 'federation', 'confederation', 'union', 'chamber', 'league', 'alliance', 'council', 'society', 'forum', 'organization', 'organisation']);

/**
 * Particles always join a name; "of", "for", "and" join an organization's; "the" only after them ("League of the
 * Righteous"), or after a verbal noun that follows one ("International Fund for Saving the Aral Sea").
 */
function joinsName(toks: Token[], j: number): boolean {
  if (NAME_PARTICLES.has(toks[j].key)) return true;
  if (FOREIGN_PARTICLES.has(toks[j].key) && !toks[j].cap && j > 0 && (toks[j - 1].cap || (FOREIGN_PARTICLES.has(toks[j - 1].key) && !toks[j - 1].cap))) return true;
  if (toks[j].lower === 'the') {
    const verbal = j > 1 && toks[j - 1].cap && /.{3}ing$/.test(toks[j - 1].lower) && toks[j - 2].lower === 'for';
    return verbal || (j > 0 && CONNECTORS.has(toks[j - 1].lower) && toks[j - 1].lower !== 'the');
  }
  return CONNECTORS.has(toks[j].lower);
}

function isParticleStart(toks: Token[], i: number): boolean {
  return toks[i].key === 'al' && !toks[i].cap;
}
