/**
 * What a second core gives plain JavaScript on this machine, as a yardstick
 * for `--jobs 2` (docs/cli.md, "Why two jobs are not twice as fast"). Each
 * workload runs once in one worker thread, then twice at once in two; the
 * gain is how much more work the two did per second. Prints the median gain
 * of several runs per workload.
 *
 *   npx tsc -p . && node dist/bench/cores.js [--runs 3]
 */
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { median } from './stats.js';

/** Each takes about half a second in one thread on this machine; only `json` and `strings` allocate much. */
const WORKLOADS: Record<string, () => number> = {
  /** Four interleaved floating-point chains: the core's arithmetic units. */
  arithmetic: () => {
    let [a, b, c, d] = [1.1, 2.2, 3.3, 4.4];
    for (let i = 0; i < 2e8; i++) {
      a = a * 1.0000001 + b;
      b = b * 0.9999999 + c;
      c = c * 1.0000001 + d;
      d = d * 0.9999999 + a;
    }
    return a + d;
  },
  /** Sorting a 32 MB typed array: memory and branches. */
  sort: () => {
    const numbers = new Float64Array(4e6).map((_, i) => Math.sin(i));
    return numbers.sort()[1];
  },
  /** JSON round trips of 20,000 small objects: allocation and garbage collection, as in a paper build. */
  json: () => {
    const objects = Array.from({ length: 20_000 }, (_, i) => ({ id: i, name: `item${i}`, tags: [`a${i}`, 'b'], at: { x: i / 3, y: String(i) } }));
    let n = 0;
    for (let k = 0; k < 16; k++) n += (JSON.parse(JSON.stringify(objects)) as unknown[]).length;
    return n;
  },
  /** Regular expressions over text and the strings they make. */
  strings: () => {
    const text = 'The coalition, formed in 2021 by al-Sadr, won 73 of 329 seats. '.repeat(40_000);
    let n = 0;
    for (let k = 0; k < 20; k++) n += (text.match(/\b[A-Z][a-z]+\b|\d+/g) ?? []).length + text.split(/[,.]\s*/).length;
    return n;
  },
};

if (!isMainThread) {
  WORKLOADS[workerData as string]();
  parentPort!.postMessage('done');
} else {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '3' } } });
  const runs = Number(values.runs);
  /** Wall time of `threads` workers each running the workload once, in ms. */
  const timed = (name: string, threads: number) =>
    new Promise<number>((resolve, reject) => {
      const start = performance.now();
      let left = threads;
      for (let i = 0; i < threads; i++) {
        new Worker(new URL(import.meta.url), { workerData: name })
          .on('message', () => --left === 0 && resolve(performance.now() - start))
          .on('error', reject);
      }
    });
  console.log(`two threads against one: ${availableParallelism()} cores, median of ${runs} runs, load average ${loadavg()[0].toFixed(1)}`);
  for (const name of Object.keys(WORKLOADS)) {
    const gains: number[] = [];
    const ones: number[] = [];
    for (let r = 0; r < runs; r++) {
      const one = await timed(name, 1);
      const two = await timed(name, 2);
      ones.push(one);
      gains.push((2 * one) / two);
    }
    console.log(`  ${name.padEnd(10)} one thread ${median(ones).toFixed(0)} ms; work per second with two: ${median(gains).toFixed(2)}×`);
  }
}
