/**
 * The build worker as piscina loads it when the CLI runs from its bundle: it
 * runs dist/bundle/worker.cjs with that bundle's code cache, as papers.ts
 * runs the CLI's. A worker is on a lone paper's critical path (it draws the
 * PDF editions once it has loaded), so it does not compile its bundle from
 * source either (docs/performance.md).
 */
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';
import type { Task, WorkerData } from '../batch/worker.js';
import { runBundle, writeCodeCache } from './code-cache.js';

type Handler = (task: Task) => Promise<unknown>;

// A lone paper's worker starts with TurboFan off (tiering.ts), and V8 takes only a cache made so.
const variant = (workerData as WorkerData | undefined)?.unoptimized ? 'no-opt' : '';
const run = runBundle(fileURLToPath(new URL('../../bundle/worker.cjs', import.meta.url)), variant);
const handler = run.exports as Handler;
/** The training build of train.ts that makes this bundle's cache. */
const training = process.env.PAPERS_WRITE_CODE_CACHE === 'worker';

export default async function buildTask(task: Task): Promise<unknown> {
  const result = await handler(task);
  // Saved after every task (the last one wins: piscina ends its workers without a last word), under the flags it ran with.
  if (training) writeCodeCache(run);
  return result;
}
