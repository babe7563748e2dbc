/**
 * Why a gold entity named in both editions does not end up as one entity
 * (bench/corpus/score.ts --causes): the English edition missed it, both
 * missed it, the Arabic edition has another extent or type at its first
 * mention, only a later Arabic mention was found, its Arabic mention is in a
 * block no English mention of it is aligned with, it was not projected
 * although the blocks are aligned, or both were found and not paired (or
 * paired with others).
 */
import type { Parent, Root } from 'mdast';
import type { AlignmentPair, Entity, Lang, Paper } from '../../pipeline/model/paper.js';
import { findMention } from '../entities-heldout-eval.js';
import type { GoldMention } from './annotated.js';

export const CAUSES = [
  'both missed',
  'English missed',
  'Arabic extent or type',
  'later Arabic mention only',
  'blocks not aligned',
  'not projected',
  'paired with another',
  'not paired',
] as const;
export type Cause = (typeof CAUSES)[number];

export interface Failure {
  cause: Cause;
  /** The gold entity, its first English and first Arabic mention, and what the output has there. */
  detail: string;
}

/** The output entity of a gold mention: the entity of its type with the same mention (sameMention). */
export function outEntity(paper: Paper, m: GoldMention, lang: Lang): Entity | undefined {
  const spans = paper.entities.filter((e) => e.type === m.type).flatMap((e) => e.mentions.map((x) => ({ line: x.line, text: x.text, entity: e })));
  return findMention(spans, m, lang)?.entity;
}

/** The innermost block (a node with an id) of each line of a body. */
function blockOfLine(paper: Paper): Map<number, string> {
  const out = new Map<number, string>();
  const walk = (node: Parent): void => {
    for (const child of node.children) {
      const id = child.type === 'mention' || child.type === 'term' ? undefined : (child.data as { id?: string } | undefined)?.id;
      const pos = child.position;
      if (id && pos) for (let l = pos.start.line; l <= pos.end.line; l++) out.set(l, id);
      if ('children' in child) walk(child as Parent);
    }
  };
  walk(paper.body as Root);
  return out;
}

/** An Arabic output mention on the gold mention's line that overlaps it without being it (another extent or type). */
function overlapping(ar: Paper, a: GoldMention): string | undefined {
  for (const e of ar.entities) {
    if (e.type === 'date') continue;
    for (const x of e.mentions) if (x.line === a.line && (x.text.includes(a.text) || a.text.includes(x.text))) return `${e.type} «${x.text}»`;
  }
  return undefined;
}

export interface LinkCase {
  en: Paper;
  ar: Paper;
  /** The aligned blocks linking used (the alignment and the blocks inside its pairs). */
  blocks: AlignmentPair[];
  goldEn: GoldMention[];
  goldAr: GoldMention[];
}

/** The cause of one gold entity's failure, or undefined when both editions give it one entity. */
export function linkFailure(c: LinkCase, id: string, lineBlocks = { en: blockOfLine(c.en), ar: blockOfLine(c.ar) }): Failure | undefined {
  const [ms, as] = [c.goldEn.filter((g) => g.entity === id), c.goldAr.filter((g) => g.entity === id)];
  const [m, a] = [ms[0], as[0]];
  const [x, y] = [outEntity(c.en, m, 'en'), outEntity(c.ar, a, 'ar')];
  if (x && y && (x.id === y.id || x.counterpart === y.id || y.counterpart === x.id)) return undefined;
  const said = `${id}: «${m.text}» / «${a.text}» (line ${a.line})`.replace(/\n/g, " ");
  const at = (cause: Cause, more = '') => ({ cause, detail: `${said}${more}` });
  if (!x) return y ? at('English missed', ` ar ${y.id}`) : at('both missed');
  if (y) return at(x.counterpart || y.counterpart ? 'paired with another' : 'not paired', ` en ${x.id}→${x.counterpart ?? '-'} ar ${y.id}→${y.counterpart ?? '-'}`);
  const other = overlapping(c.ar, a);
  if (other) return at('Arabic extent or type', ` output ${other}`);
  if (as.slice(1).some((g) => outEntity(c.ar, g, 'ar')?.id === x.id)) return at('later Arabic mention only');
  const enBlocks = new Set(x.mentions.map((k) => k.block));
  const arBlock = lineBlocks.ar.get(a.line);
  const aligned = c.blocks.some((p) => p.ar === arBlock && enBlocks.has(p.en));
  return at(aligned ? 'not projected' : 'blocks not aligned', ` en «${x.name}» ar block ${arBlock ?? '?'}`);
}

/** The failures of a paper's gold entities named in both editions. */
export function linkFailures(c: LinkCase): Failure[] {
  const lineBlocks = { en: blockOfLine(c.en), ar: blockOfLine(c.ar) };
  const inAr = new Set(c.goldAr.map((g) => g.entity));
  const ids = [...new Set(c.goldEn.map((g) => g.entity))].filter((id) => inAr.has(id));
  return ids.flatMap((id) => linkFailure(c, id, lineBlocks) ?? []);
}

/** One line per cause, most frequent first, then the failures under each (unless quiet). */
export function printCauses(failures: Failure[], quiet: boolean): void {
  for (const cause of [...CAUSES].sort((p, q) => failures.filter((f) => f.cause === q).length - failures.filter((f) => f.cause === p).length)) {
    const here = failures.filter((f) => f.cause === cause);
    if (!here.length) continue;
    console.log(`  ${cause}: ${here.length}`);
    if (!quiet) for (const f of here) console.log(`    ${f.detail}`);
  }
}
