/**
 * OpenType shaping through HarfBuzz, cached per face, direction and text.
 *
 * Shaping is the expensive step of the layout (a paper has a few thousand
 * distinct words and each is laid out several times: measured for line
 * breaking, re-measured without its trailing space at a line end, drawn), so
 * every distinct piece of text is shaped once per process and face.
 */
import * as hb from 'harfbuzzjs';
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
 * HarfBuzz (the `harfbuzzjs` WebAssembly build) rather than fontkit's layout engine:
 * fontkit decodes each GSUB/GPOS lookup into JavaScript objects on first use, which cost a
 * cold process 1.4–1.7 s of CPU per edition before a word was laid out (measured: shaping
 * the same words a second time took a fifth of the first). HarfBuzz reads the font file
 * as it is, metrics included. Glyph ids are the font's own, so the fontkit object made
 * from the same file embeds them.
 */
const hbFonts = new Map<Buffer, hb.Font>();
let buffer: hb.Buffer | undefined;

function hbFont(face: Face): hb.Font {
  let font = hbFonts.get(face.data);
  if (!font) hbFonts.set(face.data, (font = new hb.Font(new hb.Face(new hb.Blob(face.data)))));
  return font;
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

/** Shape `text` with the face's default OpenType features; `rtl` runs come back in visual order. */
export function shape(face: Face, text: string, rtl: boolean): Shaped {
  const key = `${face.key}\u0000${rtl ? 'r' : 'l'}\u0000${text}`;
  let shaped = cache.get(key);
  if (shaped) return shaped;
  const codePoints = Array.from(orderArabicMarks(text), (c) => c.codePointAt(0)!);
  buffer ??= new hb.Buffer();
  buffer.clearContents();
  codePoints.forEach((cp, i) => buffer!.add(cp, i));
  buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
  buffer.setClusterLevel(hb.ClusterLevel.CHARACTERS);
  buffer.guessSegmentProperties();
  const font = hbFont(face);
  hb.shape(font, buffer);
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  // Glyphs come in visual order; clusters are read in logical order.
  const logical = rtl ? [...infos].reverse() : infos;
  const characters = charactersOf(logical.map((g) => g.cluster), codePoints);
  if (rtl) characters.reverse();
  const em = face.font.unitsPerEm;
  let advance = 0;
  const glyphs = infos.map((info, i): ShapedGlyph => {
    const pos = positions[i];
    const chars = characters[i];
    advance += pos.xAdvance / em;
    return {
      id: info.codepoint,
      codePoints: chars,
      advance: pos.xAdvance / em,
      xOffset: pos.xOffset / em,
      yOffset: pos.yOffset / em,
      naturalAdvance: font.glyphHAdvance(info.codepoint) / em,
      space: chars.length === 1 && chars[0] === 0x20,
      mark: chars.length > 0 && MARK.test(String.fromCodePoint(...chars)),
    };
  });
  shaped = { glyphs, advance };
  cache.set(key, shaped);
  return shaped;
}
