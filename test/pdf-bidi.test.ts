/**
 * bidi.ts skips the bidi algorithm for paragraphs whose characters leave it nothing to
 * decide (all level 0, or all level 1). Those shortcuts must give exactly what bidi-js
 * gives: levels, base direction and the visual order of any line,
 * on generated text mixing every kind of character the rule looks at.
 */
import { describe, expect } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import bidiModule from 'bidi-js';
import { paragraphLevels, visualOrder, type Direction } from '../pipeline/render/pdf/bidi.js';

const bidi = (bidiModule as unknown as typeof bidiModule.default)();

/** Pieces of text by bidi class: the shortcuts hinge on which of these a paragraph holds. */
const PIECES = [
  'the', 'Sadr', 'é', 'ß', // L
  '2022', '7', // EN
  '\u0627\u0644\u0635\u062f\u0631', 'مقتدى', // AL
  '\u05e9\u05dc\u05d5\u05dd', // R
  '\u0662\u0660\u0662\u0662', // AN
  ' ', ' ', '\u00a0', '\u2028', '\t', // WS, CS, S
  '(', ')', '[', ']', '«', '»', '،', '.', ',', '-', '%', '$', '/', ':', // neutrals, ES, ET, CS
  '\u064e', '\u0651', '\u0301', // NSM
  '\u200d', '\u00ad', // BN
  '\u200e', '\u200f', '\u061c', // LRM, RLM, ALM
  '\u2066', '\u2067', '\u2068', '\u2069', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e', // isolates, embeddings
  '\u{1d400}', '😀', // outside the BMP
];

/** Mostly one direction with a few others, as real paragraphs are; sometimes anything. */
const arabicLike = fc.array(fc.constantFrom('مقتدى', 'الصدر', ' ', '،', '(', ')', '«', '»', '\u064e', '.', '\u200d'), { minLength: 1, maxLength: 20 });
const latinLike = fc.array(fc.constantFrom('the', 'Sadr', ' ', ',', '(', ')', '2022', '.', '-', 'é'), { minLength: 1, maxLength: 20 });
const anything = fc.array(fc.constantFrom(...PIECES), { minLength: 0, maxLength: 20 });
const paragraph = fc
  .tuple(fc.oneof(arabicLike, latinLike, anything), fc.array(fc.constantFrom(...PIECES), { maxLength: 2 }), fc.nat())
  .map(([pieces, extra, at]) => {
    const all = [...pieces];
    all.splice(at % (all.length + 1), 0, ...extra);
    return all.join('');
  });
const base = fc.constantFrom<Direction | 'auto'>('ltr', 'rtl', 'auto');

describe('bidi shortcuts', () => {
  test.prop([paragraph, base, fc.nat(), fc.nat()], { numRuns: 1500 })('match bidi-js', (text, dir, a, b) => {
    const ours = paragraphLevels(text, dir);
    const theirs = bidi.getEmbeddingLevels(text, dir);
    expect([...ours.levels]).toEqual([...theirs.levels]);
    const level = theirs.paragraphs[0]?.level ?? (dir === 'rtl' ? 1 : 0);
    expect(ours.direction).toBe(level % 2 ? 'rtl' : 'ltr');
    // Any line of the paragraph reorders alike.
    if (!text.length) return;
    const start = a % text.length;
    const end = start + 1 + (b % (text.length - start));
    expect(visualOrder(text, ours, start, end)).toEqual(bidi.getReorderedIndices(text, theirs, start, end - 1).slice(start, end));
  });
});
