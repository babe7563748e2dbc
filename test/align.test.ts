/**
 * alignPapers on synthetic English/Arabic pairs: a faithful pair is silent, and
 * each kind of unfaithfulness (a paragraph or item deleted, a number changed, a
 * link dropped or retargeted, an entity or term left out, a heading demoted) is
 * reported with its rule id at its line.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addEntity, addTerm, align, edition, lineOf } from './align-helpers.js';
import { canonicalNumber, numberWordsIn } from '../pipeline/align/numbers.js';
import { alignSequences } from '../pipeline/align/sequence.js';

const frontMatter = (lang: 'en' | 'ar') => `---
title: ${lang === 'en' ? 'A Test Paper' : 'ورقة اختبار'}
type: ${lang === 'en' ? 'Position Paper' : 'تقدير موقف'}
date: 2024-05-05
lang: ${lang}
publisher:
  name:
    en: International Institute for Iranian Studies
    ar: المعهد الدولي للدراسات الإيرانية
---
`;

const EN = `${frontMatter('en')}
The coalition leaders met in Baghdad on January 29, 2024, and agreed to [a truce](#) that held for several months.

## The Background

The dispute began in 2006 and hardened after the leaks of July 2022, when both camps mobilized thousands of supporters in the capital and the crisis reached the streets.

A second paragraph sets out the positions of the rival camps, their leaders and their regional allies, with a [report](https://example.org/reports/a) as the source of its figures.

Officials said 22 soldiers were killed at the base.

- The first item says the camps share a base in the south.
- The second item says they split over the election law in 2021.

## The Outlook

A closing paragraph looks at the scenarios ahead for the coalition and for the government it formed.
`;

const AR = `${frontMatter('ar')}
التقى قادة الائتلاف في بغداد في 29 يناير 2024م، واتفقوا على [هدنة](#) صمدت عدة أشهر.

## الخلفية

بدأ الخلاف في عام 2006م واشتد بعد تسريبات يوليو 2022م، حين حشد المعسكران آلاف الأنصار في العاصمة ووصلت الأزمة إلى الشارع.

تعرض فقرة ثانية مواقف المعسكرين المتنافسين وقادتهما وحلفائهما الإقليميين، مستندةً إلى [تقرير](https://example.org/reports/a) مصدرًا لأرقامها.

قال مسؤولون إن 22 جنديًا قُتلوا في القاعدة.

- يذكر البند الأول أن المعسكرين يتقاسمان قاعدة في الجنوب.
- يذكر البند الثاني أنهما اختلفا حول قانون الانتخابات في عام 2021م.

## الآفاق

تتناول فقرة ختامية السيناريوهات المقبلة للائتلاف وللحكومة التي شكّلها.
`;

const run = (en = EN, ar = AR) => {
  const e = edition(en, 'en', { bare: true });
  const a = edition(ar, 'ar', { bare: true });
  return { e, a, ...align(e, a) };
};
const rules = (found: { ruleId: string; line: number | undefined }[]) => found.map((f) => [f.ruleId, f.line]);
const removeLine = (text: string, needle: string) => text.replace(new RegExp(`^.*${needle}.*\\n\\n?`, 'mu'), '');

/**
 * Edit the Arabic edition and expect exactly one finding in each file: `rule`
 * in the English one at the line of `enAt`, `arRule` (the same unless given) in
 * the edited Arabic one at the line of `arAt`.
 */
function expectOneEach(edit: (ar: string) => string, rule: string, enAt: string, arAt: string, arRule = rule) {
  const ar = edit(AR);
  const found = run(EN, ar);
  expect(rules(found.en)).toEqual([[rule, lineOf(EN, enAt)]]);
  expect(rules(found.ar)).toEqual([[arRule, lineOf(ar, arAt)]]);
  return found;
}

