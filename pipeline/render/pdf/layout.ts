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
import { mirrored, paragraphLevels, visualOrder, type Direction } from './bidi.js';
import { faceChain, type Face, type FaceScript, type FaceStyle } from './fonts.js';
import { itemize, type Place } from './itemize.js';
import { breakOpportunities } from './linebreak.js';
import { shape, type Shaped, type ShapedGlyph } from './shape.js';

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
  place?: Place;
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
  glyphs: ShapedGlyph[];
  /** Pen position of each glyph relative to the run's x, in pt (justification included). */
  xs: Float64Array;
}

export interface LaidLine {
  /** In logical order. */
  runs: PlacedRun[];
  /** Width of the ink from the leftmost to the rightmost run, in pt. */
  width: number;
  height: number;
  /** Distance from the line's top to its baseline. */
  baseline: number;
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
}

/** What makes two spans draw differently; anchors and source places do not. */
function lookKey(style: InlineStyle): string {
  const { bold, italic, size, rise, color, link, goTo, lang } = style;
  return JSON.stringify([bold, italic, size, rise, color, link, goTo, lang]);
}

interface Unit {
  start: number;
  end: number;
  /** End without the trailing whitespace (which disappears at a line end). */
  trimmedEnd: number;
  required: boolean;
  pieces: Piece[];
  width: number;
  trimmedWidth: number;
}

const TRAILING_SPACE = /[\s\u2028]+$/u;

const REGULAR: FaceStyle = { bold: false, italic: false };

/** C0/C1 controls except none we draw (line breaks inside a paragraph are U+2028). */
const CONTROLS = /[\u0000-\u001F\u007F-\u009F]/gu;

/** The most justification may add to one space, in em. */
const MAX_STRETCH = 0.75;

