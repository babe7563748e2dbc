/**
 * Entity extraction on held-out papers written after the rules, whose names the
 * gazetteer lacks on purpose (test/fixtures/entities/heldout/, hand-annotated
 * inline in *.annotated*.md). The bars are the figures reached when the rules
 * were last changed, minus a small margin, so a rule that helps the sample but
 * hurts unseen papers fails here. `node dist/bench/entities-heldout.js` prints
 * the figures and every miss.
 */
import { describe, expect, it } from 'vitest';
import { scoreAll, totals, type PaperScore } from '../bench/entities-heldout-eval.js';

const papers: PaperScore[] = scoreAll();
const english = papers.filter((p) => p.lang === 'en');
const arabic = papers.filter((p) => p.lang === 'ar');

/** [precision, recall] bars per type. */
const BARS = {
  en: { person: [0.93, 0.93], organization: [0.95, 0.88], place: [0.94, 0.91] },
  ar: { person: [0.85, 0.85], organization: [0.87, 0.9], place: [0.93, 0.9] },
} as const;

describe('held-out papers', () => {
  it('are mostly names the gazetteer lacks', () => {
    for (const p of papers) expect(p.known.length, p.name).toBeLessThan(30);
    expect(english.reduce((s, p) => s + p.byType.person.gold, 0)).toBeGreaterThanOrEqual(80);
  });

  for (const [lang, group] of [['en', english], ['ar', arabic]] as const) {
    for (const type of ['person', 'organization', 'place'] as const) {
      it(`${lang} ${type}: precision and recall stay at their measured level`, () => {
        const s = totals(group, type);
        expect(s.precision).toBeGreaterThanOrEqual(BARS[lang][type][0]);
        expect(s.recall).toBeGreaterThanOrEqual(BARS[lang][type][1]);
      });
    }
  }

  it('finds every date with its ISO value', () => {
    for (const p of papers) expect(p.dates.wrong, p.name).toEqual([]);
  });

  it('links most short forms, acronyms and head words to the full name', () => {
    const right = english.reduce((s, p) => s + p.links.right, 0);
    const total = english.reduce((s, p) => s + p.links.total, 0);
    expect(right / total).toBeGreaterThanOrEqual(0.85);
  });
});
