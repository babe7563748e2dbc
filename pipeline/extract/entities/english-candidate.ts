/**
 * The type one candidate gets from what is said around it: a gloss or a
 * lower-case head after it, the cues of places, companies, outlets and people
 * before and after it, an apposition, its table column's header. Separate from
 * the typing of phrases, which decides the words, because this reads the
 * context.
 */
import { pieceAt } from '../block-text.js';
import { gapAfter, joinable } from './tokens.js';
import {
  CALENDAR, COMMON_ACRONYMS, LED_BY, ORG_AFTER, ORG_BEFORE, ORG_CUE_AFTER, ORG_CUE_BEFORE, ORG_HEADS, PLACE_AFTER, PLACE_HEADS, PROPER_ADJECTIVES,
  ROLE_AFTER, ROLE_BEFORE, TRADE_HEADS, NON_NAMES,
} from './name-words.js';
import {
  type NameType, commonWords, FIRM_CUE_BEFORE, PLACE_BEFORE_STRICT, PLACE_OF, ABBREVIATED_TITLE, SINGLE_TITLES, TITLE_WORDS, type Candidate,
  type PhraseContext, quoted, SPEAKS_AFTER, PRESS_ARTICLES, opensSentence, unknownWord, commonWord, OUTLET_ARTICLES, DOCUMENT_HEADS, OWN_OBJECT,
} from './discover-words.js';
import { givenNameRun, startsName } from './english-people.js';
import { orgAfter, runBy, oneWordCompany, shareAfter } from './english-organizations.js';
import { isCity, locatedAfter } from './english-places.js';

