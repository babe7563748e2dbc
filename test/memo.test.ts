import { describe, expect, it } from 'vitest';
import { codePointMemo } from '../pipeline/text/memo.js';

describe('codePointMemo', () => {
  it('computes a code point once while under its limit, then computes new ones each time', () => {
    const calls: number[] = [];
    const upper = codePointMemo((cp) => {
      calls.push(cp);
      return String.fromCodePoint(cp).toUpperCase();
    }, 2);
    expect([0x61, 0x61, 0x62, 0x61, 0x62].map(upper)).toEqual(['A', 'A', 'B', 'A', 'B']);
    expect(calls).toEqual([0x61, 0x62]);
    // Full: a third code point gives the right answer, and is not kept.
    expect([0x63, 0x63].map(upper)).toEqual(['C', 'C']);
    expect(calls).toEqual([0x61, 0x62, 0x63, 0x63]);
  });

  it('keeps falsy answers (false, 0) as answers', () => {
    let calls = 0;
    const zero = codePointMemo(() => (calls++, 0));
    zero(1);
    zero(1);
    expect(calls).toBe(1);
  });
});
