/**
 * Named entities: people, organizations, places and dates, found through the
 * gazetteer (locales/<lang>/entities.json), by discovery for names it lacks,
 * and linked by coreference ("Maliki" → Nouri al-Maliki). Every mention is
 * wrapped in a `mention` node so editions can link an index of names to the text.
 */
import type { PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Entity, Lang, Span } from '../../model/paper.js';
import { extractPlugin, type ExtractOptions } from '../options.js';
import { spanOf, wrapRanges, type Wrap } from '../annotate.js';
import { blockTexts, pieceAt, type BlockText } from '../block-text.js';
import { textTokens } from './tokens.js';
import { addHeadWords, addNames, addShortForms, extendLexicon, scan, type Lexicon, type Match } from './lexicon.js';
import { resourcesOf } from '../resources.js';
import { resolveAll } from './resolve.js';
import type { DateHit } from './dates.js';
import { dateMentions } from './date-mentions.js';
import { discover, type Discovered } from './discover.js';
import { dateNames, dateId } from './date-names.js';
import { report } from '../../model/diagnostics.js';
import { Rules } from '../../model/rules.js';
import '../../model/vfile-data.js';

interface Found {
  block: number;
  start: number;
  end: number;
  entity: string;
}

/** Words after a surname that make it a family, not the person ("the Sadr household"). */
const FAMILY = /^\s+(?:household|family|clan|dynasty|tribe|house)\b/i;

export function entitiesTransform(tree: Root, file: VFile, options: ExtractOptions): void {
  const lang = options.lang;
  const blocks = blockTexts(tree, file, lang);
  const tokens = blocks.map((b) => textTokens(b.text, lang));
  const resources = resourcesOf(options);
  let lex = resources.lexicon(lang);
  let matches = blocks.map((b, i) => scan(lex, b.text, tokens[i]));

  const discovered = discover(file, tree, blocks, tokens, matches, lex, options, resources);
  if (discovered.length > 0) {
    lex = withDiscovered(lex, discovered);
    matches = blocks.map((b, i) => scan(lex, b.text, tokens[i]));
    for (const d of discovered) report(file, Rules.entityCandidate, `Entity candidate not in the gazetteer: ${d.name} (${d.type})`, d.place);
  }

  const found = nameMentions(blocks, matches, lex);
  const namesByBlock = new Map<number, Found[]>();
  for (const n of found) {
    const list = namesByBlock.get(n.block);
    if (list) list.push(n);
    else namesByBlock.set(n.block, [n]);
  }
  const dates: (Found & { value: DateHit['value'] })[] = [];
  for (const d of dateMentions(tree, blocks, lang, options.date)) {
    // A date inside a name (the "6 October Bridge") is part of the name; a "name" that is all date (FY2023) is the date.
    if ((namesByBlock.get(d.block) ?? []).some((n) => d.start < n.end && n.start < d.end && (n.start < d.start || d.end < n.end))) continue;
    dates.push({ ...d, entity: dateId(d.value) });
  }
  const names = found.filter((n) => !dates.some((d) => d.block === n.block && d.start <= n.start && n.end <= d.end));

  const entities = new Map<string, Entity>();
  const wraps: Wrap[] = [];
  const all = [...names, ...dates].sort((a, b) => a.block - b.block || a.start - b.start);
  for (const found of all) {
    const b = blocks[found.block];
    const piece = pieceAt(b, found.start);
    if (!piece || found.end > piece.from + piece.slot.node.value.length) continue; // crosses inline markup
    let entity = entities.get(found.entity);
    if (!entity) {
      const made = makeEntity(found, lex, discovered, lang);
      if (!made) continue;
      entity = made;
      entities.set(found.entity, entity);
    }
    const anchor = `m-${found.entity}-${entity.mentions.length + 1}`;
    const span: Span | null = spanOf(file, piece.slot, found.start - piece.from, found.end - piece.from, anchor);
    if (!span) continue;
    entity.mentions.push(span);
    const id = found.entity;
    wraps.push({
      slot: piece.slot,
      start: found.start - piece.from,
      end: found.end - piece.from,
      make: (children: PhrasingContent[]) => ({ type: 'mention', entity: id, id: anchor, children }),
    });
  }
  wrapRanges(wraps, file);
  file.data.entities = [...entities.values()].filter((e) => e.mentions.length > 0);
}

/** Unified plugin running `entitiesTransform` (options: `extractPlugin`). */
export const remarkEntities = extractPlugin('remarkEntities', entitiesTransform);

function withDiscovered(base: Lexicon, discovered: Discovered[]): Lexicon {
  const lex = extendLexicon(base);
  for (const d of discovered) {
    addNames(lex, d.id, [d.name, ...d.aliases]);
    if (d.type === 'person' && d.short.length > 0) addShortForms(lex, d.id, d.short);
    if (d.type === 'organization') addHeadWords(lex, d.id, [d.name]);
  }
  return lex;
}

/** Resolve the name matches of the whole paper, in reading order, to entities. */
function nameMentions(blocks: BlockText[], matches: Match[][], lex: Lexicon): Found[] {
  const flat: { block: number; match: Match }[] = [];
  matches.forEach((list, block) => {
    for (const match of list) {
      if (isShort(match) && lex.lang !== 'ar') {
        const text = blocks[block].text;
        if (FAMILY.test(text.slice(match.end))) continue;
        const orgs = match.candidates.every((c) => lex.info.get(c.entity)?.type === 'organization');
        if (orgs && !/\bthe\s+$/i.test(text.slice(Math.max(0, match.start - 4), match.start))) continue;
      }
      flat.push({ block, match });
    }
  });
  // Arabic surnames are often ordinary words (السوداني "Sudanese", العسكري "military"):
  // alone, they name someone only once the paper has named that person in full.
  const full = new Set(flat.filter((f) => !isShort(f.match) && f.match.candidates.length === 1).map((f) => f.match.candidates[0].entity));
  // Organizations called by their head word ("the Assembly") must have been named in full too.
  const needsFull = (m: Match) => isShort(m) && (lex.lang === 'ar' || m.candidates.every((c) => lex.info.get(c.entity)?.type === 'organization'));
  const kept = flat.filter((f) => !needsFull(f.match) || f.match.candidates.some((c) => full.has(c.entity)));
  const order = new Map([...lex.info.keys()].map((id, i) => [id, i]));
  const chosen = resolveAll(kept.map((f) => f.match), order);
  return kept.map((f, i) => ({ block: f.block, start: f.match.start, end: f.match.end, entity: chosen[i] ?? '' })).filter((f) => f.entity);
}

const isShort = (m: Match): boolean => m.candidates.every((c) => c.kind === 'short');

function makeEntity(found: Found & { value?: DateHit['value'] }, lex: Lexicon, discovered: Discovered[], lang: Lang): Entity | null {
  if (found.value !== undefined) {
    const names = dateNames(found.value);
    return { id: found.entity, type: 'date', name: names[lang], names, source: 'discovered', value: found.value, mentions: [] };
  }
  const info = lex.info.get(found.entity);
  if (info) {
    return {
      id: info.id,
      type: info.type,
      name: info.names[lang] ?? info.names.en ?? info.id,
      names: info.names,
      description: info.description,
      ...(info.wikidata ? { wikidata: info.wikidata } : {}),
      source: 'gazetteer',
      mentions: [],
    };
  }
  const d = discovered.find((x) => x.id === found.entity);
  if (!d) return null;
  return { id: d.id, type: d.type, name: d.name, names: { [lang]: d.name }, source: 'discovered', mentions: [] };
}