describe('alignPapers on a faithful pair', () => {
  it('pairs every heading, block and list item and reports nothing', () => {
    const { result, en, ar } = run();
    expect(en).toEqual([]);
    expect(ar).toEqual([]);
    // intro, heading, 3 paragraphs, list + 2 items, heading, closing paragraph
    expect(result.alignment).toHaveLength(10);
    expect(result.unmatched).toEqual({ en: [], ar: [] });
    expect(result.alignment[1]).toEqual({ en: 'the-background', ar: 'الخلفية' });
    expect(result.alignment.filter((p) => p.en.startsWith('li-'))).toEqual([
      { en: 'li-1', ar: 'li-1' },
      { en: 'li-2', ar: 'li-2' },
    ]);
  });

  it('reads Arabic-Indic and Eastern Arabic-Indic digits as the same numbers', () => {
    const ar = AR.replace('2006م', '٢٠٠٦م').replace('22 جنديًا', '۲۲ جنديًا');
    const { en, ar: found } = run(EN, ar);
    expect(en).toEqual([]);
    expect(found).toEqual([]);
  });

  it('ignores a Hijri year the Arabic edition adds', () => {
    const { en, ar } = run(EN, AR.replace('2006م', '2006م (1427هـ)'));
    expect([...en, ...ar]).toEqual([]);
  });
});

describe('a block with no counterpart', () => {
  it('is reported at its line in the file that has it and where it belongs in the other', () => {
    const found = expectOneEach((ar) => removeLine(ar, 'تعرض فقرة ثانية'), 'align-extra-block', 'A second paragraph', 'قال مسؤولون', 'align-missing-block');
    expect(found.result.unmatched).toEqual({ en: ['p-3'], ar: [] });
    expect(found.ar[0].reason).toContain('A second paragraph sets out');
  });

  it('is found wherever it is: each English paragraph deleted in turn', () => {
    // [deleted English paragraph, its Arabic counterpart, the English block that then takes its place]
    const cases: Array<[string, string, string]> = [
      ['The dispute began', 'بدأ الخلاف', 'A second paragraph'],
      ['A second paragraph', 'تعرض فقرة ثانية', 'Officials said'],
      ['Officials said', 'قال مسؤولون', '- The first item'],
      // Last block of the paper: it belongs at the end, after the last English block left.
      ['A closing paragraph', 'تتناول فقرة', '## The Outlook'],
    ];
    for (const [deleted, counterpart, following] of cases) {
      const en = removeLine(EN, deleted);
      const found = run(en, AR);
      expect(rules(found.ar), deleted).toEqual([['align-extra-block', lineOf(AR, counterpart)]]);
      expect(rules(found.en), deleted).toEqual([['align-missing-block', lineOf(en, following)]]);
    }
  });

  it('finds a list item missing inside an aligned list', () => {
    // No item follows: the item belongs at the end of the Arabic list.
    expectOneEach((ar) => removeLine(ar, 'يذكر البند الثاني'), 'align-extra-block', '- The second item', '- يذكر البند الأول', 'align-missing-block');
  });

  it('finds a missing section heading', () => {
    expectOneEach((ar) => ar.replace('## الآفاق\n\n', ''), 'align-extra-block', '## The Outlook', 'تتناول فقرة', 'align-missing-block');
  });
});

describe('a paragraph split in two', () => {
  const split = AR.replace('وحلفائهما الإقليميين، مستندةً', 'وحلفائهما الإقليميين.\n\nوتستند الفقرة');

  it('is reported once in each file and both halves are paired with the paragraph', () => {
    const { result, en, ar } = run(EN, split);
    expect(rules(en)).toEqual([['align-split-block', lineOf(EN, 'A second paragraph')]]);
    expect(rules(ar)).toEqual([['align-split-block', lineOf(split, 'تعرض فقرة ثانية')]]);
    expect(ar[0].reason).toContain(`lines ${lineOf(split, 'تعرض فقرة ثانية')} and ${lineOf(split, 'وتستند الفقرة')}`);
    expect(result.alignment.filter((p) => p.en === 'p-3')).toEqual([
      { en: 'p-3', ar: 'p-3' },
      { en: 'p-3', ar: 'p-4' },
    ]);
    expect(result.unmatched).toEqual({ en: [], ar: [] });
  });

  it('still has its content checked against the two halves', () => {
    const { en, ar } = run(EN, split.replace('[تقرير](https://example.org/reports/a)', 'تقرير'));
    expect(rules(en)).toContainEqual(['align-citation-mismatch', lineOf(EN, 'A second paragraph')]);
    expect(rules(ar)).toContainEqual(['align-citation-mismatch', lineOf(split, 'تعرض فقرة ثانية')]);
  });
});

