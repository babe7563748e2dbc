/**
 * Speed of the alignment stage on the sample pair: both editions are processed
 * once, then alignPapers runs RUNS times on fresh files. Prints the median and
 * spread of wall time and of CPU time (the CPU figure holds up when other
 * processes share the machine), in milliseconds, and the process's peak RSS.
 *
 *   npx tsc -p . && node dist/bench/align.js [runs]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { resourceUsage } from 'node:process';
import { VFile } from 'vfile';
import { processText } from '../pipeline/process.js';
import { alignPapers } from '../pipeline/align/index.js';
import type { Lang } from '../pipeline/model/paper.js';
import { summary } from './stats.js';

const SLUG = 'rifts-within-iraqi-shiite-parties';
const RUNS = Number(process.argv[2] ?? 50);

function load(lang: Lang) {
  const source = join('source', SLUG, `${lang}.md`);
  const text = readFileSync(source, 'utf8');
  const { paper } = processText(text, { slug: SLUG, lang, source });
  if (!paper) throw new Error(`${source} did not process`);
  return { paper, text, source };
}

const en = load('en');
const ar = load('ar');
const wall: number[] = [];
const cpu: number[] = [];
let pairs = 0;
for (let i = 0; i < RUNS; i++) {
  const files = { en: new VFile({ path: en.source, value: en.text }), ar: new VFile({ path: ar.source, value: ar.text }) };
  const start = process.hrtime.bigint();
  const used = process.cpuUsage();
  pairs = alignPapers(en.paper, ar.paper, files).alignment.length;
  const spent = process.cpuUsage(used);
  wall.push(Number(process.hrtime.bigint() - start) / 1e6);
  cpu.push((spent.user + spent.system) / 1e3);
}
console.log(`alignPapers on ${SLUG}: ${pairs} pairs, ${RUNS} runs`);
console.log(`  wall ${summary(wall)}`);
console.log(`  cpu  ${summary(cpu)}`);
console.log(`  peak RSS ${(resourceUsage().maxRSS / 1024).toFixed(0)} MB (includes processing both editions)`);
