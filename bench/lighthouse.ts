/**
 * Lighthouse scores of one page of each type of a site built from the
 * repository's papers (test/site.ts), mobile, as the test checks them.
 * Prints each page's four scores and the audits that did not pass.
 *
 *   npx tsc -p . && node dist/bench/lighthouse.js [output folder]
 */
import { resolve } from 'node:path';
import { buildTestSite, PAGE_TYPES } from '../test/site.js';
import { CATEGORIES, lighthouseScores } from './lighthouse-run.js';

const out = resolve(process.argv[2] ?? 'test/artifacts/lighthouse-site');
await buildTestSite(out);
const results = await lighthouseScores(out, Object.values(PAGE_TYPES));
console.log(['page', ...CATEGORIES].join('\t'));
for (const r of results) {
  console.log([r.path, ...CATEGORIES.map((c) => r.scores[c])].join('\t'));
  for (const f of r.failed) console.log(`  ${f}`);
}
