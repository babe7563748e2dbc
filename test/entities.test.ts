import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Entity, EntityType } from '../pipeline/model/paper.js';
import { extract, mentionsById, readFixture } from './helpers/extract.js';

interface GoldMention {
  line: number;
  text: string;
  type: EntityType;
  entity: string;
  value?: string | { from: string; to: string };
}

/** Precision and recall of predicted mentions against gold ones, matched on line, text and entity. */
function score(gold: GoldMention[], entities: Entity[], type: EntityType) {
  const key = (m: { line: number; text: string; entity: string }) => `${m.line}\u0000${m.text}\u0000${m.entity}`;
  const expected = new Map<string, number>();
  for (const g of gold.filter((m) => m.type === type)) expected.set(key(g), (expected.get(key(g)) ?? 0) + 1);
  const predicted = entities.filter((e) => e.type === type).flatMap((e) => e.mentions.map((m) => ({ line: m.line, text: m.text, entity: e.id })));
  let hits = 0;
  const left = new Map(expected);
  for (const p of predicted) {
    const n = left.get(key(p)) ?? 0;
    if (n > 0) {
      hits++;
      left.set(key(p), n - 1);
    }
  }
  const goldCount = [...expected.values()].reduce((a, b) => a + b, 0);
  return { precision: predicted.length ? hits / predicted.length : 0, recall: goldCount ? hits / goldCount : 0, gold: goldCount, predicted: predicted.length };
}

describe('entities on the sample paper (hand-checked gold list)', () => {
  const gold = JSON.parse(readFixture('test/fixtures/entities/rifts.gold.json')) as { source: string; mentions: GoldMention[] };
  const { entities, tree, file } = extract(readFixture(gold.source));

  for (const type of ['person', 'organization', 'place'] as const) {
    it(`${type}: precision and recall ≥ 0.95`, () => {
      const s = score(gold.mentions, entities, type);
      expect(s.gold).toBeGreaterThan(20);
      expect(s.precision).toBeGreaterThanOrEqual(0.95);
      expect(s.recall).toBeGreaterThanOrEqual(0.95);
    });
  }

  it('finds every date of the body with its ISO value', () => {
    const dates = entities.filter((e) => e.type === 'date');
    for (const g of gold.mentions.filter((m) => m.type === 'date')) {
      const hit = dates.find((d) => d.mentions.some((m) => m.line === g.line && m.text === g.text));
      expect(hit, g.text).toBeDefined();
      expect(hit!.value).toEqual(g.value);
    }
    expect(mentionsById(dates)['2006--2011']).toEqual(['2006 to 2011']);
    expect(dates.find((d) => d.id === '2024-01-29')?.names).toEqual({ en: 'January 29, 2024', ar: '29 يناير 2024' });
  });

  it('links short forms and possessives to the full entity, and keeps relatives apart', () => {
    const byId = mentionsById(entities);
    expect(byId['nouri-al-maliki']).toContain('Maliki');
    expect(byId['muqtada-al-sadr']).toContain('Sadr');
    expect(byId['muhammad-sadiq-al-sadr']).toEqual(['Muhammad Sadiq al-Sadr']);
    expect(new Set(byId['ismail-qaani'])).toEqual(new Set(['Ismail Qaani', 'Qaani']));
    expect(byId['mohammed-shia-al-sudani'].every((t) => t === "Mohammad Shia' al-Sudani")).toBe(true);
    const sadr = entities.find((e) => e.id === 'muqtada-al-sadr')!;
    expect(sadr.names).toEqual({ en: 'Muqtada al-Sadr', ar: 'مقتدى الصدر' });
    expect(sadr.description?.ar).toMatch(/التيار الصدري/);
    expect(sadr.source).toBe('gazetteer');
  });

  it('does not make entities of adjectives and demonyms', () => {
    const texts = entities.flatMap((e) => e.mentions.map((m) => m.text));
    for (const word of ['Iraqi', 'Iranian', 'Shiite', 'Sadrist', 'Sadrists', 'Israeli', 'Palestinian', 'Kurdish', 'Sunni']) expect(texts).not.toContain(word);
    expect(file.messages.filter((m) => m.ruleId === 'entity-candidate')).toEqual([]);
  });

  it('wraps every mention in a mention node whose id is the span anchor', () => {
    const nodes: { entity: string; id: string; text: string }[] = [];
    visit(tree as Root, 'mention', (node) => {
      nodes.push({ entity: node.entity, id: node.id, text: toString(node) });
    });
    const spans = entities.flatMap((e) => e.mentions.map((m) => ({ entity: e.id, id: m.anchor, text: m.text })));
    expect(nodes.length).toBe(spans.length);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    expect([...nodes].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...spans].sort((a, b) => a.id!.localeCompare(b.id!)));
    expect(nodes.find((n) => n.id === 'm-nouri-al-maliki-1')).toEqual({ entity: 'nouri-al-maliki', id: 'm-nouri-al-maliki-1', text: 'Nouri al-Maliki' });
  });

  it('gives offsets that point at the mention in the source file', () => {
    const source = readFixture(gold.source);
    for (const e of entities) for (const m of e.mentions) expect(source.slice(m.start, m.end)).toBe(m.text);
  });

  it('is deterministic', () => {
    const again = extract(readFixture(gold.source));
    expect(JSON.stringify(again.entities)).toBe(JSON.stringify(entities));
  });
});

