/**
 * Paragraph layout: styled text → lines of positioned, shaped runs.
 *
 * pdfkit lays text out word by word, left to right, with no bidi; this module
 * does what a text engine does instead:
 * 1. resolve bidi embedding levels for the whole paragraph (UAX #9);
 * 2. pick a face per character by script and coverage (itemize.ts);
 * 3. cut the text at line-break opportunities (UAX #14) into units, and each
 *    unit into pieces of one face, one style and one bidi level, shaped with
 *    the real OpenType features (shape.ts, cached);
 * 4. fill lines greedily with the shaped widths;
 * 5. per line, reorder the pieces visually (rule L2), justify by widening the
 *    inter-word spaces, and align to the paragraph's start side.
 * Runs are returned in logical order with visual x positions, so a renderer
 * can write them into the content stream in reading order.
 */
import { paragraphLevels, visualOrder, type Direction, type ParagraphLevels } from './bidi.js';
import { primaryFace, type Face, type FaceScript, type FaceStyle } from './fonts.js';
import { breakParagraph, hyphenationPoints, type BreakUnit, type LineEnd } from './breaking.js';
import type { Point } from 'unist';
import { itemize } from './itemize.js';
import { eachBreak } from './linebreak.js';
import { isTrailingSpace, shape, type Shaped, type ShapedGlyph } from './shape.js';

export interface InlineStyle extends FaceStyle {
  /** Font size in pt. */
  size: number;
  /** Baseline shift in em of `size` (superscripts). */
  rise?: number;
  color?: string;
  /** External link target. */
  link?: string;
  /** Internal target: a named destination. */
  goTo?: string;
  /** BCP 47 language of the span when it differs from the document's. */
  lang?: string;
}

export interface InlineSpan {
  text: string;
  style: InlineStyle;
  /** Source position of the span's first character. */
  place?: Point;
}

export type Align = 'start' | 'end' | 'center' | 'justify';

export interface ParagraphSpec {
  spans: InlineSpan[];
  /** Available line width in pt. */
  width: number;
  direction: Direction | 'auto';
  align: Align;
  /** Line height as a multiple of the largest font size on the line. */
  leading: number;
  /** Script for characters common to all scripts when nothing around them decides. */
  defaultScript: FaceScript;
  /** Told of each character no embedded face has. */
  missing?(codePoint: number, place: Point | undefined): void;
  /** English text: justified lines may end with a hyphen inside a word. */
  hyphenate?: boolean;
}

export interface PlacedRun {
  /** Left edge relative to the line's left edge, in pt. */
  x: number;
  width: number;
  face: Face;
  /** Font size drawn, in pt (the style's size times the face's scale). */
  size: number;
  style: InlineStyle;
  /** Index of the span the run's style comes from (its first). */
  span: number;
  /** Every span the run covers: spans that look the same (a mention and the word around it) are shaped together. */
  spans: number[];
  /** The run's characters in logical order (what text extraction must give back). */
  text: string;
  rtl: boolean;
  /** Glyphs in visual order (sizes in em: multiply by `size`). */
  glyphs: readonly ShapedGlyph[];
  /** Per glyph, the UTF-16 offset in `text` of the first character it stands for. */
  offsets: ArrayLike<number>;
  /** Pen position of each glyph relative to the run's x, in pt (justification included). */
  xs: number[];
}

export interface LaidLine {
  /** In logical order. */
  runs: PlacedRun[];
  /** Width of the ink from the leftmost to the rightmost run, in pt. */
  width: number;
  height: number;
  /** Distance from the line's top to its baseline. */
  baseline: number;
  /**
   * Whether the source has white space where the line breaks (which the line does not
   * draw): the writer puts a space there, so text read back in drawing order keeps the
   * last word of the line apart from the first of the next.
   */
  breakSpace: boolean;
  /** The line ends inside a word, with a hyphen (English hyphenation). */
  hyphenated?: boolean;
}

export interface LaidParagraph {
  direction: Direction;
  lines: LaidLine[];
  height: number;
}

