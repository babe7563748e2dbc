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
import * as hb from 'harfbuzzjs';
import { mirrorOf } from './bidi.js';
import type { Face } from './fonts.js';

export interface ShapedGlyph {
  readonly id: number;
  /** Characters this glyph stands for (empty for the extra glyphs of a decomposition, e.g. a dot). */
  readonly codePoints: readonly number[];
  /**
   * What text extraction must give for the glyph, in drawing order: `codePoints`, or in a
   * right-to-left run (which extractors reverse) reversed, mirrored brackets mapped back
   * to the source character (draw.ts).
   */
  readonly extracted: readonly number[];
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

/** Glyphs in visual (left-to-right) order. */
export interface Shaped {
  readonly glyphs: readonly ShapedGlyph[];
  /** Total advance in em. */
  readonly advance: number;
}

/**
 * HarfBuzz (the `harfbuzzjs` WebAssembly build) rather than fontkit's layout engine:
 * fontkit decodes each GSUB/GPOS lookup into JavaScript objects on first use, which cost a
 * cold process 1.4–1.7 s of CPU per edition before a word was laid out (measured: shaping
 * the same words a second time took a fifth of the first). HarfBuzz reads the font file
 * as it is, metrics included. Glyph ids are the font's own, so the fontkit object made
 * from the same file embeds them.
 */
interface FaceShaper {
  font: hb.Font;
  unitsPerEm: number;
  /** Shaped text by direction: a map per direction, so a look-up builds no key. */
  ltr: Map<string, Shaped>;
  rtl: Map<string, Shaped>;
  /** hmtx advances by glyph id, in em. */
  natural: Map<number, number>;
}

const shapers = new Map<Face, FaceShaper>();
let buffer: hb.Buffer | undefined;

function shaperOf(face: Face): FaceShaper {
  let shaper = shapers.get(face);
  if (!shaper) {
    const font = new hb.Font(new hb.Face(new hb.Blob(face.data)));
    shaper = { font, unitsPerEm: face.font.unitsPerEm, ltr: new Map(), rtl: new Map(), natural: new Map() };
    shapers.set(face, shaper);
  }
  return shaper;
}

/** Make HarfBuzz's font object for a face now (it reads the font's tables), not on its first word. */
export function prepareShaping(face: Face): void {
  const shaper = shaperOf(face);
  // The first shaping of a face builds HarfBuzz's lookup accelerators; a space is enough.
  shape(face, ' ', false);
  shaper.ltr.delete(' ');
}

/**
 * The characters each glyph stands for, glyphs in logical order. Each character's cluster
 * is its own index (HarfBuzz cluster level 2, so reordered marks keep theirs); a glyph
 * takes its character and those of the following characters no glyph carries (the alef of
 * lam-alef); a second glyph with the same cluster (a decomposition) takes none.
 */
function charactersOf(clusters: number[], codePoints: number[]): number[][] {
  const carried = new Set(clusters);
  const given = new Set<number>();
  return clusters.map((c) => {
    if (given.has(c)) return [];
    given.add(c);
    let end = c + 1;
    while (end < codePoints.length && !carried.has(end)) end++;
    return codePoints.slice(c, end);
  });
}

/**
 * Arabic marks stacked on one letter in the order HarfBuzz shapes them: shadda and the
 * modifier marks of UTR #53 (hamza above and below, superscript alef, …) first, then the
 * vowels. Text comes in canonical order (a fatha before a shadda, by combining class), and
 * fonts such as Amiri draw the raised fatha that sits on a shadda only when the fatha
 * follows it.
 */
const LEADING_MARK = /[\u0651\u0654\u0655\u0658\u0670\u06dc\u06e3\u06e7\u06e8\u08d3\u08f3]/u;
const ARABIC_MARKS = /[\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff]{2,}/gu;

export function orderArabicMarks(text: string): string {
  return text.replace(ARABIC_MARKS, (marks) => {
    const chars = [...marks];
    return [...chars.filter((c) => LEADING_MARK.test(c)), ...chars.filter((c) => !LEADING_MARK.test(c))].join('');
  });
}

const isMark = (cp: number): boolean => MARK.test(String.fromCodePoint(cp));

/** Shape `text` with the face's default OpenType features; `rtl` runs come back in visual order. */
export function shape(face: Face, text: string, rtl: boolean): Shaped {
  const shaper = shaperOf(face);
  const cache = rtl ? shaper.rtl : shaper.ltr;
  let shaped = cache.get(text);
  if (!shaped) {
    shaped = shapeText(shaper, text, rtl);
    cache.set(text, shaped);
  }
  return shaped;
}

function shapeText(shaper: FaceShaper, text: string, rtl: boolean): Shaped {
  const codePoints = Array.from(orderArabicMarks(text), (c) => c.codePointAt(0)!);
  buffer ??= new hb.Buffer();
  buffer.clearContents();
  // Clusters are code point indices.
  buffer.addCodePoints(codePoints);
  buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
  buffer.setClusterLevel(hb.ClusterLevel.CHARACTERS);
  buffer.guessSegmentProperties();
  const { font, unitsPerEm: em, natural } = shaper;
  hb.shape(font, buffer);
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  // Glyphs come in visual order; clusters are read in logical order.
  const logical = rtl ? [...infos].reverse() : infos;
  const characters = charactersOf(
    logical.map((g) => g.cluster),
    codePoints,
  );
  if (rtl) characters.reverse();
  let advance = 0;
  const glyphs = infos.map((info, i): ShapedGlyph => {
    const pos = positions[i];
    const chars = characters[i];
    const id = info.codepoint;
    let naturalAdvance = natural.get(id);
    if (naturalAdvance === undefined) natural.set(id, (naturalAdvance = font.glyphHAdvance(id) / em));
    advance += pos.xAdvance / em;
    return {
      id,
      codePoints: chars,
      extracted: rtl ? chars.map(mirrorOf).reverse() : chars,
      advance: pos.xAdvance / em,
      xOffset: pos.xOffset / em,
      yOffset: pos.yOffset / em,
      naturalAdvance,
      space: chars.length === 1 && chars[0] === 0x20,
      mark: chars.length > 0 && chars.every(isMark),
    };
  });
  return { glyphs, advance };
}
