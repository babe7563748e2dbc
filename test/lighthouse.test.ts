/**
 * Lighthouse on one page of each type of a real build (index, editions in
 * both languages, bilingual page, listings, search), mobile, in one
 * Chromium: SEO, accessibility and best practices 100, performance 95 or
 * more (a page below on its first run is judged on the median of three).
 * Slow (about a quarter of a minute a page): bench/lighthouse.ts prints the
 * same scores.
 */
import { beforeAll, expect, test } from 'vitest';
import { resolve } from 'node:path';
import { buildTestSite, PAGE_TYPES } from './site.js';
import { lighthouseScores, type PageScores } from '../bench/lighthouse-run.js';

const OUT = resolve('test/artifacts/lighthouse-site');
let results: PageScores[] = [];
/** The bar; a page below it on its first run is judged on the median of three. */
const PERFORMANCE = 95;

beforeAll(async () => {
  await buildTestSite(OUT);
  results = await lighthouseScores(OUT, Object.values(PAGE_TYPES), PERFORMANCE);
}, 900_000);

test.each(Object.entries(PAGE_TYPES))('%s (%s) scores 100 for SEO, accessibility and best practices, 95 or more for performance', (_, path) => {
  const r = results.find((x) => x.path === path)!;
  expect({ path, ...r.scores, failed: r.failed }).toEqual({ path, performance: expect.any(Number), accessibility: 100, 'best-practices': 100, seo: 100, failed: expect.any(Array) });
  expect(r.scores.performance, r.failed.join('\n')).toBeGreaterThanOrEqual(PERFORMANCE);
});
