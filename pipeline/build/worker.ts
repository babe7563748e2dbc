/**
 * A build worker (piscina). Two kinds of task: a whole paper (a batch spread
 * over the pool), or one edition in one format (the PDF editions of a lone
 * paper, rendered here while the main thread does the rest). Module-level
 * caches (NLP lexicons, fonts, locales) are loaded once per worker and reused.
 */
import type { PaperSource } from './discover.js';
import type { BuildOptions, PaperResult, Rendered } from './build.js';
import type { Format } from '../render/context.js';
import type { Paper } from '../model/paper.js';

export type Task =
  | { kind: 'paper'; source: PaperSource; options: BuildOptions }
  | { kind: 'render'; paper: Paper; source: PaperSource; options: BuildOptions; format: Format }
  /** Load a format's renderer ahead of its first render task. */
  | { kind: 'preload'; format: Format };

// Loading starts with the worker, while the main thread is still at work: a
// render worker has its renderer ready when the first paper arrives.
// Imported, not required: piscina loads this file with require(), which cannot
// load a module graph with top-level await (some renderers have one).
const building = import('./build.js');

export default async function buildTask(task: Task): Promise<PaperResult | Rendered | null> {
  if (task.kind === 'preload') {
    const { EDITION_RENDERERS } = await import('../render/registry.js');
    await EDITION_RENDERERS[task.format]();
    return null;
  }
  const { buildPaperSafely, editionRenderer } = await building;
  if (task.kind === 'render') return editionRenderer(task.paper, task.source, task.options)(task.format);
  return buildPaperSafely(task.source, task.options);
}
