/**
 * The paper against the locales (pipeline/locales/house-spelling.ts): a name
 * or term written otherwise than the gazetteer or termbase lists it is
 * reported once, at its first place, with the listed spelling; listed
 * spellings, inflections and typography are not.
 */
import { describe, expect, it } from 'vitest';
import { processText } from '../pipeline/process.js';
import { Rules } from '../pipeline/model/rules.js';
import type { Lang } from '../pipeline/model/paper.js';

const FRONT = (lang: Lang) => `---
title: Test
type: ${lang === 'en' ? 'Position Paper' : 'تقدير موقف'}
date: 2024-05-05
lang: ${lang}
publisher:
  name: { en: International Institute for Iranian Studies, ar: المعهد الدولي للدراسات الإيرانية }
---

`;

function spellings(body: string, lang: Lang) {
  const text = FRONT(lang) + body;
  const { file } = processText(text, { slug: 'test', lang, source: `source/test/${lang}.md` });
  return file.messages
    .filter((m) => m.ruleId === Rules.houseSpelling.id)
    .map((m) => ({ actual: m.actual, expected: m.expected?.[0], line: m.line, column: m.column, severity: m.fatal, reason: m.reason }));
}

describe('house spelling in an English paper', () => {
  it('reports a name spelled otherwise, once, at its first place, with the gazetteer spelling', () => {
    const found = spellings("Mohammad Shia' al-Sudani met Qais al Khazali.\n\nLater Mohammad Shia' al-Sudani left.\n", 'en');
    expect(found.map((f) => [f.actual, f.expected, f.line, f.column])).toEqual([
      ["Mohammad Shia' al-Sudani", 'Mohammed Shia al-Sudani', 10, 1],
      ['Qais al Khazali', 'Qais al-Khazali', 10, 30],
    ]);
    expect(found[0].severity).toBeUndefined();
    expect(found[0].reason).toContain('(2 times; the first here)');
    expect(found[0].reason).toContain('`mohammed-shia-al-sudani`');
  });

  it('accepts listed names, aliases, short forms and head words, whatever their case and apostrophe glyph', () => {
    const body = 'Nouri al-Maliki and Nuri al-Maliki met. Maliki and al-Maliki spoke to Muqtada al-Sadr; Sadr refused. Kata’ib Hezbollah and KATA\'IB HEZBOLLAH fired. The Assembly of Experts met; the Assembly adjourned.\n';
    expect(spellings(body, 'en')).toEqual([]);
  });

  it('reports a term spelled otherwise, but not its plural, possessive or diacritics', () => {
    const found = spellings("The marjaiyya and the marjas met; the marja's office, the Marjaiyya, Wilāyat al-Faqīh and Wilayat al-Faqih. A Shi'ite cleric.\n", 'en');
    expect(found.map((f) => [f.actual, f.expected])).toEqual([["Shi'ite", 'Shiite']]);
  });
});

describe('house spelling in an Arabic paper', () => {
  it('reports a name or term with a letter the locales write otherwise (ى for ي, ه for ة, a missing hamza)', () => {
    const found = spellings('التقى نوري المالكى بعمار الحكيم، وتحدث عن المرجعيه وعن حجة الاسلام.\n', 'ar');
    expect(found.map((f) => [f.actual, f.expected])).toEqual([
      ['نوري المالكى', 'نوري المالكي'],
      ['المرجعيه', 'المرجعية'],
      ['حجة الاسلام', 'حجة الإسلام'],
    ]);
  });

  it('accepts the clitics, article and endings words carry, and harakat', () => {
    const body = 'قال نوري المالكي إن للحشد الشعبي دورًا، وإن لمرجعيته والمرجعيّة وبالمرجعية مكانة، والتقى بالمالكي وفد من مدينة مشهد.\n';
    expect(spellings(body, 'ar')).toEqual([]);
  });

  it('finds Mashhad only as the city, never in المشهد (the scene)', () => {
    const { paper } = processText(`${FRONT('ar')}تغيّر المشهد السياسي، وزار وفد مدينة مشهد.\n`, { slug: 'test', lang: 'ar', source: 'source/test/ar.md' });
    const mashhad = paper!.entities.find((e) => e.id === 'mashhad');
    expect(mashhad?.name).toBe('مشهد');
    expect(mashhad?.mentions.map((m) => m.text)).toEqual(['مدينة مشهد']);
  });
});