describe('numbers and dates', () => {
  it('reports a changed year at the number in both files', () => {
    const found = expectOneEach((ar) => ar.replace('يوليو 2022م', 'يوليو ٢٠٢١م'), 'align-number-mismatch', 'July 2022', '٢٠٢١');
    expect(found.en[0].reason).toContain('2022');
    expect(found.ar[0].reason).toContain('٢٠٢١');
  });

  it('accepts a number written in words on the other side, and an English ordinal Arabic spells out', () => {
    const en = EN.replace('Officials said 22 soldiers', 'Officials said, five years into his 2nd term, that 3 militias lost 22 soldiers');
    const ar = AR.replace('قال مسؤولون إن 22', 'قال مسؤولون، بعد 5 سنوات من ولايته الثانية، إن ثلاث ميليشيات فقدت 22');
    const words = run(en, ar);
    expect([...words.en, ...words.ar]).toEqual([]);
    const wrong = run(en, ar.replace('بعد 5 سنوات', 'بعد 6 سنوات'));
    expect(rules(wrong.en)).toEqual([]);
    expect(rules(wrong.ar)).toEqual([['align-number-mismatch', lineOf(ar, 'قال مسؤولون')]]);
  });

  it('reports a number dropped from the translation', () => {
    const ar = AR.replace('إن 22 جنديًا', 'إن جنودًا');
    const { en, ar: found } = run(EN, ar);
    expect(rules(en)).toEqual([['align-number-mismatch', lineOf(EN, '22 soldiers')]]);
    expect(found).toEqual([]);
  });

  it('reports a changed month through the extracted dates when the digits agree', () => {
    const e = edition(EN, 'en', { bare: true });
    const a = edition(AR.replace('يوليو 2022م', 'يونيو 2022م'), 'ar', { bare: true });
    addEntity(e, 'date-2022-07', 'date', { en: 'July 2022', ar: 'يوليو 2022' }, 'July 2022', '2022-07');
    addEntity(a, 'date-2022-06', 'date', { en: 'June 2022', ar: 'يونيو 2022' }, 'يونيو 2022م', '2022-06');
    const { en, ar } = align(e, a);
    expect(rules(en)).toEqual([['align-number-mismatch', lineOf(EN, 'July 2022')]]);
    expect(rules(ar)).toEqual([['align-number-mismatch', lineOf(a.text, 'يونيو')]]);
  });

  it('reads any number the same in Western, Arabic-Indic and Eastern Arabic-Indic digits', () => {
    const toScript = (digits: string, zero: number) => digits.replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)));
    fc.assert(
      fc.property(fc.nat({ max: 10_000_000 }), fc.nat({ max: 99 }), (whole, fraction) => {
        const western = `${whole}.${fraction}`;
        const arabic = `${toScript(String(whole), 0x0660)}\u066B${toScript(String(fraction), 0x0660)}`;
        const persian = `${toScript(String(whole), 0x06f0)}\u066B${toScript(String(fraction), 0x06f0)}`;
        const e = edition(`${frontMatter('en')}\nThe figure was ${western} in the report.\n`, 'en', { bare: true });
        const a = edition(`${frontMatter('ar')}\nبلغ الرقم ${arabic} ثم ${persian} في التقرير.\n`, 'ar', { bare: true });
        const found = align(e, a);
        return found.en.length === 0 && found.ar.length === 0;
      }),
      { numRuns: 40 },
    );
  });

  it('reads number words with harakat, tatweel, folded letters and an attached conjunction, and nothing else', () => {
    expect([...numberWordsIn('Five of the Twenty; وخمسةٌ لثلاثـــة أربعة إثنين ومئة')].sort()).toEqual(['100', '2', '20', '3', '4', '5']);
    expect([...numberWordsIn('a constructor, its toString and valueOf; someone, often')]).toEqual([]);
  });

  it('canonicalizes grouping and decimal marks of both scripts', () => {
    expect(canonicalNumber('1,500')).toBe('1500');
    expect(canonicalNumber('1\u066C500')).toBe('1500');
    expect(canonicalNumber('2\u066B50')).toBe('2.5');
    expect(canonicalNumber('05')).toBe('5');
  });
});

