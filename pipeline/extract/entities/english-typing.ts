/**
 * Typing a capitalised phrase: the bounds of its name (titles, adjectives and
 * connectors off), whole names (towns, given-name runs), the known names it
 * extends or is split at, and headless phrases split at English words. These
 * rules call each other (a phrase is split and its parts typed again), so they
 * stay together.
 */
import { gapAfter } from './tokens.js';
import { MONTH } from './date-patterns.js';
import { inHeadline } from './headlines.js';
import {
  CALENDAR, CONNECTORS, TRIBE_WORDS, LED_BY, NAME_PARTICLES, NOT_ENTITIES, ORG_BEFORE, ORG_CUE_AFTER, ORG_CUE_BEFORE, ORG_HEADS, ORG_WORDS, PLACE_AFTER, PLACE_HEADS, PROPER_ADJECTIVES,
  ROLE_BEFORE, TITLES, TRADE_HEADS,
} from './name-words.js';
import {
  type NameType, FIRM_CUE_BEFORE, HEAD_LINKS, PLACE_BEFORE_STRICT, ABBREVIATED_TITLE, SINGLE_TITLES, type Candidate, DOCUMENT_HEADS, FOREIGN_PARTICLES,
  type PhraseContext, opensNote, quoted, range, shapeOf, keep, opensSentence, OUTLET_ARTICLES, TITLE_WORDS, markedWord, CORPORATE_HEADS, TITLE_STARTS,
} from './discover-words.js';
import { titledRun, personOfOrganization, namedPersonOf, organizationOfPerson, startsName, givenNameRun, eastAsianName } from './english-people.js';
import { orgOfPlace, orgAfter, namedForPlace, subsidiary, companyNamedAsPlace } from './english-organizations.js';
import { isCity, placeWithWords, locatedAfter, besidePlace } from './english-places.js';
import { acronymFollows, hyphenatedAcronym } from './english-acronyms.js';
import { typedAs, candidate, appositionType } from './english-candidate.js';
import { syllableAfter } from './english-phrases.js';

/** "Southern Gas Corridor", "Northern Distribution Network": a compass adjective before a place's head is part of its name. */
const COMPASS_ADJECTIVES = new Set(['northern', 'southern', 'eastern', 'western', 'central']);

/** Persian and Arabic linking particles written apart ("Daftar-e Rahbari", "Hizb ul-Tahrir"). */
const EZAFE = new Set(['e', 'i', 'ye', 'ol', 'ul', 'wa']);


/** A legislature's generic name, capitalised for the country's own ("Parliament", "the Senate"). */
const CHAMBERS = new Set(['parliament', 'senate', 'congress', 'legislature']);

/** Administrative words that add nothing to a known place ("Basra Province" is Basra). */
const ADMIN_HEADS = new Set(['province', 'governorate', 'city', 'town', 'district', 'region', 'county', 'subdistrict']);

/** Where a phrase's name lies once its titles, connectors and adjectives are off, and what they say of it. */
interface Bounds {
  i: number;
  j: number;
  /** A title or role came before it ("Sheikh", "its spokesman,"). */
  titled: boolean;
  shape: NameType | null;
}

