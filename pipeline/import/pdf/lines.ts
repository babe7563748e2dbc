/**
 * From a page's text runs to its lines, in reading order: runs on one
 * baseline (superscripts included) make a row; a row is cut where a gap wider
 * than a word space separates two runs (table columns, page columns); on a
 * page set in two columns, the left column is read before the right one (the
 * right one first in a right-to-left document).
 *
 * Right-to-left lines are put back in logical order with the Unicode
 * Bidirectional Algorithm (UAX #9) run on the line as it is drawn: pdfjs
 * gives each run in logical order, so each run is first turned back into the
 * order it is drawn in, the runs are laid side by side left to right, and the
 * line is reordered as a right-to-left paragraph.
 */
import bidiModule from 'bidi-js';
import { arabicLetters, latinLetters } from '../script.js';
import type { LinkArea, PdfPage, Run } from './read.js';

export interface TextLine {
  page: number;
  /** Left and right edge, baseline (y grows downwards), in points. */
  x: number;
  right: number;
  y: number;
  /** The size of most of its letters. */
  size: number;
  bold: boolean;
  italic: boolean;
  rtl: boolean;
  /**
   * Logical text; a raised mark (a note reference) is the character
   * `NOTE_MARK + i`, a link opens with `LINK_MARK + j` and closes with
   * `LINK_CLOSE`, where i and j index the document's `Marks`.
   */
  text: string;
  /** Which column of the page the line is in: 0 for the full width, 1 and 2 for those of a page set in two. */
  column: number;
  /** The row of the page the line is on: lines of one row are cells of a table. */
  row: number;
  /** Where the page draws its first run, in the order it draws its text. */
  order: number;
}

/** The raised marks and link targets of a document, found in its lines' text by private-use characters. */
export interface Marks {
  notes: string[];
  links: string[];
  /** The document is written right to left: a line with any Arabic in it is a right-to-left paragraph. */
  rtl: boolean;
  /** Its writer laid the Arabic lines out as left-to-right paragraphs all the same (see `leftToRightParagraphs`). */
  ltrParagraphs?: boolean;
}
export const NOTE_MARK = 0xf0000;
export const LINK_MARK = 0x100000;
export const LINK_CLOSE = '\ue0ff';
/** Any mark character. */
export const MARKS = /[\u{f0000}-\u{10fffd}\ue0ff]/gu;
/**
 * Within a line as it is built, marks are numbered from these. On a
 * right-to-left line a note marker is a Hebrew letter (strong right-to-left,
 * as the Arabic word it follows): a left-to-right placeholder would pull the
 * numbers beside it into a run of its own direction when the line is reordered.
 */
const MARKER_BASE = 0xe000;
const RTL_MARKER_BASE = 0x05d0;
const RTL_MARKERS = 27;
const LINK_OPEN = 0xe100;

/** Runs whose baselines differ by less than this share of their size are on one row. */
const SAME_BASELINE = 0.35;
/** A superscript is at most this share of the row's size, raised by at least this share of it. */
const SUPERSCRIPT_SIZE = 0.85;
const SUPERSCRIPT_RISE = 0.2;
/** A gap wider than this many font sizes cuts a row (columns of a table or of a page). */
const SEGMENT_GAP = 0.9;
/** The widest advance per letter of type set without letter spacing (capitals of a wide face), in font sizes. */
const NORMAL_ADVANCE = 0.75;
/** A gap wider than this share of the size between two runs is a word space. */
const WORD_GAP = 0.12;

interface Row {
  y: number;
  size: number;
  runs: Run[];
}

/** A note number or sign, which may be raised after a word. */
const NOTE_SIGN = /^(?:[\d\u0660-\u0669]{1,3}|[*†‡])$/u;

/**
 * The row a small raised run (a note number) follows: the one whose baseline
 * is just below it and one of whose runs it touches or lies over. Looked for before rows
 * of the same baseline: the other column of a page set in two may have a
 * baseline at the marker's height.
 */
