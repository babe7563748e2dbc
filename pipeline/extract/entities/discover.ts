/**
 * Discovery: people, organizations and places the gazetteer lacks.
 *
 * Capitalised phrases that no gazetteer name covers are read with the rules of
 * this field first (titles, "X al-Y" and "Abu X" names, organization heads
 * like Movement/Brigades, transliterated heads like Harakat/Kata'ib, "X (English
 * gloss)", "led by X", ", leader of"); compromise is consulted only for the
 * sentences where a phrase is left undecided, because it is slow. Discovered
 * entities are reported (`entity-candidate`) so editors can add them to the
 * gazetteer.
 */
import type { Root } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { slug } from 'github-slugger';
import type { Lang } from '../../model/paper.js';
import type { ExtractOptions } from '../options.js';
import { spanOf } from '../annotate.js';
import { pieceAt, type BlockText } from '../block-text.js';
import { isEnglishWord } from '../../text/english-words.js';
import { sentenceTokens, type Token } from './tokens.js';
import { surnameOf, type Lexicon, type Match } from './lexicon.js';
import { nlp } from './nlp.js';
import { arabicCandidates } from './discover-arabic.js';
import { columnTypes, tableColumnTypes } from './table-columns.js';
import type { ExtractResources } from '../resources.js';
import { CONNECTORS, NAME_PARTICLES, ORG_HEADS, PLACE_BEFORE, PLACE_HEADS, TRADE_HEADS } from './name-words.js';
import { type NameType, commonWords, type Candidate, type PhraseContext, range, lowerCaseUses, CORPORATE_HEADS } from './discover-words.js';
import { partOfNewName } from './english-people.js';
import { phrasesIn } from './english-phrases.js';
import { listedNames, listedCompanies } from './english-lists.js';
import { nameWithoutHead } from './arabic-organizations.js';
import { notAName, withoutOwner } from './english-not-names.js';

export interface Discovered {
  id: string;
  type: NameType;
  name: string;
  aliases: string[];
  short: string[];
  /** Where it is first named (for the report). */
  place?: Point;
}

export function discover(file: VFile, tree: Root, blocks: BlockText[], tokens: Token[][], matches: Match[][], lex: Lexicon, options: ExtractOptions, resources: ExtractResources): Discovered[] {
  if (options.lang === 'ar') return toEntities(file, blocks, tokens, arabicCandidates(blocks, tokens, matches, lex, resources), lex, 'ar', new Set());
  const candidates: Candidate[] = [];
  const cities = resources.places.cityKeys;
  const given = resources.givenNames;
  const columns = tableColumnTypes(tree);
  const writtenLower = lowerCaseUses(blocks);
  const placeAcronyms = new Set(blocks.flatMap((b) => [...b.text.matchAll(/(\p{L}+)\s*\((\p{Lu}[\p{Lu}\d-]+)\)/gu)].filter((m) => PLACE_HEADS.has(m[1].toLowerCase())).map((m) => m[2])));
  const townSurname = townSurnames(matches, lex, cities);
  blocks.forEach((b, bi) => {
    // Token → index of the known name covering it.
    const covered = new Map<number, number>();
    matches[bi].forEach((m, n) => {
      // An organization's bare head word ("Parliament", "Group") says nothing yet: it may head a new name.
      const bareHead = m.candidates.every((c) => c.kind === 'short' && lex.info.get(c.entity)?.type === 'organization');
      if (!bareHead && !townSurname(m, tokens[bi]) && !partOfNewName(b, tokens[bi], m, matches[bi])) for (let i = m.first; i < m.last; i++) covered.set(i, n);
    });
    const knownEntity = (n: number) => {
      const m = covered.has(n) ? matches[bi][covered.get(n)!] : undefined;
      // A full name says more than a short form it shares ("Syria" is the country, not ISIS's head word).
      const c = m?.candidates.find((x) => x.kind === 'name') ?? m?.candidates[0];
      return c ? lex.info.get(c.entity) : undefined;
    };
    const knownType = (n: number): NameType | undefined => knownEntity(n)?.type;
    const ranges = sentenceTokens(tokens[bi], b.sentences);
    const column = columnTypes(columns, b);
    b.sentences.forEach((sentence, si) => {
      const x: PhraseContext = { b, bi, toks: tokens[bi], covered, knownType, knownEntity, sentence, dictionary: commonWords(), cities, given, placeAcronyms, demonyms: resources.demonyms, column, writtenLower };
      const found = phrasesIn(x, ranges[si]);
      listedNames(b, tokens[bi], found, knownType, commonWords());
      listedCompanies(x, ranges[si], found);
      if (found.some((c) => c.type === null && worthAsking(b, c))) askCompromise(b, found);
      candidates.push(...found.filter((c) => c.type !== null));
    });
  });
  return toEntities(file, blocks, tokens, candidates, lex, 'en', resources.demonyms);
}

