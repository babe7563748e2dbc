/** Folding (pipeline/text/fold.ts): the search form and its map back to the original's offsets. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldArabic, foldLatin, unfoldRange } from '../pipeline/text/fold.js';

const pieces = ['al', 'Sadr', ' ', '  ', '-', '‑', '_', '’', "'", 'ʿ', 'É', 'é', 'ﬁ', 'ß', '𝐀', '😀', '\u200b', '\u00ad', 'أ', 'إ', 'ى', 'ة', 'مقتدى', 'َ', 'ّ', 'ـ', '١', '۲', '\t', '\n', '\ud800'];
const texts = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));

describe('folding', () => {
  it('keeps a presentation-form character that has no plain letter (U+FBB2, a dot above) instead of recursing forever', () => {
    expect(foldArabic('\uFBB2 ﻣﻘﺘﺪﻯ').text).toBe('\uFBB2 مقتدي');
  });

  it('folds case, diacritics, apostrophes, hyphens and Arabic letter variants', () => {
    expect(foldLatin("Al‑Ṣadr's  MARJAʿ")).toMatchObject({ text: 'al sadrs marja' });
    expect(foldArabic('الإمام مُقتدى ـ ١٢').text).toBe('الامام مقتدي 12');
    const f = foldLatin('Ab 𝐀c');
    expect(f.text).toBe('ab 𝐀c');
    expect(f.map).toEqual([0, 1, 2, 3, 3, 5, 6]);
  });

  it('maps every folded unit to the original, in order, ending at the original length', () => {
    fc.assert(
      fc.property(texts, (text) => {
        for (const f of [foldLatin(text), foldArabic(text)]) {
          expect(f.map.length).toBe(f.text.length + 1);
          expect(f.map[f.text.length]).toBe(text.length);
          for (let i = 1; i < f.map.length; i++) expect(f.map[i]).toBeGreaterThanOrEqual(f.map[i - 1]);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('folds a text as the concatenation of its parts where no space or hyphen joins them', () => {
    fc.assert(
      fc.property(texts, texts, (a, b) => {
        fc.pre(!/[\s\-‐‑‒–_]/u.test(a + b));
        expect(foldLatin(a + b).text).toBe(foldLatin(a).text + foldLatin(b).text);
        expect(foldArabic(a + b).text).toBe(foldArabic(a).text + foldArabic(b).text);
      }),
      { numRuns: 2000 },
    );
  });

  it('maps a match in the folded text back to the word as written', () => {
    const text = 'The Ṣadrist MOVEMENT';
    const f = foldLatin(text);
    const at = f.text.indexOf('sadrist');
    const [start, end] = unfoldRange(f, at, at + 'sadrist'.length);
    expect(text.slice(start, end)).toBe('Ṣadrist');
  });
});
