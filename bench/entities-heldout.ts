/**
 * Entity extraction on the held-out papers (test/fixtures/entities/heldout/):
 * precision and recall per type, dates, coreference links, and every miss.
 *
 *   npx tsc -p . && node dist/bench/entities-heldout.js [--quiet]
 */
import { printMisses, scoreAll, totals, TYPES, type PaperScore } from './entities-heldout-eval.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const quiet = process.argv.includes('--quiet');
const papers = scoreAll();
const line = (label: string, ps: PaperScore[]) => {
  const t = TYPES.map((type) => {
    const s = totals(ps, type);
    return `${type} P ${pct(s.precision)} R ${pct(s.recall)} (${s.gold})`;
  });
  const dates = ps.reduce((a, p) => [a[0] + p.dates.rightValue, a[1] + p.dates.gold, a[2] + p.dates.output], [0, 0, 0]);
  const links = ps.reduce((a, p) => [a[0] + p.links.right, a[1] + p.links.total], [0, 0]);
  return `${label}: ${t.join(' · ')} · dates ${dates[0]}/${dates[1]} (output ${dates[2]}) · links ${links[0]}/${links[1]}`;
};
for (const p of papers) {
  console.log(line(p.name, [p]));
  if (quiet) continue;
  printMisses(p);
}
console.log(line('English', papers.filter((p) => p.lang === 'en')));
console.log(line('all', papers));
