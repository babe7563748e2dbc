/**
 * Speed of `importConverted` on the sample paper as the converter left it.
 * The first run (which reads the word list) is reported apart; then RUNS runs
 * on fresh files. Prints the median and spread of wall and CPU time in
 * milliseconds, and the process's peak RSS.
 *
 *   npx tsc -p . && node dist/bench/import.js [runs]
 */
import { readFileSync } from 'node:fs';
import { resourceUsage } from 'node:process';
import { VFile } from 'vfile';
import { importConverted } from '../pipeline/import/index.js';
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
