/**
 * English discovery, places: the dataset's towns and cities, a name located in
 * or listed beside a known place, and capitalised words, some of them English,
 * where a place is expected. Separate because these rules decide only whether
 * words name a place.
 */
import { CALENDAR, ORG_BEFORE, ORG_CUE_BEFORE, PLACE_HEADS, PROPER_ADJECTIVES, ORG_CUE_AFTER } from './name-words.js';
import {
  PLACE_BEFORE_STRICT, PLACE_OF, TITLE_WORDS, FOREIGN_PARTICLES, type PhraseContext, range, SPEAKS_AFTER, PRESS_ARTICLES, OWN_OBJECT,
} from './discover-words.js';
import { startsName } from './english-people.js';
import { orgAfter } from './english-organizations.js';

/**
 * The phrase is a town or city of the dataset. Known names inside it must be
 * places ("Khartoum North"); a one-word name that English also has ("Mobile")
 * counts only where a place is expected.
 */
export function isCity(x: PhraseContext, i: number, j: number): boolean {
  const { toks, covered } = x;
  const words = toks.slice(i, j).map((t) => t.lower);
  // "El Geneina", "Al Fasher": the article is part of the name the dataset may list without it.
  if (!x.cities.has(words.join(' ')) && !(words.length > 1 && (words[0] === 'al' || words[0] === 'el') && x.cities.has(words.slice(1).join(' ')))) return false;
  if (j - i === 1 && (toks[i].key.length < 3 || CALENDAR.has(toks[i].lower) || PROPER_ADJECTIVES.has(toks[i].lower) || toks[i].upper)) return false;
  if (range(i, j).every((n) => covered.has(n)) || range(i, j).some((n) => covered.has(n) && x.knownType(n) !== 'place')) return false;
  const placeBefore = PLACE_BEFORE_STRICT.test(x.b.text.slice(Math.max(x.sentence[0], toks[i].start - 40), toks[i].start));
  // "Albemarle, a US producer", "Albemarle sold its …", "SQM and Albemarle run …": one word in apposition to a company, with a
  // company's verb and "its", or listed after an acronym with a company's verb, is the company ("Budapest would control" is not).
  const after = x.b.text.slice(toks[j - 1].end, toks[j - 1].end + 80);
  const before = x.b.text.slice(Math.max(x.sentence[0], toks[i].start - 20), toks[i].start);
  const company = orgAfter(after) || (ORG_CUE_AFTER.test(after) && (OWN_OBJECT.test(after) || /\b\p{Lu}{2,}\s+and\s+$/u.test(before)));
  if (j - i === 1 && !placeBefore && company) return false;
  return j - i > 1 || !x.dictionary.has(toks[i].lower) || placeBefore;
}

/** Transliterated Arabic articles written apart and capitalised ("Es Sider", "Ad Dawr", "Ash Shatrah"). */
const ARTICLE_WORDS = new Set(['al', 'el', 'es', 'ez', 'as', 'ash', 'ad', 'an', 'ar', 'at', 'az', 'ul']);

/**
 * "reached Wad Madani", "exports from Es Sider", "entered Cité Soleil", "from Mocímboa da Praia": where a place is
 * expected, two to four capitalised words, some of them English, one at least not, name one place: neither split at
 * the English words nor a person's name. The place's preposition outweighs a verb after it ("exports from Es Sider resumed"),
 * but not an outlet's cue ("an article in El Vocero said").
 */
export function placeWithWords(x: PhraseContext, i: number, j: number, titled: boolean): boolean {
  const { toks, dictionary } = x;
  if (titled || j - i < 2 || j - i > 4 || toks[j - 1].possessive || PRESS_ARTICLES.has(toks[i].lower) || startsName(x, i)) return false;
  const word = (n: number) => toks[n].cap && !toks[n].upper && !x.covered.has(n) && !TITLE_WORDS.has(toks[n].lower) && !PROPER_ADJECTIVES.has(toks[n].lower) && !CALENDAR.has(toks[n].lower);
  const particle = (n: number) => n > i && n < j - 1 && !toks[n].cap && FOREIGN_PARTICLES.has(toks[n].key);
  // "Es Sider", "Ez Zawiya": a transliterated article before the name is no English word.
  const article = ARTICLE_WORDS.has(toks[i].lower);
  const english = range(article ? i + 1 : i, j).filter((n) => toks[n].cap && dictionary.has(toks[n].lower)).length;
  // All words unknown: two unknown words are read as such (a person's name, or a place where one is expected).
  const joined = english > 0 || article || range(i, j).some(particle);
  if (!range(i, j).every((n) => word(n) || particle(n)) || !joined || english === range(i, j).filter((n) => toks[n].cap).length) return false;
  const before = x.b.text.slice(Math.max(x.sentence[0], toks[i].start - 40), toks[i].start);
  const after = x.b.text.slice(toks[j - 1].end, toks[j - 1].end + 20);
  // "Azerbaijan's Shah Deniz field": a place's head in lower case after the words says so too.
  const lowerHead = /^\s+([a-z]+)\b/u.exec(after)?.[1];
  return (PLACE_BEFORE_STRICT.test(before) || PLACE_OF.test(before) || besidePlace(x, i, j) || (!!lowerHead && PLACE_HEADS.has(lowerHead))) && !ORG_BEFORE.test(before) && !ORG_CUE_BEFORE.test(before) && !SPEAKS_AFTER.test(after) && !/^\s*\p{Lu}/u.test(after);
}

/** "Bou Craa, in Western Sahara", "Taukent, near Stepnogorsk": a name located in a known place or a town of the dataset right after it is a place. */
export function locatedAfter(x: PhraseContext, j: number): boolean {
  const m = /^,\s+(?:in|near|outside)\s+(?:the\s+)?(?=\p{Lu})/u.exec(x.b.text.slice(x.toks[j - 1].end, x.toks[j - 1].end + 30));
  if (!m) return false;
  const at = x.toks[j - 1].end + m[0].length;
  const n = x.toks.findIndex((t, k) => k >= j && t.start === at);
  return n >= 0 && (x.knownType(n) === 'place' || (!x.covered.has(n) && x.cities.has(x.toks[n].lower)));
}

/** "from Khouribga, Ben Guerir and Youssoufia": a name listed by a comma or "and" beside a known place or a town of the dataset. */
export function besidePlace(x: PhraseContext, i: number, j: number): boolean {
  const { toks, b } = x;
  const place = (n: number) => n >= 0 && n < toks.length && toks[n].cap && (x.knownType(n) === 'place' || (!x.covered.has(n) && x.cities.has(toks[n].lower)));
  const gap = (a: number, c: number) => b.text.slice(toks[a].end, toks[c].start);
  const left = i >= 1 && /^,\s+$/u.test(gap(i - 1, i)) ? i - 1 : i >= 2 && toks[i - 1].lower === 'and' && /^,?\s+$/u.test(gap(i - 2, i - 1)) ? i - 2 : -1;
  const right = j < toks.length && /^,\s+$/u.test(gap(j - 1, j)) ? j : j + 1 < toks.length && toks[j].lower === 'and' ? j + 1 : -1;
  return place(left) || place(right);
}
