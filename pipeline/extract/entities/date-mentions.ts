/**
 * The dates of a paper's blocks, with the year of each year-less date ("on 19
 * November", "in April") read from where the text is:
 * - the last explicit date before it (a year that starts a span, "since 1999",
 *   does not move the text's time; "late 2023" sets November);
 * - in a note, the time of the text that refers to the note (the notes are
 *   printed last, but read where they are called);
 * - else the paper's date (the order: the text before, never after).
 */
import type { Root } from 'mdast';
import { visitParents } from 'unist-util-visit-parents';
import { pieceAt, type BlockText } from '../block-text.js';
import { findDates, type DateHit } from './dates.js';
import { aheadOf, clauseEnd, contextOf, inPassing, inThatYear, resolveYearless, setsContext, type DateContext } from './date-context.js';
import type { Lang } from '../../model/paper.js';

export interface DateMention {
  block: number;
  start: number;
  end: number;
  value: DateHit['value'];
}

/** Which blocks belong to which note, and the first call of each note, listed by the block it stands in (in document order). */
interface Notes {
  noteOf: Map<string, string>;
  callsIn: Map<string, { note: string; offset: number }[]>;
}

const idOf = (node: unknown): string | undefined => (node as { data?: { id?: string } }).data?.id;

function notesOf(tree: Root): Notes {
  const noteOf = new Map<string, string>();
  const called = new Set<string>();
  const callsIn = new Map<string, { note: string; offset: number }[]>();
  visitParents(tree, (node, ancestors) => {
    if (node.type === 'footnoteReference' && !called.has(node.identifier)) {
      const block = [...ancestors].reverse().map(idOf).find((id) => id !== undefined);
      const offset = node.position?.start.offset;
      if (block && offset !== undefined) {
        called.add(node.identifier);
        callsIn.set(block, [...(callsIn.get(block) ?? []), { note: node.identifier, offset }]);
      }
    }
    const note = ancestors.find((a) => a.type === 'footnoteDefinition');
    const id = idOf(node);
    if (note && id && note.type === 'footnoteDefinition') noteOf.set(id, note.identifier);
  });
  return { noteOf, callsIn };
}

/** Words before a bare year that place the text in part of it. */
const PART_OF_YEAR: [RegExp, number][] = [
  [/(?:\b(?:late|end of|the end of|autumn|fall|winter)|أواخر|نهاية|خريف|شتاء)\s+(?:of\s+)?(?:عام\s+|العام\s+)?$/iu, 11],
  [/(?:\b(?:mid|middle of|summer)|منتصف|صيف)[-\s]+(?:of\s+)?(?:عام\s+|العام\s+)?$/iu, 7],
  [/(?:\b(?:early|beginning of|start of|spring)|أوائل|مطلع|بداية|ربيع)\s+(?:of\s+)?(?:عام\s+|العام\s+)?$/iu, 3],
];

/** The time a date moves the text to, or null when it moves it nowhere (a span's start, a decade). */
function contextAfter(hit: DateHit, text: string): DateContext | null {
  if (!setsContext(hit, text)) return null;
  const context = contextOf(hit);
  if (!context || context.month !== undefined || typeof hit.value !== 'string') return context;
  const before = text.slice(Math.max(0, hit.start - 24), hit.start);
  const part = PART_OF_YEAR.find(([words]) => words.test(before));
  return part ? { ...context, month: part[1] } : context;
}

/** Where a character of a block's text is in the source (its text node's start, plus the distance into it). */
function sourceOffset(b: BlockText, at: number): number {
  const piece = pieceAt(b, at);
  const start = piece?.slot.node.position?.start.offset;
  return piece && start !== undefined ? start + (at - piece.from) : 0;
}

export function dateMentions(tree: Root, blocks: BlockText[], lang: Lang, today: string): DateMention[] {
  const hits = blocks.map((b) => findDates(b.text, lang, today));
  const notes = notesOf(tree);
  /** The text's time where each note is called, by the note's identifier. */
  const atCall = new Map<string, DateContext | null>();
  const out: DateMention[] = [];
  let body: DateContext | null = null;
  blocks.forEach((b, i) => {
    const note = b.block ? notes.noteOf.get(b.block) : undefined;
    let context = note === undefined ? body : atCall.has(note) ? atCall.get(note)! : body;
    // The notes this block calls, each told the text's time where its call stands.
    const calls = [...((b.block && notes.callsIn.get(b.block)) || [])];
    const callsBefore = (offset: number) => {
      while (calls.length && calls[0].offset < offset) atCall.set(calls.shift()!.note, context);
    };
    // A date said in passing dates the rest of its clause only.
    let passing: { context: DateContext; until: number } | null = null;
    let anchored = false;
    // The last date given with its year, for "that year".
    let last: DateContext | null = context;
    for (const d of hits[i]) {
      callsBefore(sourceOffset(b, d.start));
      const aside = passing !== null && d.start < passing.until;
      const named = d.yearless && last !== null && inThatYear(d, b.text) ? { year: last.year } : null;
      if (d.yearless) d.value = resolveYearless(d, named ?? (aside ? passing!.context : context), today, aheadOf(d, b.text));
      const next = contextAfter(d, b.text);
      if (next && !d.yearless) last = next;
      if (next && (inPassing(d, b.text, context, anchored) || (aside && d.yearless))) passing = { context: next, until: clauseEnd(b.text, d.end) };
      else if (next) [context, anchored] = [next, true];
      out.push({ block: i, start: d.start, end: d.end, value: d.value });
    }
    callsBefore(Infinity);
    if (note === undefined) body = context;
  });
  return out;
}