function hostOf(rows: Row[], run: Run): Row | undefined {
  // Within a run's extent or at one of its ends (a right-to-left run is drawn whole, the marker among its words).
  const touches = (x: Run, size: number) => run.x < x.x + x.width + 0.5 * size && run.x + run.width > x.x - 0.5 * size;
  return rows.find((r) => run.size < SUPERSCRIPT_SIZE * r.size && r.y - run.y > SUPERSCRIPT_RISE * r.size && r.y - run.y < 0.7 * r.size && r.runs.some((x) => touches(x, r.size)));
}

function rowsOf(runs: Run[]): Row[] {
  const rows: Row[] = [];
  const sorted = runs.filter((r) => r.text.trim() !== '').sort((a, b) => a.y - b.y || a.x - b.x);
  // Small note signs wait until the rows below them are made.
  const signs = sorted.filter((r) => NOTE_SIGN.test(r.text.trim()));
  const size = sorted.length ? dominant(sorted, (r) => r.size) : 0;
  const deferred = signs.filter((r) => r.size < SUPERSCRIPT_SIZE * size);
  for (const run of [...sorted.filter((r) => !deferred.includes(r)), ...deferred]) {
    const host = deferred.includes(run) ? hostOf(rows, run) : undefined;
    let row = host ?? rows.find((r) => Math.abs(r.y - run.y) < SAME_BASELINE * Math.max(r.size, run.size));
    // A letter set a little lower or higher (an Arabic final form shaped by a browser) that touches a row's text is in it.
    row ??= rows.find(
      (r) =>
        [...run.text.trim()].length <= 2 &&
        Math.abs(r.y - run.y) < 0.5 * Math.max(r.size, run.size) &&
        r.runs.some((x) => Math.abs(x.x - (run.x + run.width)) < 0.3 * r.size || Math.abs(run.x - (x.x + x.width)) < 0.3 * r.size),
    );
    if (!row) {
      // A raised small run belongs to the row whose baseline is just below it.
      row = rows.find((r) => run.size < SUPERSCRIPT_SIZE * r.size && r.y - run.y > 0 && r.y - run.y < 0.7 * r.size);
    }
    if (row) {
      row.runs.push(run);
      if (run.size > row.size) {
        // A bigger run sets the row's baseline and size (a drop cap aside, the row's text).
        row.y = run.y;
        row.size = run.size;
      }
    } else rows.push({ y: run.y, size: run.size, runs: [run] });
  }
  // Raised small runs met before their row made rows of their own: each joins the row just below it.
  const left = (r: Row) => Math.min(...r.runs.map((x) => x.x));
  const right = (r: Row) => Math.max(...r.runs.map((x) => x.x + x.width));
  const kept = rows.filter((small) => {
    const hosts = small.runs.map((run) =>
      rows.find(
        (r) =>
          r !== small &&
          run.size < SUPERSCRIPT_SIZE * r.size &&
          r.y - run.y > 0 &&
          r.y - run.y < 0.7 * r.size &&
          run.width < 0.3 * (right(r) - left(r)) &&
          run.x >= left(r) - r.size &&
          run.x <= right(r) + r.size,
      ),
    );
    if (hosts.some((h) => !h)) return true;
    small.runs.forEach((run, i) => hosts[i]!.runs.push(run));
    return false;
  });
  return kept.sort((a, b) => a.y - b.y);
}

const isSuperscript = (run: Run, row: Row) => run.size < SUPERSCRIPT_SIZE * row.size && row.y - run.y > SUPERSCRIPT_RISE * row.size;

/** A bullet or an item number set apart from its text by a tab. */
const LIST_MARK = /^(?:[•●▪■◦○◆❖►➢✓\uf0b7\uf0a7\uf076\uf0d8–—*-]|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)])$/u;

/**
 * A row cut at wide gaps into segments, each a list of runs left to right;
 * a list mark and its text stay one segment (the mark on the left, or on the
 * right of right-to-left text).
 */
