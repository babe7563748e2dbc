/**
 * A PDF's lines (furniture dropped) become Markdown blocks: headings from
 * font size and weight, paragraphs from line spacing and indentation, list
 * items from their marks, tables from rows of cells, notes from the small
 * type at the foot of a page (or a numbered list at the end that the raised
 * markers point to), links from the link areas.
 */
import type { VFile } from 'vfile';
import { report } from '../../model/diagnostics.js';
import { Rules } from '../../model/rules.js';
import { asciiDigits } from '../../text/digits.js';
import { countWords, keepsHyphen, type WordCounts } from '../words.js';
import { LINK_CLOSE, LINK_MARK, MARKS, NOTE_MARK, type Marks, type TextLine } from './lines.js';
import type { PageLines } from './furniture.js';

export type BlockKind = 'heading' | 'paragraph' | 'item' | 'table';

export interface LayoutBlock {
  kind: BlockKind;
  lines: TextLine[];
  /** Heading: its weight (size, then bold). */
  weight?: number;
  /** Item: its mark (`-` or `3.`) and nesting depth. */
  mark?: string;
  depth?: number;
  /** Table: the cells of each row. */
  rows?: TextLine[][][];
}

/** Text bigger than the body by this factor is a heading. */
const HEADING_SIZE = 1.12;
/** Notes are set smaller than the body by at least this factor. */
const NOTE_SIZE = 0.92;
/** A bold line of body size is a heading when it has at most this many words. */
const BOLD_HEADING_WORDS = 14;
/** Lines of a table closer than this many line pitches (scaled to their size) are one row of wrapped cells. */
export const TABLE_LINE = 1.25;
/** The notes at a page's foot are further below the text than this many line pitches. */
const NOTE_AREA_GAP = 1.2;
/** Lines further apart than this many line pitches are in different blocks. */
const PARAGRAPH_GAP = 1.4;
/** An item's mark: a bullet glyph, or a number or letter with `.` or `)`. */
const ITEM_MARK = /^([•●▪■◦○◆❖►➢✓\uf0b7\uf0a7\uf076\uf0d8–—*-]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])\s+(?=\S)/u;
const NUMBERED_MARK = /^\(?(\d{1,3})[.)]\s/u;
const TERMINAL = /[.!?…:;؟؛۔]["”’»)\]]*$/u;
const CONTENTS_LINE = /(?:\t|(?:[.…·_]\s?){3,}\s*)(?:\d{1,4}|[\u0660-\u0669]{1,4})$/u;

const plain = (line: TextLine) => line.text.replace(MARKS, '');
const words = (text: string) => text.split(/\s+/u).filter(Boolean).length;

/** The most common value, each weighted. */
function mode(values: [number, number][]): number {
  const weights = new Map<number, number>();
  for (const [v, w] of values) weights.set(v, (weights.get(v) ?? 0) + w);
  return [...weights].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 10;
}

export interface Metrics {
  /** The size of most letters, and the distance between the baselines of body lines. */
  body: number;
  pitch: number;
}

export function metricsOf(lines: TextLine[]): Metrics {
  const body = mode(lines.map((l) => [Math.round(l.size * 2) / 2, plain(l).length]));
  const pitches: [number, number][] = [];
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1], lines[i]];
    const dy = b.y - a.y;
    if (a.page === b.page && a.column === b.column && Math.abs(a.size - body) < 0.6 && Math.abs(b.size - body) < 0.6 && dy > 0.8 * body && dy < 2.5 * body) pitches.push([Math.round(dy * 2) / 2, 1]);
  }
  return { body, pitch: pitches.length ? mode(pitches) : 1.2 * body };
}

/**
 * The notes at the foot of each page: from the first line in the lower half
 * that starts with a raised number (a note's own number, whatever its type
 * size), or else in smaller type below the last line of body text, each note
 * starting with its number.
 */
