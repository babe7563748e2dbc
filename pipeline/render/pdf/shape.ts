/**
 * OpenType shaping through fontkit, cached per face, direction and text.
 *
 * Shaping is the expensive step of the layout (a paper has a few thousand
 * distinct words and each is laid out several times: measured for line
 * breaking, re-measured without its trailing space at a line end, drawn), so
 * every distinct piece of text is shaped once per process and face.
 */
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
}

/** Glyphs in visual (left-to-right) order. */
export interface Shaped {
  glyphs: ShapedGlyph[];
  /** Total advance in em. */
  advance: number;
}

const cache = new Map<string, Shaped>();

/** Shape `text` with the face's default OpenType features; `rtl` runs come back in visual order. */
export function shape(face: Face, text: string, rtl: boolean): Shaped {
  const key = `${face.key}\u0000${rtl ? 'r' : 'l'}\u0000${text}`;
  let shaped = cache.get(key);
  if (shaped) return shaped;
  const run = face.font.layout(text, undefined, undefined, undefined, rtl ? 'rtl' : 'ltr');
  const em = face.font.unitsPerEm;
  let advance = 0;
  const glyphs = run.glyphs.map((glyph, i) => {
    const pos = run.positions[i];
    advance += pos.xAdvance / em;
    return {
      id: glyph.id,
      codePoints: glyph.codePoints,
      advance: pos.xAdvance / em,
      xOffset: pos.xOffset / em,
      yOffset: pos.yOffset / em,
      naturalAdvance: glyph.advanceWidth / em,
      space: glyph.codePoints.length === 1 && glyph.codePoints[0] === 0x20,
    };
  });
  shaped = { glyphs, advance };
  cache.set(key, shaped);
  return shaped;
}