function segmentsOf(row: Row): Run[][] {
  const runs = [...row.runs].sort((a, b) => a.x - b.x);
  const segments: Run[][] = [];
  // Letters set apart (`P O S I T I O N   P A P E R`) widen the gap between words too: it cuts no row.
  // Their spacing shows as a gap between single-letter runs, or as a wide advance per letter in a run.
  const gaps = runs.slice(1).map((run, i) => run.x - (runs[i].x + runs[i].width)).sort((a, b) => a - b);
  const spaced = runs.length >= 4 && runs.filter((r) => [...r.text.trim()].length === 1).length >= 0.6 * runs.length;
  const letters = runs.reduce((n, r) => n + [...r.text].length, 0);
  const advance = runs.reduce((w, r) => w + r.width, 0) / Math.max(1, letters);
  const tracking = Math.max(0, advance - NORMAL_ADVANCE * row.size);
  const cut = Math.max(SEGMENT_GAP * row.size + 2 * tracking, spaced ? 4 * gaps[Math.floor(gaps.length / 2)] : 0);
  let right = -Infinity;
  for (const run of runs) {
    const last = segments.at(-1);
    const lastText = last?.map((r) => r.text).join('').trim() ?? '';
    const apart = run.x - right > cut;
    if (last && (!apart || (segments.length === 1 && LIST_MARK.test(lastText)))) last.push(run);
    else segments.push([run]);
    right = Math.max(right, run.x + run.width);
  }
  // A right-to-left item has its mark at the right end.
  const mark = segments.at(-1)!;
  if (segments.length >= 2 && LIST_MARK.test(mark.map((r) => r.text).join('').trim()) && segments.at(-2)!.some((r) => r.rtl)) segments.at(-2)!.push(...segments.pop()!);
  return segments;
}

/** The character share of each run, by the size of its letters. */
function dominant<T>(runs: Run[], key: (run: Run) => T): T {
  const weight = new Map<T, number>();
  for (const run of runs) weight.set(key(run), (weight.get(key(run)) ?? 0) + run.text.replace(/\s/gu, '').length);
  return [...weight].sort((a, b) => b[1] - a[1])[0][0];
}

// bidi-js is CommonJS whose module.exports is the factory; its types describe an ES default export.
const bidi = (bidiModule as unknown as typeof bidiModule.default)();

export type Direction = 'ltr' | 'rtl';

/** Text in the order it is drawn, from text in logical order (mirrored brackets drawn as such). */
export function drawnOrder(text: string, direction: Direction): string {
  return bidi.getReorderedString(text, bidi.getEmbeddingLevels(text, direction));
}

/** The embedding level UAX #9 gives each UTF-16 unit of `text`: odd ones are right to left. */
export function bidiLevels(text: string, direction: Direction): Uint8Array {
  return bidi.getEmbeddingLevels(text, direction).levels;
}

/**
 * Text drawn left to right put back in logical order: UAX #9 reorders a line in place, and is its own
 * inverse on a line's runs. Not quite at a Latin run's ends in a right-to-left line: a number drawn right
 * of a Latin word takes the word's direction, and a hyphen or slash that ends the word (an address cut
 * at the line end) the line's. An Arabic comma or semicolon drawn just left of the number says the number
 * is right-to-left text (`2024، https://…` drawn `https://… ،2024`), and a right-to-left mark before the
 * comma keeps it so; a left-to-right mark after the hyphen keeps it on its word (`…/malian-`).
 */
function logicalOrder(drawn: string, direction: Direction): string {
  if (direction === 'ltr') return drawnOrder(drawn, direction);
  const marked = drawn.replace(/(?=[،؛]\d)/gu, '\u200f').replace(/(?<=\p{Script=Latin}[-/])(?=\s|$)/gu, '\u200e');
  return drawnOrder(marked, direction).replace(/[\u200e\u200f]/gu, '');
}

const center = (x: number, width: number) => x + width / 2;

function linkAt(links: LinkArea[], x: number, y: number, size: number): number {
  return links.findIndex(({ box: [left, top, right, bottom] }) => x >= left && x <= right && y - size / 3 >= top - 1 && y - size / 3 <= bottom + 1);
}

interface Piece {
  text: string;
  x: number;
  right: number;
  marker?: string;
  link: number;
}