/** A maximal stretch of one face, one look and one bidi level inside a break unit. */
interface Piece {
  start: number;
  end: number;
  face: Face;
  /** First span of the piece (its style). */
  span: number;
  /** Spans with equal looks share a number: a piece runs across them, so a word keeps its joining. */
  look: number;
  level: number;
  /** The piece's text shaped (once per piece: measured for line breaking, then drawn). */
  shaped: Shaped;
}

/**
 * What makes two spans draw alike, as a key (anchors and source places do not
 * count). A key, not a pairwise comparison: a paragraph with thousands of
 * links has thousands of looks, and comparing each span with every look is
 * quadratic in the paragraph (docs/performance.md).
 */
function lookKey(s: InlineStyle): string {
  let key = lookKeys.get(s);
  if (key === undefined) lookKeys.set(s, (key = JSON.stringify([s.bold, s.italic, s.size, s.rise, s.color, s.link, s.goTo, s.lang])));
  return key;
}

/** Keys by style object: spans share style objects (a paragraph's, an edition's body style). */
const lookKeys = new WeakMap<InlineStyle, string>();

interface Unit {
  start: number;
  end: number;
  /** End without the trailing whitespace (which disappears at a line end). */
  trimmedEnd: number;
  required: boolean;
  pieces: Piece[];
  /** The shape of the piece running past `trimmedEnd`, cut there: what a line ending with this unit draws. */
  clipped?: Shaped;
  /** For the first part of a hyphenated word, the shape of its last piece with the hyphen (what its line ends with). */
  hyphenated?: Shaped;
  width: number;
  trimmedWidth: number;
}

const REGULAR: FaceStyle = { bold: false, italic: false };

/** The shape of a piece before it is measured. */
const NOTHING: Shaped = { glyphs: [], advance: 0 };

/** C0/C1 controls except none we draw (line breaks inside a paragraph are U+2028). */
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/gu;

/**
 * The widest a justified space may be, in em of the line's largest size: line breaking
 * keeps spaces at half an em at most (breaking.ts); a paragraph that cannot be broken so
 * gets up to this, and a line that would need more is left unjustified.
 */
const MAX_SPACE = 0.75;
/** Spaces stretch up to half an em (the widest a typesetter lets a word space grow) and shrink by a third. */
const SPACE_MAX = 0.5;
const SHRINK = 1 / 3;
/** Paragraphs of more units than this are broken line by line (the optimal breaking grows with the paragraph). */
const MAX_OPTIMAL = 5000;

const isHyphen = (code: number): boolean => code === 0x2d || code === 0x2010;

/** What a line of a paragraph needs from the paragraph. */
interface ParagraphState {
  text: string;
  spec: ParagraphSpec;
  para: ParagraphLevels;
  spanOf: Uint32Array;
  /** Line height for the largest size: lines are spaced for the paragraph's own script (Arabic is set larger). */
  lineScale: number;
}

export function layoutParagraph(spec: ParagraphSpec): LaidParagraph {
  // Control characters (a tab left in a URL, a stray form feed) have no glyph in any face:
  // they are white space on the page. One for one, so offsets into the spans stay valid.
  const joined = spec.spans.length === 1 ? spec.spans[0].text : spec.spans.map((s) => s.text).join('');
  const text = joined.replace(CONTROLS, ' ');
  const { spanOf, spanStart, lookOf } = indexSpans(spec, text.length);
  const para = paragraphLevels(text, spec.direction);
  const faces = itemize({
    text,
    styleAt: (i) => spec.spans[spanOf[i]].style,
    placeAt: (i) => {
      const place = spec.spans[spanOf[i]].place;
      return place && { line: place.line, column: place.column + i - spanStart[spanOf[i]] };
    },
    defaultScript: spec.defaultScript,
    missing: spec.missing,
  });
  const makeUnit = unitMaker({ text, spec, faces, spanOf, lookOf, levels: para.levels });
  const units = breakUnits(text, spec.width, makeUnit);

  const lines =
    spec.align === 'justify' && units.length > 1 && units.length <= MAX_OPTIMAL
      ? optimalLines(units, { text, spec, makeUnit, sizeOf: (p) => spec.spans[p.span].style.size * p.face.scale })
      : greedyLines(units, spec.width);

  const state: ParagraphState = { text, spec, para, spanOf, lineScale: primaryFace(spec.defaultScript, REGULAR).scale };
  const laid = lines.map((lineUnits, k) => {
    const last = k === lines.length - 1 || lineUnits[lineUnits.length - 1].required;
    return placeLine(state, lineUnits, last);
  });
  let height = 0;
  for (const l of laid) height += l.height;
  return { direction: para.direction, lines: laid, height };
}

