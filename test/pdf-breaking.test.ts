/**
 * English hyphenation points (breaking.ts): inside the word, never in the punctuation around it,
 * never in an abbreviation or a word with a hyphen of its own; names only when asked.
 */
import { describe, expect, it } from 'vitest';
import { hyphenationPoints } from '../pipeline/render/pdf/breaking.js';

const parts = (unit: string, capitalised = false) => {
  const at = [0, ...hyphenationPoints(unit, capitalised), unit.length];
  return at.slice(1).map((end, i) => unit.slice(at[i], end));
};

describe('hyphenationPoints', () => {
  it('hyphenates a word followed or wrapped by punctuation inside the word only', () => {
    expect(parts('reconciliation')).toEqual(parts('reconciliation.').map((p, i, all) => (i === all.length - 1 ? p.slice(0, -1) : p)));
    expect(parts('instructors.').length).toBeGreaterThan(1);
    const wrapped = parts('(negotiations),');
    expect(wrapped[0].startsWith('(n')).toBe(true);
    expect(wrapped.at(-1)!.endsWith('),')).toBe(true);
    // Two letters before a hyphen and three after, punctuation not counted.
    expect(wrapped[0].length).toBeGreaterThanOrEqual(3);
    expect(wrapped.at(-1)!.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps names whole unless asked, and abbreviations and hyphenated words always', () => {
    expect(parts('Cooperative')).toEqual(['Cooperative']);
    expect(parts('Cooperative', true).length).toBeGreaterThan(1);
    for (const unit of ['ECOWAS', 'al-Sudani', 'Ahmed-Ali', 'UNITAMS.']) expect(parts(unit, true)).toEqual([unit]);
  });
});