/** The pieces of a segment: words of its runs with their x (proportional within a run), and superscripts. */
function piecesOf(segment: Run[], row: Row, links: LinkArea[]): Piece[] {
  const pieces: Piece[] = [];
  for (const run of segment) {
    if (isSuperscript(run, row)) {
      pieces.push({ text: run.text.trim(), x: run.x, right: run.x + run.width, marker: run.text.trim(), link: -1 });
      continue;
    }
    const chars = [...run.text];
    const step = run.width / Math.max(1, chars.length);
    // Words of a left-to-right run at their places; a right-to-left run is kept whole (its letters are not drawn in string order).
    const parts = run.rtl ? [{ text: run.text, at: 0 }] : [...run.text.matchAll(/\S+/gu)].map((m) => ({ text: m[0], at: [...run.text.slice(0, m.index)].length }));
    for (const part of parts) {
      const x = run.x + part.at * step;
      const width = run.rtl ? run.width : [...part.text].length * step;
      pieces.push({ text: part.text, x, right: x + width, link: linkAt(links, center(x, width), run.y, run.size) });
    }
  }
  return pieces;
}

/**
 * The gap that separates words: a fixed share of the size, except on a line
 * set in spaced letters (`P O S I T I O N   P A P E R`), where the letters are
 * apart and only the wider gaps between words count.
 */
function wordGapOf(pieces: Piece[], size: number): number {
  const letters = pieces.filter((p) => !p.marker && [...p.text].length === 1);
  if (letters.length < 4 || letters.length < 0.6 * pieces.length) return WORD_GAP * size;
  const gaps = pieces
    .slice(1)
    .map((p, i) => p.x - pieces[i].right)
    .sort((a, b) => a - b);
  return Math.max(WORD_GAP * size, 1.6 * gaps[Math.floor(gaps.length / 2)]);
}

function lineOf(segment: Run[], row: Row, page: PdfPage, column: number, rowIndex: number, marks: Marks): TextLine {
  const body = segment.filter((r) => !isSuperscript(r, row));
  const main = body.length ? body : segment;
  const letters = segment.map((r) => r.text).join('');
  const pieces = piecesOf(segment, row, page.links);
  // In a right-to-left document, a line with no Arabic (a Latin title, an address in a note) is read
  // right to left when its drawn text starts with the punctuation that ends it, as a right-to-left
  // paragraph draws it.
  const drawnText = pieces
    .filter((p) => !p.marker)
    .map((p) => p.text)
    .join(' ')
    .trim();
  const latinInRtl = arabicLetters(letters) === 0 && /^[\p{P}\p{S}]/u.test(drawnText) && !/[\p{P}\p{S}]$/u.test(drawnText);
  const rtl = marks.rtl ? arabicLetters(letters) > 0 || latinInRtl : arabicLetters(letters) > latinLetters(letters);
  // A left-to-right line with Arabic in it is reordered too (as a left-to-right paragraph).
  const bidi = rtl || arabicLetters(letters) > 0;
  const markers: string[] = [];
  const links: string[] = [];
  let drawn = '';
  let right = -Infinity;
  const wordGap = wordGapOf(pieces, row.size);
  let openLink = -1;
  const closeLink = () => {
    if (openLink >= 0) drawn += rtl ? '' : LINK_CLOSE;
    openLink = -1;
  };
  let afterMarker = false;
  for (const piece of pieces) {
    const gap = piece.x - right;
    if (!piece.marker && piece.link !== openLink) closeLink();
    // A note marker belongs to the word it follows: drawn right of it, the word gap is on its left in a
    // right-to-left line (`(IOM).¹ ولا` drawn `ولا ¹.(IOM)`).
    const spaced = rtl && !marks.ltrParagraphs ? !afterMarker : !piece.marker;
    if (drawn && spaced && gap > wordGap && !/\s$/u.test(drawn)) drawn += ' ';
    afterMarker = !!piece.marker;
    if (piece.marker) {
      drawn += String.fromCharCode((rtl && markers.length < RTL_MARKERS ? RTL_MARKER_BASE : MARKER_BASE) + markers.length);
      markers.push(piece.marker);
    } else {
      if (!rtl && piece.link >= 0 && piece.link !== openLink) {
        drawn += String.fromCharCode(LINK_OPEN + links.length);
        links.push(page.links[piece.link].url);
        openLink = piece.link;
      }
      drawn += bidi ? drawnOrder(piece.text, /\p{Script=Arabic}/u.test(piece.text) ? 'rtl' : 'ltr') : piece.text;
    }
    right = Math.max(right, piece.right);
  }
  closeLink();
  let text = bidi ? logicalOrder(drawn, rtl && !marks.ltrParagraphs ? 'rtl' : 'ltr') : drawn;
  if (rtl) {
    text = linkRightToLeft(text, segment, row, page.links, links);
  }
  const x = Math.min(...segment.map((r) => r.x));
  const marker = (c: string) => {
    const code = c.charCodeAt(0);
    return markers[code >= MARKER_BASE ? code - MARKER_BASE : code - RTL_MARKER_BASE];
  };
  const ours = (c: string) => c.charCodeAt(0) >= MARKER_BASE || c.charCodeAt(0) < RTL_MARKER_BASE + markers.length;
  text = text.replace(rtl ? /[\ue000-\ue0fe\u05d0-\u05ea]/gu : /[\ue000-\ue0fe]/gu, (c) => !ours(c) ? c : String.fromCodePoint(NOTE_MARK + marks.notes.push(marker(c)) - 1));
  text = text.replace(/[\ue100-\ue1fe]/gu, (c) => String.fromCodePoint(LINK_MARK + marks.links.push(links[c.charCodeAt(0) - LINK_OPEN]) - 1));
  return {
    page: page.number,
    x,
    right: Math.max(...segment.map((r) => r.x + r.width)),
    y: row.y,
    size: dominant(main, (r) => Math.round(r.size * 10) / 10),
    bold: main.every((r) => r.bold || !/\p{L}/u.test(r.text)) && main.some((r) => r.bold),
    italic: main.every((r) => r.italic || !/\p{L}/u.test(r.text)) && main.some((r) => r.italic),
    rtl,
    // A mark drawn apart from its letter (LibreOffice places some Arabic marks on their own) follows a gap:
    // it goes back on the letter before the gap (a word's last letter carries tanween).
    text: text.replace(/[^\S\t]+/gu, ' ').replace(/ ?\t ?/gu, '\t').replace(/(?<=\p{L}) (\p{Mn}+) ?/gu, '$1 ').trim(),
    column,
    row: rowIndex,
    order: Math.min(...segment.map((r) => r.order)),
  };
}