describe('entities in the Arabic edition', () => {
  const en = extract(readFixture('source/rifts-within-iraqi-shiite-parties/en.md')).entities;
  const ar = extract(readFixture('source/rifts-within-iraqi-shiite-parties/ar.md'), 'ar').entities;

  it('finds the same people, organizations and places under the same ids', () => {
    const ids = (list: Entity[]) => new Set(list.filter((e) => e.type !== 'date').map((e) => e.id));
    const shared = [...ids(en)].filter((id) => ids(ar).has(id));
    expect(shared.length / ids(en).size).toBeGreaterThanOrEqual(0.95);
    expect([...ids(ar)].filter((id) => !ids(en).has(id))).toEqual([]);
  });

  it('finds the same dates', () => {
    const dates = (list: Entity[]) => list.filter((e) => e.type === 'date').map((e) => e.id).sort();
    expect(dates(ar)).toEqual(dates(en));
  });

  it('uses the Arabic name as the canonical name', () => {
    expect(ar.find((e) => e.id === 'coordination-framework')?.name).toBe('الإطار التنسيقي');
  });
});

describe('matching rules', () => {
  it('accepts spelling variants, apostrophes and particles without listing them', () => {
    const { entities } = extract(
      'Nuri al-Maliki met Moqtada Al Sadr. Muhammad Shia al-Sudani and Mohammed Shia’ al-Soudani are one man. Kataib Hizbullah and Asa’ib Ahl al‑Haq rejected it.\n',
    );
    const byId = mentionsById(entities);
    expect(byId['nouri-al-maliki']).toEqual(['Nuri al-Maliki']);
    expect(byId['muqtada-al-sadr']).toEqual(['Moqtada Al Sadr']);
    expect(byId['mohammed-shia-al-sudani']).toHaveLength(2);
    expect(byId['kataib-hezbollah']).toEqual(['Kataib Hizbullah']);
    expect(byId['asaib-ahl-al-haq']).toEqual(['Asa’ib Ahl al‑Haq']);
  });

  it('gives a surname to the person the paper talks about, and never to a family', () => {
    const { entities } = extract(
      'Muqtada al-Sadr spoke. Sadr said no. His father, Muhammad Sadiq al-Sadr, was killed in 1999. Sadr later returned. The Sadr family is revered.\n',
    );
    const byId = mentionsById(entities);
    expect(byId['muqtada-al-sadr']).toEqual(['Muqtada al-Sadr', 'Sadr', 'Sadr']);
    expect(byId['muhammad-sadiq-al-sadr']).toEqual(['Muhammad Sadiq al-Sadr']);
  });

  it('matches acronyms only in capitals and names only with a capital', () => {
    const { entities } = extract('Let us see what the US and the coordination framework do. The Coordination Framework met in Baghdad.\n');
    const byId = mentionsById(entities);
    expect(byId['united-states']).toEqual(['US']);
    expect(byId['coordination-framework']).toEqual(['Coordination Framework']);
  });

  it('finds names in table cells and block quotes, one cell at a time', () => {
    const { entities } = extract('| Leader | Party |\n|---|---|\n| Maliki | State of Law Coalition |\n| Sadr | Sadrist Movement |\n\n> Nouri al-Maliki said:\n> Iraq will not yield.\n');
    expect(mentionsById(entities)).toEqual({
      'nouri-al-maliki': ['Maliki', 'Nouri al-Maliki'],
      'state-of-law-coalition': ['State of Law Coalition'],
      'muqtada-al-sadr': ['Sadr'],
      'sadrist-movement': ['Sadrist Movement'],
      iraq: ['Iraq'],
    });
  });

  it('strips Arabic clitics and the article from the first word of a name', () => {
    const { entities } = extract('التقى نوري المالكي بمقتدى الصدر، ثم قال للإطار التنسيقي إن والمالكي وبالعراق كلمات. وأيّد المالكيُّ ذلك.\n', 'ar');
    const byId = mentionsById(entities);
    expect(byId['nouri-al-maliki']).toEqual(['نوري المالكي', 'المالكي', 'المالكيُّ']);
    expect(byId['muqtada-al-sadr']).toEqual(['مقتدى الصدر']);
    // ل before the article drops its alif: the mention keeps the fused form, article included (not "إطار" without it).
    expect(byId['coordination-framework']).toEqual(['للإطار التنسيقي']);
    expect(byId['iraq']).toEqual(['العراق']);
  });

  it('does not read an Arabic surname that is a common word as a person not named in full', () => {
    const { entities } = extract('قال المتحدث العسكري إن الجيش السوداني لم يتدخل.\n', 'ar');
    expect(entities.filter((e) => e.type === 'person')).toEqual([]);
  });
});