/** Per character of the paragraph's text, its span; per span, where it starts and its look (spans that draw alike share one). */
function indexSpans(spec: ParagraphSpec, length: number): { spanOf: Uint32Array; spanStart: number[]; lookOf: number[] } {
  const spanOf = new Uint32Array(length);
  const spanStart: number[] = [];
  const lookOf: number[] = [];
  const looks = new Map<string, number>();
  let offset = 0;
  spec.spans.forEach((s, k) => {
    spanStart.push(offset);
    spanOf.fill(k, offset, offset + s.text.length);
    offset += s.text.length;
    const key = lookKey(s.style);
    let look = looks.get(key);
    if (look === undefined) looks.set(key, (look = looks.size));
    lookOf.push(look);
  });
  return { spanOf, spanStart, lookOf };
}

/** What a paragraph's break units are made of: its text, faces, spans, looks and bidi levels. */
interface UnitSource {
  text: string;
  spec: ParagraphSpec;
  faces: Face[];
  spanOf: Uint32Array;
  lookOf: number[];
  levels: ArrayLike<number>;
}

/** Makes the break unit of a stretch of the paragraph: its pieces, each shaped once, and its widths with and without its trailing space. */
function unitMaker({ text, spec, faces, spanOf, lookOf, levels }: UnitSource): Breaking['makeUnit'] {
  // HarfBuzz mirrors brackets in right-to-left runs itself (rule L4): the text goes in as it is.
  const shapeText = (face: Face, start: number, end: number, level: number): Shaped =>
    shape(face, text.slice(start, end), level % 2 === 1);
  const widthOf = (p: Piece): number => p.shaped.advance * spec.spans[p.span].style.size * p.face.scale;

  return (start: number, end: number, required: boolean): Unit => {
    const piece = (i: number): Piece => ({ start: i, end: i + 1, face: faces[i], span: spanOf[i], look: lookOf[spanOf[i]], level: levels[i], shaped: NOTHING });
    // Most units are one piece: an array of one, grown only for more.
    let last = piece(start);
    const pieces: Piece[] = [last];
    for (let i = start + 1; i < end; i++) {
      if (last.face === faces[i] && last.look === lookOf[spanOf[i]] && last.level === levels[i]) last.end = i + 1;
      else pieces.push((last = piece(i)));
    }
    let trimmedEnd = end;
    while (trimmedEnd > start && isTrailingSpace(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
    let width = 0;
    let trimmedWidth = 0;
    let clipped: Shaped | undefined;
    for (const p of pieces) {
      p.shaped = shapeText(p.face, p.start, p.end, p.level);
      const w = widthOf(p);
      width += w;
      if (p.end <= trimmedEnd) trimmedWidth += w;
      else if (p.start < trimmedEnd) {
        // The piece's text ends in the unit's trailing white space: its shape without it is the cut piece's.
        clipped = p.shaped.trimmed ?? shapeText(p.face, p.start, trimmedEnd, p.level);
        trimmedWidth += clipped.advance * spec.spans[p.span].style.size * p.face.scale;
      }
    }
    return { start, end, trimmedEnd, required, pieces, clipped, width, trimmedWidth };
  };
}

/** The paragraph cut where a line may end, a unit wider than the line cut between graphemes. */
function breakUnits(text: string, width: number, makeUnit: Breaking['makeUnit']): Unit[] {
  const units: Unit[] = [];
  let from = 0;
  eachBreak(text, (position, required) => {
    // No line ends at a hyphen inside a word: a name like al-Sudani stays whole, and a hyphen
    // ending a line is always one that hyphenation put there (which extractors join again).
    if (!required && position < text.length && isHyphen(text.charCodeAt(position - 1)) && !isTrailingSpace(text.charCodeAt(position))) return;
    if (position > from) units.push(makeUnit(from, position, required));
    from = position;
  });
  // A unit wider than a whole line is split between graphemes.
  for (let u = 0; u < units.length; u++) {
    if (units[u].trimmedWidth <= width + 0.01) continue;
    const parts = splitGraphemes(text, units[u], makeUnit);
    units.splice(u, 1, ...parts);
    u += parts.length - 1;
  }
  return units;
}

/** Lines filled one after the other, each with as many units as fit. */
function greedyLines(units: Unit[], width: number): Unit[][] {
  const lines: Unit[][] = [];
  let current: Unit[] = [];
  let used = 0;
  for (const unit of units) {
    if (current.length && used + unit.trimmedWidth > width + 0.01) {
      lines.push(current);
      current = [];
      used = 0;
    }
    current.push(unit);
    used += unit.width;
    if (unit.required) {
      lines.push(current);
      current = [];
      used = 0;
    }
  }
  if (current.length) lines.push(current);
  return lines;
}

interface Breaking {
  text: string;
  spec: ParagraphSpec;
  makeUnit(start: number, end: number, required: boolean): Unit;
  /** The size a piece is drawn at, in pt. */
  sizeOf(piece: Piece): number;
}

/**
 * The paragraph broken where its spacing is best over all lines (breaking.ts): first with
 * whole words and spaces of half an em at most; then, in English, with hyphenation of
 * lower-case words, then of capitalised ones too; then with whatever spacing it takes.
 */
function optimalLines(units: Unit[], { text, spec, makeUnit, sizeOf }: Breaking): Unit[][] {
  const breakUnits: BreakUnit[] = units.map((u) => {
    const last = u.pieces[u.pieces.length - 1];
    const space = u.width - u.trimmedWidth;
    const em = sizeOf(last);
    return { width: u.trimmedWidth, space, stretch: Math.max(0, SPACE_MAX * em - space), shrink: space * SHRINK, required: u.required };
  });
  let ends = breakParagraph(breakUnits, spec.width, 1);
  /** Per unit, the offsets it may be hyphenated at. */
  const points: number[][] = [];
  const hyphenate = (capitalised: boolean) => {
    units.forEach((u, k) => {
      const at = hyphenationPoints(text.slice(u.start, u.trimmedEnd), capitalised).map((p) => u.start + p);
      if (at.length === (points[k]?.length ?? 0)) return;
      points[k] = at;
      const bounds = [u.start, ...at, u.trimmedEnd];
      const last = u.pieces[u.pieces.length - 1];
      breakUnits[k].syllables = {
        widths: bounds.slice(1).map((end, i) => makeUnit(bounds[i], end, false).trimmedWidth),
        hyphen: shape(last.face, '-', false).advance * sizeOf(last),
      };
    });
    return breakParagraph(breakUnits, spec.width, 1);
  };
  // Common words first; names only when the paragraph cannot be set without them.
  if (!ends && spec.hyphenate) ends = hyphenate(false) ?? hyphenate(true);
  ends ??= breakParagraph(breakUnits, spec.width, null)!;
  const lines: Unit[][] = [];
  let unit = 0;
  /** Where the next line starts inside `units[unit]` (after a hyphenation), else undefined. */
  let resume: number | undefined;
  for (const end of ends) {
    const line: Unit[] = [];
    const take = (k: number, start: number | undefined, stop: LineEnd | undefined) => {
      const u = units[k];
      if (start === undefined && stop?.syllable === undefined) return line.push(u);
      const from = start ?? u.start;
      if (stop?.syllable === undefined) return line.push(makeUnit(from, u.end, u.required));
      const point = points[k][stop.syllable];
      const part = makeUnit(from, point, false);
      const last = part.pieces[part.pieces.length - 1];
      part.hyphenated = shape(last.face, `${text.slice(last.start, last.end)}-`, false);
      line.push(part);
      resume = point;
    };
    for (; unit < end.unit; unit++, resume = undefined) take(unit, resume, undefined);
    const start = resume;
    resume = undefined;
    take(unit, start, end);
    if (end.syllable === undefined) unit++;
    lines.push(line);
  }
  return lines;
}

function splitGraphemes(text: string, unit: Unit, makeUnit: (s: number, e: number, r: boolean) => Unit): Unit[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const parts: Unit[] = [];
  for (const g of segmenter.segment(text.slice(unit.start, unit.end))) {
    const s = unit.start + g.index;
    parts.push(makeUnit(s, s + g.segment.length, false));
  }
  if (parts.length) parts[parts.length - 1].required = unit.required;
  return parts;
}

/** A run of a line: logically adjacent pieces of one face, look and level. */
interface Run extends Piece {
  /** Its pieces, in logical order. */
  parts: Piece[];
}

function placeLine({ text, spec, para, spanOf, lineScale }: ParagraphState, units: Unit[], lastLine: boolean): LaidLine {
  const lineStart = units[0].start;
  const lineEnd = units[units.length - 1].trimmedEnd;
  const { runs, maxSize } = lineRuns(spec, units, lineEnd);
  const visualRuns = visualRunOrder(text, para, runs, lineStart, lineEnd);

  const sizeOf = (r: Piece) => spec.spans[r.span].style.size * r.face.scale;
  const { shaped, offsets } = runGlyphs(runs);
  let natural = 0;
  let spaces = 0;
  let spaceAdvance = 0;
  let largest = 0;
  runs.forEach((r, k) => {
    const size = sizeOf(r);
    largest = Math.max(largest, size);
    natural += shaped[k].advance * size;
    for (const g of shaped[k].glyphs) {
      if (!g.space) continue;
      spaces++;
      spaceAdvance += g.advance * size;
    }
  });
  // A line whose few spaces would open into holes (a long URL) is left unjustified.
  // What justification adds to each space (negative: takes away, down to a third of it).
  const stretch = spaces > 0 ? (spec.width - natural) / spaces : Infinity;
  const spaceWidth = spaces > 0 ? spaceAdvance / spaces : 0;
  const justify = spec.align === 'justify' && !lastLine && spaceWidth + stretch <= MAX_SPACE * largest && stretch >= -spaceWidth * SHRINK - 0.01;
  const extra = justify ? stretch : 0;
  const width = justify ? spec.width : natural;
  const startSide = para.direction === 'rtl' ? 'right' : 'left';
  const side =
    spec.align === 'center' ? 'center' : spec.align === 'end' ? (startSide === 'left' ? 'right' : 'left') : startSide;
  let x = side === 'left' ? 0 : side === 'right' ? spec.width - width : (spec.width - width) / 2;

  const placed: PlacedRun[] = new Array(runs.length);
  for (const k of visualRuns) {
    const r = runs[k];
    const size = sizeOf(r);
    let pen = 0;
    const glyphs = shaped[k].glyphs;
    const xs: number[] = new Array(glyphs.length);
    for (let i = 0; i < glyphs.length; i++) {
      const g = glyphs[i];
      xs[i] = pen;
      pen += g.advance * size + (g.space ? extra : 0);
    }
    placed[k] = {
      x,
      width: pen,
      face: r.face,
      size,
      style: spec.spans[r.span].style,
      span: r.span,
      spans: spansOf(spec.spans, spanOf[r.start], spanOf[r.end - 1]),
      text: text.slice(r.start, r.end),
      rtl: r.level % 2 === 1,
      glyphs,
      offsets: offsets[k],
      xs,
    };
    x += pen;
  }

  const { height, baseline } = lineBox(runs, sizeOf, maxSize * spec.leading * lineScale);
  const laid: LaidLine = { runs: placed.filter(Boolean), width, height, baseline, breakSpace: lineEnd < units[units.length - 1].end };
  if (units[units.length - 1].hyphenated) laid.hyphenated = true;
  return laid;
}

/** The line's pieces clipped to its visible end and merged into runs, and the largest size set on it. */
function lineRuns(spec: ParagraphSpec, units: Unit[], lineEnd: number): { runs: Run[]; maxSize: number } {
  const runs: Run[] = [];
  let maxSize = 0;
  for (const unit of units) {
    for (const p of unit.pieces) {
      maxSize = Math.max(maxSize, spec.spans[p.span].style.size);
      if (p.start >= lineEnd) continue;
      // Only the line's last unit runs past the line's end, at its trailing space; the first part of
      // a hyphenated word ends the line with a hyphen.
      const piece = p.end > lineEnd ? { ...p, end: lineEnd, shaped: unit.clipped! } : unit.hyphenated && p === unit.pieces[unit.pieces.length - 1] ? { ...p, shaped: unit.hyphenated } : p;
      const last = runs[runs.length - 1];
      if (last && last.end === piece.start && last.face === piece.face && last.look === piece.look && last.level === piece.level) {
        last.end = piece.end;
        last.parts.push(piece);
      } else {
        const { start, end, face, span, look, level, shaped } = piece;
        runs.push({ start, end, face, span, look, level, shaped, parts: [piece] });
      }
    }
  }
  return { runs, maxSize };
}

/**
 * The line's height and baseline. Lines are spaced for the paragraph's own script (Arabic is
 * set larger), the same for every line whatever other-script words it holds: `height` comes
 * from the paragraph; the faces' ascent+descent box is centred in it.
 */
function lineBox(runs: Run[], sizeOf: (r: Piece) => number, height: number): { height: number; baseline: number } {
  let ascent = 0;
  let descent = 0;
  for (const r of runs) {
    ascent = Math.max(ascent, r.face.ascent * sizeOf(r));
    descent = Math.max(descent, r.face.descent * sizeOf(r));
  }
  const baseline = (height - (ascent + descent)) / 2 + ascent;
  return { height, baseline };
}

/**
 * Each run's glyphs in visual order, with each glyph's offset into the run's text: its
 * pieces' (each shaped once and cached), so what was measured for line breaking is what is drawn.
 */
function runGlyphs(runs: Run[]): { shaped: Shaped[]; offsets: ArrayLike<number>[] } {
  const offsets: ArrayLike<number>[] = new Array(runs.length);
  const shaped = runs.map((r, k): Shaped => {
    if (r.parts.length === 1) {
      offsets[k] = offsetsOf(r.parts[0].shaped);
      return r.parts[0].shaped;
    }
    const ordered = r.level % 2 === 1 ? [...r.parts].reverse() : r.parts;
    let count = 0;
    for (const p of ordered) count += p.shaped.glyphs.length;
    const glyphs: ShapedGlyph[] = new Array(count);
    const at = new Int32Array(count);
    let advance = 0;
    let n = 0;
    for (const p of ordered) {
      const sh = p.shaped;
      for (const g of sh.glyphs) {
        at[n] = g.offset + p.start - r.start;
        glyphs[n++] = g;
      }
      advance += sh.advance;
    }
    offsets[k] = at;
    return { glyphs, advance };
  });
  return { shaped, offsets };
}

/** The glyphs' offsets of a shape, made once per shape (shapes are shared by every line that draws them). */
const shapeOffsets = new WeakMap<Shaped, Int32Array>();

function offsetsOf(shaped: Shaped): Int32Array {
  let found = shapeOffsets.get(shaped);
  if (!found) {
    found = new Int32Array(shaped.glyphs.length);
    shaped.glyphs.forEach((g, i) => (found![i] = g.offset));
    shapeOffsets.set(shaped, found);
  }
  return found;
}

/** The spans from `first` to `last` that hold text (an empty span has no character to be in a run). */
function spansOf(spans: InlineSpan[], first: number, last: number): number[] {
  if (first === last) return [first];
  const found: number[] = [];
  for (let k = first; k <= last; k++) if (spans[k].text.length) found.push(k);
  return found;
}

/** Indices of the line's runs in visual (left-to-right) order. */
function visualRunOrder(text: string, para: ParagraphLevels, runs: Run[], lineStart: number, lineEnd: number): number[] {
  const order: number[] = [];
  if (lineEnd <= lineStart) return order;
  if (!para.result) {
    // One level throughout (bidi.ts): the runs as they are, or reversed.
    for (let k = 0; k < runs.length; k++) order.push(para.direction === 'rtl' ? runs.length - 1 - k : k);
    return order;
  }
  const runAt = new Int32Array(lineEnd - lineStart);
  runs.forEach((r, k) => runAt.fill(k, r.start - lineStart, r.end - lineStart));
  for (const i of visualOrder(text, para, lineStart, lineEnd)) {
    const k = runAt[i - lineStart];
    if (order[order.length - 1] !== k) order.push(k);
  }
  return order;
}