export function takeFootnotes(pages: PageLines[], metrics: Metrics, marks: Marks, notes: Map<string, TextLine[]>, called: ReadonlySet<string>): void {
  for (const page of pages) {
    // The note area is set apart from the text above it (a rule and some space).
    const raisedStart = page.lines.findIndex(
      (l, i) => l.y > 0.5 * page.height && noteNumber(l, marks)?.raised && (i === 0 || l.y - page.lines[i - 1].y > NOTE_AREA_GAP * metrics.pitch),
    );
    const bodyLines = page.lines.filter((l, i) => (raisedStart < 0 || i < raisedStart) && l.size >= NOTE_SIZE * metrics.body);
    if (!bodyLines.length) continue;
    const lastBody = Math.max(...bodyLines.map((l) => l.y));
    // Small type right under a heading is that heading's section (a list of sources at a page's end), not notes.
    const last = bodyLines.find((l) => l.y === lastBody)!;
    if (raisedStart < 0 && isHeadingLine(last, metrics)) continue;
    let current: TextLine[] | undefined;
    let currentNumber = 0;
    const kept: TextLine[] = [];
    page.lines.forEach((line, i) => {
      const below = (raisedStart >= 0 && i >= raisedStart) || (line.y > lastBody && line.size < NOTE_SIZE * metrics.body);
      const number = below ? noteNumber(line, marks) : undefined;
      // A number set in the line's own type after a note is a new note only when it is the next one: a note's
      // second line may start with a day (`13 June 2024, https://…`). Nor is it a note that nothing calls, where
      // the text calls its notes with raised numbers: a table's row at a page's foot may start with a day too.
      const plain = (called.size === 0 || called.has(number?.number ?? '')) && (!current || Number(number?.number) === currentNumber + 1);
      const starts = number && !notes.has(number.number) && (number.raised || plain);
      if (number && starts) {
        current = [{ ...line, text: number.rest }];
        currentNumber = Number(number.number);
        notes.set(number.number, current);
      } else if (below && current) current.push(line);
      else kept.push(line);
    });
    page.lines = kept;
  }
}

/** A note's number at the start of its line, raised or not (`¹ Text`, `1. Text`, `1 Text`). */
export function noteNumber(line: TextLine, marks: Marks): { number: string; rest: string; raised: boolean } | undefined {
  const first = line.text.codePointAt(0)! - NOTE_MARK;
  const raised = first >= 0 && first < marks.notes.length ? asciiDigits(marks.notes[first]) : '';
  if (/^\d{1,3}$/u.test(raised)) return { number: raised, rest: [...line.text].slice(1).join('').trim(), raised: true };
  const match = /^(\d{1,3}|[\u0660-\u0669]{1,3})[.)]?\s+(?=\S)/u.exec(line.text);
  return match ? { number: asciiDigits(match[1]), rest: line.text.slice(match[0].length), raised: false } : undefined;
}

function isHeadingLine(line: TextLine, metrics: Metrics): boolean {
  const text = plain(line);
  if (!/\p{L}/u.test(text) || CONTENTS_LINE.test(text)) return false;
  if (line.size >= HEADING_SIZE * metrics.body) return words(text) <= 30;
  return line.bold && line.size >= NOTE_SIZE * metrics.body && words(text) <= BOLD_HEADING_WORDS && !/[.,;:]$/u.test(text);
}

const weightOf = (line: TextLine) => Math.round(line.size * 2) / 2 + (line.bold ? 0.25 : 0);

interface Column {
  left: number;
  right: number;
}

/** The left and right edges of the body text of each page column. */
function columnsOf(lines: TextLine[], metrics: Metrics): Map<string, Column> {
  const edges = new Map<string, { lefts: [number, number][]; rights: [number, number][] }>();
  for (const line of lines) {
    if (Math.abs(line.size - metrics.body) > 0.6) continue;
    const k = `${line.page}:${line.column}`;
    if (!edges.has(k)) edges.set(k, { lefts: [], rights: [] });
    edges.get(k)!.lefts.push([Math.round(line.x), 1]);
    edges.get(k)!.rights.push([Math.round(line.right), 1]);
  }
  const columns = new Map<string, Column>();
  for (const [k, { lefts, rights }] of edges) {
    const left = Math.min(...lefts.map(([x]) => x));
    // The right edge of full lines: the common one among the rightmost.
    const right = Math.max(...rights.map(([x]) => x));
    columns.set(k, { left, right: Math.max(right, mode(rights)) });
  }
  return columns;
}

/** The rows of a document: lines of one row in one column of a page (two page columns share baselines but are no table). */
interface Rows {
  key: (line: TextLine) => string;
  size: (line: TextLine | undefined) => number;
}

function rowsOf(lines: TextLine[]): Rows {
  const key = (l: TextLine) => `${l.page}:${l.column}:${l.row}`;
  const sizes = new Map<string, number>();
  for (const line of lines) sizes.set(key(line), (sizes.get(key(line)) ?? 0) + 1);
  return { key, size: (line) => (line ? (sizes.get(key(line)) ?? 0) : 0) };
}

