/**
 * The converted text as lines that remember where they came from, grouped into
 * the blocks of its CommonMark parse. Every later rule works on these so a report can point at
 * the line and column of the ORIGINAL file even after earlier repairs.
 */
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';

export interface Line {
  text: string;
  /** 1-based line number in the original text. */
  line: number;
  /** The line as it was in the original text. */
  original: string;
  /** Characters added (or, if negative, removed) before the content by a
   * rewrite of the line's prefix (a bullet glyph turned into `- `). */
  shift: number;
}

export type BlockKind =
  | 'heading'
  | 'paragraph'
  | 'list'
  | 'rule'
  | 'fence'
  | 'code'
  | 'table'
  | 'html'
  | 'quote'
  | 'definition'
  | 'pagebreak';

export interface Block {
  kind: BlockKind;
  lines: Line[];
  /** The block right before it in the source, with no blank line between:
   * written back without one, as long as it is still the block before. */
  follows?: Block;
}

/** Original column of an index into a line's current text. */
export function columnOf(line: Line, index: number): number {
  return Math.max(1, index + 1 - line.shift);
}

/** The place of the last visible character of a line in the original text. */
export function endOf(line: Line): { line: number; column: number } {
  return { line: line.line, column: Math.max(1, line.original.trimEnd().length) };
}

/**
 * The lines of a text. pdftotext starts each page with a form feed glued to
 * the page's first line: that becomes a page-break line of its own, followed
 * by the line's text.
 */
export function toLines(text: string, firstLine = 1): Line[] {
  return text.split('\n').flatMap((raw, i) => {
    const line = { text: raw, line: firstLine + i, original: raw, shift: 0 };
    const feed = /^\f+(?=.*\S)/u.exec(raw);
    if (!feed) return [line];
    const rest = raw.slice(feed[0].length);
    return [{ ...line, text: '\f' }, { ...line, text: rest, shift: -feed[0].length }];
  });
}

const BLANK = /^[\s\u00a0\u200b\u200e\u200f\ufeff]*$/u;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Page-break marks some converters leave: a form feed, an HTML comment
 * naming a page, or marker-style `{12}------` separators. */
const PAGE_BREAK = /^\s*(?:\f+|<!--\s*page[\s\w:-]*-->|\{\d+\}-{3,})\s*$/iu;
export const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

/**
 * The block structure comes from a real CommonMark (+ GFM tables) parse, so that
 * every construct keeps the meaning CommonMark gives it (link reference
 * definitions, HTML blocks, indented code with its blank lines, lists with
 * their blank lines, lazy lines of a block quote, tabs). Page-break marks and
 * lines blank to the eye (no-break spaces, zero-width marks) separate blocks,
 * as a blank line does.
 */
const markdown = unified().use(remarkParse).use(gfmTables).freeze();

/**
 * Of GFM, only tables make blocks that the importer treats apart (a footnote
 * definition `[^1]: …` reads as a paragraph, or as a link reference
 * definition when it is only a URL); the rest of remark-gfm would triple the
 * parse time.
 */
function gfmTables(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

function separates(line: Line): boolean {
  return PAGE_BREAK.test(line.text) || isBlank(line.text);
}

function parseLines(lines: Line[]): Root {
  return markdown.parse(lines.map((l) => (separates(l) ? '' : l.text)).join('\n'));
}

/** 0-based index of a node's first and last line in `lines`. */
function span(node: Nodes): [number, number] {
  return [node.position!.start.line - 1, node.position!.end.line - 1];
}

/** A line that may start code, an HTML block or a definition, alone or in a container. */
const MAY_BE_VERBATIM = /^(?:[ \t>]|[-*+][ \t]|\d{1,9}[.)][ \t])*(?: {4}|\t|`{3}|~{3}|<|\[(?:[^\]\\]|\\.)+\]:)/u;

/** Containers of block HTML; elsewhere an `html` node is inline HTML. */
const BLOCK_PARENTS = new Set(['root', 'listItem', 'blockquote']);

/**
 * Lines whose text means exactly what it says, at any depth: code (fenced or
 * indented), HTML blocks and link reference definitions. No repair touches them.
 */
export function verbatimLines(lines: Line[]): Set<Line> {
  const out = new Set<Line>();
  // Most converted text has none of these: no parse needed.
  if (!lines.some((l) => MAY_BE_VERBATIM.test(l.text))) return out;
  const visit = (node: Nodes, parent: string) => {
    const verbatim = node.type === 'code' || node.type === 'definition' || (node.type === 'html' && BLOCK_PARENTS.has(parent));
    if (verbatim) {
      const [from, to] = span(node);
      for (const line of lines.slice(from, to + 1)) out.add(line);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child, node.type);
  };
  visit(parseLines(lines), '');
  return out;
}

function kindOfNode(node: RootContent, first: Line): BlockKind {
  switch (node.type) {
    case 'heading':
      return 'heading';
    case 'list':
      return 'list';
    case 'thematicBreak':
      return 'rule';
    case 'code':
      return FENCE.test(first.text) ? 'fence' : 'code';
    case 'table':
      return 'table';
    case 'html':
      return 'html';
    case 'blockquote':
      return 'quote';
    case 'definition':
      return 'definition';
    default:
      return 'paragraph';
  }
}

/**
 * A setext heading as an ATX heading on its first line, so that heading
 * levels can be normalized in one place.
 */
function atxHeading(node: Heading, lines: Line[]): Line {
  if (lines.length === 1) return lines[0];
  const text = lines.slice(0, -1).map((l) => l.text.trim()).join(' ');
  return { ...lines[0], text: `${'#'.repeat(node.depth)} ${text}` };
}

/**
 * Split lines into blocks, one per top-level node of the CommonMark parse. A
 * block owns its lines up to the next block, blank lines inside it included
 * (they make a list loose, or belong to code); a page-break mark is a block of
 * its own.
 */
export function toBlocks(lines: Line[]): Block[] {
  const nodes = parseLines(lines).children;
  // A definition at the start of a paragraph or setext heading is a node of
  // its own, but the heading's position starts on the definition's line.
  const starts: number[] = [];
  nodes.forEach((node, i) => starts.push(i ? Math.max(span(node)[0], span(nodes[i - 1])[1] + 1) : span(node)[0]));
  const blocks: Block[] = [];
  const pageBreaks = (range: Line[]) => {
    for (const line of range) if (PAGE_BREAK.test(line.text)) blocks.push({ kind: 'pagebreak', lines: [line] });
  };
  pageBreaks(lines.slice(0, starts[0] ?? lines.length));
  let follows: Block | undefined;
  nodes.forEach((node, i) => {
    const range = lines.slice(starts[i], starts[i + 1] ?? lines.length);
    const own = range.filter((l) => !PAGE_BREAK.test(l.text));
    while (own.length > 1 && isBlank(own.at(-1)!.text)) own.pop();
    const block: Block = { kind: kindOfNode(node, own[0]), lines: node.type === 'heading' ? [atxHeading(node, own)] : own, follows };
    blocks.push(block);
    pageBreaks(range);
    follows = range.some(separates) ? undefined : block;
  });
  return blocks;
}

export function blockText(block: Block): string {
  return block.lines.map((l) => l.text).join('\n');
}

export function serialize(blocks: Block[]): string {
  return blocks.map((block, i) => (i === 0 ? '' : block.follows && block.follows === blocks[i - 1] ? '\n' : '\n\n') + blockText(block)).join('');
}