/**
 * "older plants still work at Safi": a known person's surname alone that is also a town of the dataset, in a paper
 * that never names that person in full, is left to discovery (which reads the town), not taken for the person.
 */
function townSurnames(matches: Match[][], lex: Lexicon, cities: Set<string>): (m: Match, toks: Token[]) => boolean {
  const full = new Set(matches.flat().filter((m) => m.candidates.some((c) => c.kind === 'name')).flatMap((m) => m.candidates.map((c) => c.entity)));
  return (m, toks) =>
    m.last - m.first === 1 && cities.has(toks[m.first].lower) && m.candidates.every((c) => c.kind === 'short' && lex.info.get(c.entity)?.type === 'person' && !full.has(c.entity));
}

/** Compromise can only add a person or organization of several words, or a place where one is expected. */
function worthAsking(b: BlockText, c: Candidate): boolean {
  return c.last - c.first > 1 || PLACE_BEFORE.test(b.text.slice(Math.max(c.sentence[0], c.start - 30), c.start));
}

/** Ask compromise about the phrases the rules left undecided, one sentence at a time. */
function askCompromise(b: BlockText, found: Candidate[]): void {
  const [s, e] = found[0].sentence;
  const doc = nlp()(b.text.slice(s, e));
  type Hit = { offset: { start: number; length: number } };
  const spans = (view: { json(o: object): unknown[] }, type: NameType) =>
    (view.json({ offset: true }) as Hit[]).map((h) => ({ start: s + h.offset.start, end: s + h.offset.start + h.offset.length, type }));
  const hits = [...spans(doc.people(), 'person'), ...spans(doc.organizations(), 'organization'), ...spans(doc.places(), 'place')];
  for (const c of found) {
    if (c.type !== null) continue;
    const hit = hits.find((h) => h.start < c.end && c.start < h.end);
    if (!hit) continue;
    const before = b.text.slice(Math.max(s, c.start - 30), c.start);
    // A lone word is a place only where a place is expected ("in Kirkuk"); compromise's other guesses are kept.
    if (hit.type === 'place' && c.last - c.first === 1 && !PLACE_BEFORE.test(before)) continue;
    // "Al Jasrah": the article with no given name before it is no person's name.
    if (hit.type === 'person' && /^(?:Al|El)\s/u.test(b.text.slice(c.start, c.end))) continue;
    c.type = hit.type;
  }
}