/**
 * The cells of the row at `lines[i]` when the row belongs to a table: rows of
 * two or more cells, two rows at least; a lone wrapped cell or a row of one
 * cell between two of them; a header cell set above the others.
 */
function tableCells(lines: TextLine[], i: number, current: LayoutBlock | undefined, rows: Rows, metrics: Metrics): TextLine[] | undefined {
  const line = lines[i];
  const cells = lines.slice(i, i + 12).filter((l) => rows.key(l) === rows.key(line));
  const nextRow = lines[i + cells.length];
  const multi = (l: TextLine | undefined) => !!l && l.page === line.page && rows.size(l) >= 2;
  const lineGap = TABLE_LINE * line.size * (metrics.pitch / metrics.body);
  const last = current?.kind === 'table' ? current.lines.at(-1)! : undefined;
  const inTable = !!last && last.page === line.page && line.y - last.y < 3 * metrics.pitch;
  const bigger = line.size >= HEADING_SIZE * metrics.body;
  // A lone cell right under a row (a wrapped cell) within one of the table's cells.
  const wrapped =
    inTable &&
    !bigger &&
    line.y - last!.y < lineGap &&
    cells.every((c) =>
      current!.lines.some(
        (l) =>
          (Math.abs(l.x - c.x) < 0.5 * line.size && c.right <= l.right + 2 * line.size) ||
          (Math.abs(l.right - c.right) < 0.5 * line.size && c.x >= l.x - 2 * line.size) ||
          (c.x >= l.x - line.size && c.right <= l.right + line.size),
      ),
    );
  // A header whose last cell wraps: the row after the wrapped line is a row of cells.
  const afterNext = nextRow && lines.slice(i + cells.length).find((l) => rows.key(l) !== rows.key(nextRow));
  const wrappedHeader = multi(line) && !!nextRow && nextRow.y - line.y < lineGap && multi(afterNext);
  // A header cell set higher than the others (centred or wrapped) sits just above the row of cells, within it.
  const below = nextRow ? lines.filter((l) => rows.key(l) === rows.key(nextRow)) : [];
  const headerAbove =
    !inTable &&
    !bigger &&
    cells.length === 1 &&
    multi(nextRow) &&
    nextRow.y - line.y < 2 * lineGap &&
    line.x >= Math.min(...below.map((c) => c.x)) - line.size &&
    line.right <= Math.max(...below.map((c) => c.right)) + line.size;
  const inside = (multi(line) && (inTable || multi(nextRow) || wrappedHeader)) || headerAbove || (inTable && (multi(nextRow) || multi(afterNext) || wrapped));
  return inside ? cells : undefined;
}

/**
 * A bold line of body size that runs on into the next line (which goes on in
 * lower case, at the line pitch) is a bold lead-in of a paragraph, not a heading.
 */
function isLeadIn(line: TextLine, next: TextLine | undefined, metrics: Metrics): boolean {
  return (
    line.size < HEADING_SIZE * metrics.body &&
    !!next &&
    next.page === line.page &&
    !next.bold &&
    next.y - line.y <= PARAGRAPH_GAP * metrics.pitch * (line.size / metrics.body) &&
    /^\p{Ll}/u.test(plain(next))
  );
}

/** The nesting of an item from its indent among the items of its list (`lefts`, kept up to date). */
function itemDepth(lefts: number[], line: TextLine, inList: boolean, metrics: Metrics): number {
  const depth = lefts.findIndex((x) => Math.abs(x - line.x) < 0.6 * metrics.body);
  if (inList && depth >= 0) return depth;
  if (!inList) lefts.length = 0;
  const deeper = lefts.filter((x) => x < line.x - 0.6 * metrics.body).length;
  lefts.splice(deeper, lefts.length, line.x);
  return deeper;
}