describe('citations', () => {
  it('reports a dropped link at the paragraph in both files', () => {
    expectOneEach((ar) => ar.replace('[تقرير](https://example.org/reports/a)', 'تقرير'), 'align-citation-mismatch', 'A second paragraph', 'تعرض فقرة ثانية');
  });

  it('reports a dropped placeholder link', () => {
    expectOneEach((ar) => ar.replace('[هدنة](#)', 'هدنة'), 'align-citation-mismatch', 'The coalition leaders', 'التقى قادة');
  });

  it('reports a link to another site at the link, and accepts another page of the same site', () => {
    const moved = expectOneEach((ar) => ar.replace('https://example.org/reports/a', 'https://other.example.net/a'), 'align-citation-mismatch', 'A second paragraph', 'تعرض فقرة ثانية');
    expect(moved.ar[0].reason).toContain('other.example.net/a');
    const localized = run(EN, AR.replace('https://example.org/reports/a', 'https://www.example.org/ar/reports/a/'));
    expect([...localized.en, ...localized.ar]).toEqual([]);
  });
});

describe('entities and terms', () => {
  const names = { en: 'Baghdad', ar: 'بغداد' };
  const marjaya = { en: 'marjaya', ar: 'المرجعية' };
  const withTerm = (ar: string) => {
    const e = edition(EN.replace('the crisis reached the streets', 'the *marjaya* was drawn in'), 'en', { bare: true });
    const a = edition(ar, 'ar', { bare: true });
    addTerm(e, 'marjaya', marjaya, 'marjaya');
    addTerm(a, 'marjaya', marjaya, 'المرجعية');
    return align(e, a);
  };

  it('is silent when both sides name the entity', () => {
    const e = edition(EN, 'en', { bare: true });
    const a = edition(AR, 'ar', { bare: true });
    addEntity(e, 'baghdad', 'place', names, 'Baghdad');
    addEntity(a, 'baghdad', 'place', names, 'بغداد');
    const { en, ar } = align(e, a);
    expect([...en, ...ar]).toEqual([]);
  });

  it('reports an entity left out of the translation in the file that lacks it', () => {
    const ar = AR.replace('في بغداد ', '');
    const e = edition(EN, 'en', { bare: true });
    const a = edition(ar, 'ar', { bare: true });
    addEntity(e, 'baghdad', 'place', names, 'Baghdad');
    addEntity(a, 'baghdad', 'place', names, 'بغداد');
    const found = align(e, a);
    expect(found.en).toEqual([]);
    expect(rules(found.ar)).toEqual([['align-entity-missing', lineOf(ar, 'التقى قادة')]]);
    expect(found.ar[0].reason).toContain('Baghdad');
  });

  it('does not report an entity the other language has no name for', () => {
    const e = edition(EN, 'en', { bare: true });
    const a = edition(AR, 'ar', { bare: true });
    e.paper.entities.push({ id: 'coalition', type: 'organization', name: 'coalition', names: { en: 'coalition' }, source: 'gazetteer', mentions: [{ text: 'coalition', start: EN.indexOf('coalition'), end: EN.indexOf('coalition') + 9, line: lineOf(EN, 'coalition'), column: 5, section: null, block: 'p-1' }] });
    const { en, ar } = align(e, a);
    expect([...en, ...ar]).toEqual([]);
  });

  it('reports a glossary term used on one side only', () => {
    const kept = withTerm(AR.replace('ووصلت الأزمة إلى الشارع', 'وزُجّ بـ*المرجعية* في الخلاف'));
    expect([...kept.en, ...kept.ar]).toEqual([]);
    const dropped = withTerm(AR);
    expect(dropped.en).toEqual([]);
    expect(rules(dropped.ar)).toEqual([['align-term-missing', lineOf(AR, 'بدأ الخلاف')]]);
  });
});

