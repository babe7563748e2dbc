/**
 * Shared plumbing for the extract stages: walk the text of the body with the
 * block and section each piece belongs to, turn a match into a source Span,
 * and wrap matched ranges in annotation nodes (`mention`, `term`).
 */
import type { Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import type { Span } from '../model/paper.js';

export interface TextSlot {
  node: Text;
  parent: Parent;
  /** Id of the nearest enclosing block, or null. */
  block: string | null;
  section: string | null;
  /** Types of the enclosing nodes, outermost first (e.g. ['root','paragraph','emphasis']). */
  ancestors: string[];
}

/** Every text node of the tree in document order, with its block and section. */
export function textSlots(tree: Root): TextSlot[] {
  const out: TextSlot[] = [];
  const walk = (node: Parent, block: string | null, section: string | null, ancestors: string[]): void => {
    const here = [...ancestors, node.type];
    for (const child of node.children) {
      const data = (child as { data?: { id?: string; section?: string } }).data;
      const childBlock = data?.id && child.type !== 'mention' && child.type !== 'term' ? data.id : block;
      const childSection = data?.section ?? section;
      if (child.type === 'text') out.push({ node: child, parent: node, block: childBlock, section: childSection, ancestors: here });
      else if ('children' in child) walk(child as Parent, childBlock, childSection, here);
    }
  };
  walk(tree, null, null, []);
  return out;
}

/**
 * Source offsets of `value.slice(start, end)` of a text node. Exact when the
 * node's value is its source verbatim (the common case). Otherwise the value
 * lacks what the source has around it: the indentation or `>` markers of the
 * continuation lines of a list item or block quote, escapes, character
 * references. Each character of the value is then found in the source in
 * order (see valueToSource), so a name that runs over a line break still maps
 * onto its two source lines.
 */
export function sourceRange(file: VFile, node: Text, start: number, end: number): [number, number] | null {
  const from = node.position?.start.offset;
  const to = node.position?.end.offset;
  if (from === undefined || to === undefined) return null;
  const raw = String(file.value).slice(from, to);
  if (raw === node.value) return [from + start, from + end];
  const map = valueToSource(node, raw);
  if (map) return [from + map[start], end > start ? from + map[end - 1] + 1 : from + map[start]];
  const needle = node.value.slice(start, end);
  const at = raw.indexOf(needle);
  return at < 0 ? null : [from + at, from + at + needle.length];
}

/** Per node whose value differs from its source: the source offset (in the node's range) of each value character. */
const sourceMaps = new WeakMap<Text, { raw: string; map: Int32Array | null }>();

/**
 * Where each character of a node's value is in its source: the next source
 * character equal to it, skipping what the value drops (markers, indentation,
 * the backslash of an escape). Null when a character cannot be found.
 */
function valueToSource(node: Text, raw: string): Int32Array | null {
  const known = sourceMaps.get(node);
  if (known && known.raw === raw) return known.map;
  const value = node.value;
  let map: Int32Array | null = new Int32Array(value.length + 1);
  let k = 0;
  for (let i = 0; i < value.length; i++, k++) {
    while (k < raw.length && raw[k] !== value[i]) k++;
    if (k >= raw.length) {
      map = null;
      break;
    }
    map[i] = k;
  }
  if (map) map[value.length] = k;
  sourceMaps.set(node, { raw, map });
  return map;
}

/**
 * One line index per file text: building a fresh one for every span made the
 * extract stages quadratic in the file's length (docs/performance.md).
 */
const lineIndexes = new WeakMap<VFile, { value: string; index: ReturnType<typeof location> }>();
function lineIndex(file: VFile): ReturnType<typeof location> {
  const value = String(file.value);
  let cached = lineIndexes.get(file);
  if (!cached || cached.value !== value) lineIndexes.set(file, (cached = { value, index: location(value) }));
  return cached.index;
}

/** A Span for characters `start..end` of a text slot (null when the node has no position). */
export function spanOf(file: VFile, slot: TextSlot, start: number, end: number, anchor?: string): Span | null {
  const range = sourceRange(file, slot.node, start, end);
  if (!range) return null;
  const point = lineIndex(file).toPoint(range[0]);
  if (!point) return null;
  const span: Span = {
    text: slot.node.value.slice(start, end),
    start: range[0],
    end: range[1],
    line: point.line,
    column: point.column,
    section: slot.section,
    block: slot.block,
  };
  if (anchor) span.anchor = anchor;
  return span;
}

export interface Wrap {
  slot: TextSlot;
  start: number;
  end: number;
  /** Builds the annotation node around the matched text. */
  make: (children: PhrasingContent[]) => PhrasingContent;
}

/**
 * Replace matched ranges of text nodes by annotation nodes. Ranges in one node
 * must not overlap (callers resolve overlaps first: longest match wins).
 * Positions of the split pieces are kept exact so later stages can still map
 * text back to the source.
 */
export function wrapRanges(wraps: Wrap[], file?: VFile): void {
  const byNode = new Map<Text, Wrap[]>();
  for (const w of wraps) {
    const list = byNode.get(w.slot.node) ?? [];
    list.push(w);
    byNode.set(w.slot.node, list);
  }
  for (const [node, list] of byNode) {
    list.sort((a, b) => a.start - b.start);
    const parent = list[0].slot.parent;
    const pieces: PhrasingContent[] = [];
    let cursor = 0;
    for (const w of list) {
      if (w.start < cursor) continue; // overlapping range: keep the earlier one
      if (w.start > cursor) pieces.push(slice(node, cursor, w.start, file));
      const inner = slice(node, w.start, w.end, file);
      const wrapped = w.make([inner]);
      if (inner.position) wrapped.position = copyPosition(inner.position);
      pieces.push(wrapped);
      cursor = w.end;
    }
    if (cursor < node.value.length) pieces.push(slice(node, cursor, node.value.length, file));
    const index = parent.children.indexOf(node as never);
    if (index >= 0) parent.children.splice(index, 1, ...(pieces as never[]));
  }
}

/** A copy of a position, by hand: structuredClone is a host call, too slow for a large paper's many mentions (docs/performance.md). */
function copyPosition(p: Position): Position {
  return { start: { ...p.start }, end: { ...p.end } };
}

function slice(node: Text, start: number, end: number, file?: VFile): Text {
  const piece: Text = { type: 'text', value: node.value.slice(start, end) };
  const s = node.position?.start;
  const e = node.position?.end;
  // A verbatim one-line node is split by arithmetic; any other through the source, when the file is given.
  if (s && e && s.offset !== undefined && e.offset !== undefined && e.offset - s.offset === node.value.length && !node.value.includes('\n')) {
    piece.position = {
      start: { line: s.line, column: s.column + start, offset: s.offset + start },
      end: { line: s.line, column: s.column + end, offset: s.offset + end },
    };
    return piece;
  }
  const range = file && end > start ? sourceRange(file, node, start, end) : null;
  const index = file ? lineIndex(file) : null;
  const [from, to] = range && index ? [index.toPoint(range[0]), index.toPoint(range[1])] : [undefined, undefined];
  if (from && to) piece.position = { start: from, end: to };
  else if (node.position) piece.position = copyPosition(node.position);
  return piece;
}
