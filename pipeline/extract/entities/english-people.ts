/**
 * English discovery, people: a given name and the words after it, a titled run,
 * "X of the Y Movement" cut into a person and a body, and a known surname that
 * starts or ends a name the gazetteer lacks. Separate because these rules decide
 * only whether words are a person's name.
 */
import type { BlockText } from '../block-text.js';
import { gapAfter, joinable, type Token } from './tokens.js';
import type { Match } from './lexicon.js';
import {
  CALENDAR, CONNECTORS, GIVEN_NAMES, NAME_PARTICLES, ORG_HEADS, ORG_WORDS, TITLES, PLACE_HEADS, PROPER_ADJECTIVES, ROLE_AFTER, EAST_ASIAN_SURNAMES,
} from './name-words.js';
import {
  type Words, commonWords, SINGLE_TITLES, TITLE_WORDS, FOREIGN_PARTICLES, type PhraseContext, range, shapeOf, PLACE_BEFORE_STRICT,
} from './discover-words.js';

/**
 * A known surname can be part of a name the gazetteer lacks: used as a first
 * name ("Asaad al-Eidani") or after an unknown first name ("Ali Allawi" is
 * not Ayad Allawi).
 */
export function partOfNewName(b: BlockText, toks: Token[], m: Match, all: Match[]): boolean {
  if (!m.candidates.every((c) => c.kind === 'short')) return false;
  const next = toks[m.last];
  if (next && (next.key === 'al' || next.key === 'bin' || next.key === 'ibn') && joinable(b.text.slice(toks[m.last - 1].end, next.start))) return true;
  const nameWord = (t: Token | undefined, gap: string): boolean =>
    !!t && t.cap && joinable(gap) && !commonWords().has(t.lower) && !PROPER_ADJECTIVES.has(t.lower) && !SINGLE_TITLES.has(t.lower) && !CALENDAR.has(t.lower);
  const prev = toks[m.first - 1];
  // A surname before or after another name word ("Abbas Kaabi", "Qasim Muslih", not "Maliki-Sadr"): the gazetteer, matched longest first, lacks that person.
  const spaced = (gap: string) => /^\s+$/.test(gap);
  const gapBefore = prev ? b.text.slice(prev.end, toks[m.first].start) : '';
  if (prev && !prev.possessive && nameWord(prev, gapBefore) && (spaced(gapBefore) || !all.some((o) => o.last === m.first))) return true;
  const last = toks[m.last - 1];
  const gap = next ? gapAfter(b.text, last, next) : '';
  return m.last - m.first === 1 && !last.possessive && spaced(gap) && (all.some((o) => o.first === m.last && o.candidates.every((c) => c.kind === 'short')) || !all.some((o) => o.first === m.last)) && nameWord(next, gap);
}

/**
 * After a title, a short run of words is the person's name even if English has some of them ("Yahya Saree",
 * "Paul-Henri Sandaogo Damiba", "Hassan Sheikh Mohamud" with a one-word title inside); so is a run with a role after it
 * and a word English lacks ("Mukhtar Babayev, the president of …").
 */
export function titledRun(x: PhraseContext, i: number, j: number, titled: boolean): boolean {
  const { toks, covered } = x;
  const plain = (n: number) =>
    !CONNECTORS.has(toks[n].lower) && !CALENDAR.has(toks[n].lower) && !PROPER_ADJECTIVES.has(toks[n].lower) && !covered.has(n) &&
    (!TITLE_WORDS.has(toks[n].lower) || (n > i && n < j - 1 && SINGLE_TITLES.has(toks[n].lower)));
  const roleAfter = () => ROLE_AFTER.test(x.b.text.slice(toks[j - 1].end, toks[j - 1].end + 60)) && range(i, j).some((n) => !x.dictionary.has(toks[n].lower));
  return j - i >= 2 && j - i <= 4 && range(i, j).every(plain) && (titled || roleAfter());
}

/** Where "X of the Y Movement" is a person and an organization: the "of" and the start of the organization. */
export function personOfOrganization(toks: Token[], i: number, j: number, titled: boolean, dictionary: Words): [number, number] | null {
  const of = range(i + 1, j).find((n) => toks[n].lower === 'of');
  if (of === undefined) return null;
  const r = toks[of + 1]?.lower === 'the' ? of + 2 : of + 1;
  if (r >= j || shapeOf(toks, r, j) !== 'organization') return null;
  const left = shapeOf(toks, i, of);
  const unknown = of - i >= 2 && range(i, of).every((n) => !dictionary.has(toks[n].lower) || NAME_PARTICLES.has(toks[n].key) || toks[n].lower === 'and' || (n === i && EAST_ASIAN_SURNAMES.has(toks[n].lower)));
  return left === 'person' || (left === null && (titled || unknown)) ? [of, r] : null;
}

/** "Marc Kolb of Orano": a given name's run, "of", and a name of one to three words no known name covers: a person and where they work. */
export function namedPersonOf(x: PhraseContext, i: number, j: number): [number, number] | null {
  const of = range(i + 2, j).find((n) => x.toks[n].lower === 'of');
  if (of === undefined || !givenNameRun(x, i, of)) return null;
  const r = x.toks[of + 1]?.lower === 'the' ? of + 2 : of + 1;
  return r < j && j - r <= 3 && range(r, j).every((n) => !x.covered.has(n) && x.toks[n].cap) ? [of, r] : null;
}

