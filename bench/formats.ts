/**
 * Where a build's CPU goes, format by format: `papers build` of N generated
 * papers (bench/corpus.ts), both languages, `--jobs 1`, once per format (json
 * is processing and the JSON edition; html and pdf add their editions to
 * processing), each the median of RUNS cold builds. CPU time (user + system,
 * the build's own report), which holds up on a shared machine where wall time
 * does not.
 *
 *   npx tsc -p . && node dist/bench/formats.js [--papers 30] [--runs 3] [--formats json,html,pdf]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { makeCorpus, ROOT } from './corpus.js';
import { median } from './stats.js';

const { values } = parseArgs({ options: { papers: { type: 'string', default: '30' }, runs: { type: 'string', default: '3' }, formats: { type: 'string', default: 'json,html,pdf' } } });
const N = Number(values.papers);
const RUNS = Number(values.runs);

const CLI = join(ROOT, 'dist/pipeline/launch/papers.js');

const work = mkdtempSync(join(tmpdir(), 'papers-formats-'));
makeCorpus(N, join(work, 'corpus'));
copyFileSync(join(ROOT, 'papers.yml'), join(work, 'papers.yml'));
console.log(`CPU of papers build by format: ${N} generated papers, --jobs 1, median of ${RUNS} runs, load average ${loadavg()[0].toFixed(1)}`);
for (const format of values.formats.split(',')) {
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = join(work, 'out');
    rmSync(out, { recursive: true, force: true });
    const r = spawnSync(process.execPath, [CLI, 'build', 'corpus', '--out', out, '--format', format, '--jobs', '1', '--reporter', 'json'], { cwd: work, encoding: 'utf8', env: { ...process.env, CI: '1' }, maxBuffer: 1 << 30 });
    if (r.status !== 0 && r.status !== 1) throw new Error(`papers build --format ${format} exited ${r.status}: ${r.stderr.slice(-2000)}`);
    cpu.push((JSON.parse(r.stdout) as { summary: { cpuSeconds: number } }).summary.cpuSeconds);
  }
  const sorted = [...cpu].sort((a, b) => a - b);
  console.log(`  ${format.padEnd(5)} ${median(cpu).toFixed(2)} s CPU (${((1000 * median(cpu)) / N).toFixed(0)} ms per paper; runs ${sorted.map((c) => c.toFixed(2)).join(', ')})`);
}
console.log(`load average at the end ${loadavg()[0].toFixed(1)}`);
rmSync(work, { recursive: true, force: true });
