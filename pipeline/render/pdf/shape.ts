/**
 * OpenType shaping through HarfBuzz, cached per face, direction and text.
 *
 * Shaping is the expensive step of the layout (a paper has a few thousand
 * distinct words and each is laid out several times: measured for line
 * breaking, re-measured without its trailing space at a line end, drawn), so
 * every distinct piece of text is shaped once per process and face. The glyphs
 * of the cache are shared by every line that draws the word: nothing may
 * change them.
 */
import type { Face } from './fonts.js';
import { codePointMemo } from '../../text/memo.js';
import { glyphAdvance, harfbuzzFont, shapeCodePoints, unsafeToBreak } from './harfbuzz.js';

export interface ShapedGlyph {
  readonly id: number;
  /** Characters this glyph stands for (empty for the extra glyphs of a decomposition, e.g. a dot). */
  readonly codePoints: readonly number[];
  /** UTF-16 offset in the shaped text of the first character the glyph stands for (of its cluster's, for an extra glyph). */
  readonly offset: number;
  /** Pen advance and offsets, in em. */
  readonly advance: number;
  readonly xOffset: number;
  readonly yOffset: number;
  /** The hmtx advance of the glyph, in em: what a PDF viewer advances by default. */
  readonly naturalAdvance: number;
  /** An inter-word space: justification widens these. */
  readonly space: boolean;
  /** A combining mark (vowel, shadda, …): no advance, sits on a letter. */
  readonly mark: boolean;
}

const MARK = /^\p{M}$/u;

/** The characters of a glyph that stands for none. */
const NONE: readonly number[] = [];

/** Glyphs in visual (left-to-right) order. */
export interface Shaped {
  readonly glyphs: readonly ShapedGlyph[];
  /** Total advance in em. */
  readonly advance: number;
  /** For a text ending in white space, the shape of the text without it (what a line ending there draws). */
  readonly trimmed?: Shaped;
}

/** A shape as made, before the cache links it to its trimmed shape. */
interface MadeShape extends Shaped {
  trimmed?: Shaped;
}

/**
 * HarfBuzz (the `harfbuzzjs` WebAssembly build, harfbuzz.ts) rather than fontkit's layout engine:
 * fontkit decodes each GSUB/GPOS lookup into JavaScript objects on first use, which costs a
 * cold process far more than the shaping itself (docs/performance.md). HarfBuzz reads the font file
 * as it is, metrics included. Glyph ids are the font's own, so the fontkit object made
 * from the same file embeds them.
 */
interface FaceShaper {
  /** HarfBuzz's font object (harfbuzz.ts). */
  font: number;
  unitsPerEm: number;
  /** Shaped text by direction: a map per direction, so a look-up builds no key. */
  ltr: Map<string, Shaped>;
  rtl: Map<string, Shaped>;
  /** hmtx advances by glyph id, in em. */
  natural: Map<number, number>;
}

const shapers = new Map<Face, FaceShaper>();
/** The most texts kept shaped per face and direction: many times a long paper's distinct words. */
const MAX_SHAPED_TEXTS = 100_000;

function shaperOf(face: Face): FaceShaper {
  let shaper = shapers.get(face);
  if (!shaper) {
    shaper = { font: harfbuzzFont(face.data), unitsPerEm: face.font.unitsPerEm, ltr: new Map(), rtl: new Map(), natural: new Map() };
    shapers.set(face, shaper);
  }
  return shaper;
}

/** Make HarfBuzz's font object for a face now (it reads the font's tables), not on its first word. */
export function prepareShaping(face: Face): void {
  // The first shaping of a face builds HarfBuzz's lookup accelerators; a space is enough.
  shape(face, ' ', false);
}

/** Whether a code point is a combining mark, by code point (a Unicode property test per glyph adds up). */
const isMark = codePointMemo((cp) => MARK.test(String.fromCodePoint(cp)));

/** White space as `\s` matches it, and U+2028: what a line end drops. */
export function isTrailingSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Shape `text` with the face's default OpenType features; `rtl` runs come back in visual order. */
export function shape(face: Face, text: string, rtl: boolean): Shaped {
  const shaper = shaperOf(face);
  const cache = rtl ? shaper.rtl : shaper.ltr;
  let shaped = cache.get(text);
  if (!shaped) {
    // A batch of many papers would keep every word it ever shaped: past the limit, start afresh.
    if (cache.size >= MAX_SHAPED_TEXTS) cache.clear();
    const trimmed = trimmedLength(text);
    const head = trimmed < text.length ? text.slice(0, trimmed) : undefined;
    const known = head === undefined ? undefined : cache.get(head);
    const [whole, start] = shapeText(shaper, text, rtl, head !== undefined && !known);
    cache.set(text, whole);
    if (start) cache.set(head!, start);
    // The layout measures a word with its trailing space and without: the second shape is
    // found from the first rather than by slicing and looking up the text again.
    if (head) whole.trimmed = known ?? start ?? shape(face, head, rtl);
    shaped = whole;
  }
  return shaped;
}

