/** The content operators' number writer (render/pdf/draw.ts) writes numbers as pdfkit's pages had them: `String` of the value rounded to thousandths. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ContentBytes } from '../pipeline/render/pdf/content-bytes.js';

const asString = (n: number): string => {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
};

const written = (write: (out: ContentBytes) => void): string => {
  const out = new ContentBytes();
  write(out);
  return out.take().toString('latin1');
};

describe('ContentBytes', () => {
  it('writes numbers as String writes them rounded to thousandths', () => {
    for (const n of [0, -0, 0.0004, -0.0004, 0.0005, -0.0005, 1, -1, 0.001, 0.01, 0.1, 10.5, 99.9995, 595.28, 841.89, -123456.789]) {
      expect(written((o) => o.number(n))).toBe(asString(n));
    }
    fc.assert(fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), (n) => {
        expect(written((o) => o.number(n))).toBe(asString(n));
      }),
      { numRuns: 20000 });
  });

  it('keeps text and numbers in order across growth, and starts afresh after take', () => {
    const out = new ContentBytes();
    let expected = '';
    for (let i = 0; i < 5000; i++) {
      out.text(' x ');
      out.number(i / 7);
      expected += ` x ${asString(i / 7)}`;
    }
    expect(out.take().toString('latin1')).toBe(expected);
    out.text('Q');
    expect(out.take().toString('latin1')).toBe('Q');
  });
});