/** After a body's possessive: its officials or members ("the Taliban's deputy prime minister", "the Houthis' spokesman"). */
const OFFICIALS_AFTER = /^['’]s?\s+(?:[a-z-]+\s+){0,2}(?:minister|president|leader|leadership|spokes(?:man|woman|person)|chief|commander|envoy|head|founder|fighters|officials|members|delegation)\b/u;

/** A verb of owning, running or advising before "by": a company after it. */
const OWNED_BY = /\b(?:run|operated|owned|controlled|managed|built|financed|funded|developed|acquired|advised)\s+by\s+$/i;
/** A publisher in a reference: "(London: Verso, 2003)", "Oxford: Clarendon, 1998". */
const PUBLISHER_BEFORE = /(?:^|[(;.]\s*)\p{Lu}[\p{L} .]*:\s*$/u;
const PUBLISHER_AFTER = /^,\s*(?:1[5-9]|20)\d\d\b/u;

/** Before an acronym no one defined, a body more often than a place ("a loan from UBS", "economists at IIF"). */
const ACRONYM_BODY_BEFORE = /\b(?:at|from|by|with)\s+$/i;

/** Before a lone unknown word with its article: "in the Sahel", "across the central Sahel", "along the Bassac". */
const PLACE_BEFORE_THE = /\b(?:in|at|near|into|across|along|throughout|beyond|outside|around|towards?|up|down|cross(?:es|ed|ing)?)\s+the\s+(?:(?:northern|southern|eastern|western|central|upper|lower|wider|whole)\s+)?$/i;
/** A chamber, not a region, after "in the": "a vote in the Sejm", "deputies in the Rada", "the bill passed in the Bundestag". */
const CHAMBER_BEFORE = /\b(?:bills?|laws?|votes?|voted|seats?|majority|deputies|lawmakers|legislators|MPs|members|passed|debated?|motion|speaker|speech|testified|elected|sits?|sat|tabled|ratified)\b[^.;]*$/i;
/** Right before a chamber's name: "its majority in the Sejm", "parties in the Storting", "deputies in the Rada". */
const CHAMBER_NEAR = /\b(?:seats?|majority|deputies|lawmakers|legislators|MPs|members|opposition|part(?:y|ies)|factions?|speaker|votes?|bills?)\s+in\s+the\s+$/i;
/** Before two unknown words, where a place is expected and hardly ever a person ("the coast at Cai Mep", "from Prek Takeo to …" is not). */
const PLACE_BEFORE_NAME = /\b(?:in|at|near|into|via|outside|around|above|below|beyond|towards?|ports?\s+of|(?:town|city|village|port|district|province|region)\s+of)\s+(?:the\s+)?$/i;

/** One candidate of a known type. */
export function typedAs(x: PhraseContext, i: number, j: number, titled: boolean, type: NameType): Candidate[] {
  const c = candidate(x, i, j, titled);
  c.type = type;
  return [c];
}

export function candidate(x: PhraseContext, first: number, last: number, titled: boolean): Candidate {
  const { b, bi, toks, sentence } = x;
  const c: Candidate = { block: bi, first, last, start: toks[first].start, end: toks[last - 1].end, type: null, titled, aliases: [], sentence };
  const before = b.text.slice(Math.max(sentence[0], c.start - 40), c.start);
  const after = b.text.slice(c.end, Math.min(sentence[1], c.end + 80));
  const words = toks.slice(first, last).map((t) => t.lower);
  // "X (Rights Movement)", "X (PMF)": the gloss or acronym is another name of X.
  // "Manila Electric Company, or Meralco,": one word after "or" renames a name with an organization's head.
  const gloss = /^\s*\(([^()]{2,60})\)/u.exec(after) ?? /^,?\s+(?:also\s+|formerly\s+|previously\s+)?known\s+(?:until\s+\d{4}\s+|before\s+\d{4}\s+|formerly\s+)?as\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,4})/u.exec(after) ??
    (ORG_HEADS.has(words[words.length - 1]) && toks[last]?.lower === 'or' && !x.covered.has(last + 1) ? /^,\s+or\s+(\p{Lu}[\p{L}'’-]+)\s*[,;)]/u.exec(after) : null);
  if (gloss && /^\p{Lu}/u.test(gloss[1])) {
    c.aliases.push(gloss[1].trim());
    const glossHead = gloss[1].trim().split(/\s+/).pop()!.toLowerCase();
    if (ORG_HEADS.has(glossHead)) c.type = 'organization';
    else if (PLACE_HEADS.has(glossHead)) c.type = 'place';
  }
  if (c.type) return c;
  // "the Ishraqat Kanoon movement", "the Albu Mahal tribe", "Anbar province": the head comes in lower case.
  const lowerHead = /^\s+([a-z]+)\b/.exec(after)?.[1];
  if (lowerHead && ORG_HEADS.has(lowerHead) && !TRADE_HEADS.has(lowerHead)) c.type = 'organization';
  else if (lowerHead && PLACE_HEADS.has(lowerHead)) c.type = 'place';
  // "the district of al-Fuhud": the head comes before, and the name after it is a place whatever its shape.
  else if (PLACE_OF.test(before)) c.type = 'place';
  else if (!titled && isCity(x, first, last)) c.type = 'place';
  // "Kep, a port town", "Roraima, the state on both borders": a place named in apposition, if it is the whole name
  // (not "Madani" cut out of "Wad Madani" after an English word).
  else if (!titled && PLACE_AFTER.test(after) && !(first > 0 && toks[first - 1].cap && /^\s+$/u.test(b.text.slice(toks[first - 1].end, c.start)))) c.type = 'place';
  // "the state company Orano", "Gazprom's chief executive", "employees of Barrick", "Xeneta said": a company or an outlet.
  else if ((!titled && c.end - c.start > 1 && (ORG_BEFORE.test(before) || ORG_AFTER.test(after) || (PUBLISHER_AFTER.test(after) && PUBLISHER_BEFORE.test(b.text.slice(Math.max(0, c.start - 40), c.start))) || (last - first === 1 && oneWordCompany(x, first, before, after)))) || (last - first === 1 && runBy(x, first, before)))
    c.type = 'organization';
  else if (last - first === 1 && CHAMBER_NEAR.test(before) && unknownWord(x, first) && !toks[first].possessive && !/^\s*\p{Lu}/u.test(after)) c.type = 'organization';
  // "MOL of Hungary", "NOC of Libya": an acronym no one defined, of a place, is an organization (an acronym is no one's name).
  else if (last - first === 1 && toks[first].upper && c.end - c.start > 1 && !SINGLE_TITLES.has(toks[first].lower) && /^\s+of\s+(?:the\s+)?\p{Lu}/u.test(after)) c.type = 'organization';
  // An acronym is no one's name, whatever the cue ("a consortium led by CATL").
  else if ((titled || ROLE_BEFORE.test(before) || ABBREVIATED_TITLE.test(before) || LED_BY.test(before) || ROLE_AFTER.test(after)) && !(last - first === 1 && toks[first].upper))
    c.type = 'person';
  // "the Taliban's deputy prime minister": a body whose officials these are (a country's needs no "the").
  else if (last - first === 1 && toks[first].possessive && unknownWord(x, first) && /\bthe\s+$/iu.test(before) && OFFICIALS_AFTER.test(after)) c.type = 'organization';
  // "a Saskatoon-based producer", "Taukent, near Stepnogorsk": where something is based, or a name located right after it.
  else if (last - first === 1 && unknownWord(x, first) && !toks[first].possessive && (/^-based\b/u.test(after) || locatedAfter(x, last))) c.type = 'place';
  // "in Rask", "at Mehran": an unknown single word where a place is expected.
  else if (last - first === 1 && (PLACE_BEFORE_STRICT.test(before) || (PLACE_BEFORE_THE.test(before) && !CHAMBER_BEFORE.test(before))) && !x.dictionary.has(toks[first].lower) && !toks[first].possessive && !/^\s*\p{Lu}/u.test(after) && !(toks[first].upper && toks[first].key.length >= 3 && ACRONYM_BODY_BEFORE.test(before))) c.type = 'place';
  // "told La Nación", "according to El Mercurio": a European article after an outlet's cue starts a newspaper's name.
  else if (words.length >= 2 && words.length <= 4 && OUTLET_ARTICLES.has(toks[first].lower) && toks[first].cap && (ORG_CUE_BEFORE.test(before) || SPEAKS_AFTER.test(after)) && toks.slice(first + 1, last).every((t) => t.cap && !commonWords().has(t.lower)))
    c.type = 'organization';
  // Two unknown words are a person's name; acronyms ("CMA CGM", "EUNAVFOR Aspides"), one hyphenated word ("Hapag-Lloyd")
  // and an epithet in quotes ('Hussein Al-Asr') are not; where a place is expected ("near Prek Takeo", "from Prek Takeo
  // to the Bassac"), they are a place; after an outlet's cue, a European article starts a newspaper's ("told Le Nouvelliste"),
  // and after a firm's cue they are a firm ("shares of Goldman Sachs", "analysts at Morgan Stanley", "advised by Lazard Frères").
  else if (
    words.length >= 2 &&
    !quoted(x, first, last) &&
    // "Al Jasrah", "Al Junaid": the article with no given name before it names a place or a body more often than a person.
    !(toks[first].cap && (toks[first].key === 'al' || toks[first].key === 'el')) &&
    toks.slice(first, last).every((t, n) => (!commonWords().has(t.lower) || (n > 0 && SINGLE_TITLES.has(t.lower)) || (n > 0 && t.upper && t.end - t.start === 1 && b.text[t.end] === '.')) && !PROPER_ADJECTIVES.has(t.lower) && !(t.upper && t.end - t.start > 1)) &&
    /\s/u.test(b.text.slice(c.start, c.end))
  )
    c.type = (PRESS_ARTICLES.has(toks[first].lower) && (ORG_CUE_BEFORE.test(before) || SPEAKS_AFTER.test(after))) || FIRM_CUE_BEFORE.test(before) ? 'organization'
      : (PLACE_BEFORE_NAME.test(before) || (/\bfrom\s+$/u.test(before) && /^\s+(?:to|through|via)\s+(?:the\s+)?\p{Lu}/u.test(after)) || locatedAfter(x, last)) && !toks[last - 1].possessive ? 'place'
      // "grew out of the Janatha Vimukthi Peramuna": no one's name takes the article; a body's does.
      : /\bthe\s+$/u.test(before) && !startsName(x, first) ? (/\b(?:near|across|along|throughout|beyond|towards?|cross(?:es|ed|ing)?)\s+the\s+$/iu.test(before) ? 'place' : 'organization') : 'person';
  // "CNOOC", "CARICOM": an acronym no one defined, which is no common thing's, is an organization's.
  else if (last - first === 1 && toks[first].upper && toks[first].key.length >= 3 && !x.placeAcronyms.has(b.text.slice(c.start, c.end)) && !/^[ivxlcdm]+$/.test(toks[first].lower) && !COMMON_ACRONYMS.has(toks[first].lower) && !x.dictionary.has(toks[first].lower) && !x.b.titleCase)
    c.type = 'organization';
  // "| Sasol | 20% |" under "| Company |": the column's header, where nothing else spoke; a person's name of two unknown words yields to it.
  const column = !titled && !(last - first === 1 && commonWord(x, first)) ? x.column?.(c.start) : null;
  if (column && (c.type === null || (c.type === 'person' && !givenNameRun(x, first, last)))) c.type = column;
  return c;
}

/** Seats and chambers of government called by one word after "the" ("the Treasury", "the Kremlin", "the Knesset"). */
const SEATS = new Set(['treasury', 'exchequer', 'presidency', 'judiciary', 'politburo', 'kremlin', 'pentagon', 'knesset', 'duma', 'bundestag', 'storting', 'majlis', 'elysee']);
/** Before an outlet or a body named by one word English has: "told the Inquirer", "according to the Guardian". */
const OUTLET_BEFORE = /\b(?:told|according\s+to|quoted\s+by|interview\s+with|reported\s+by|(?:wrote|writing|published)\s+in)\s+the\s+$/iu;
/** The type an apposition gives one capitalised word on its own ("Santos, the Adelaide-based producer", "Kep, a port town"). */
export function appositionType(x: PhraseContext, i: number): NameType | null {
  const t = x.toks[i];
  const next = x.toks[i + 1];
  if (t.possessive || t.upper || (next?.cap && joinable(gapAfter(x.b.text, t, next)) && pieceAt(x.b, next.start) === pieceAt(x.b, t.start)) || PROPER_ADJECTIVES.has(t.lower) || CALENDAR.has(t.lower) || TITLE_WORDS.has(t.lower)) return null;
  if (ORG_HEADS.has(t.lower) || PLACE_HEADS.has(t.lower)) return null;
  const after = x.b.text.slice(t.end, t.end + 80);
  const before = x.b.text.slice(Math.max(x.sentence[0], t.start - 40), t.start);
  // "operated by Chevron", "advised by Rothschild": a verb of owning or advising before it.
  // "told the Inquirer", "according to the Treasury": an outlet or an institution, unless a document ("the Constitution").
  if (/\bthe\s+$/iu.test(before) && !opensSentence(x, i) && (SEATS.has(t.lower) || (OUTLET_BEFORE.test(before) && !DOCUMENT_HEADS.has(t.lower) && !NON_NAMES.has(t.key)))) return 'organization';
  if (orgAfter(after) || OWNED_BY.test(before) || (ORG_CUE_AFTER.test(after) && OWN_OBJECT.test(after)) || (shareAfter(x, i) && !PLACE_BEFORE_STRICT.test(before)) || (PUBLISHER_AFTER.test(after) && PUBLISHER_BEFORE.test(x.b.text.slice(Math.max(0, t.start - 40), t.start)))) return 'organization';
  // "the Leviathan field", "the Hope aquifer": a place's head in lower case after it, mid-sentence.
  const lowerHead = /^\s+([a-z]+)\b/u.exec(after)?.[1];
  const column = x.column?.(t.start);
  if (column && !commonWord(x, i)) return column;
  const based = /^-based\b/u.test(after) && !opensSentence(x, i);
  return PLACE_AFTER.test(after) || based || (lowerHead && PLACE_HEADS.has(lowerHead) && !opensSentence(x, i) && /\bthe\s+$/iu.test(before)) ? 'place' : null;
}
