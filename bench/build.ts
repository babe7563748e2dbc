/**
 * Speed and memory of `papers build` on a generated corpus (bench/corpus.ts),
 * through the real CLI, the way CI runs it. Prints, each as the median of
 * several runs:
 *   - papers per second, CPU time per paper and peak RSS (the process's,
 *     worker threads included) of a cold build with --jobs 1 and --jobs 2, and
 *     the speed-up;
 *   - the no-op rebuild of the whole corpus (every paper cached);
 *   - the cold build of the one sample paper (source/), all editions, by
 *     default (its PDF editions on a second thread) and with --jobs 1;
 *   - pandoc converting the same English sources to HTML, one process per
 *     paper, beside `papers build --lang en --format html --jobs 1`.
 * The load average is printed too: figures taken on a busy machine are slower.
 *
 *   npx tsc -p . && node dist/bench/build.js [--papers 200] [--runs 3]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { makeCorpus } from './corpus.js';
import { median } from './stats.js';

const { values } = parseArgs({ options: { papers: { type: 'string', default: '200' }, runs: { type: 'string', default: '3' } } });
const N = Number(values.papers);
const RUNS = Number(values.runs);

const ROOT = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();
const CLI = join(ROOT, 'dist/pipeline/launch/papers.js');


interface Summary {
  built: number;
  skipped: number;
  failed: number;
  peakRssMb: number;
  cpuSeconds: number;
}

/** One CLI run: wall time in seconds and the JSON report's summary. */
function papers(args: string[], cwd: string): { seconds: number; summary: Summary } {
  const start = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args, '--reporter', 'json'], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' }, maxBuffer: 1 << 30 });
  const seconds = (performance.now() - start) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`papers ${args.join(' ')} exited ${r.status}: ${r.stderr.slice(-2000)}`);
  return { seconds, summary: (JSON.parse(r.stdout) as { summary: Summary }).summary };
}

const work = mkdtempSync(join(tmpdir(), 'papers-bench-'));
const fresh = (name: string) => {
  const out = join(work, name);
  rmSync(out, { recursive: true, force: true });
  return out;
};
const load = () => loadavg()[0].toFixed(1);

console.log(`papers build benchmark: ${N} papers, median of ${RUNS} runs, ${availableParallelism()} cores, load average ${load()}`);
makeCorpus(N, join(work, 'corpus'));
// The generated papers inherit the publisher and document type from the project config, as source/'s do.
copyFileSync(join(ROOT, 'papers.yml'), join(work, 'papers.yml'));
const rows: [string, string][] = [];

const cold: Record<number, { rate: number; rss: number }> = {};
for (const jobs of [1, 2]) {
  const runs = Array.from({ length: RUNS }, () => papers(['build', 'corpus', '--out', fresh(`out-${jobs}`), '--jobs', String(jobs)], work));
  const failed = runs[0].summary.failed;
  const seconds = median(runs.map((r) => r.seconds));
  const cpu = median(runs.map((r) => r.summary.cpuSeconds));
  cold[jobs] = { rate: N / seconds, rss: Math.max(...runs.map((r) => r.summary.peakRssMb)) };
  rows.push([
    `cold build, --jobs ${jobs}`,
    `${cold[jobs].rate.toFixed(2)} papers/s (${seconds.toFixed(1)} s wall, ${((1000 * cpu) / N).toFixed(0)} ms CPU per paper), peak RSS ${cold[jobs].rss} MB${failed ? `, ${failed} failed` : ''}`,
  ]);
}
rows.push(['speed-up 1 → 2 jobs', `${(cold[2].rate / cold[1].rate).toFixed(2)}×`]);

const noop = Array.from({ length: Math.max(RUNS, 5) }, () => papers(['build', 'corpus', '--out', join(work, 'out-2')], work));
rows.push([`no-op rebuild of ${N} papers`, `${median(noop.map((r) => r.seconds)).toFixed(2)} s (skipped ${noop[0].summary.skipped})`]);

// The default (a PDF edition on a second thread, which loads while the paper is processed) and one thread only.
for (const [label, extra] of [['', []], [', --jobs 1', ['--jobs', '1']]] as const) {
  const sample = Array.from({ length: Math.max(RUNS, 5) }, () => papers(['build', join(ROOT, 'source'), '--out', fresh('out-sample'), ...extra], work));
  rows.push([
    `cold build of the sample paper (all editions)${label}`,
    `${median(sample.map((r) => r.seconds)).toFixed(2)} s wall, ${median(sample.map((r) => r.summary.cpuSeconds)).toFixed(2)} s CPU, peak RSS ${Math.max(...sample.map((r) => r.summary.peakRssMb))} MB`,
  ]);
}

const enHtml = Array.from({ length: RUNS }, () => papers(['build', 'corpus', '--out', fresh('out-en-html'), '--lang', 'en', '--format', 'html', '--jobs', '1'], work));
const ours = median(enHtml.map((r) => r.seconds));
rows.push(['papers, English HTML only, --jobs 1', `${(N / ours).toFixed(2)} papers/s (${ours.toFixed(1)} s)`]);

const pandocRuns = Array.from({ length: RUNS }, () => {
  const out = fresh('out-pandoc');
  mkdirSync(out);
  const start = performance.now();
  for (const slug of readdirSync(join(work, 'corpus')).sort()) {
    const r = spawnSync('pandoc', ['-f', 'markdown', '-t', 'html5', '-s', '--metadata', `pagetitle=${slug}`, join(work, 'corpus', slug, 'en.md'), '-o', join(out, `${slug}.html`)], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`pandoc failed on ${slug}: ${r.stderr}`);
  }
  return (performance.now() - start) / 1000;
});
const pandoc = median(pandocRuns);
rows.push(['pandoc, English → HTML, one process per paper', `${(N / pandoc).toFixed(2)} papers/s (${pandoc.toFixed(1)} s); papers/pandoc time ratio ${(ours / pandoc).toFixed(2)}`]);

const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`  ${k.padEnd(width)}  ${v}`);
console.log(`load average at the end ${load()}`);
rmSync(work, { recursive: true, force: true });
