/**
 * The test corpus (test/fixtures/corpus/): its derived files are what the
 * annotation gives (`derive.js --check`), and the scorers compare an Arabic
 * mention with its gold without a proclitic at its start (sameMention in
 * bench/entities-heldout-eval.ts), English mentions exactly.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { relative } from 'node:path';
import { CORPUS, corpusPapers, derivePaper, loadGazetteer } from '../bench/corpus/derive.js';
import { findMention, sameMention } from '../bench/entities-heldout-eval.js';

const same = (a: string, b: string, lang: 'en' | 'ar' = 'ar') => sameMention({ line: 3, text: a }, { line: 3, text: b }, lang);

describe('sameMention', () => {
  it('takes a proclitic cluster off the start of an Arabic mention', () => {
    for (const [a, b] of [
      ['لإثيوبيا', 'إثيوبيا'],
      ['بإسرائيل', 'إسرائيل'],
      ['وبموسكو', 'موسكو'],
      ['فالصين', 'الصين'],
      ['كالصين', 'الصين'],
      ['بالفاشر', 'الفاشر'],
      ['ولطالبان', 'طالبان'],
      ['لمصرف ليبيا المركزي', 'مصرف ليبيا المركزي'],
      ['لإثيوبيا', 'بإثيوبيا'],
    ]) {
      expect(same(a, b), `${a} ~ ${b}`).toBe(true);
      expect(same(b, a), `${b} ~ ${a}`).toBe(true);
    }
  });

  it('reads لل as ل + ال', () => {
    expect(same('للقوات المسلحة السودانية', 'القوات المسلحة السودانية')).toBe(true);
    expect(same('القوات المسلحة السودانية', 'للقوات المسلحة السودانية')).toBe(true);
    expect(same('وللقوات', 'القوات')).toBe(true);
    expect(same('للحوثيين', 'الحوثيين')).toBe(true);
    expect(same('للقوات\nالمسلحة', 'القوات\nالمسلحة')).toBe(true);
    // ل + اللجنة is written للجنة.
    expect(same('للجنة', 'اللجنة')).toBe(true);
  });

  it('takes nothing else off', () => {
    expect(same('للحوثيين', 'حوثيين')).toBe(false); // the article is part of the mention
    expect(same('القوات المسلحة', 'القوات')).toBe(false);
    expect(same('إثيوبيا', 'إثيوبيا ومصر')).toBe(false);
    expect(same('الصين', 'صين')).toBe(false);
    expect(same('موسكو', 'سكو')).toBe(false);
    expect(same('لإثيوبيا', 'ا')).toBe(false);
  });

  it('wants the same line', () => {
    expect(sameMention({ line: 3, text: 'لإثيوبيا' }, { line: 4, text: 'إثيوبيا' }, 'ar')).toBe(false);
    expect(sameMention({ line: 3, text: 'إثيوبيا' }, { line: 4, text: 'إثيوبيا' }, 'ar')).toBe(false);
  });

  it('keeps English exact', () => {
    expect(same('Ethiopia', 'Ethiopia', 'en')).toBe(true);
    expect(same('the Fund', 'Fund', 'en')).toBe(false);
    expect(same('lEthiopia', 'Ethiopia', 'en')).toBe(false);
    expect(same('لإثيوبيا', 'إثيوبيا', 'en')).toBe(false);
  });

  it('findMention prefers the very same text', () => {
    const list = [
      { line: 3, text: 'لإثيوبيا', id: 'loose' },
      { line: 3, text: 'إثيوبيا', id: 'exact' },
      { line: 4, text: 'إثيوبيا', id: 'other line' },
    ];
    expect(findMention(list, { line: 3, text: 'إثيوبيا' }, 'ar')?.id).toBe('exact');
    expect(findMention(list, { line: 3, text: 'بإثيوبيا' }, 'ar')?.id).toBe('loose');
    expect(findMention(list, { line: 3, text: 'بإثيوبيا' }, 'en')).toBeUndefined();
  });
});

describe('test corpus', () => {
  it('has derived files that are what the annotation gives (derive.js --check)', () => {
    const gazetteer = loadGazetteer();
    const papers = corpusPapers();
    expect(papers.length).toBeGreaterThanOrEqual(10);
    // Every set folder is derived and checked (dev, dev2, dev3, dev4, heldout, heldout2, heldout3, heldout4).
    const sets = readdirSync(CORPUS, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(sets).toContain('heldout2');
    expect(sets).toContain('heldout3');
    expect(sets).toContain('heldout4');
    expect(sets).toContain('dev4');
    expect(new Set(papers.map((p) => relative(CORPUS, p).split(/[\\/]/)[0]))).toEqual(new Set(sets));
    for (const dir of papers) {
      const report = derivePaper(dir, false, gazetteer);
      expect(report.problems, dir).toEqual([]);
      expect(report.stale, `${dir}: stale derived files; run node dist/bench/corpus/derive.js`).toEqual([]);
    }
  });
});
