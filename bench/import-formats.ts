/**
 * Figures of `papers import` on PDF and Word inputs made from the dev papers
 * of the corpus (bench/import-inputs.ts): for each paper, language and kind
 * of input, the share of body words back in order, of headings (and at their
 * level), furniture lines left, notes and links back, lam-alef or punctuation
 * reversals, and whether the result builds with only papers.yml beside it.
 *
 *   npm run compile && node dist/bench/import-formats.js [paper…]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { INPUT_KINDS, makeInputs, measure, type InputKind } from './import-inputs.js';

const CORPUS = 'test/fixtures/corpus/dev';
const PAPERS = [process.execPath, resolve('dist/pipeline/launch/papers.js')];
const chosen = process.argv.slice(2);
const papers = readdirSync(CORPUS).filter((p) => !chosen.length || chosen.includes(p));
const work = mkdtempSync(join(tmpdir(), 'papers-import-formats-'));
const project = join(work, 'project');
mkdirSync(project, { recursive: true });
// The project's config, with the publisher of the corpus's papers (they name theirs in front matter).
copyFileSync('papers.yml', join(project, 'papers.yml'));

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log('| paper | lang | input | words | headings | levels | furniture | notes | links | reversals | builds |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
for (const paper of papers) {
  for (const lang of ['en', 'ar']) {
    const inputs = makeInputs(join(CORPUS, paper), lang, join(work, paper, lang), PAPERS);
    const original = readFileSync(join(CORPUS, paper, `${lang}.md`), 'utf8');
    for (const kind of INPUT_KINDS as InputKind[]) {
      const out = join(project, 'source', `${paper}-${kind}`, `${lang}.md`);
      const run = spawnSync(PAPERS[0], [...PAPERS.slice(1), 'import', inputs[kind], '--out', out, '--lang', lang], { cwd: project, encoding: 'utf8' });
      let imported = '';
      try {
        imported = readFileSync(out, 'utf8');
      } catch {
        console.log(`| ${paper} | ${lang} | ${kind} | failed: ${run.stderr.trim().split('\n').at(-1)} |`);
        continue;
      }
      const check = spawnSync(PAPERS[0], [...PAPERS.slice(1), 'check', join('source', `${paper}-${kind}`)], { cwd: project, encoding: 'utf8' });
      const m = measure(original, imported);
      console.log(
        `| ${paper} | ${lang} | ${kind} | ${pct(m.words)} | ${pct(m.headings)} | ${pct(m.headingLevels)} | ${m.furniture.length} | ${m.notes.join('/')} | ${m.links.join('/')} | ${m.reversals} | ${check.status === 0 ? 'yes' : 'no'} |`,
      );
      if (process.env.SHOW) writeFileSync(join(work, `${paper}.${lang}.${kind}.md`), imported);
    }
  }
}
console.error(`inputs and outputs in ${work}`);