/** Groups a document's lines into blocks. */
export function blocksOf(lines: TextLine[], metrics: Metrics): LayoutBlock[] {
  const columns = columnsOf(lines, metrics);
  const columnOf = (line: TextLine) => columns.get(`${line.page}:${line.column}`) ?? { left: line.x, right: line.right };
  const blocks: LayoutBlock[] = [];
  const rows = rowsOf(lines);
  const itemLefts: number[] = [];

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const previous = lines[i - 1];
    const current = blocks.at(-1);
    const cells = tableCells(lines, i, current, rows, metrics);
    if (cells) {
      if (current?.kind === 'table' && current.lines.at(-1)!.page === line.page && line.y - current.lines.at(-1)!.y < 3 * metrics.pitch) {
        current.rows!.push(cells.map((c) => [c]));
        current.lines.push(...cells);
      } else blocks.push({ kind: 'table', lines: [...cells], rows: [cells.map((c) => [c])] });
      i += cells.length - 1;
      continue;
    }
    if (isHeadingLine(line, metrics) && !isLeadIn(line, lines[i + 1], metrics)) {
      const sameHeading =
        current?.kind === 'heading' &&
        previous &&
        previous.page === line.page &&
        current.weight === weightOf(line) &&
        previous.italic === line.italic &&
        line.y - previous.y <= 1.6 * line.size &&
        !/[.!?؟]$/u.test(plain(previous));
      if (sameHeading) current!.lines.push(line);
      else blocks.push({ kind: 'heading', lines: [line], weight: weightOf(line) });
      continue;
    }
    const mark = ITEM_MARK.exec(plain(line));
    const column = columnOf(line);
    if (mark && (!current || !continues(current, previous, line, metrics, column, columnOf(previous)) || startsItem(blocks, line))) {
      const depth = itemDepth(itemLefts, line, current?.kind === 'item', metrics);
      const numbered = /\d/u.test(mark[1]) ? `${/\d+/u.exec(mark[1])![0]}.` : '-';
      blocks.push({ kind: 'item', lines: [{ ...line, text: line.text.slice(line.text.indexOf(mark[0]) + mark[0].length) }], mark: numbered, depth });
      continue;
    }
    if (current && current.kind !== 'heading' && current.kind !== 'table' && continues(current, previous, line, metrics, column, columnOf(previous))) {
      current.lines.push(line);
      continue;
    }
    blocks.push({ kind: 'paragraph', lines: [line] });
  }
  return blocks;
}

/**
 * A numbered line after a numbered item starts the next item even without a
 * gap, and so does item n + 1 after the paragraphs that follow item n (the
 * lines of an item cut by a column or a page).
 */
