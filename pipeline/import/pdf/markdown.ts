/**
 * Layout blocks as Markdown: headings at the levels their weights rank,
 * paragraphs on one line each, lists nested by indent, GFM tables, GFM notes
 * for the raised markers that have a note, links.
 */
import type { VFile } from 'vfile';
import { report } from '../../model/diagnostics.js';
import { Rules } from '../../model/rules.js';
import { asciiDigits } from '../../text/digits.js';
import type { WordCounts } from '../words.js';
import { joinLines, renderLinks, TABLE_LINE, type LayoutBlock } from './layout.js';
import { NOTE_MARK, type Marks, type TextLine } from './lines.js';

/** Characters that would be read as Markdown syntax inside text. */
function escapeInline(text: string): string {
  return text.replace(/[\\`*[\]]|<(?=[\p{L}/!?])|_(?=\P{L})|(?<=\P{L})_/gu, (c) => `\\${c}`);
}

/** A paragraph's start that would be read as a block (`# `, `> `, `- `, `1. `, `---`). */
function escapeStart(text: string): string {
  return text.replace(/^(#{1,6}(?=\s)|>|[-+](?=\s)|\d{1,9}(?=[.)]\s)|(?=[-_=]{3,}\s*$))/u, (m) => (/^\d/u.test(m) ? `${m}\\` : `\\${m}`));
}

const WORD_BEFORE = /([\p{L}\p{N}][\p{L}\p{M}\p{N}'’-]*)$/u;

export interface RenderContext {
  marks: Marks;
  /** Whether right-to-left paragraphs are laid out from the right (a table's first column is then its rightmost). */
  rightToLeftLayout: boolean;
  /** The body's size and line pitch (layout.ts's metrics). */
  body: number;
  pitch: number;
  counts: WordCounts;
  notes: Map<string, string>;
  file: VFile;
}

/** The text of some lines, escaped, with its links and note references. */
export function inlineText(lines: TextLine[], context: RenderContext, escapeBlock = false): string {
  const joined = joinLines(lines, context.counts, context.file);
  const escaped = joined
    .split('\n')
    .map((line) => (escapeBlock ? escapeStart(escapeInline(line)) : escapeInline(line)))
    .join('\n');
  return notesIn(renderLinks(escaped, context.marks), context);
}

const unmatched = new WeakMap<VFile, Set<string>>();

/** Raised marks as note references when a note has their number; others stay as text. */
function notesIn(text: string, context: RenderContext): string {
  return text.replace(/[\u{f0000}-\u{fffff}]/gu, (c) => {
    const mark = context.marks.notes[c.codePointAt(0)! - NOTE_MARK]?.trim() ?? '';
    const number = asciiDigits(mark);
    if (context.notes.has(number)) return `[^${number}]`;
    if (/^\d{1,3}$/u.test(number)) {
      const seen = unmatched.get(context.file) ?? new Set();
      if (!seen.has(number)) report(context.file, Rules.importNoteUnmatched, `a raised ${number} has no note with that number: kept as text; check whether it is a note reference`);
      seen.add(number);
      unmatched.set(context.file, seen);
    }
    return mark;
  });
}

const PAGE = /^(?:\d{1,4}|[\u0660-\u0669]{1,4}|[ivxl]{1,6})$/iu;

/**
 * A printed table of contents laid out as a table (titles, then page numbers
 * far to the right): its entries as `title<tab>page` lines, a title that
 * wraps joined to its rest.
 */
function contentsLines(rows: TextLine[][][]): string | undefined {
  const rtl = rows.flat().some((c) => c[0].rtl);
  const textOf = (cells: TextLine[][]) => cells.map((c) => c.map((l) => l.text).join(' ')).join(' ').trim();
  // The page number is the cell at the end of the line: the right one, or the left one in a right-to-left contents.
  const page = (row: TextLine[][]) => textOf([rtl ? row[0] : row.at(-1)!]);
  const title = (row: TextLine[][]) => textOf(rtl ? row.slice(1).reverse() : row.slice(0, -1));
  if (rows.length < 2 || !PAGE.test(page(rows.at(-1)!))) return undefined;
  const out: string[] = [];
  let pending = '';
  // Entries printed further in are sections of the one above: their indent says so.
  const start = (row: TextLine[][]) => (rtl ? -row.at(-1)![0].right : row[0][0].x);
  const margin = Math.min(...rows.map(start));
  const indent = (row: TextLine[][]) => '  '.repeat(Math.min(3, Math.round((start(row) - margin) / (1.5 * row[0][0].size))));
  for (const row of rows) {
    if (row.length >= 2 && PAGE.test(page(row))) {
      out.push(`${pending ? '' : indent(row)}${pending}${title(row)}\t${page(row)}`);
      pending = '';
    } else if (row.length === 1) pending += `${pending ? '' : indent(row)}${textOf(row)} `;
    else return undefined;
  }
  return pending ? undefined : out.join('\n');
}

/**
 * Where a table's columns start (right edges when `rtl`): the places where cells start in many rows
 * (a cell's own wide gap makes no column), first column first (on the right when `rightFirst`).
 */
function columnStarts(rows: TextLine[][][], widest: TextLine[][], size: number, rtl: boolean, rightFirst: boolean): number[] {
  const edge = (cell: TextLine[]) => (rtl ? cell[0].right : cell[0].x);
  const clusters: { at: number; rows: Set<number>; cells: TextLine[][] }[] = [];
  rows.forEach((row, r) => {
    for (const cell of row) {
      const found = clusters.find((c) => Math.abs(c.at - edge(cell)) < size);
      if (found) {
        found.rows.add(r);
        found.cells.push(cell);
      } else clusters.push({ at: edge(cell), rows: new Set([r]), cells: [cell] });
    }
  });
  // Those of the rows with the most cells (a header's centred lines start elsewhere), and those of a column
  // whose cells never share a line with the others (cells set at mid-height beside a cell that wraps): its
  // cells start in many rows and lie beside every cell of the full rows, not over one.
  const fullCells = rows.filter((row) => row.length === widest.length).flat();
  const fullEdges = fullCells.map(edge);
  const beside = (cell: TextLine[]) => fullCells.every((f) => cell.every((l) => l.right <= f[0].x || l.x >= f[0].right));
  const frequent = clusters
    .filter(
      (c) =>
        c.rows.size >= Math.max(2, 0.15 * rows.length) &&
        (fullEdges.some((x) => Math.abs(x - c.at) < size) || (c.rows.size >= Math.max(3, 0.25 * rows.length) && c.cells.every(beside))),
    )
    .map((c) => c.at);
  return (frequent.length >= 2 ? frequent : widest.map(edge)).sort((a, b) => (rightFirst ? b - a : a - b));
}

/**
 * Does the writer draw the table's left cells first? A writer draws the cells of a row in their logical
 * order, so a right-to-left table whose rows are all drawn from the left was laid out left to right (a Word
 * table without its right-to-left setting, as pandoc writes one): its first column is the left one.
 */
function drawnFromLeft(rows: TextLine[][][]): boolean {
  const wide = rows.filter((row) => row.length >= 2);
  const leftFirst = wide.filter((row) => {
    const cells = row.map((c) => c[0]);
    const left = cells.reduce((a, b) => (b.x < a.x ? b : a));
    const right = cells.reduce((a, b) => (b.right > a.right ? b : a));
    return left.order < right.order;
  });
  return wide.length >= 2 && leftFirst.length === wide.length;
}

function table(block: LayoutBlock, context: RenderContext, pitch: number): string | undefined {
  const rows = block.rows!;
  const contents = contentsLines(rows);
  if (contents) return escapeInline(contents);
  const widest = rows.reduce((a, b) => (b.length > a.length ? b : a));
  // Wrapped cells: the lines of one row follow each other at the line pitch; rows are further apart.
  const wraps = (row: TextLine[][], above: TextLine[][]) => row[0][0].y - above[0][0].y < TABLE_LINE * pitch * (row[0][0].size / context.body);
  const size = widest[0][0].size;
  // A right-to-left table (most of its cells with letters are right to left; numbers have no direction)
  // is read from its right edges, the cells of numbers included.
  const lettered = rows.flat().filter((c) => c.some((l) => /\p{L}/u.test(l.text)));
  const rtl = context.rightToLeftLayout && lettered.filter((c) => c[0].rtl).length > lettered.length / 2;
  const edge = (cell: TextLine[]) => (rtl ? cell[0].right : cell[0].x);
  const starts = columnStarts(rows, widest, size, rtl, rtl && !drawnFromLeft(rows));
  // Rows set apart by padding: the lines of a row are closer than the rows. Without padding, a line that
  // leaves cells empty (or a row's first line that does) continues the row.
  const gaps = rows.slice(1).map((row, i) => (row[0][0].page === rows[i][0][0].page ? row[0][0].y - rows[i][0][0].y : 0)).filter((d) => d > 0);
  // The distance of two lines of one cell: at least most of a line (centred cells of different heights sit half a line apart).
  // A table whose cells never wrap shows only row distances: the body's line pitch is the bound then.
  const expected = pitch * (size / context.body);
  const lineGap = Math.min(expected, ...gaps.filter((d) => d >= 0.8 * expected));
  // The gap under a single line above the cells (a spanning header, or the line before the table) is no padding.
  const padded = gaps.slice(rows[0].length === 1 ? 1 : 0).some((d) => d > 1.25 * lineGap);
  const grid: TextLine[][][] = [];
  let misplaced = 0;
  let full = false;
  rows.forEach((row, r) => {
    const cells: TextLine[][] = starts.map(() => []);
    for (const cell of row) {
      const at = edge(cell);
      const column = starts.reduce((best, x, i) => (Math.abs(x - at) < Math.abs(starts[best] - at) ? i : best), 0);
      if (Math.abs(starts[column] - at) > 3 * size && Math.abs(starts[column] - at) > 0.5 * Math.abs((starts[1] ?? at) - starts[0])) misplaced++;
      cells[column].push(...cell);
    }
    const previous = grid.at(-1);
    const above = rows[r - 1];
    const dy = above && above[0][0].page === row[0][0].page ? row[0][0].y - above[0][0].y : 0;
    const close = dy > 0 && (padded ? dy <= 1.12 * lineGap : wraps(row, above));
    const someEmpty = cells.some((c) => c.length === 0);
    if (previous && close && (padded || someEmpty || !full)) {
      cells.forEach((c, i) => previous[i].push(...c));
      full ||= !someEmpty;
    } else {
      grid.push(cells);
      full = !someEmpty;
    }
  });
  // A table cut by a page repeats its header there.
  const rowKey = (row: TextLine[][]) => row.map((c) => c.map((l) => l.text).join(' ')).join('|');
  const header = rowKey(grid[0]);
  for (let i = grid.length - 1; i > 0; i--) if (rowKey(grid[i]) === header) grid.splice(i, 1);
  // Columns that most rows leave empty are places where some rows' cells happen to start, not columns.
  const sparse = starts.filter((_, i) => grid.filter((row) => row[i].length).length < grid.length / 2).length;
  if (grid.length < 2 || misplaced > 0.3 * rows.length || (sparse >= 2 && sparse >= starts.length / 2)) return undefined;
  const cell = (lines: TextLine[]) => inlineText(lines, context).replace(/\n/gu, ' ').replace(/\|/gu, '\\|');
  const lines = grid.map((row) => `| ${row.map(cell).join(' | ')} |`);
  lines.splice(1, 0, `| ${starts.map(() => '---').join(' | ')} |`);
  return lines.join('\n');
}

/**
 * Heading levels: 1 for the title, then 2, 3, … by decreasing weight. Two
 * styles of one weight that differ in slant (LibreOffice's default Heading 2
 * and Heading 3: bold italic and bold, one size) are two levels, the one the
 * document uses first above.
 */
function headingLevels(blocks: LayoutBlock[]): Map<LayoutBlock, number> {
  const headings = blocks.filter((b) => b.kind === 'heading');
  const levels = new Map<LayoutBlock, number>();
  if (!headings.length) return levels;
  const firstPage = headings.filter((h) => h.lines[0].page === headings[0].lines[0].page);
  const title = firstPage.reduce((a, b) => (b.weight! > a.weight! ? b : a));
  const styleOf = (h: LayoutBlock) => `${h.weight!}${h.lines[0].italic ? ' italic' : ''}`;
  const rest = headings.filter((h) => h !== title);
  const styles = [...new Set(rest.map(styleOf))];
  const ranked = [...styles].sort((a, b) => parseFloat(b) - parseFloat(a) || styles.indexOf(a) - styles.indexOf(b));
  levels.set(title, 1);
  for (const h of rest) levels.set(h, Math.min(6, 2 + ranked.indexOf(styleOf(h))));
  return levels;
}

/** A table that goes on at the top of the next page, with as many columns, is one table. */
function joinTables(blocks: LayoutBlock[]): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  for (const block of blocks) {
    const last = out.at(-1);
    const width = (b: LayoutBlock) => Math.max(...b.rows!.map((r) => r.length));
    if (block.kind === 'table' && last?.kind === 'table' && block.lines[0].page === last.lines.at(-1)!.page + 1 && width(block) === width(last)) {
      out[out.length - 1] = { ...last, lines: [...last.lines, ...block.lines], rows: [...last.rows!, ...block.rows!] };
    } else out.push(block);
  }
  return out;
}

/**
 * Are right-to-left paragraphs laid out from the right? Their last, shorter
 * lines say so: flush right when they are, flush left when a tool set Arabic
 * text in left-to-right paragraphs (then its tables run left to right too).
 */
export function rightToLeftLayout(blocks: LayoutBlock[]): boolean {
  let right = 0;
  let left = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.lines.length < 2 || !block.lines[0].rtl) continue;
    const last = block.lines.at(-1)!;
    const full = block.lines[0];
    if (full.right - full.x - (last.right - last.x) < 3 * last.size) continue;
    if (Math.abs(last.right - full.right) < last.size) right++;
    else if (Math.abs(last.x - full.x) < last.size) left++;
  }
  return right >= left;
}

export function toMarkdown(input: LayoutBlock[], context: RenderContext): string {
  const blocks = joinTables(input);
  const levels = headingLevels(blocks);
  const title = [...levels].find(([, level]) => level === 1)?.[0];
  const out: string[] = [];
  const indents: number[] = [];
  // Above the title, big or bold lines are the masthead's (a publisher's name, a series): plain lines.
  let beforeTitle = !!title;
  for (const block of blocks) {
    if (block === title) beforeTitle = false;
    if (block.kind === 'heading' && beforeTitle) {
      out.push(inlineText(block.lines, context, true).replace(/\n/gu, ' '));
      continue;
    }
    if (block.kind === 'heading') {
      out.push(`${'#'.repeat(levels.get(block)!)} ${inlineText(block.lines, context).replace(/\n/gu, ' ')}`);
      continue;
    }
    if (block.kind === 'table') {
      const markdown = table(block, context, context.pitch);
      if (markdown) out.push(markdown);
      else {
        report(context.file, Rules.importTableUnclear, `a table on page ${block.lines[0].page} has no clear columns: its cells are kept as paragraphs; check them`);
        for (const row of block.rows!) out.push(inlineText(row.flat(), context, true));
      }
      continue;
    }
    if (block.kind === 'item') {
      const depth = Math.min(block.depth!, indents.length);
      indents.length = depth;
      const indent = indents.reduce((a, b) => a + b, 0);
      const text = inlineText(block.lines, context).replace(/\n/gu, ' ');
      const line = `${' '.repeat(indent)}${block.mark} ${text}`;
      indents.push(block.mark!.length + 1);
      // Items of one list are set apart by nothing; the list by a blank line.
      if (out.length && /^\s*(?:-|\d+\.) /u.test(out.at(-1)!.split('\n').at(-1)!) && depth <= indents.length) out[out.length - 1] += `\n${line}`;
      else out.push(line);
      continue;
    }
    indents.length = 0;
    out.push(inlineText(block.lines, context, true));
  }
  return out.join('\n\n');
}

/** The notes as GFM note definitions. */
export const noteDefinitions = (notes: Map<string, string>) => [...notes].map(([number, text]) => `[^${number}]: ${text}`).join('\n\n');

/** A note's text: its lines joined, the browser's back arrow and a repeated target dropped. */
export function noteText(lines: TextLine[], context: RenderContext): string {
  return inlineText(lines, context)
    .replace(/\n/gu, ' ')
    .replace(/\s*\ufe0e?↩\ufe0e?/gu, '')
    // A text-presentation selector left alone once its arrow is gone.
    .replace(/\ufe0e/gu, '')
    .trim()
    // An edition that adds each link's address after its text repeats an address the note already gives.
    .replace(/([^\s<]+?)[.,]?:\s*<(https?:\/\/[^>\s]+)>$/u, (all, before: string, url: string) => (before.startsWith(url) || before === url.replace(/\/$/u, '') ? `${before}.` : all));
}

/**
 * A note made only of the words it is attached to and an address (`Resolution
 * 2736: https://…`) is a link that the edition printed as a note: it becomes
 * that link again. Returns the body with such links, and the notes left.
 */
export function linksFromNotes(body: string, notes: Map<string, string>): string {
  for (const [number, text] of [...notes]) {
    const match = /^(.+?):\s*<?(https?:\/\/[^\s>]+)>?$/u.exec(text);
    if (!match) continue;
    const label = match[1].trim();
    const reference = `[^${number}]`;
    // The text already carries the link: the note only repeated it.
    const linked = [`](${match[2]})${reference}`, `](<${match[2]}>)${reference}`].find((form) => body.includes(form));
    if (linked) {
      body = body.replace(linked, linked.slice(0, -reference.length));
      notes.delete(number);
      continue;
    }
    const at = body.indexOf(`${label}${reference}`);
    if (at < 0 || !WORD_BEFORE.test(label)) continue;
    body = `${body.slice(0, at)}[${label}](${match[2]})${body.slice(at + label.length + reference.length)}`;
    notes.delete(number);
  }
  return body;
}