/** Links on a right-to-left line: the text of the runs under each link area, found in the logical line. */
function linkRightToLeft(text: string, segment: Run[], row: Row, areas: LinkArea[], links: string[]): string {
  areas.forEach((area, index) => {
    const under = segment
      .filter((r) => !isSuperscript(r, row) && linkAt([area], center(r.x, r.width), r.y, r.size) === 0)
      .sort((a, b) => b.x - a.x)
      .map((r) => r.text.trim())
      .join(' ');
    const at = under ? text.indexOf(under) : -1;
    if (at < 0) return;
    text = `${text.slice(0, at)}${String.fromCharCode(LINK_OPEN + links.length)}${under}${LINK_CLOSE}${text.slice(at + under.length)}`;
    links.push(areas[index].url);
  });
  return text;
}

/** Stops that end an Arabic sentence or clause, alone. */
const STOPS = /^[.،؛:!؟]+$/u;

/**
 * Whether a document's Arabic lines were laid out as left-to-right
 * paragraphs (a writer told no paragraph direction: LibreOffice printing an
 * ODT or a web page that sets none). Such a paragraph draws the stop that
 * ends a sentence at the right end of the line's Arabic text, where a
 * right-to-left paragraph draws its first word; a right-to-left one draws it
 * at the left end. Read as right to left, those lines would start with their
 * stop (`.أن يستمر`).
 */
export function leftToRightParagraphs(pages: PdfPage[]): boolean {
  let right = 0;
  let left = 0;
  // Only a stop drawn as a run of its own says where it was put: inside a run, the reader's own
  // reordering placed it.
  const stop = (run: Run | undefined) => run !== undefined && STOPS.test(run.text.trim());
  const arabic = (run: Run | undefined) => run !== undefined && arabicLetters(run.text) > 0;
  for (const page of pages) {
    for (const row of rowsOf(page.runs)) {
      for (const segment of segmentsOf(row)) {
        const runs = segment.filter((run) => !isSuperscript(run, row) && run.text.trim()).sort((a, b) => a.x - b.x);
        if (stop(runs.at(-1)) && arabic(runs.at(-2))) right++;
        if (stop(runs[0]) && arabic(runs[1])) left++;
      }
    }
  }
  return right >= 3 && right > 3 * left;
}