describe('sections', () => {
  it('pairs a demoted heading and says the levels differ', () => {
    const { result } = expectOneEach((ar) => ar.replace('## الآفاق', '### الآفاق'), 'align-heading-depth', '## The Outlook', '### الآفاق');
    expect(result.alignment).toContainEqual({ en: 'the-outlook', ar: 'الآفاق' });
  });
});

describe('front matter', () => {
  it('reports editions with different publication dates at `date:` in both files', () => {
    expectOneEach((ar) => ar.replace('date: 2024-05-05', 'date: 2024-05-06'), 'align-meta-mismatch', 'date:', 'date:');
  });

  it('reports a publisher site given with http in one edition and https in the other at `site:` in both files', () => {
    const withSite = (text: string, url: string) => text.replace('publisher:\n', `publisher:\n  site: ${url}\n`);
    const [en, ar] = [withSite(EN, 'http://www.example.org'), withSite(AR, 'https://www.example.org')];
    const found = run(en, ar);
    expect(rules(found.en)).toEqual([['align-meta-mismatch', lineOf(en, 'site:')]]);
    expect(rules(found.ar)).toEqual([['align-meta-mismatch', lineOf(ar, 'site:')]]);
    expect(found.en[0].reason).toContain('https://, in both');
    expect(run(withSite(EN, 'https://www.example.org'), ar).en).toEqual([]);
  });
});

describe('alignSequences', () => {
  const close = (a: number[], b: number[]) => (i: number, j: number) => 1 - Math.abs(a[i] - b[j]) / 10;

  it('places the gap where the remaining pairs score best', () => {
    const a = [1, 5, 9, 14];
    const b = [1, 9, 14];
    const steps = alignSequences(a.length, b.length, { pair: close(a, b), gap: -0.5 });
    expect(steps).toEqual([{ a: [0], b: [0] }, { a: [1], b: [] }, { a: [2], b: [1] }, { a: [3], b: [2] }]);
  });

  it('never pairs what the score forbids', () => {
    const steps = alignSequences(2, 2, { pair: (i, j) => (i === j ? null : 1), gap: -0.1 });
    // Only a0–b1 is allowed; a1 and b0 stay unpaired.
    expect(steps).toEqual([{ a: [], b: [0] }, { a: [0], b: [1] }, { a: [1], b: [] }]);
    expect(alignSequences(0, 0, { pair: () => 1, gap: -1 })).toEqual([]);
  });

  it('takes a 1:2 step when two items together match one', () => {
    const a = [3, 10, 4];
    const b = [3, 6, 4, 4];
    const sum = (xs: number[]) => xs.reduce((x, y) => x + y, 0);
    const steps = alignSequences(a.length, b.length, {
      pair: close(a, b),
      gap: -0.5,
      merge: (i, j, da, db) => 1 - Math.abs(sum(a.slice(i, i + da)) - sum(b.slice(j, j + db))) / 10 - 0.2,
    });
    expect(steps).toEqual([{ a: [0], b: [0] }, { a: [1], b: [1, 2] }, { a: [2], b: [3] }]);
  });
});
