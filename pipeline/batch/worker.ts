/**
 * A build worker (piscina). Two kinds of task: a whole paper (a batch spread
 * over the pool), or one edition in one format (a PDF edition of a lone
 * paper, rendered here while the main thread does the rest). Module-level
 * caches (NLP lexicons, fonts, locales) are loaded once per worker and reused.
 */
import { workerData } from 'node:worker_threads';
import type { PaperSource } from './discover.js';
import type { BuildOptions, PaperResult } from './build.js';
import type { Rendered } from './render-edition.js';
import type { Format } from '../render/context.js';
import type { Paper } from '../model/paper.js';

export type Task =
  | { kind: 'paper'; source: PaperSource; options: BuildOptions }
  | { kind: 'render'; paper: Paper; source: PaperSource; options: BuildOptions; format: Format };

/** What a worker is told when it starts. */
export interface WorkerData {
  /** Formats whose renderers it loads and warms up at once, ahead of its first task. */
  preload: readonly Format[];
  /** TurboFan is off in this process (launch/tiering.ts): the launcher picks the code cache made so. */
  unoptimized: boolean;
}

const preloading = (async () => {
  const { preload } = (workerData ?? { preload: [] }) as WorkerData;
  if (preload.length === 0) return;
  const { EDITION_RENDERERS, WARM_UP } = await import('../render/registry.js');
  for (const format of preload) {
    await EDITION_RENDERERS[format]();
    await WARM_UP[format]?.();
  }
})().catch(() => undefined); // a failure resurfaces in the render

// Modules are imported, not required: piscina loads this file with require(),
// which cannot load a module graph with top-level await (some renderers have one).
export default async function buildTask(task: Task): Promise<PaperResult | Rendered> {
  if (task.kind === 'render') {
    await preloading;
    const { editionRenderer } = await import('./render-edition.js');
    return editionRenderer(task.paper, task.source, task.options)(task.format);
  }
  const { buildPaperSafely } = await import('./build.js');
  return buildPaperSafely(task.source, task.options);
}