/**
 * Where a page set in two columns is cut: an x with text on both sides of it
 * (at least MIN_COLUMN_LINES lines of prose each) and crossed by few segments.
 */
const MIN_COLUMN_LINES = 5;

function gutterOf(segments: { x: number; right: number }[], width: number): number | undefined {
  let best: { at: number; crossing: number } | undefined;
  for (let at = Math.round(width * 0.3); at <= width * 0.7; at += 2) {
    const left = segments.filter((s) => s.right < at && s.right - s.x > 0.25 * width).length;
    const right = segments.filter((s) => s.x > at && s.right - s.x > 0.25 * width).length;
    if (left < MIN_COLUMN_LINES || right < MIN_COLUMN_LINES) continue;
    const crossing = segments.filter((s) => s.x < at && s.right > at).length;
    if (crossing <= 0.25 * (left + right) && (!best || crossing < best.crossing)) best = { at, crossing };
  }
  return best?.at;
}

/**
 * A page with too few lines to show its gutter (the end of a paper, a short
 * column of notes) is cut where the document's other pages are, when its
 * lines leave that place free: text on both sides, few lines across.
 */
function knownGutterFits(segments: { x: number; right: number }[], at: number): boolean {
  const left = segments.filter((s) => s.right < at).length;
  const right = segments.filter((s) => s.x > at).length;
  const crossing = segments.filter((s) => s.x < at && s.right > at).length;
  return left >= 2 && right >= 2 && crossing <= 0.25 * (left + right);
}

type Placed = { row: Row; index: number; segment: Run[]; x: number; right: number };

/**
 * A segment's own baseline and size: the two columns of a page share rows
 * whose baselines differ a little, and a note number raised in one column
 * may stand at the other's baseline. A segment of small runs only keeps its row's.
 */
function segmentRow(segment: Run[], row: Row): Row {
  const biggest = segment.reduce((a, b) => (b.size > a.size ? b : a));
  return biggest.size < SUPERSCRIPT_SIZE * row.size ? row : { y: biggest.y, size: biggest.size, runs: segment };
}

function placedOf(page: PdfPage): Placed[] {
  return rowsOf(page.runs).flatMap((row, index) =>
    segmentsOf(row).map((segment) => ({
      row: segmentRow(segment, row),
      index,
      segment,
      x: Math.min(...segment.map((r) => r.x)),
      right: Math.max(...segment.map((r) => r.x + r.width)),
    })),
  );
}

/** The lines of each page in reading order. */
export function documentLines(pages: PdfPage[], marks: Marks): TextLine[][] {
  const placed = pages.map(placedOf);
  const gutters = placed.map((segments, i) => gutterOf(segments, pages[i].width));
  // The gutter most pages that show one have (within a font size or so).
  const found = gutters.filter((g) => g !== undefined);
  const common = found.find((g) => found.filter((h) => Math.abs(h - g) <= 12).length > found.length / 2);
  return pages.map((page, i) => {
    const gutter = gutters[i] ?? (common !== undefined && knownGutterFits(placed[i], common) ? common : undefined);
    return pageLines(page, placed[i], gutter, marks);
  });
}

/** The lines of a page in reading order, a page set in two columns read column by column between the lines across its gutter. */
function pageLines(page: PdfPage, placed: Placed[], gutter: number | undefined, marks: Marks): TextLine[] {
  if (gutter === undefined) return placed.map(({ row, index, segment }) => lineOf(segment, row, page, 0, index, marks));
  // Bands between lines that cross the gutter; in each, the left column, then the right one.
  const lines: TextLine[] = [];
  let band: Placed[] = [];
  const flush = () => {
    // A right-to-left document reads its right column first.
    for (const side of marks.rtl ? [1, 0] : [0, 1]) for (const p of band) if ((p.x > gutter ? 1 : 0) === side) lines.push(lineOf(p.segment, p.row, page, side + 1, p.index, marks));
    band = [];
  };
  for (const p of placed) {
    if (p.x < gutter && p.right > gutter) {
      flush();
      lines.push(lineOf(p.segment, p.row, page, 0, p.index, marks));
    } else band.push(p);
  }
  flush();
  return lines;
}