describe('dates', () => {
  const values = (body: string, lang: 'en' | 'ar' = 'en', date = '2024-05-05') =>
    extract(body, lang, date).entities.filter((e) => e.type === 'date').map((e) => [e.mentions[0].text, e.value]);

  it('reads full dates, months, years and ranges', () => {
    expect(values('Talks began on 3 March 2023 and in June 2022; from 2006 to 2011 he ruled; in 2014–18 too. The 2024-01-29 strike.\n')).toEqual([
      ['3 March 2023', '2023-03-03'],
      ['June 2022', '2022-06'],
      ['2006 to 2011', { from: '2006', to: '2011' }],
      ['2014–18', { from: '2014', to: '2018' }],
      ['2024-01-29', '2024-01-29'],
    ]);
  });

  it('reads decades as ranges and does not take counts for years', () => {
    expect(values('In the 1980s, 2000 fighters crossed; 1500 km away, in mid-2021, it ended.\n')).toEqual([
      ['1980s', { from: '1980', to: '1989' }],
      ['2021', '2021'],
    ]);
  });

  it('never reads "may" as a month, and puts a bare month with no year before it in the past', () => {
    expect(values('Iran may respond. In May, talks resumed. The November protests mattered.\n')).toEqual([
      ['May', '2024-05'],
      ['November', '2023-11'],
    ]);
    expect(values('The November protests five years ago changed Iraq.\n')).toEqual([['November', '2019-11']]);
  });

  it('gives a date without a year the year of the last explicit date before it', () => {
    // The paper is dated 2025; its text is about 2022 and 2023.
    const text = 'The crisis of 2022 peaked in mid-June and on 19 November.\n\nOn 18 December 2023 the talks failed; by mid-January a deal was near, and in\nMarch it was signed.\n';
    expect(values(text, 'en', '2025-02-10')).toEqual([
      ['2022', '2022'],
      ['June', '2022-06'],
      ['19 November', '2022-11-19'],
      ['18 December 2023', '2023-12-18'],
      ['January', '2024-01'],
      ['March', '2024-03'],
    ]);
    // Going on to the next year would pass the paper's date: the same year, told out of order.
    expect(values('In November 2024 the port closed; it had reopened in March.\n', 'en', '2025-02-10')).toEqual([
      ['November 2024', '2024-11'],
      ['March', '2024-03'],
    ]);
    expect(values('وفي عام 2022 بلغت الأزمة ذروتها في 19 نوفمبر/تشرين الثاني، ثم في يناير.\n', 'ar', '2025-02-10')).toEqual([
      ['2022', '2022'],
      ['19 نوفمبر/تشرين الثاني', '2022-11-19'],
      ['يناير', '2023-01'],
    ]);
  });

  it('keeps the year the text has reached past a year that starts a span ("since 1999")', () => {
    const text = 'On 27 February 2025 a letter was read from the leader, held on the island since 1999; a delegation had visited him since December.\n';
    expect(values(text, 'en', '2025-03-20')).toEqual([
      ['27 February 2025', '2025-02-27'],
      ['1999', '1999'],
      ['December', '2024-12'],
    ]);
    expect(values('في 27 فبراير 2025 قُرئت رسالة الزعيم المسجون منذ عام 1999، وقد زاره الوفد منذ ديسمبر.\n', 'ar', '2025-03-20').map(([, v]) => v)).toEqual(['2025-02-27', '1999', '2024-12']);
    // A year that is not a span's start sets the year, as before.
    expect(values('On 3 March 2023 the port opened. In 2024 the fleet grew, and in June it doubled.\n', 'en', '2025-03-20').map(([, v]) => v)).toEqual(['2023-03-03', '2024', '2024-06']);
  });

  it('keeps the narrative\'s year past a since-clause and past an earlier year said in passing', () => {
    // The year of a since-clause looks back; the narrative stays in December 2023.
    const since = 'On 3 December 2023 the vote was held. Since the company found oil in 2015, output has grown. On 14 December the leaders met.\n';
    expect(values(since, 'en', '2024-05-10').map(([, v]) => v)).toEqual(['2023-12-03', '2015', '2023-12-14']);
    expect(values('في 3 ديسمبر 2023 جرى التصويت. فمنذ أن عثرت الشركة على النفط عام 2015، نما الإنتاج. وفي 14 ديسمبر التقى الزعيمان.\n', 'ar', '2024-05-10').map(([, v]) => v)).toEqual(['2023-12-03', '2015', '2023-12-14']);
    // An earlier year in passing dates its own sentence only ("signed in 2018 on 12 August"), then the narrative's year comes back.
    const passing = 'On 3 December 2023 the vote was held under the treaty of 1966, signed in 2018 on 12 August. By April the truce was thin.\n';
    expect(values(passing, 'en', '2024-05-10').map(([, v]) => v)).toEqual(['2023-12-03', '1966', '2018', '2018-08-12', '2024-04']);
    // A sentence that opens on an earlier year moves the narrative there.
    expect(values('On 3 December 2023 the vote was held. In 2019, the court ruled, and on 5 May it sat again.\n', 'en', '2024-05-10').map(([, v]) => v)).toEqual(['2023-12-03', '2019', '2019-05-05']);
  });

  it('reads Arabic relative dates from the paper\'s date, as English "last year" is read', () => {
    const text = 'ارتفع الإنتاج في العام الماضي، وقال الوزير أمس إن الشهر الماضي كان الأسوأ، وإن هذا العام حاسم، وبالعام المقبل يتحسن. وقال أحد المسؤولين إن العام دراسي.\n';
    expect(values(text, 'ar', '2025-01-10')).toEqual([
      ['العام الماضي', '2024'],
      ['أمس', '2025-01-09'],
      ['الشهر الماضي', '2024-12'],
      ['هذا العام', '2025'],
      ['العام المقبل', '2026'],
    ]);
    expect(values('Output rose last year and fell last month.\n', 'en', '2025-01-10').map(([, v]) => v)).toEqual(['2024', '2024-12']);
  });

  it('reads dates written in figures, the day first unless only the other order makes a date', () => {
    expect(values('The board met on 15/3/2024, on 2024/4/2, on 03/15/2024 and on 05.06.2023; not on 31/02/2024.\n').map(([, v]) => v)).toEqual(['2024-03-15', '2024-04-02', '2023-06-05']);
    expect(values('عقد المجلس جلسة في ١٥/٣/٢٠٢٤ وصدر القرار بتاريخ 05-06-2023.\n', 'ar').map(([, v]) => v)).toEqual(['2024-03-15', '2023-06-05']);
    // A year and the next one: a fiscal year; not a document symbol.
    expect(values('The 2023/24 budget and resolution S/2024/65.\n').map(([, v]) => v)).toEqual([{ from: '2023', to: '2024' }]);
    expect(values('موازنة السنة المالية 2024/2025 والقرار S/2024/65.\n', 'ar').map(([, v]) => v)).toEqual([{ from: '2024', to: '2025' }]);
  });

  it('reads Hijri dates (Umm al-Qura) with their Gregorian value, and only with their هـ', () => {
    const text = 'وفي ١٥ رمضان ١٤٤٥ هـ الموافق 25 مارس 2024م صدر القرار، وفي شهر ذي الحجة 1444هـ عُقد المؤتمر. وقال رجب إن صفر 12 ليس رقماً.\n';
    expect(values(text, 'ar', '2025-01-10')).toEqual([
      ['١٥ رمضان ١٤٤٥ هـ', '2024-03-25'],
      ['ذي الحجة 1444هـ', { from: '2023-06-19', to: '2023-07-18' }],
    ]);
    // Safar 1446 has 30 days, Muharram 1446 only 29.
    expect(values('انتهى في 30 صفر 1446ه وبدأ في 30 محرم 1446ه.\n', 'ar', '2025-01-10').map(([, v]) => v)).toEqual(['2024-09-03']);
  });

  it('reads a span of days or months as one date whose value is the range, the first end taking the month and year of the second', () => {
    const en = 'The summit ran 3–5 June 2024 and the talks from 10 to 12 July. In September and October 2023 exports fell; June 3-5, 2024 was hot.\n';
    expect(values(en, 'en', '2025-03-10')).toEqual([
      ['3–5 June 2024', { from: '2024-06-03', to: '2024-06-05' }],
      ['10 to 12 July', { from: '2024-07-10', to: '2024-07-12' }],
      ['September and October 2023', { from: '2023-09', to: '2023-10' }],
    ]);
    const ar = 'عُقدت القمة بين 3 و5 يونيو/حزيران 2024، والمحادثات من 10 إلى 12 يوليو. وبين مارس ومايو 2024 تراجعت الأسعار.\n';
    expect(values(ar, 'ar', '2025-03-10')).toEqual([
      ['3 و5 يونيو/حزيران 2024', { from: '2024-06-03', to: '2024-06-05' }],
      ['10 إلى 12 يوليو', { from: '2024-07-10', to: '2024-07-12' }],
      ['مارس ومايو 2024', { from: '2024-03', to: '2024-05' }],
    ]);
    const names = extract(en, 'en', '2025-03-10').entities.filter((e) => e.type === 'date').map((e) => e.names);
    expect(names.slice(0, 3)).toEqual([{ en: 'June 3–5, 2024', ar: '3–5 يونيو 2024' }, { en: 'July 10–12, 2024', ar: '10–12 يوليو 2024' }, { en: 'September–October 2023', ar: 'سبتمبر–أكتوبر 2023' }]);
    // Not a span: a later day first, two figures with nothing between them in the original.
    expect(values('On 5–3 June 2024 nothing.\n', 'en', '2025-03-10').map(([t]) => t)).toEqual(['3 June 2024']);
    expect(values('وفي البند 1 2 أكتوبر 2024 موعداً.\n', 'ar', '2025-03-10').map(([t]) => t)).toEqual(['2 أكتوبر 2024']);
  });

  it('reads a fiscal year, and a date is never a name of its own', () => {
    const { entities } = extract('In FY2023 the deficit widened; FY 2024/25 cuts it.\n', 'en', '2025-03-10');
    expect(entities.filter((e) => e.type === 'date').map((e) => [e.mentions[0].text, e.value])).toEqual([
      ['FY2023', '2023'],
      ['FY 2024/25', { from: '2024', to: '2025' }],
    ]);
    expect(entities.some((e) => e.type !== 'date' && e.mentions.some((m) => m.text.includes('FY')))).toBe(false);
  });

  it('places a month from the paper\'s date when the words around it do: last March, next December, مارس الماضي, يناير الجاري', () => {
    // The story is in 2019; the paper is of 10 March 2025.
    const en = 'The crisis began in 2019. Last March exports fell; they should recover next December. In June last year prices rose.\n';
    expect(values(en, 'en', '2025-03-10').map(([t, v]) => [t, v])).toEqual([['2019', '2019'], ['March', '2024-03'], ['December', '2025-12'], ['June', '2024-06'], ['last year', '2024']]);
    const ar = 'بدأت الأزمة عام 2019. وفي مارس الماضي تراجعت الصادرات، وفي 12 من يناير الجاري اجتمع المجلس، ويتوقع التعافي في ديسمبر المقبل، وفي يونيو من العام الماضي ارتفعت الأسعار.\n';
    expect(values(ar, 'ar', '2025-03-10').map(([, v]) => v)).toEqual(['2019', '2024-03', '2025-01-12', '2025-12', '2024-06', '2024']);
  });

  it('takes the year in which a day falls on the weekday the text names', () => {
    // 4 February was a Sunday in 2024 and a Tuesday in 2025; the context alone says 2024.
    expect(values('Output fell in 2024. On Tuesday, 4 February, the board approved the plan.\n', 'en', '2025-03-10').map(([, v]) => v)).toEqual(['2024', '2025-02-04']);
    expect(values('Output fell in 2024. On Sunday 4 February the board approved the plan.\n', 'en', '2025-03-10').map(([, v]) => v)).toEqual(['2024', '2024-02-04']);
    expect(values('تراجع الإنتاج في عام 2024. وأقرّ المجلس يوم الثلاثاء 4 شباط/فبراير الخطة.\n', 'ar', '2025-03-10').map(([, v]) => v)).toEqual(['2024', '2025-02-04']);
    // Never past the paper's date for a day not said to be ahead: 4 February 2026 is a Wednesday, 2020 too far back.
    expect(values('Output fell in 2024. On Wednesday, 4 February, the board met.\n', 'en', '2025-03-10').map(([, v]) => v)).toEqual(['2024', '2024-02-04']);
    // "أحد" without its article is "one", not Sunday.
    expect(values('أعلن أحد 4 فبراير موعداً.\n', 'ar', '2025-03-10').map(([, v]) => v)).toEqual(['2025-02-04']);
  });

  it('keeps the narrative\'s time past a month that starts a span, a date in passing and a year that names a thing', () => {
    // "since January 2020" looks back; "of that year" is the year of the last date given.
    expect(values('In October 2021 Amman agreed to buy more. Since January 2020 the utility has imported gas. On 22 November of that year a deal was signed.\n', 'en', '2024-03-12').map(([, v]) => v)).toEqual(['2021-10', '2020-01', '2021-11-22']);
    // Once a paragraph has its date, an earlier one inside a later clause is in passing.
    const passing = 'On 4 October 2024 the court ruled. Trump recognised the claim on 10 December 2020; Spain backed the plan in March 2022; and on 30 July Paris wrote. Paris said it again on 29 October.\n';
    expect(values(passing, 'en', '2024-12-05').map(([, v]) => v)).toEqual(['2024-10-04', '2020-12-10', '2022-03', '2024-07-30', '2024-10-29']);
    // A paragraph's first date is where its story is, even when it is earlier.
    expect(values('On 4 October 2024 the court ruled.\n\nThe talks began on 6 May 2023, and a truce was signed on 20 May.\n', 'en', '2024-12-05').map(([, v]) => v)).toEqual(['2024-10-04', '2023-05-06', '2023-05-20']);
    // "The 2015 agreement", "the floods of 2022" name things; the year of the text stays the paper's.
    expect(values('The 2015 agreement expired. Transit stopped on 1 January.\n', 'en', '2025-01-15').map(([, v]) => v)).toEqual(['2015', '2025-01-01']);
    expect(values('The floods of 2022 changed the debate. On 5 March the cabinet met.\n', 'en', '2024-05-10').map(([, v]) => v)).toEqual(['2022', '2024-03-05']);
    expect(values('لم تحسم اتفاقية جنيف لعام 1966 النزاع. وفي 5 مارس اجتمعت الحكومة.\n', 'ar', '2024-05-10').map(([, v]) => v)).toEqual(['1966', '2024-03-05']);
  });

  it('reads what is to come from the paper\'s date, and "الأول من" and "بحلول مارس" as dates', () => {
    // A story told of 2020 does not date what the court "expects" now.
    expect(values('In June 2020 the firm asked for duties. The court expects to rule again by March.\n', 'en', '2024-12-05').map(([, v]) => v)).toEqual(['2020-06', '2025-03']);
    expect(values('In 2023 the ministry chose a builder. By mid-June, when donors meet, the ministry should close the financing.\n', 'en', '2024-03-12').map(([, v]) => v)).toEqual(['2023', '2024-06']);
    // Reported, it stays in its story's time.
    expect(values('In March 2019 the government said elections will be held in June.\n', 'en', '2025-01-10').map(([, v]) => v)).toEqual(['2019-03', '2019-06']);
    expect(values('وأوقفت الشركة العبور في الأول من يناير/كانون الثاني. وتتوقع المحكمة أن تحكم بحلول مارس.\n', 'ar', '2024-12-20').map(([, v]) => v)).toEqual(['2024-01-01', '2025-03']);
    expect(values('في عام 2023 اختارت الوزارة المقاول. وبحلول منتصف يونيو، حين يجتمع المانحون، ينبغي أن تغلق الوزارة ملف التمويل.\n', 'ar', '2024-03-12').map(([, v]) => v)).toEqual(['2023', '2024-06']);
    // A deadline given in the past runs from its story's time; "سوفا" (Suva) is a town, not "سوف" (will).
    expect(values('في 10 يناير 2025 فُرضت العقوبات، ومُنحت الشركة مهلة حتى 25 فبراير.\n', 'ar', '2025-11-20').map(([, v]) => v)).toEqual(['2025-01-10', '2025-02-25']);
    expect(values('زار الوزير الصين في يوليو 2024. وفي اجتماع سوفا في 3 ديسمبر طالبت الجزر بحد ملزم.\n', 'ar', '2025-03-10').map(([, v]) => v)).toEqual(['2024-07', '2024-12-03']);
  });

  it('lets a date the sentence puts ahead pass the paper\'s date, by a year at most', () => {
    // The paper is of November 2024: the vote "due on 7 January" is in 2025; the one held "on 7 January" was in 2024.
    expect(values('In October 2024 the council met. The vote is due on 7 January. It was last held on 7 January.\n', 'en', '2024-11-20').map(([, v]) => v)).toEqual(['2024-10', '2025-01-07', '2024-01-07']);
    expect(values('ومن المقرر أن تُجرى الانتخابات في 7 يناير.\n', 'ar', '2024-11-20').map(([, v]) => v)).toEqual(['2025-01-07']);
  });

  it('lets a deadline ("until January", "حتى يناير") pass the paper\'s date, by a year at most', () => {
    expect(values('The waiver expired on 9 October 2025. The owners have until January to sell; they waited until March 2025 before.\n', 'en', '2025-11-20').map(([, v]) => v)).toEqual(['2025-10-09', '2026-01', '2025-03']);
    expect(values('انتهت المهلة في 9 أكتوبر/تشرين الأول 2025، ومُنح المالكون مهلة حتى يناير/كانون الثاني.\n', 'ar', '2025-11-20').map(([, v]) => v)).toEqual(['2025-10-09', '2026-01']);
    // Told after the fact, a month before the last date read stays in the year the text has reached.
    expect(values('The waiver expired on 9 October 2025. The talks had gone on until June.\n', 'en', '2025-11-20').map(([, v]) => v)).toEqual(['2025-10-09', '2025-06']);
  });

  it('reads a note\'s year-less date at the place that calls the note, and "late 2023" as its last months', () => {
    const text = 'In June 2019 the court ruled.[^1] The council met in 2024, on 3 May.\n\n[^1]: Reuters, "Court rules," 12 June.\n';
    expect(values(text, 'en', '2024-11-20')).toEqual([
      ['June 2019', '2019-06'],
      ['2024', '2024'],
      ['3 May', '2024-05-03'],
      ['12 June', '2019-06-12'],
    ]);
    expect(values('Talks began in late 2023, and on 4 February the parties signed.\n', 'en', '2025-02-10').map(([, v]) => v)).toEqual(['2023', '2024-02-04']);
    expect(values('بدأت المحادثات في أواخر عام 2023، ووقّع الطرفان في 4 فبراير.\n', 'ar', '2025-02-10').map(([, v]) => v)).toEqual(['2023', '2024-02-04']);
  });

  it('reads the English dates an Arabic edition quotes from its sources', () => {
    expect(values('[^1]: رويترز، "Troops killed 500 people in Moura in March 2022"، 12 مايو/أيار 2023.\n', 'ar', '2024-01-10')).toEqual([
      ['March 2022', '2022-03'],
      ['12 مايو/أيار 2023', '2023-05-12'],
    ]);
    // A source's date after its publisher names no person, and stays a date.
    const { entities } = extract('وقضت المحكمة بذلك.[^1]\n\n[^1]: سارة علي، «تقرير عن الصحراء»، مرصد ثروات الصحراء، أبريل 2024، ص 3.\n', 'ar', '2024-12-05');
    expect(entities.filter((e) => e.type === 'person' && /\d/u.test(e.name))).toEqual([]);
    expect(entities.filter((e) => e.type === 'date').map((e) => e.value)).toContain('2024-04');
  });

  it('reads no date inside a web address', () => {
    expect(values('See https://example.org/2023/05/report-2022.pdf and www.example.com/archive/2019 for 2021.\n')).toEqual([['2021', '2021']]);
  });

  it('reads Arabic dates with either series of month names and the م suffix', () => {
    expect(values('في 29 كانون الثاني/يناير 2024م، وفي أكتوبر 2023، ثم عام ٢٠٢٢، وبين عامي 2006 و2011. مارس الضغط.\n', 'ar')).toEqual([
      ['29 كانون الثاني/يناير 2024م', '2024-01-29'],
      ['أكتوبر 2023', '2023-10'],
      ['٢٠٢٢', '2022'],
      ['2006 و2011', { from: '2006', to: '2011' }],
    ]);
  });

  it('reads relative dates against the paper date, each where it stands', () => {
    expect(values('Last year the framework split.\n', 'en', '2024-05-05')).toEqual([['Last year', '2023']]);
    // The second "next year" is its own mention, not the first one read twice.
    const twice = extract('Early next year the rules come. By the end of next year they apply; yesterday they were drafted.\n', 'en', '2025-03-10').entities.filter((e) => e.type === 'date');
    expect(twice.map((e) => [e.value, e.mentions.map((m) => m.text)])).toEqual([['2026', ['next year', 'next year']], ['2025-03-09', ['yesterday']]]);
  });
});