/** The name inside a phrase: leading titles, a nationality or month, and connectors at either end are not part of it. */
function nameBounds(x: PhraseContext, from: number, to: number): Bounds | null {
  const { toks, covered } = x;
  let i = from;
  let titled = false;
  // Leading titles: "Prime Minister", "Sheikh", "Grand Ayatollah".
  const skipTitles = (): void => {
    for (let again = true; again; ) {
      again = false;
      for (const title of TITLES) {
        if (i + title.length < to && title.every((w, n) => toks[i + n].lower === w && !covered.has(i + n))) {
          i += title.length;
          titled = again = true;
          break;
        }
      }
    }
  };
  // "Imam Khomeini … Institute", "Imam al-Sadiq Mosque": a title inside an organization's or a place's name stays.
  const whole = shapeOf(toks, from, to);
  if (whole !== 'organization' && whole !== 'place') skipTitles();
  // "Brig. Gen. Yahya Saree": the full stop of an abbreviated title ends no name; "its spokesman, X", "led by X" are titles too.
  const cue = x.b.text.slice(Math.max(0, toks[i].start - 40), toks[i].start);
  if (!titled && (ABBREVIATED_TITLE.test(cue) || ROLE_BEFORE.test(cue) || LED_BY.test(cue))) titled = true;
  let j = to;
  const trim = (): void => {
    // A particle ends no name; a capitalised word that spells like one does ("Harakat al-Abdal").
    while (j > i && !syllableAfter(x, j - 1) && (CONNECTORS.has(toks[j - 1].lower) || HEAD_LINKS.has(toks[j - 1].lower) || (NAME_PARTICLES.has(toks[j - 1].key) && !toks[j - 1].cap))) j--;
    // "The Hague": a town whose name starts with the article keeps it.
    while (i < j && CONNECTORS.has(toks[i].lower) && !(toks[i].lower === 'the' && toks[i].cap && x.cities.has(toks.slice(i, j).map((t) => t.lower).join(' ')))) i++;
  };
  const untrimmed = i;
  trim();
  // "… and Prime Minister Mark Rutte of …": a part cut out at a connector may start with a title.
  if (i > untrimmed && !titled && whole !== 'organization' && whole !== 'place') skipTitles();
  if (i >= j) return null;
  let shape = shapeOf(toks, i, j);
  // "Iraqi Prime Minister …", "Iranian cleric …": an adjective is part of an organization's name only (and a compass
  // adjective of a place's).
  if (shape !== 'organization' && !(shape === 'place' && COMPASS_ADJECTIVES.has(toks[i].lower)) && !headedAfter(x, j)) {
    const before = i;
    // "Nigerian President …", "Togolese President …": a nationality before a title ("Hassan Sheikh …" is a name).
    // "In December Sewilam said": a month before a name is not part of it.
    const adjective = (n: number) =>
      PROPER_ADJECTIVES.has(toks[n].lower) || CALENDAR.has(toks[n].lower) || ((/(?:ese|ish|ic)$/.test(toks[n].lower) || x.demonyms.has(toks[n].lower)) && !startsName(x, n) && TITLE_STARTS.has(toks[n + 1]?.lower ?? ''));
    while (i < j - 1 && adjective(i) && !covered.has(i)) i++;
    if (i > before) {
      skipTitles();
      trim();
      if (i >= j) return null;
      shape = shapeOf(toks, i, j);
    }
  }
  return { i, j, titled, shape };
}

/** A phrase that is one name or none whatever known names it holds: an epithet in quotes, a town, a given name and more. */
function wholeName(x: PhraseContext, { i, j, titled, shape }: Bounds): Candidate[] | null {
  // 'Hussein Al-Asr': an epithet in quotes is no one's name.
  if (!titled && shape !== 'organization' && shape !== 'place' && quoted(x, i, j)) return [];
  const as = (type: NameType): Candidate[] => {
    const c = candidate(x, i, j, false);
    c.type = type;
    return [c];
  };
  // "Port Sudan", "Walvis Bay", "Nyala": a town or city of the dataset, named whole.
  if (!titled && shape !== 'organization' && isCity(x, i, j)) return as(companyNamedAsPlace(x, i, j) ? 'organization' : 'place');
  // "Brad Cooper", "Rolf Habben Jansen": a given name and the capitalised words after it, even words English has;
  // before a lower-case head, the name of what the head says ("the Viv Ansanm coalition").
  const head = /^\s+([a-z]+)\b/.exec(x.b.text.slice(x.toks[j - 1].end, x.toks[j - 1].end + 20))?.[1];
  // "the Carla Ruiz Report", "the Mo Ibrahim Index": a document named for a person is no person.
  if (shape === null && j - i >= 3 && DOCUMENT_HEADS.has(x.toks[j - 1].lower) && givenNameRun(x, i, j - 1)) return [];
  if (shape === null && givenNameRun(x, i, j)) {
    // "Wood Mackenzie, the Edinburgh-based consultancy", "the broker Marsh McLennan", "analysts at Morgan Stanley": a firm named for its founders.
    const before = x.b.text.slice(Math.max(x.sentence[0], x.toks[i].start - 40), x.toks[i].start);
    if ((head && ORG_HEADS.has(head) && !TRADE_HEADS.has(head)) || (!titled && (orgAfter(x.b.text.slice(x.toks[j - 1].end, x.toks[j - 1].end + 80)) || ORG_BEFORE.test(before) || FIRM_CUE_BEFORE.test(before) || (OUTLET_ARTICLES.has(x.toks[i].lower) && ORG_CUE_BEFORE.test(before))))) return as('organization');
    const placeAfter = PLACE_AFTER.test(x.b.text.slice(x.toks[j - 1].end, x.toks[j - 1].end + 80));
    return as((head && PLACE_HEADS.has(head)) || (!titled && (besidePlace(x, i, j) || locatedAfter(x, j) || placeAfter)) ? 'place' : 'person');
  }
  return null;
}

