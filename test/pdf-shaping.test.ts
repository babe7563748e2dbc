/**
 * The shaping the PDF draws (shape.ts: HarfBuzz after mark reordering, glyphs in visual
 * order) against plain HarfBuzz (harfbuzzjs) and against fontkit, an independent shaper, on
 * the same font files; and font fallback by coverage.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as hb from 'harfbuzzjs';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { familyFace, primaryFace } from '../pipeline/render/pdf/fonts.js';
import { layoutParagraph } from '../pipeline/render/pdf/layout.js';
import { shape } from '../pipeline/render/pdf/shape.js';

const require = createRequire(import.meta.url);
const regular = { bold: false, italic: false };

/** Every distinct Arabic word of the sample translation, and harder cases: lam-alef, stacked marks, tanween, hamza seats. */
function arabicWords(): string[] {
  const source = readFileSync('source/rifts-within-iraqi-shiite-parties/ar.md', 'utf8');
  const sample = new Set(source.match(/[\p{Script=Arabic}\p{M}]+/gu) ?? []);
  for (const w of ['لا', 'لأن', 'لإيران', 'إلى', 'مُحَمَّدٌ', 'شَدَّةً', 'الأُمَّة', 'مسؤول', 'شؤون', 'رئيس', 'جزء', 'قرأ', 'يَوْمَئِذٍ', 'ﷲ', 'الله']) sample.add(w);
  return [...sample];
}

/** Glyph ids HarfBuzz draws for a text, in visual order. */
function harfbuzz(file: string): (text: string) => number[] {
  const face = new hb.Face(new hb.Blob(readFileSync(file)));
  const font = new hb.Font(face);
  return (text) => {
    const buffer = new hb.Buffer();
    buffer.addText(text);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer);
    return buffer.getGlyphInfos().map((g) => g.codepoint);
  };
}

describe('Arabic shaping', () => {
  const words = arabicWords();
  for (const face of [primaryFace('arabic', regular), primaryFace('arabic', { bold: true, italic: false }), familyFace('noto-naskh-arabic', regular)]) {
    it(`draws HarfBuzz's glyphs for ${words.length} words with ${face.key}`, () => {
      const file = require.resolve(fileOf(face.key));
      const reference = harfbuzz(file);
      const differ: string[] = [];
      for (const word of words) {
        // Stacked marks are put in HarfBuzz's order before shaping (shape.ts), so the lists match exactly.
        const ids = shape(face, word, true).glyphs.map((g) => g.id);
        if (ids.join() !== reference(word).join()) differ.push(word);
      }
      expect(differ).toEqual([]);
    });
  }
});

describe('an independent shaper agrees', () => {
  // fontkit (pdfkit's own shaper, a separate OpenType implementation) must give the glyphs the PDF
  // draws. The one known difference is the order of two marks stacked on a letter (shadda + a vowel
  // or tanween), which HarfBuzz normalises and fontkit does not: only such words may differ.
  it('fontkit gives the drawn glyphs for every Amiri word without stacked marks', () => {
    const face = primaryFace('arabic', regular);
    const font = (fontkit as unknown as { create(b: Buffer): { layout(t: string): { glyphs: { id: number }[] } } }).create(
      readFileSync(require.resolve(fileOf(face.key))),
    );
    const stacked = /\p{M}\p{M}/u;
    const differ = arabicWords().filter((word) => {
      const ours = shape(face, word, true).glyphs.map((g) => g.id).join();
      const theirs = font.layout(word).glyphs.map((g) => g.id);
      return ours !== theirs.join() && ours !== [...theirs].reverse().join();
    });
    expect(differ.filter((w) => !stacked.test(w))).toEqual([]);
    expect(differ.length).toBeLessThan(20);
  });
});

function fileOf(key: string): string {
  const files: Record<string, string> = {
    'amiri-regular': '@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf',
    'amiri-bold': '@expo-google-fonts/amiri/700Bold/Amiri_700Bold.ttf',
    'noto-naskh-arabic-regular': '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
  };
  return files[key];
}

describe('font fallback', () => {
  const style = { ...regular, size: 12 };
  const lay = (text: string, missing?: (cp: number, place: unknown) => void) =>
    layoutParagraph({ spans: [{ text, style, place: { line: 7, column: 3 } }], width: 300, direction: 'ltr', align: 'start', leading: 1.5, defaultScript: 'latin', missing });

  it('gives each character the first face of the chain that has its glyph: script faces, then symbols, then emoji', () => {
    const runs = lay('Sadr (الصدر) and Ψ ▲ ↩ ✈ 🌊').lines.flatMap((l) => l.runs);
    const faceOf = (s: string) => runs.find((r) => r.text.includes(s))?.face.key;
    expect(faceOf('الصدر')).toBe('amiri-regular');
    expect(faceOf('Sadr')).toBe('noto-serif-regular');
    expect(faceOf('Ψ')).toBe('noto-serif-regular');
    expect(faceOf('▲')).toBe('noto-sans-math-regular');
    expect(faceOf('✈')).toBe('noto-sans-symbols-2-regular');
    expect(faceOf('🌊')).toBe('noto-emoji-regular');
    for (const r of runs) expect(r.glyphs.every((g) => g.id !== 0)).toBe(true);
  });

  it('reports a character no embedded face has at its place, and still lays the paragraph out', () => {
    const reports: unknown[] = [];
    const laid = lay('ok 𓀀 here', (cp, place) => reports.push([cp, place]));
    expect(reports).toEqual([[0x13000, { line: 7, column: 6 }]]);
    expect(laid.lines.flatMap((l) => l.runs).map((r) => r.text).join('')).toBe('ok 𓀀 here');
  });
});