describe('discovery of names the gazetteer lacks', () => {
  const gold = JSON.parse(readFixture('test/fixtures/entities/synthetic.gold.json')) as { papers: Record<string, { text: string; type: EntityType }[]> };

  it('finds the unseen names of the synthetic papers, English and Arabic (recall ≥ 0.9), and reports them as candidates', () => {
    let found = 0;
    let total = 0;
    for (const [path, names] of Object.entries(gold.papers)) {
      const { entities, file } = extract(readFixture(path), path.endsWith('.ar.md') ? 'ar' : 'en');
      for (const n of names) {
        total++;
        if (entities.some((e) => e.type === n.type && e.source === 'discovered' && e.mentions.some((m) => m.text === n.text))) found++;
      }
      const reported = file.messages.filter((m) => m.ruleId === 'entity-candidate');
      expect(reported.length).toBeGreaterThan(5);
      expect(reported.every((m) => m.fatal === undefined && m.line !== undefined)).toBe(true);
    }
    expect(found / total).toBeGreaterThanOrEqual(0.9);
  });

  it('reads numbered units, "known as" aliases and organizations called by their head word', () => {
    const { entities } = extract(
      "The Assembly of Experts met. Rouhani sat in the Assembly since 1999. The Peshmerga units known as Unit 70 and Unit 80 split. Exports depend on the Basra Oil Marketing Office, known as BOMO. Later BOMO cut sales.\n",
    );
    const byId = mentionsById(entities);
    expect(byId['assembly-of-experts']).toEqual(['Assembly of Experts', 'Assembly']);
    expect(byId['unit-70']).toEqual(['Unit 70']);
    expect(byId['unit-80']).toEqual(['Unit 80']);
    expect(byId['basra-oil-marketing-office']).toEqual(['Basra Oil Marketing Office', 'BOMO', 'BOMO']);
  });

  it('links a discovered surname to its full name', () => {
    const { entities } = extract('Sheikh Adnan al-Shahmani met the press. Later, Shahmani denied it.\n');
    expect(mentionsById(entities)['adnan-al-shahmani']).toEqual(['Adnan al-Shahmani', 'Shahmani']);
  });

  it('finds Arabic people after a first name or title, and organizations after their head word', () => {
    const { entities } = extract('قال الشيخ عدنان الشحماني إن حركة أنصار الله الأوفياء و"تحالف شيعي" جديد لا يمثلان أحدًا، وردّ عليه الشحماني.\n', 'ar');
    const found = entities.filter((e) => e.source === 'discovered').map((e) => [e.type, e.mentions.map((m) => m.text)]);
    expect(found).toEqual([
      ['person', ['عدنان الشحماني', 'الشحماني']],
      ['organization', ['حركة أنصار الله الأوفياء']],
    ]);
  });

  it('keeps concepts, titles and adjectives out', () => {
    const { entities } = extract('He follows Wilayat al-Faqih. The Prime Minister and the Iraqi Shiite factions disagreed. Contrastingly, Ashura passed.\n');
    expect(entities.filter((e) => e.source === 'discovered' && e.type !== 'date')).toEqual([]);
  });
});