/** "the Justice and Peace Gathering of Saleh Ashour": an organization and its leader. */
export function organizationOfPerson(toks: Token[], i: number, j: number, dictionary: Words): [number, number] | null {
  const of = range(i + 1, j).find((n) => toks[n].lower === 'of');
  if (of === undefined || of + 1 >= j) return null;
  const right = shapeOf(toks, of + 1, j);
  // "the Pakistan Tehreek-e-Insaf of Imran Khan": a transliterated name (with its particles) never goes on with "of"; two words after it are its leader.
  if (j - of - 1 >= 2 && j - of - 1 <= 3 && range(i, Math.min(i + 2, of)).some((n) => ORG_WORDS.has(toks[n].lower)) && range(i, of).some((n) => NAME_PARTICLES.has(toks[n].key)) && right !== 'organization' && right !== 'place') return [of, of + 1];
  if (!ORG_HEADS.has(toks[of - 1].lower)) return null;
  // "Mongolian People's Party of Prime Minister Oyun-Erdene": a title and a name after "of" are its leader.
  const named = range(of + 1, j).findIndex((n) => !TITLE_WORDS.has(toks[n].lower));
  const title = toks.slice(of + 1, of + 1 + Math.max(named, 0)).map((t) => t.lower).join(' ');
  if (named > 0 && TITLES.some((t) => t.join(' ') === title) && right !== 'organization' && right !== 'place') return [of, of + 1];
  const unknown = j - of - 1 >= 2 && range(of + 1, j).every((n) => !dictionary.has(toks[n].lower) && !PROPER_ADJECTIVES.has(toks[n].lower) && !CONNECTORS.has(toks[n].lower));
  return right === 'person' || (right === null && unknown) ? [of, of + 1] : null;
}

/** Words that open a reference in a note ("See …", "Cf. …"). */
const REFERENCE_CUES = new Set(['see', 'cf']);

/** A given name (of this field or the English dataset) that may start a person's name. */
export function startsName(x: PhraseContext, i: number): boolean {
  const t = x.toks[i];
  // "Al" is also the English given name, but here it is mostly the article of a place's or a body's name ("Al Jasrah").
  // "See Ahmed Fawzi, …": the word that sends a note's reader to a source is no given name.
  return t.cap && !t.upper && t.key !== 'al' && t.key !== 'el' && !REFERENCE_CUES.has(t.lower) && (GIVEN_NAMES.has(t.lower) || x.given.has(t.lower));
}

/**
 * A given name and one to three more name words: capitalised, not known, not titles, heads or adjectives.
 * A given name English also has ("Port", "Grace") needs a word English lacks after it ("Port Performance Index" is a document).
 */
export function givenNameRun(x: PhraseContext, i: number, j: number): boolean {
  const { toks, covered, dictionary } = x;
  if (j - i < 2 || j - i > 4 || !startsName(x, i)) return false;
  if (dictionary.has(toks[i].lower) && range(i + 1, j).every((n) => dictionary.has(toks[n].lower))) return false;
  return range(i + 1, j).every((n) => {
    const t = toks[n];
    if (covered.has(n) || CONNECTORS.has(t.lower)) return false;
    if (NAME_PARTICLES.has(t.key) || t.lower === 'ag') return true;
    // "Ursula von der Leyen": particles of European names, inside the name.
    if (FOREIGN_PARTICLES.has(t.key) && !t.cap && n < j - 1) return true;
    return t.cap && !t.upper && !TITLE_WORDS.has(t.lower) && !PROPER_ADJECTIVES.has(t.lower) && !CALENDAR.has(t.lower) && !ORG_HEADS.has(t.lower) && !PLACE_HEADS.has(t.lower);
  });
}

/** "Li Qiang", "Hu Jintao", "Park Geun-hye": an East Asian surname English has, then one or two words it lacks, not where a place is expected. */
export function eastAsianName(x: PhraseContext, i: number): boolean {
  const { toks } = x;
  if (!EAST_ASIAN_SURNAMES.has(toks[i].lower) || toks[i].possessive || x.covered.has(i)) return false;
  let k = i + 1;
  const gap = (n: number) => x.b.text.slice(toks[n - 1].end, toks[n].start);
  // "Geun-hye": a given name's second syllable after a hyphen is in lower case.
  const word = (n: number) => ((toks[n].cap && !toks[n].upper && /^\s+$|^-$/u.test(gap(n))) || (k > i + 1 && gap(n) === '-')) && !x.covered.has(n) && !x.dictionary.has(toks[n].lower);
  while (k < toks.length && k - i <= 3 && word(k)) k++;
  // "Long Thanh airport": a place's or a body's head after it.
  const head = /^\s+([a-z]+)/u.exec(x.b.text.slice(toks[k - 1].end, toks[k - 1].end + 20))?.[1] ?? '';
  return k > i + 1 && !PLACE_HEADS.has(head) && !ORG_HEADS.has(head) && !PLACE_BEFORE_STRICT.test(x.b.text.slice(Math.max(x.sentence[0], toks[i].start - 20), toks[i].start));
}
