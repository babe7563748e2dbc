/**
 * The converted text as lines that remember where they came from, grouped into
 * Markdown-ish blocks. Every later rule works on these so a report can point at
 * the line and column of the ORIGINAL file even after earlier repairs.
 */

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
  | 'pagebreak';

export interface Block {
  kind: BlockKind;
  lines: Line[];
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
const ATX = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
/** Page-break marks some converters leave: a form feed, an HTML comment
 * naming a page, or marker-style `{12}------` separators. */
const PAGE_BREAK = /^\s*(?:\f+|<!--\s*page[\s\w:-]*-->|\{\d+\}-{3,})\s*$/iu;
export const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

export function isBlank(text: string): boolean {
  return BLANK.test(text);
}

function kindOf(text: string): BlockKind {
  if (LIST_ITEM.test(text)) return 'list';
  if (/^ {0,3}\|/.test(text)) return 'table';
  if (/^ {0,3}</.test(text)) return 'html';
  if (/^ {0,3}>/.test(text)) return 'quote';
  return 'paragraph';
}

/**
 * Split lines into blocks: blank lines separate blocks, an ATX heading, a
 * thematic break and a page-break mark are blocks of their own, a fenced code
 * block is kept whole (blank lines included), a block indented by four spaces
 * outside a list is code. A setext underline turns the
 * paragraph above it into an ATX heading so that heading levels can be
 * normalized in one place.
 */
export function toBlocks(lines: Line[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | undefined;
  const close = () => {
    if (current) blocks.push(current);
    current = undefined;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const fence = FENCE.exec(line.text);
    if (fence) {
      close();
      const marker = fence[1];
      const body: Line[] = [line];
      while (++i < lines.length) {
        body.push(lines[i]);
        const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
        if (closing.test(lines[i].text)) break;
      }
      blocks.push({ kind: 'fence', lines: body });
      continue;
    }
    if (PAGE_BREAK.test(line.text)) {
      close();
      blocks.push({ kind: 'pagebreak', lines: [line] });
      continue;
    }
    if (isBlank(line.text)) {
      close();
      continue;
    }
    if (current?.kind === 'paragraph' && SETEXT.test(line.text)) {
      const level = line.text.trim().startsWith('=') ? 1 : 2;
      const text = current.lines.map((l) => l.text.trim()).join(' ');
      const first = current.lines[0];
      current = undefined;
      blocks.push({ kind: 'heading', lines: [{ ...first, text: `${'#'.repeat(level)} ${text}` }] });
      continue;
    }
    if (ATX.test(line.text)) {
      close();
      blocks.push({ kind: 'heading', lines: [line] });
      continue;
    }
    if (RULE.test(line.text)) {
      close();
      blocks.push({ kind: 'rule', lines: [line] });
      continue;
    }
    if (!current) {
      // Indented four spaces: after a list item it is the item's next
      // paragraph (still the list), elsewhere an indented code block.
      const indented = /^(?: {4}|\t)/u.test(line.text);
      const afterList = blocks.at(-1)?.kind === 'list';
      current = { kind: indented ? (afterList ? 'list' : 'code') : kindOf(line.text), lines: [] };
    }
    current.lines.push(line);
  }
  close();
  return blocks;
}

export function blockText(block: Block): string {
  return block.lines.map((l) => l.text).join('\n');
}

export function serialize(blocks: Block[]): string {
  return blocks.map(blockText).join('\n\n');
}