function startsItem(blocks: LayoutBlock[], line: TextLine): boolean {
  if (blocks.at(-1)!.kind === 'item' || !/^\(?\d/u.test(plain(line))) return true;
  const item = blocks.findLast((b) => b.kind !== 'paragraph');
  const number = NUMBERED_MARK.exec(plain(line))?.[1];
  return item?.kind === 'item' && !!number && item.mark === `${Number(number) - 1}.`;
}

/** Would the first word of `next` have fitted at the end of `line`? Then the line was ended on purpose. */
function endedEarly(line: TextLine, next: TextLine, column: Column): boolean {
  const text = plain(next);
  const perChar = (next.right - next.x) / Math.max(1, [...text].length);
  const word = (/^\S+/u.exec(text)?.[0].length ?? 0) + 1;
  const room = line.rtl ? line.x - column.left : column.right - line.right;
  return room > word * perChar + 0.5 * line.size;
}

/** Does `line` go on the block that `previous` ended? */
function continues(block: LayoutBlock, previous: TextLine | undefined, line: TextLine, metrics: Metrics, column: Column, previousColumn: Column): boolean {
  if (!previous || block.kind === 'heading' || block.kind === 'table') return false;
  if (Math.abs(line.size - previous.size) > 0.6 || line.bold !== previous.bold && words(plain(line)) < 4) return false;
  const text = plain(previous);
  if (CONTENTS_LINE.test(text) !== CONTENTS_LINE.test(plain(line))) return false;
  if (previous.page !== line.page || previous.column !== line.column) {
    // Across a page or a column: a full line without a final stop goes on.
    return !endedEarly(previous, line, previousColumn) && !TERMINAL.test(text);
  }
  const dy = line.y - previous.y;
  if (dy <= 0 || dy > PARAGRAPH_GAP * Math.max(metrics.pitch * (line.size / metrics.body), line.size)) return false;
  const start = line.rtl ? column.right - line.right : line.x - column.left;
  const previousStart = line.rtl ? column.right - previous.right : previous.x - column.left;
  // A first line indented by more than the lines above starts a paragraph (a list item's text aside).
  if (block.kind !== 'item' && start > previousStart + 0.8 * line.size && block.lines.length > 1) return false;
  // Back at the margin under an item: a paragraph after the list.
  if (block.kind === 'item' && start < previousStart - 0.5 * line.size) return false;
  // A line ended before the next word would have fitted ends its paragraph (or its line of a masthead).
  return !endedEarly(previous, line, column);
}

/** A numbered block: its number, when it is an item or a paragraph starting `1.`. */
export function numberOf(block: LayoutBlock): string | undefined {
  if (block.kind === 'item' && block.mark !== '-') return block.mark!.replace('.', '');
  if (block.kind !== 'paragraph') return undefined;
  const match = NUMBERED_MARK.exec(plain(block.lines[0]));
  return match?.[1];
}

/** Words of the whole document, to decide hyphens at line ends. */
export function documentWords(lines: TextLine[]): WordCounts {
  return countWords(lines.map(plain).join('\n'));
}

const URL_END = /(?:https?:\/\/|www\.)\S*$/iu;

/** The lines of a block as one text: line-end hyphens kept or removed, URLs cut at a line end put back together. */
export function joinLines(lines: TextLine[], counts: WordCounts, file: VFile): string {
  let text = '';
  for (const line of lines) {
    const next = line.text;
    if (!text) {
      text = next;
      continue;
    }
    // The end of the text so far is all the rules below look at (a paragraph grows line by line).
    const tail = text.slice(-300);
    if (CONTENTS_LINE.test(plain(line)) || CONTENTS_LINE.test(tail.split('\n').at(-1)!.replace(MARKS, ''))) {
      text += `\n${next}`;
      continue;
    }
    // A closed dash or a slash at a line end joins words without a space (`Asia–` / `China`).
    if (/\p{L}[–—/]$/u.test(tail) && /^\p{L}/u.test(next)) {
      text += next;
      continue;
    }
    const url = URL_END.exec(tail.replace(MARKS, ''));
    // An address cut at a line end goes on without a space: after a character that cannot end it, or
    // into a line that starts with more of an address (a path: `eign-Affairs/Egypt-announces…`).
    if (url && (/[/\-._?=&#%~]$/u.test(url[0]) || /^[\w\-.~%]*[/?=&#][\w\-./?=&#%~]*(?:\s|$)/u.test(next))) {
      text += next;
      continue;
    }
    const hyphen = /(\p{L}+)-$/u.exec(tail);
    // Before a capital the hyphen is the name's own (`el-` / `Mandeb`): kept, and no space.
    if (hyphen && /^\p{Lu}/u.test(next)) {
      text += next;
      continue;
    }
    const continuation = /^[\p{Ll}]+/u.exec(next);
    if (hyphen && continuation && !/\s/u.test(tail.slice(-2))) {
      const keep = keepsHyphen(hyphen[1], continuation[0], counts);
      if (!keep) report(file, Rules.importJoinHyphenated, `joined '${hyphen[1]}-' + '${continuation[0]}' at a line end (page ${line.page})`);
      text = keep ? text + next : text.slice(0, -1) + next;
      continue;
    }
    text += ` ${next}`;
  }
  return text;
}

/** The link marks of a text as Markdown links; a link cut by a line end is one. */
export function renderLinks(text: string, marks: Marks): string {
  // One link cut by a line end is two marks with the same target, side by side.
  const merged = text.replace(new RegExp(`${LINK_CLOSE}(\\s?)([\\u{100000}-\\u{10fffd}])`, 'gu'), (all, space: string, open: string) => {
    const before = [...text.slice(0, text.indexOf(all))].reverse().find((c) => c.codePointAt(0)! >= LINK_MARK);
    return before && marks.links[before.codePointAt(0)! - LINK_MARK] === marks.links[open.codePointAt(0)! - LINK_MARK] ? space : all;
  });
  return merged.replace(new RegExp(`([\\u{100000}-\\u{10fffd}])([^${LINK_CLOSE}]*)${LINK_CLOSE}`, 'gu'), (_, open: string, inner: string) => {
    const url = marks.links[open.codePointAt(0)! - LINK_MARK];
    const bare = (address: string) => address.replace(/\s/gu, '').replace(/^https?:\/\//u, '').replace(/\/$/u, '');
    // A print stylesheet prints each link's address after its text: `Convention (http://…)`.
    const printed = /^(.*\S)\s*\(([^()]+)\)([\u{f0000}-\u{fffff}]*)$/u.exec(inner.trim());
    const shown = printed && bare(printed[2]) === bare(url) ? printed[1] + printed[3] : inner.trim();
    if (!shown) return '';
    if (bare(shown) === bare(url) || shown === url) return `<${url}>`;
    const balanced = (url.match(/\(/gu)?.length ?? 0) === (url.match(/\)/gu)?.length ?? 0);
    return `[${shown}](${balanced ? url.replace(/\s/gu, '%20') : `<${url.replace(/[\s<>]/gu, encodeURIComponent)}>`})`;
  });
}
