/**
 * The build worker as piscina loads it when the CLI runs from its bundle: it
 * runs dist/bundle/worker.cjs with that bundle's code cache, as papers.ts
 * runs the CLI's. A worker is on a lone paper's critical path (it draws the
 * PDF editions once it has loaded), so compiling its 3 MB from source showed.
 */
import { fileURLToPath } from 'node:url';
import type { Task } from '../build/worker.js';
import { runBundle, writeCodeCache } from './code-cache.js';

type Handler = (task: Task) => Promise<unknown>;

const run = runBundle(fileURLToPath(new URL('../../bundle/worker.cjs', import.meta.url)));
const handler = run.exports as Handler;
/** The training build of train.ts that makes this bundle's cache. */
const training = process.env.PAPERS_WRITE_CODE_CACHE === 'worker';

export default async function buildTask(task: Task): Promise<unknown> {
  const result = await handler(task);
  // Saved after every task, the last one wins: piscina ends its workers without a last word.
  if (training) writeCodeCache(run);
  return result;
}