/** One entity per discovered name; people also get their surname as a short form. */
function toEntities(file: VFile, blocks: BlockText[], tokens: Token[][], candidates: Candidate[], lex: Lexicon, lang: Lang, demonyms: Set<string>): Discovered[] {
  const byId = new Map<string, Discovered>();
  const dictionary = commonWords();
  // "Nicolás Maduro … Maduro said": a surname English has is his name alone when the paper never writes the word in lower case.
  const lowerCaseUse = lowerCaseUses(blocks);
  // "the Malian army", "Ethiopian officials": a country's adjective names nothing.
  candidates = candidates.filter((c) => !(c.last - c.first === 1 && demonyms.has(tokens[c.block][c.first].lower)) && !(lang === 'en' && notAName(blocks[c.block], tokens[c.block], c, demonyms)));
  const surnames = new Set(candidates.filter((c) => c.type === 'person' && /\s/u.test(blocks[c.block].text.slice(c.start, c.end))).map((c) => tokens[c.block][c.last - 1].key));
  if (lang === 'en') candidates = candidates.map((c) => withoutOwner(blocks[c.block], tokens[c.block], c, surnames));
  // No person's name holds a number: "أبريل 2024" after a source's title is its date.
  candidates = candidates.filter((c) => !(c.type === 'person' && /\p{Nd}/u.test(blocks[c.block].text.slice(c.start, c.end))));
  // Single words, hyphenated ones included ("Hapag-Lloyd", not "al-Ghurabi"), are only kept as people with strong evidence (a title, a role).
  const multi = candidates.filter(
    (c) => c.titled || c.type !== 'person' || /\s/u.test(blocks[c.block].text.slice(c.start, c.end)) || (c.last - c.first > 1 && NAME_PARTICLES.has(tokens[c.block][c.first].key)),
  );
  // "its Maersk Hangzhou": after a company's own name, a word names its ship or its unit, no person.
  const companies = new Set(candidates.filter((c) => c.type === 'organization' && c.last - c.first === 1).map((c) => tokens[c.block][c.first].key));
  // "told Prothom Alo that … [^2]: Prothom Alo, \"…\"": a name typed as an organization once is no untitled person elsewhere.
  const nameOf = (c: Candidate) => blocks[c.block].text.slice(c.start, c.end).replace(/\s+/gu, ' ');
  const organizations = new Set(multi.filter((c) => c.type === 'organization').map(nameOf));
  for (const c of multi) {
    if (c.type === 'person' && !c.titled && companies.has(tokens[c.block][c.first].key)) continue;
    if (c.type === 'person' && !c.titled && organizations.has(nameOf(c))) c.type = 'organization';
    const b = blocks[c.block];
    const name = b.text.slice(c.start, c.end);
    let id = slug(name);
    if (!id || lex.info.has(id)) id = `${id}-${c.type}`;
    const existing = byId.get(id);
    if (existing) {
      for (const a of c.aliases) if (!existing.aliases.includes(a)) existing.aliases.push(a);
      continue;
    }
    const piece = pieceAt(b, c.start);
    const span = piece ? spanOf(file, piece.slot, c.start - piece.from, c.end - piece.from) : null;
    const surname = c.type === 'person' ? surnameOf(name, lang) : undefined;
    const short = surname && (!dictionary.has(surname.toLowerCase()) || !lowerCaseUse(surname)) && c.last - c.first > 1 ? [surname] : [];
    const aliases = [...c.aliases];
    // "Haq Movement for Liberty and Democracy" is also called "Haq Movement".
    const toks = tokens[c.block];
    const head = c.type === 'organization' ? range(c.first + 1, c.last - 1).find((n) => ORG_HEADS.has(toks[n].lower) && CONNECTORS.has(toks[n + 1].lower)) : undefined;
    if (head !== undefined) aliases.push(b.text.slice(c.start, toks[head].end));
    // "Wagner Group", "Maersk Line", "Tullow Oil", "Kumul Petroleum": the company's own name alone, when English lacks it
    // (not before a trade word in another language: "Gazprom Neft" is not "Gazprom"); "Chevron Corporation" is "Chevron"
    // where the paper never writes the word in lower case, and "Tarsko Mining Group" is "Tarsko Mining".
    const own = c.last - c.first - 1;
    const corporate = CORPORATE_HEADS.has(toks[c.last - 1].lower) || (TRADE_HEADS.has(toks[c.last - 1].lower) && isEnglishWord(toks[c.last - 1].lower));
    const ownWord = (n: number) => toks[n].cap && !toks[n].upper && !lex.firstWords.has(toks[n].key) && (!dictionary.has(toks[n].lower) || (n === c.first && !lowerCaseUse(toks[n].lower)));
    const ownName = own === 1 || CORPORATE_HEADS.has(toks[c.last - 1].lower) ? range(c.first, c.last - 1).every((n) => n === c.first ? ownWord(n) : toks[n].cap && !CONNECTORS.has(toks[n].lower)) : range(c.first, c.last - 1).every(ownWord);
    if (c.type === 'organization' && own >= 1 && own <= 2 && corporate && ownName) aliases.push(b.text.slice(c.start, toks[c.last - 2].end));
    const headless = lang === 'ar' && c.type === 'organization' ? nameWithoutHead(b, toks, c.first, c.last) : undefined;
    if (headless) aliases.push(headless);
    byId.set(id, { id, type: c.type!, name, aliases, short, ...(span ? { place: { line: span.line, column: span.column } } : {}) });
  }
  // A lone surname discovered apart from the full name is the same person, with or without its article ("al-Ghurabi"),
  // even where what is said around it reads as an organization's ("Shahmani denied").
  const shorts = new Set([...byId.values()].flatMap((d) => d.short.map((s) => s.toLowerCase())));
  const bareSurname = (name: string) => name.toLowerCase().replace(/^(?:al|el|ul)[-‐‑]/u, '');
  // "Tarsko Mining" discovered apart from "Tarsko Mining Group" is the group, by its alias, and so is "Salini Impregilo" in
  // "Webuild, known until 2020 as Salini Impregilo", whatever its shape read alone.
  const orgAliases = new Set([...byId.values()].filter((d) => d.type === 'organization').flatMap((d) => d.aliases));
  return [...byId.values()].filter((d) => !(d.type !== 'place' && !d.name.includes(' ') && shorts.has(bareSurname(d.name))) && !(d.type !== 'place' && orgAliases.has(d.name)));
}
