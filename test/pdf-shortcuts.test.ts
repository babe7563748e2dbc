/**
 * Two shortcuts of the PDF renderer against the work they replace, on the sample's words:
 * - a word's shape without its trailing space, taken from its shape with the space when
 *   HarfBuzz marks the space safe to break (shape.ts), must be what HarfBuzz gives for the
 *   bare word (glyphs and positions, through the `harfbuzzjs` wrapper: an independent path);
 * - a font subset that reuses glyph records (internals.ts) must encode to fontkit's own
 *   bytes, composite glyphs included.
 */
import { readFileSync } from 'node:fs';
import * as hb from 'harfbuzzjs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { textFaces, type Face } from '../pipeline/render/pdf/fonts.js';
import { trueTypeSubset } from '../pipeline/render/pdf/internals.js';
import { shape } from '../pipeline/render/pdf/shape.js';

/** Distinct words of the sample in both languages, with some punctuation and digits. */
function sampleWords(): string[] {
  const words = new Set<string>();
  for (const lang of ['en', 'ar']) {
    const source = readFileSync(`source/rifts-within-iraqi-shiite-parties/${lang}.md`, 'utf8');
    for (const w of source.match(/[\p{L}\p{M}\p{N}'’.,:;()«»،-]+/gu) ?? []) words.add(w);
  }
  return [...words];
}

const isArabic = (text: string) => /\p{Script=Arabic}/u.test(text);

/** Glyph ids and positions (font units) HarfBuzz gives for a text, in visual order. */
function reference(face: Face): (text: string, rtl: boolean) => number[][] {
  const font = new hb.Font(new hb.Face(new hb.Blob(face.data)));
  return (text, rtl) => {
    const buffer = new hb.Buffer();
    buffer.addCodePoints(Array.from(text, (c) => c.codePointAt(0)!));
    buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
    buffer.setClusterLevel(hb.ClusterLevel.CHARACTERS);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    return buffer.getGlyphInfosAndPositions().map((g) => [g.codepoint, g.xAdvance, g.xOffset, g.yOffset]);
  };
}

describe('a word without its trailing space', () => {
  const words = sampleWords();
  const faces = textFaces().filter((f) => /^(amiri|noto-serif)-(regular|bold)$/.test(f.key));
  for (const face of faces) {
    it(`is shaped as the bare word by HarfBuzz, ${face.key}`, () => {
      const hbShape = reference(face);
      const em = face.font.unitsPerEm;
      const differ: string[] = [];
      for (const word of words) {
        const rtl = isArabic(word) && face.key.startsWith('amiri');
        // The word with its space first: that is what may leave the bare word in the cache.
        shape(face, `${word} `, rtl);
        const ours = shape(face, word, rtl).glyphs.map((g) => [g.id, Math.round(g.advance * em), Math.round(g.xOffset * em), Math.round(g.yOffset * em)]);
        if (JSON.stringify(ours) !== JSON.stringify(hbShape(word, rtl))) differ.push(word);
      }
      expect(differ).toEqual([]);
    });
  }
});

describe('a subset reusing glyph records', () => {
  for (const face of textFaces().filter((f) => /^(amiri|noto-serif)-regular$/.test(f.key))) {
    it(`encodes to fontkit's bytes, ${face.key}`, () => {
      const font = (fontkit as unknown as { create(b: Buffer): { createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array }; numGlyphs: number } }).create(face.data);
      // Every 7th glyph of the font: simple and composite glyphs alike (Amiri has many composites).
      const ids = Array.from({ length: Math.floor(font.numGlyphs / 7) }, (_, i) => 7 * i + 1);
      const plain = font.createSubset();
      plain.includeGlyph(0);
      for (const id of ids) plain.includeGlyph(id);
      const bytes = Buffer.from(plain.encode());
      // Twice: the second subset reads the records the first one made.
      for (let round = 0; round < 2; round++) {
        const reusing = trueTypeSubset(face.font);
        for (const id of ids) reusing.add({ id });
        expect(Buffer.from(reusing.encode()).equals(bytes)).toBe(true);
      }
    });
  }
});