export function layoutParagraph(spec: ParagraphSpec): LaidParagraph {
  // Control characters (a tab left in a URL, a stray form feed) have no glyph in any face:
  // they are white space on the page. One for one, so offsets into the spans stay valid.
  const text = spec.spans.map((s) => s.text).join('').replace(CONTROLS, ' ');
  const spanOf = new Uint32Array(text.length);
  const spanStart: number[] = [];
  let offset = 0;
  spec.spans.forEach((s, k) => {
    spanStart.push(offset);
    spanOf.fill(k, offset, offset + s.text.length);
    offset += s.text.length;
  });
  const looks = new Map<string, number>();
  const lookOf = spec.spans.map((sp) => {
    const key = lookKey(sp.style);
    if (!looks.has(key)) looks.set(key, looks.size);
    return looks.get(key)!;
  });
  const para = paragraphLevels(text, spec.direction);
  const faces = itemize({
    text,
    styleAt: (i) => spec.spans[spanOf[i]].style,
    placeAt: (i) => {
      const place = spec.spans[spanOf[i]].place;
      return place && { line: place.line, column: place.column + i - spanStart[spanOf[i]] };
    },
    defaultScript: spec.defaultScript,
  });
  const mirror = mirrored(text, para);
  // Right-to-left runs draw the mirrored glyph ('(' as ')'); extraction still gives back `text`.
  const shapingText = mirror.size ? text.split('').map((c, i) => mirror.get(i) ?? c).join('') : text;

  const pieceWidth = (p: Piece, end = p.end): number =>
    end <= p.start ? 0 : shapePiece(p, end).advance * spec.spans[p.span].style.size * p.face.scale;
  const shapePiece = (p: Piece, end = p.end): Shaped =>
    shape(p.face, shapingText.slice(p.start, end), p.level % 2 === 1);

  const makeUnit = (start: number, end: number, required: boolean): Unit => {
    const pieces: Piece[] = [];
    for (let i = start; i < end; i++) {
      const last = pieces[pieces.length - 1];
      const look = lookOf[spanOf[i]];
      if (last && last.face === faces[i] && last.look === look && last.level === para.levels[i]) last.end = i + 1;
      else pieces.push({ start: i, end: i + 1, face: faces[i], span: spanOf[i], look, level: para.levels[i] });
    }
    const trimmedEnd = start + text.slice(start, end).replace(TRAILING_SPACE, '').length;
    let width = 0;
    let trimmedWidth = 0;
    for (const p of pieces) {
      const w = pieceWidth(p);
      width += w;
      trimmedWidth += p.end <= trimmedEnd ? w : pieceWidth(p, trimmedEnd);
    }
    return { start, end, trimmedEnd, required, pieces, width, trimmedWidth };
  };

  const units: Unit[] = [];
  let from = 0;
  for (const b of breakOpportunities(text)) {
    if (b.position > from) units.push(makeUnit(from, b.position, b.required));
    from = b.position;
  }

  // Greedy fill; a unit wider than a whole line is split between graphemes.
  const lines: Unit[][] = [];
  let current: Unit[] = [];
  let used = 0;
  for (let u = 0; u < units.length; u++) {
    const unit = units[u];
    if (current.length && used + unit.trimmedWidth > spec.width + 0.01) {
      lines.push(current);
      current = [];
      used = 0;
    }
    if (!current.length && unit.trimmedWidth > spec.width + 0.01) {
      const parts = splitGraphemes(text, unit, makeUnit);
      if (parts.length > 1) {
        units.splice(u, 1, ...parts);
        u--;
        continue;
      }
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

  const laid = lines.map((lineUnits, k) => {
    const last = k === lines.length - 1 || lineUnits[lineUnits.length - 1].required;
    return placeLine(text, para, lineUnits, spec, last, shapePiece, spanOf);
  });
  return { direction: para.direction, lines: laid, height: laid.reduce((h, l) => h + l.height, 0) };
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

function placeLine(
  text: string,
  para: ReturnType<typeof paragraphLevels>,
  units: Unit[],
  spec: ParagraphSpec,
  lastLine: boolean,
  shapePiece: (p: Piece, end?: number) => Shaped,
  spanOf: Uint32Array,
): LaidLine {
  const lineStart = units[0].start;
  const lineEnd = units[units.length - 1].trimmedEnd;
  // Pieces clipped to the line's visible end.
  const pieces: Piece[] = [];
  for (const unit of units) {
    for (const p of unit.pieces) {
      if (p.start >= lineEnd) continue;
      pieces.push(p.end > lineEnd ? { ...p, end: lineEnd } : p);
    }
  }
  // Merge logically adjacent pieces of one face, look and level into runs.
  const runs: Piece[] = [];
  const parts: Piece[][] = [];
  for (const p of pieces) {
    const last = runs[runs.length - 1];
    if (last && last.end === p.start && last.face === p.face && last.look === p.look && last.level === p.level) {
      runs[runs.length - 1] = { ...last, end: p.end };
      parts[parts.length - 1].push(p);
    } else {
      runs.push({ ...p });
      parts.push([p]);
    }
  }
  const runAt = new Int32Array(Math.max(0, lineEnd - lineStart));
  runs.forEach((r, k) => runAt.fill(k, r.start - lineStart, r.end - lineStart));
  const visualRuns: number[] = [];
  if (lineEnd > lineStart) {
    for (const i of visualOrder(text, para, lineStart, lineEnd)) {
      const k = runAt[i - lineStart];
      if (visualRuns[visualRuns.length - 1] !== k) visualRuns.push(k);
    }
  }

  // A run's glyphs are its pieces' (each shaped once and cached), in visual order: what was
  // measured for line breaking is what is drawn.
  const shaped = runs.map((r, k): Shaped => {
    const ordered = r.level % 2 === 1 ? [...parts[k]].reverse() : parts[k];
    const pieceShapes = ordered.map((p) => shapePiece(p));
    return { glyphs: pieceShapes.flatMap((sh) => sh.glyphs), advance: pieceShapes.reduce((a, sh) => a + sh.advance, 0) };
  });
  const sizeOf = (r: Piece) => spec.spans[r.span].style.size * r.face.scale;
  let natural = 0;
  let spaces = 0;
  runs.forEach((r, k) => {
    natural += shaped[k].advance * sizeOf(r);
    for (const g of shaped[k].glyphs) if (g.space) spaces++;
  });
  // A line whose few spaces would open into holes (a long URL) is left unjustified.
  const stretch = spaces > 0 ? Math.max(0, (spec.width - natural) / spaces) : Infinity;
  const justify = spec.align === 'justify' && !lastLine && stretch <= MAX_STRETCH * Math.max(...runs.map(sizeOf));
  const extra = justify ? stretch : 0;
  const width = justify ? Math.max(natural, spec.width) : natural;
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
    const xs = new Float64Array(glyphs.length);
    glyphs.forEach((g, i) => {
      xs[i] = pen;
      pen += g.advance * size + (g.space ? extra : 0);
    });
    placed[k] = {
      x,
      width: pen,
      face: r.face,
      size,
      style: spec.spans[r.span].style,
      span: r.span,
      spans: spanOf[r.start] === spanOf[r.end - 1] ? [spanOf[r.start]] : [...new Set(spanOf.subarray(r.start, r.end))],
      text: text.slice(r.start, r.end),
      rtl: r.level % 2 === 1,
      glyphs,
      xs,
    };
    x += pen;
  }

  let maxSize = 0;
  for (const u of units) for (const p of u.pieces) maxSize = Math.max(maxSize, spec.spans[p.span].style.size);
  let ascent = 0;
  let descent = 0;
  for (const r of runs) {
    ascent = Math.max(ascent, r.face.ascent * sizeOf(r));
    descent = Math.max(descent, r.face.descent * sizeOf(r));
  }
  // Lines are spaced for the paragraph's own script (Arabic is set larger), the same for
  // every line whatever other-script words it holds.
  const height = maxSize * spec.leading * faceChain(spec.defaultScript, REGULAR)[0].scale;
  // Centre the face's ascent+descent box in the line box.
  const baseline = (height - (ascent + descent)) / 2 + ascent;
  return { runs: placed.filter(Boolean), width, height, baseline };
}
