import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Browser, PDF and validator tests are CPU-heavy; two cores is what CI has.
    maxWorkers: 2,
  },
});