/** In a note, the name right after the quoted title. */
const AFTER_NOTE_TITLE = /^\s*\p{Lu}[^"“”\n]*,\s*["“][^"”]*["”],\s*(?:the\s+)?$/iu;
/** What ends a note's outlet: its date, or the note's end. */
const OUTLET_END = new RegExp(`^(?:,\\s*(?:\\d|${MONTH}\\b)|\\.?\\s*$)`, 'u');

/** "Arafat Rahman, \"…\", The Daily Star, 3 March 2024": in a note, the name between the quoted title and the date is the outlet. */
function noteOutlet(x: PhraseContext, i: number, j: number): boolean {
  const { b, toks } = x;
  const before = b.text.slice(0, toks[i].start);
  return AFTER_NOTE_TITLE.test(before) && opensNote(b, before.search(/\S/u)) && OUTLET_END.test(b.text.slice(toks[j - 1].end));
}

/** A note's quoted title, then its date with no outlet between: ", \"Title\", 12 June 2025". */
const TITLE_THEN_DATE = new RegExp(`^,\\s*["“][^"”\\n]*["”],?\\s*(?:\\d|${MONTH}\\b)`, 'u');

/**
 * Type a phrase by the rules; split it where it is several things. A phrase
 * may contain a known name when it makes a new one ("Basra Operations
 * Command", "Harakat Ansar Allah al-Awfiya"); otherwise known names split it.
 */
