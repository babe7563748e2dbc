/**
 * OpenType shaping through fontkit, cached per face, direction and text.
 *
 * Shaping is the expensive step of the layout (a paper has a few thousand
 * distinct words and each is laid out several times: measured for line
 * breaking, re-measured without its trailing space at a line end, drawn), so
 * every distinct piece of text is shaped once per process and face.
 */
import type { Font } from 'fontkit';
import type { Face } from './fonts.js';

export interface ShapedGlyph {
  id: number;
  /** Characters this glyph stands for (empty for the extra glyphs of a decomposition, e.g. a dot). */
  codePoints: number[];
  /** Pen advance and offsets, in em. */
  advance: number;
  xOffset: number;
  yOffset: number;
  /** The hmtx advance of the glyph, in em: what a PDF viewer advances by default. */
  naturalAdvance: number;
  /** An inter-word space: justification widens these. */
  space: boolean;
  /** A combining mark (vowel, shadda, …): no advance, sits on a letter. */
  mark: boolean;
}

const MARK = /^\p{M}+$/u;

/** Glyphs in visual (left-to-right) order. */
export interface Shaped {
  glyphs: ShapedGlyph[];
  /** Total advance in em. */
  advance: number;
}

const cache = new Map<string, Shaped>();

/**
 * fontkit hands out one cached Glyph object per glyph id, and `glyph.codePoints` are the
 * characters of that object's first use, not of this occurrence: a glyph first met as the
 * output of a substitution (a ligature, a decomposition) later claims that first use's
 * characters even when it comes straight from a character. Its layout engine seeds its
 * per-glyph records (glyph infos) from them, and both the Arabic joining analysis and the
 * text written to the ToUnicode map read those records, so results depended on what the
 * process had shaped before. So the text is handed to fontkit as glyphs made here, each
 * with its own character, and the records are kept past fontkit's cleanup.
 */
interface GlyphInfo {
  codePoints: number[];
}
interface OpenTypeEngine {
  glyphInfos: GlyphInfo[] | null;
  lastGlyphInfos?: GlyphInfo[] | null;
  cleanup(): void;
}
interface InputGlyph {
  id: number;
  codePoints: number[];
  advanceWidth: number;
}
const patched = new WeakSet<OpenTypeEngine>();

function openTypeEngine(font: Font): OpenTypeEngine {
  const engine = (font as unknown as { _layoutEngine: { engine?: OpenTypeEngine } })._layoutEngine.engine;
  if (!engine) throw new Error(`${font.postscriptName} has no OpenType layout tables`);
  if (!patched.has(engine)) {
    const { cleanup } = engine;
    engine.cleanup = function (this: OpenTypeEngine) {
      this.lastGlyphInfos = this.glyphInfos;
      cleanup.call(this);
    };
    patched.add(engine);
  }
  return engine;
}

/** One glyph per character, carrying that character (what fontkit's glyphsForString means to give). */
function inputGlyphs(font: Font, text: string): InputGlyph[] {
  return Array.from(text, (c) => {
    const cp = c.codePointAt(0)!;
    const glyph = font.glyphForCodePoint(cp);
    return { id: glyph.id, codePoints: [cp], advanceWidth: glyph.advanceWidth };
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

/** Shape `text` with the face's default OpenType features; `rtl` runs come back in visual order. */
export function shape(face: Face, text: string, rtl: boolean): Shaped {
  const key = `${face.key}\u0000${rtl ? 'r' : 'l'}\u0000${text}`;
  let shaped = cache.get(key);
  if (shaped) return shaped;
  const engine = openTypeEngine(face.font);
  const input = inputGlyphs(face.font, orderArabicMarks(text));
  const run = face.font.layout(input as never, undefined, undefined, undefined, rtl ? 'rtl' : 'ltr');
  const infos = engine.lastGlyphInfos;
  if (!infos || infos.length !== run.glyphs.length) throw new Error(`fontkit gave no characters per glyph for “${text}”`);
  const em = face.font.unitsPerEm;
  const n = run.glyphs.length;
  let advance = 0;
  const glyphs = run.glyphs.map((glyph, i) => {
    const pos = run.positions[i];
    // Glyph infos stay in logical order; a right-to-left run's glyphs were reversed.
    const codePoints = infos[run.direction === 'rtl' ? n - 1 - i : i].codePoints.slice();
    advance += pos.xAdvance / em;
    return {
      id: glyph.id,
      codePoints,
      advance: pos.xAdvance / em,
      xOffset: pos.xOffset / em,
      yOffset: pos.yOffset / em,
      naturalAdvance: glyph.advanceWidth / em,
      space: codePoints.length === 1 && codePoints[0] === 0x20,
      mark: codePoints.length > 0 && MARK.test(String.fromCodePoint(...codePoints)),
    };
  });
  shaped = { glyphs, advance };
  cache.set(key, shaped);
  return shaped;
}
