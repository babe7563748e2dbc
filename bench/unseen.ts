/**
 * Quality of import, extraction and build on the papers of test/fixtures/unseen/
 * (written for this purpose, with names the gazetteer lacks and the scars of PDF
 * conversion), against their hand-written gold. Prints one block per paper and
 * the totals; `--json` prints the whole report instead.
 *
 *   npx tsc -p . && node dist/bench/unseen.js [--json]
 */
import { evaluate, type TypeScore } from './unseen-eval.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const list = (label: string, items: string[]) => (items.length ? `    ${label} (${items.length}): ${items.join(' · ')}\n` : '');

const report = await evaluate();
if (process.argv.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  let out = '';
  if (report.crash) out += `BUILD CRASHED: ${report.crash}\n`;
  if (report.formatsMissing.length) out += `formats not available: ${report.formatsMissing.join(', ')}\n`;
  const totals: Record<string, TypeScore> = {};
  let dates = [0, 0];
  let terms = [0, 0];
  for (const p of report.papers) {
    const i = p.import;
    out += `\n== ${p.name}\n`;
    out += `  import: words kept ${pct(i.wordsKept)}, extra words ${i.wordsExtra}, broken words ${i.brokenWords.length}, furniture left ${i.furnitureLeft.length}, paragraph joins missed ${i.paragraphJoinsMissed.length}, headings wrong ${i.headingsWrong.length}, list items wrong ${i.listItemsWrong.length}, placeholder links ${i.placeholderLinks.found}/${i.placeholderLinks.expected}\n`;
    out += list('front matter', i.frontMatterWrong) + list('broken', i.brokenWords) + list('furniture', i.furnitureLeft);
    out += list('paragraph joins missed', i.paragraphJoinsMissed) + list('headings', i.headingsWrong) + list('list items', i.listItemsWrong) + list('import errors', p.importErrors);
    out += `  build: ${p.build.status}; ${p.build.outputs.join(' ')}\n` + list('build errors', p.build.errors);
    const e = p.entities;
    if (!e) continue;
    for (const [type, s] of Object.entries(e.byType)) {
      const t = (totals[type] ??= { gold: 0, found: 0, output: 0, correct: 0, missed: [], spurious: [], split: [], wrongType: [] });
      t.gold += s.gold;
      t.found += s.found;
      t.output += s.output;
      t.correct += s.correct;
      out += `  ${type}: recall ${s.found}/${s.gold} ${pct(s.found / s.gold)}, precision ${s.correct}/${s.output} ${pct(s.correct / Math.max(1, s.output))}\n`;
      out += list('missed', s.missed) + list('spurious', s.spurious) + list('wrong type', s.wrongType) + list('split / not merged', s.split);
    }
    dates = [dates[0] + e.dates.found, dates[1] + e.dates.gold];
    terms = [terms[0] + e.glossary.found, terms[1] + e.glossary.expected];
    out += `  dates: recall ${e.dates.found}/${e.dates.gold} ${pct(e.dates.found / e.dates.gold)}\n` + list('missed', e.dates.missed) + list('spurious', e.dates.spurious);
    out += `  glossary: ${e.glossary.found}/${e.glossary.expected} expected terms at full count\n` + list('short', e.glossary.missed) + list('matched inside a name', e.glossary.insideNames);
  }
  out += '\n== totals\n';
  for (const [type, t] of Object.entries(totals)) out += `  ${type}: recall ${pct(t.found / t.gold)} (${t.found}/${t.gold}), precision ${pct(t.correct / Math.max(1, t.output))} (${t.correct}/${t.output})\n`;
  out += `  dates: recall ${pct(dates[0] / dates[1])} (${dates[0]}/${dates[1]})\n  glossary: ${terms[0]}/${terms[1]} expected terms\n`;
  const mean = report.papers.reduce((s, p) => s + p.import.wordsKept, 0) / report.papers.length;
  out += `  import: mean words kept ${pct(mean)}; broken words ${report.papers.reduce((s, p) => s + p.import.brokenWords.length, 0)}; headings wrong ${report.papers.reduce((s, p) => s + p.import.headingsWrong.length, 0)}\n`;
  process.stdout.write(out);
}
