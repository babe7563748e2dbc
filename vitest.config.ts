import { defineConfig } from 'vitest/config';

/** Timing-sensitive files: run after every other file has finished, so no other test shares the two cores with them. */
const ALONE = ['test/lighthouse.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser, PDF and validator tests are CPU-heavy; two cores is what CI has.
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'tests', include: ['test/**/*.test.ts'], exclude: ALONE, sequence: { groupOrder: 0 } } },
      // Lighthouse simulates a slow phone from the page's measured CPU work: other tests running beside it would slow that down.
      { extends: true, test: { name: 'alone', include: ALONE, fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