export function typed(x: PhraseContext, from: number, to: number): Candidate[] {
  const { toks, covered, dictionary } = x;
  // "Storm Daniel" is an event, "USS Carney" a ship.
  if (to - from > 1 && NOT_ENTITIES.has(toks[from].lower)) return [];
  // "the tanker Christophe de Margerie": a vessel is named after its kind, and a ship is no entity.
  if (SHIP_BEFORE.test(x.b.text.slice(Math.max(0, toks[from].start - 20), toks[from].start))) return [];
  const bounds = nameBounds(x, from, to);
  if (!bounds) return [];
  const { i, j, titled, shape } = bounds;
  // A note that opens with a name and a quoted title ("Balkan Insight, \"…\"", "Times of Israel, \"…\""): the outlet
  // that published it, unless a person's (two unknown words or more, a given name: the author).
  // Two names joined by "and" there are its authors ("Gidon Bromberg and Yana Abu Taleb, \"…\"").
  // A title followed at once by its date leaves no other slot for the outlet ("Prothom Alo, \"…\", 12 June 2025").
  const rest = x.b.text.slice(toks[j - 1].end);
  if (from === i && opensNote(x.b, toks[i].start) && /^,\s*["“]/u.test(rest) && shape !== 'person' && !givenNameRun(x, i, j) && !range(i, j).some((n) => toks[n].lower === 'and') &&
    (j - i === 1 || TITLE_THEN_DATE.test(rest) || range(i, j).some((n) => !covered.has(n) && (dictionary.has(toks[n].lower) || toks[n].upper)))) {
    const c = candidate(x, i, j, titled);
    c.type = 'organization';
    return [c];
  }
  if (noteOutlet(x, i, j)) return typedAs(x, i, j, titled, 'organization');
  const whole = wholeName(x, bounds);
  if (whole) return whole;
  // "Ghaleb al-Khafaji of the Nasiriyah Youth Front": a person (or people) and their organization.
  const of = personOfOrganization(toks, i, j, titled, dictionary) ?? organizationOfPerson(toks, i, j, dictionary) ?? namedPersonOf(x, i, j);
  if (of) return [...typed(x, from, of[0]), ...typed(x, of[1], j)];
  const known = range(i, j).filter((n) => covered.has(n));
  // "Central Asia–China Gas Pipeline", "Turkmenistan–Afghanistan–Pakistan–India Pipeline": a route named by the places it joins.
  const dashed = range(i + 1, j).some((n) => /[–—-]/u.test(gapAfter(x.b.text, toks[n - 1], toks[n])) && (covered.has(n) || covered.has(n - 1)));
  if (shape === 'place' && dashed && known.length > 0 && !covered.has(j - 1) && known.every((n) => x.knownType(n) === 'place')) {
    const c = candidate(x, i, j, titled);
    c.type = 'place';
    return [c];
  }
  // "UN Regional Centre for …", "US Naval Forces Central Command", "United Nations … Mission in Mali": a known acronym, or a
  // known organization, before an organization's name with its own head is part of it.
  let k = i;
  while (k < j && covered.has(k) && covered.get(k) === covered.get(i)) k++;
  // So is a known organization's province ("Islamic State West Africa Province").
  const province = x.knownType(i) === 'organization' && toks[j - 1].lower === 'province';
  if (k > i && k < j - 1 && !covered.has(k) && (toks[i].upper || x.knownType(i) === 'organization') && (shapeOf(toks, k, j) === 'organization' || province)) {
    const c = candidate(x, i, j, titled);
    c.type = 'organization';
    return [c];
  }
  // "Tehreek-e-Jafaria Pakistan (TJP)", "Kurdistan Democratic Party of Syria": one new organization, whatever names it contains.
  if (shape !== 'person' && known.length < j - i && acronymFollows(x, i, j) || orgOfPlace(x, i, j)) {
    const c = candidate(x, i, j, titled);
    c.type = shape ?? 'organization';
    return [c].filter(keep(toks));
  }
  const newWords = range(i, j).filter((n) => !covered.has(n) && !CONNECTORS.has(toks[n].lower) && !NAME_PARTICLES.has(toks[n].key));
  // One known name may sit inside a new one; several known names side by side are a list.
  // What makes the name new: its own head ("Basra Operations Command", "Harakat Ansar Allah …"), or words
  // right before a known name ("Supreme National Security Council"), never "X of the Sovereignty Alliance".
  const prefixOfKnown = range(i, j).every((n) => !CONNECTORS.has(toks[n].lower)) && newWords.some((n) => !PROPER_ADJECTIVES.has(toks[n].lower) || INSTITUTION_ADJECTIVES.has(toks[n].lower));
  // "Society of Seminary Teachers of Qom" is one name; "Bani Lam of Amarah" is a tribe and where it lives.
  const ofPlace = x.knownType(j - 1) === 'place' && !TRIBE_WORDS.has(toks[i].lower) && range(i, j).some((n) => toks[n].lower === 'of' || toks[n].lower === 'in');
  const single = new Set(known.map((n) => covered.get(n))).size <= 1 && (!covered.has(j - 1) || prefixOfKnown || ofPlace || (ORG_WORDS.has(toks[i].lower) && !covered.has(i)));
  const extendsKnown = known.length === 0 || (single && shape === 'organization' && newWords.length > 0) || (single && shape === 'place' && newWords.some((n) => !ADMIN_HEADS.has(toks[n].lower)));
  if (!extendsKnown) return subsidiary(x, i, j) || namedForPlace(x, i, j) ? typedAs(x, i, j, titled, 'organization') : splitAround(x, i, j, (n) => covered.has(n), titled);
  // "Mohammed al-Ghabban and Ahmed Abu Risha": people are not joined by "and".
  if (shape === 'person' && range(i, j).some((n) => CONNECTORS.has(toks[n].lower))) return splitAround(x, i, j, (n) => CONNECTORS.has(toks[n].lower), titled);
  if (shape === null && titledRun(x, i, j, titled)) return typedAs(x, i, j, titled, 'person');
  if (shape === null) return headless(x, i, j, titled);
  // A lone generic head ("the Front", "the Guards") is not a name, but a country's chamber is ("told Parliament", "in the Senate").
  if (j - i === 1 && dictionary.has(toks[i].lower) && !(CHAMBERS.has(toks[i].lower) && !opensSentence(x, i) && !x.b.titleCase && !inHeadline(x.b, toks[i].start))) return [];
  // "in Bani Jamra": a tribe's name is also its village's; "in Sharm el-Sheikh": a name shaped as a person's, with no given
  // name or title, right after "in" is a town's.
  const cue = x.b.text.slice(Math.max(0, toks[i].start - 10), toks[i].start);
  const town = shape === 'person' && !titled && !startsName(x, i) && !toks[j - 1].possessive && /\b(?:in|near|into|outside)\s+$/iu.test(cue);
  const company = shape === 'place' && companyNamedAsPlace(x, i, j);
  return typedAs(x, i, j, titled, (shape === 'organization' && TRIBE_WORDS.has(toks[i].lower) && PLACE_BEFORE_STRICT.test(cue)) || town ? 'place' : company ? 'organization' : shape).filter(keep(toks));
}

/**
 * A phrase with no head word to type it: a list of towns, an acronym's body, an outlet named
 * by what is said around it, else its names split at "and", connectors and English words.
 */
function headless(x: PhraseContext, i: number, j: number, titled: boolean): Candidate[] {
  const { toks, covered, dictionary } = x;
  const towns = townList(x, i, j);
  if (towns) return towns;
  // "DP World", "CMA CGM", "EUNAVFOR Aspides": an acronym and capitalised words after it, no one's name, name a body.
  if (toks[i].upper && toks[i].end - toks[i].start > 1 && !x.b.titleCase && j - i >= 2 && range(i, j).every((n) => !covered.has(n) && toks[n].cap && !CONNECTORS.has(toks[n].lower))) {
    const c = candidate(x, i, j, titled);
    c.type = 'organization';
    return [c];
  }
  // "The Daily Star reported", "according to the Morning Herald": English words that name an outlet or a company by what is said around them.
  if (!titled && j - i >= 2 && range(i, j).every((n) => !covered.has(n) && dictionary.has(toks[n].lower) && toks[n].lower !== 'and' && !PROPER_ADJECTIVES.has(toks[n].lower) && !CALENDAR.has(toks[n].lower))) {
    const around = x.b.text.slice(toks[j - 1].end, toks[j - 1].end + 40);
    if (ORG_CUE_AFTER.test(around) || ORG_CUE_BEFORE.test(x.b.text.slice(Math.max(x.sentence[0], toks[i].start - 40), toks[i].start))) {
      const c = candidate(x, i, j, titled);
      c.type = 'organization';
      return [c];
    }
  }
  // "Santos, the Adelaide-based producer", "Wales, a town on the coast": one word English has, named in apposition.
  // "the ruling Georgian Dream party": capitalised words, even English ones, before a body's head in lower case.
  if (!titled && headedAfter(x, j) && !opensSentence(x, i) && !inHeadline(x.b, toks[i].start) && (j - i > 1 || /\bthe\s+(?:[a-z]+\s+)?$/u.test(x.b.text.slice(Math.max(0, toks[i].start - 20), toks[i].start))) && range(i, j).every((n) => !covered.has(n) && toks[n].cap && !CONNECTORS.has(toks[n].lower)) && range(i, j).some((n) => !PROPER_ADJECTIVES.has(toks[n].lower) && !x.demonyms.has(toks[n].lower)))
    return typedAs(x, i, j, titled, 'organization');
  // "traders like Tri Marine", "shares of Morgan Tarsk": after a firm's cue, two or three capitalised words, English or not, name the firm.
  const firm = (n: number) => !covered.has(n) && toks[n].cap && !CONNECTORS.has(toks[n].lower) && !TITLE_WORDS.has(toks[n].lower) && !CALENDAR.has(toks[n].lower);
  if (!titled && j - i >= 2 && j - i <= 3 && range(i, j).every(firm) && FIRM_CUE_BEFORE.test(x.b.text.slice(Math.max(x.sentence[0], toks[i].start - 40), toks[i].start)))
    return typedAs(x, i, j, titled, 'organization');
  const apposed = j - i === 1 && !titled ? appositionType(x, i) : null;
  if (apposed) {
    const c = candidate(x, i, j, titled);
    c.type = apposed;
    return [c];
  }
  if (eastAsianName(x, i) && j - i <= 3) return typedAs(x, i, j, titled, 'person');
  if (!titled && hyphenatedAcronym(x, i, j)) return typedAs(x, i, j, titled, 'organization');
  // "Ursula von der Leyen and Dutch Prime Minister Mark Rutte": without a head, "and" joins two names, each read on its own.
  if (range(i + 1, j - 1).some((n) => toks[n].lower === 'and')) return splitAround(x, i, j, (n) => toks[n].lower === 'and', titled);
  if (placeWithWords(x, i, j, titled)) {
    const c = candidate(x, i, j, titled);
    c.type = 'place';
    return [c];
  }
  // Without a head, dictionary words and connectors separate names ("Faleh Fayyadh Says"),
  // except a title between two name words ("Lahur Sheikh Jangi") and an acronym ("MOL", not the word "mol").
  const nameWord = (n: number) => n >= i && n < j && !dictionary.has(toks[n].lower) && !PROPER_ADJECTIVES.has(toks[n].lower);
  const inner = (n: number) => SINGLE_TITLES.has(toks[n].lower) && nameWord(n - 1) && nameWord(n + 1);
  const acronym = (n: number) => toks[n].upper && toks[n].end - toks[n].start > 1 && !x.b.titleCase;
  // "Kofi A. Annan": a middle initial; "Múte B. Egede": a word spelled with marks English does not write is no English word.
  const initial = (n: number) => n > i && n < j - 1 && toks[n].upper && toks[n].end - toks[n].start === 1 && x.b.text[toks[n].end] === '.';
  const marked = (n: number) => markedWord(x, n) && !x.b.titleCase;
  const english = (n: number) => dictionary.has(toks[n].lower) && !NAME_PARTICLES.has(toks[n].key) && !inner(n) && !acronym(n) && !initial(n) && !marked(n);
  return splitAround(x, i, j, (n) => CONNECTORS.has(toks[n].lower) || english(n), titled, true);
}

/** A body's head in lower case right after the phrase ending at j ("… party", "… coalition"; not a trade's: "… shipping line"). */
function headedAfter(x: PhraseContext, j: number): boolean {
  const head = /^\s+([a-z]+)\b/u.exec(x.b.text.slice(x.toks[j - 1].end, x.toks[j - 1].end + 20))?.[1];
  return !!head && ORG_HEADS.has(head) && !TRADE_HEADS.has(head) && !CORPORATE_HEADS.has(head);
}

/** "in Bangkok and General Santos": towns of the dataset listed with "and" are places, even words English has or a title's. */
function townList(x: PhraseContext, i: number, j: number): Candidate[] | null {
  const { toks } = x;
  const parts: [number, number][] = [];
  let a = i;
  for (let n = i; n <= j; n++) {
    if (n < j && toks[n].lower !== 'and') continue;
    parts.push([a, n]);
    a = n + 1;
  }
  const town = ([p, q]: [number, number]) =>
    q > p && x.cities.has(toks.slice(p, q).map((t) => t.lower).join(' ')) && range(p, q).every((n) => !x.covered.has(n) && !toks[n].upper && !CALENDAR.has(toks[n].lower) && !PROPER_ADJECTIVES.has(toks[n].lower));
  if (parts.length < 2 || !parts.every(town)) return null;
  return parts.map(([p, q]) => {
    const c = candidate(x, p, q, false);
    c.type = 'place';
    return c;
  });
}

/** The parts of a phrase between separator words, each typed on its own. */
function splitAround(x: PhraseContext, i: number, j: number, separates: (n: number) => boolean, titled: boolean, final = false): Candidate[] {
  const parts: Candidate[] = [];
  let a = i;
  for (let c = i; c <= j; c++) {
    if (c < j && !separates(c)) continue;
    // A part cut out of "Daftar-e Tablighat-e Eslami" does not start or end with the ezafe.
    let [p, q] = [a, c];
    while (final && p < q && EZAFE.has(x.toks[p].lower)) p++;
    while (final && q > p && EZAFE.has(x.toks[q - 1].lower)) q--;
    // Nor is a part cut out after a word ("Or du Sahel", a book's title) that starts with a particle a name.
    const particle = final && p > i && p < q && !x.toks[p].cap && FOREIGN_PARTICLES.has(x.toks[p].key);
    if (q > p && !particle) parts.push(...(final ? [candidate(x, p, q, p === i && titled)].filter(keep(x.toks)) : typed(x, p, q)));
    a = c + 1;
  }
  return parts;
}

/** Adjectives that make a known body's name another body's ("National Security Council" is not the UN's). */
const INSTITUTION_ADJECTIVES = new Set(['national', 'federal', 'central', 'international']);

/** A ship's kind right before its name. */
export const SHIP_BEFORE = /\b(?:tanker|(?:bulk|aircraft|gas|car|ore)\s+carrier|vessel|ship|freighter|frigate|destroyer|corvette|trawler|tugboat|icebreaker|containership|submarine|yacht|ferry|dredger)\s+$/iu;
