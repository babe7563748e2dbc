/**
 * Discovery on generated papers whose names are invented from syllables
 * (bench/entities-generated.ts): no gazetteer or dataset knows them, so what
 * is found is found by the rules. The floors are the measured figures less a
 * margin; they were measured on the same generator the rules were checked
 * against, so they say more about regressions than about unseen papers.
 */
import { describe, expect, it } from 'vitest';
import { f1, generatePaper, NAME_TYPES, scoreGenerated } from '../bench/entities-generated.js';

const FLOORS = {
  en: { person: 0.9, organization: 0.9, place: 0.9 },
  ar: { person: 0.9, organization: 0.9, place: 0.85 },
} as const;

describe('generated papers with invented names', () => {
  const score = scoreGenerated(6, 101);

  it('writes both editions hard-wrapped, with the same entities', () => {
    const p = generatePaper(3);
    for (const lang of ['en', 'ar'] as const) expect(p[lang].source.slice(p[lang].bodyAt).split('\n\n')[0].split('\n').length).toBeGreaterThan(1);
    const ids = (lang: 'en' | 'ar') => new Set(p[lang].mentions.map((m) => `${m.type}:${m.entity}`));
    expect(ids('ar')).toEqual(ids('en'));
  });

  for (const lang of ['en', 'ar'] as const) {
    for (const type of NAME_TYPES) {
      it(`${lang} ${type}: F1 ≥ ${FLOORS[lang][type]}`, () => {
        expect(score.byType[lang][type].gold).toBeGreaterThan(10);
        expect(f1(score.byType[lang][type]).f).toBeGreaterThanOrEqual(FLOORS[lang][type]);
      });
    }
    it(`${lang}: every date, year-less ones resolved from the year before them`, () => {
      expect(score.dates[lang].right).toBe(score.dates[lang].gold);
    });
  }
});