/** Length of the text without its trailing white space. */
function trimmedLength(text: string): number {
  let end = text.length;
  while (end > 0 && isTrailingSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** One-character arrays, shared: most glyphs stand for one character (fewer objects for the collector). */
const single = codePointMemo((cp): readonly number[] => [cp]);

/** Scratch flags by code point index, reused. */
let carried = new Uint8Array(64);

/**
 * Shape a text; with `withStart`, also give the shape of the text without its trailing white
 * space when HarfBuzz says it is the same as the first glyphs: a word is measured with its
 * space and without (at a line end), and this halves the shaping of a paper's words. Given
 * only when every trailing character has a glyph of its own, no glyph of the first of them
 * is unsafe to break, and the word's glyphs all come before the space's in logical order.
 */
function shapeText(shaper: FaceShaper, text: string, rtl: boolean, withStart: boolean): [MadeShape, Shaped | undefined] {
  const codePoints: number[] = [];
  /** UTF-16 offset of each code point. */
  const offsets: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    codePoints.push(cp);
    offsets.push(i);
    if (cp > 0xffff) i++;
  }
  const { font, unitsPerEm: em, natural } = shaper;
  const { count, infos, info, positions, position } = shapeCodePoints(font, codePoints, rtl);
  const n = codePoints.length;
  // The characters each glyph stands for. Each character's cluster is its own index
  // (HarfBuzz cluster level 2, so marks HarfBuzz reorders keep theirs); a glyph takes its character
  // and those of the following characters no glyph carries (the alef of lam-alef); a second
  // glyph with the same cluster (a decomposition) takes none. Glyphs come in visual order,
  // so "second" is read in logical order: from the right in a right-to-left text.
  if (carried.length < 2 * (n + 1)) carried = new Uint8Array(4 * (n + 1));
  carried.fill(0, 0, 2 * (n + 1));
  for (let g = 0; g < count; g++) carried[infos[info + 5 * g + 2]] = 1;
  const given = n + 1;
  let advance = 0;
  const glyphs: ShapedGlyph[] = new Array(count);
  for (let k = 0; k < count; k++) {
    const g = rtl ? count - 1 - k : k;
    const c = infos[info + 5 * g + 2];
    let chars: readonly number[] = NONE;
    if (!carried[given + c]) {
      carried[given + c] = 1;
      let end = c + 1;
      while (end < n && !carried[end]) end++;
      chars = end === c + 1 ? single(codePoints[c]) : codePoints.slice(c, end);
    }
    const id = infos[info + 5 * g];
    let naturalAdvance = natural.get(id);
    if (naturalAdvance === undefined) natural.set(id, (naturalAdvance = glyphAdvance(font, id) / em));
    const xAdvance = positions[position + 5 * g] / em;
    glyphs[g] = {
      id,
      codePoints: chars,
      offset: offsets[c],
      advance: xAdvance,
      xOffset: positions[position + 5 * g + 2] / em,
      yOffset: positions[position + 5 * g + 3] / em,
      naturalAdvance,
      space: chars.length === 1 && chars[0] === 0x20,
      mark: chars.length > 0 && chars.every(isMark),
    };
  }
  // Summed in visual order, as always: another order can differ in the last bit, and line
  // breaking compares these sums with the line width.
  for (const g of glyphs) advance += g.advance;
  const whole: MadeShape = { glyphs, advance, trimmed: undefined };
  if (!withStart) return [whole, undefined];
  // The code point index where the trailing white space starts.
  const cut = n - trimmedCodePoints(text);
  let safe = true;
  for (let c = cut; c < n && safe; c++) safe = carried[c] === 1;
  // In logical order, glyphs of the word first, then the space's; none of the space's unsafe.
  let inSpace = false;
  for (let k = 0; k < count && safe; k++) {
    const g = rtl ? count - 1 - k : k;
    const c = infos[info + 5 * g + 2];
    if (c >= cut) {
      inSpace = true;
      if (c === cut && unsafeToBreak(g)) safe = false;
    } else if (inSpace) safe = false;
  }
  if (!safe) return [whole, undefined];
  const start: ShapedGlyph[] = [];
  let startAdvance = 0;
  for (let g = 0; g < count; g++) {
    if (infos[info + 5 * g + 2] >= cut) continue;
    start.push(glyphs[g]);
    startAdvance += glyphs[g].advance;
  }
  return [whole, { glyphs: start, advance: startAdvance }];
}

/** Code points in the text's trailing white space. */
function trimmedCodePoints(text: string): number {
  let count = 0;
  for (let end = text.length; end > 0 && isTrailingSpace(text.charCodeAt(end - 1)); end--) count++;
  return count;
}
