/**
 * A partial translation: the Arabic edition of the sample cut after its first
 * sections. The translated part pairs block for block (the paper-wide length
 * ratio, which a partial edition throws off, no longer decides), no paragraph
 * is said to be split, one coverage line says how far the translation goes,
 * and with `translation: partial` the untranslated rest is not reported
 * block by block.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers/cli.js';
import { processBilingual } from '../pipeline/index.js';

const SAMPLE = join(ROOT, 'source/rifts-within-iraqi-shiite-parties');
const EN = readFileSync(join(SAMPLE, 'en.md'), 'utf8');
const AR = readFileSync(join(SAMPLE, 'ar.md'), 'utf8');

/** The Arabic edition up to (not including) its `sections`-th heading, optionally declared partial. */
function cutArabic(headings: number, declared: boolean): string {
  const lines = AR.split('\n');
  const at = lines.map((l, i) => (/^#{2,} /.test(l) ? i : -1)).filter((i) => i >= 0)[headings];
  const text = lines.slice(0, at).join('\n') + '\n';
  return declared ? text.replace(/^lang: ar$/m, 'lang: ar\ntranslation: partial') : text;
}

const rulesOf = (r: ReturnType<typeof processBilingual>, lang: 'en' | 'ar') => r[lang].paper!.diagnostics.map((d) => d.ruleId);

describe('a partial translation', () => {
  const full = processBilingual(EN, AR, { slug: 'rifts' });

  for (const headings of [1, 2, 3, 5, 8]) {
    it(`pairs the translated part block for block, cut before heading ${headings + 1}`, () => {
      const r = processBilingual(EN, cutArabic(headings, false), { slug: 'rifts' });
      const translated = new Set(JSON.stringify(r.ar.paper!.body).match(/"id":"[^"]+"/g)!.map((m) => m.slice(6, -1)));
      // Every pair of the complete paper whose Arabic block is still there is found again.
      const expected = full.alignment!.filter((p) => translated.has(p.ar));
      expect(r.alignment).toEqual(expected);
      for (const lang of ['en', 'ar'] as const) expect(rulesOf(r, lang)).not.toContain('align-split-block');
      // What the alignment says of the translated part is no more than what it says of the complete paper.
      const entityNotes = (x: ReturnType<typeof processBilingual>) => x.ar.paper!.diagnostics.filter((d) => d.ruleId === 'align-entity-missing').length;
      expect(entityNotes(r)).toBeLessThanOrEqual(entityNotes(full));
      const coverage = r.ar.paper!.diagnostics.filter((d) => d.ruleId === 'align-coverage');
      expect(coverage).toHaveLength(1);
      expect(coverage[0].message).toMatch(/^ar: \d+ of \d+ sections translated \(\d+ of \d+ blocks of the English edition\); if the translation is still in progress, add "translation: partial"/);
    });
  }

  it('with translation: partial, sums the untranslated rest up in the coverage line instead of a warning per block', () => {
    const plain = processBilingual(EN, cutArabic(3, false), { slug: 'rifts' });
    const declared = processBilingual(EN, cutArabic(3, true), { slug: 'rifts' });
    expect(rulesOf(plain, 'ar').filter((r) => r === 'align-missing-block').length).toBeGreaterThan(10);
    for (const lang of ['en', 'ar'] as const) {
      expect(rulesOf(declared, lang)).not.toContain('align-missing-block');
      expect(rulesOf(declared, lang)).not.toContain('align-extra-block');
    }
    const [coverage] = declared.ar.paper!.diagnostics.filter((d) => d.ruleId === 'align-coverage');
    expect(coverage.severity).toBe('info');
    expect(coverage.message).toMatch(/^ar: \d of 4 sections translated \(\d+ of \d+ blocks of the English edition\); the rest is not reported block by block \(translation: partial\)$/);
    expect(declared.alignment).toEqual(plain.alignment);
  });

  it('still reports a block missing inside the translated part', () => {
    const cut = cutArabic(3, true);
    const paragraphs = cut.split('\n\n');
    // Drop the second body paragraph (the first after the front matter's end is the first paragraph).
    const start = paragraphs.findIndex((p) => p.includes('\n---') || p.startsWith('---')) + 2;
    const missing = [...paragraphs.slice(0, start), ...paragraphs.slice(start + 1)].join('\n\n');
    const r = processBilingual(EN, missing, { slug: 'rifts' });
    expect(rulesOf(r, 'ar').filter((x) => x === 'align-missing-block')).toHaveLength(1);
  });

  it('says nothing of coverage for a complete translation', () => {
    expect(rulesOf(full, 'ar')).not.toContain('align-coverage');
    expect(rulesOf(full, 'en')).not.toContain('align-coverage');
  });
});
