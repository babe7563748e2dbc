/**
 * Speed of `importConverted` on the sample paper as the converter left it.
 * The first run (which reads the word list) is reported apart; then RUNS runs
 * on fresh files. Prints the median and spread of wall and CPU time in
 * milliseconds, and the process's peak RSS. Then the same for a PDF: the
 * sample's 14-page PDF edition imported in this process (warm) and by the
 * CLI in a new process each time (cold).
 *
 *   npm run compile && node dist/bench/import.js [runs]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { resourceUsage } from 'node:process';
import { VFile } from 'vfile';
import { importConverted } from '../pipeline/import/index.js';
import { importFile } from '../pipeline/import/file.js';
import { summary } from './stats.js';

const SAMPLE = 'test/fixtures/import/sample-rifts.txt';
const RUNS = Number(process.argv[2] ?? 30);

const text = readFileSync(SAMPLE, 'utf8');
const time = () => {
  const start = process.hrtime.bigint();
  const used = process.cpuUsage();
  const { file } = importConverted(text, new VFile({ path: SAMPLE }));
  const spent = process.cpuUsage(used);
  return { wall: Number(process.hrtime.bigint() - start) / 1e6, cpu: (spent.user + spent.system) / 1e3, messages: file.messages.length };
};

const first = time();
const wall: number[] = [];
const cpu: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const run = time();
  wall.push(run.wall);
  cpu.push(run.cpu);
}
console.log(`importConverted on ${SAMPLE}: ${text.length} characters, ${first.messages} messages, ${RUNS} runs`);
console.log(`  first run ${first.wall.toFixed(2)} ms wall (reads the word list)`);
console.log(`  wall ${summary(wall)}`);
console.log(`  cpu  ${summary(cpu)}`);
console.log(`  peak RSS ${(resourceUsage().maxRSS / 1024).toFixed(0)} MB`);

// The sample's 14-page English PDF edition: importFile in this process (warm), then the CLI (cold, a new process each run).
const work = mkdtempSync(join(tmpdir(), 'papers-bench-import-'));
const cli = [process.execPath, resolve('dist/pipeline/launch/papers.js')];
execFileSync(cli[0], [...cli.slice(1), 'build', 'source', '--out', work, '--lang', 'en', '--format', 'pdf'], { stdio: 'ignore' });
const pdfPath = join(work, 'rifts-within-iraqi-shiite-parties', 'en.pdf');
const pdf = new Uint8Array(readFileSync(pdfPath));
const PDF_RUNS = Math.min(RUNS, 9);
const pdfWall: number[] = [];
const pdfCpu: number[] = [];
let produced = '';
for (let i = 0; i <= PDF_RUNS; i++) {
  const start = process.hrtime.bigint();
  const used = process.cpuUsage();
  const { markdown } = await importFile(pdf, { path: pdfPath });
  const spent = process.cpuUsage(used);
  // The first run loads pdf.js and the word list: it is the cold part of a warm process.
  if (i) {
    pdfWall.push(Number(process.hrtime.bigint() - start) / 1e6);
    pdfCpu.push((spent.user + spent.system) / 1e3);
  }
  produced = `${markdown.length} characters out`;
}
const pages = /Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1];
console.log(`importFile on the sample's PDF edition (${pages} pages, ${produced}), ${PDF_RUNS} warm runs`);
console.log(`  wall ${summary(pdfWall)}`);
console.log(`  cpu  ${summary(pdfCpu)}`);
// A new process each run; bash's \`time\` gives its CPU time (a loaded machine stretches the wall time, not this).
const coldWall: number[] = [];
const coldCpu: number[] = [];
for (let i = 0; i < PDF_RUNS; i++) {
  const start = process.hrtime.bigint();
  const timed = spawnSync('bash', ['-c', 'TIMEFORMAT="%U %S"; time "$@" > /dev/null 2>&1', 'bash', ...cli, 'import', pdfPath, '--out', join(work, 'out.md')], { encoding: 'utf8' });
  coldWall.push(Number(process.hrtime.bigint() - start) / 1e6);
  const [user, system] = timed.stderr.trim().split(/\s+/u).map(Number);
  coldCpu.push((user + system) * 1000);
}
console.log(`papers import of the same PDF, ${PDF_RUNS} cold CLI runs`);
console.log(`  wall ${summary(coldWall)}`);
console.log(`  cpu  ${summary(coldCpu)}`);
