/**
 * A build worker (piscina). Two kinds of task: a whole paper (a batch spread
 * over the pool), or one edition in one format (the PDF editions of a lone
 * paper, rendered here while the main thread does the rest). Module-level
 * caches (NLP lexicons, fonts, locales) are loaded once per worker and reused.
 */
import type { PaperSource } from './discover.js';
import type { BuildOptions, PaperResult } from './build.js';
import type { Rendered } from './render-edition.js';
import type { Format } from '../render/context.js';
import type { Paper } from '../model/paper.js';

export type Task =
  | { kind: 'paper'; source: PaperSource; options: BuildOptions }
  | { kind: 'render'; paper: Paper; source: PaperSource; options: BuildOptions; format: Format }
  /** Load a format's renderer and warm it up ahead of its first render task. */
  | { kind: 'preload'; format: Format };

// Modules are imported, not required: piscina loads this file with require(),
// which cannot load a module graph with top-level await (some renderers have one).
export default async function buildTask(task: Task): Promise<PaperResult | Rendered | null> {
  if (task.kind === 'preload') {
    const { EDITION_RENDERERS, WARM_UP } = await import('../render/registry.js');
    await EDITION_RENDERERS[task.format]();
    await WARM_UP[task.format]?.();
    return null;
  }
  if (task.kind === 'render') {
    const { editionRenderer } = await import('./render-edition.js');
    return editionRenderer(task.paper, task.source, task.options)(task.format);
  }
  const { buildPaperSafely } = await import('./build.js');
  return buildPaperSafely(task.source, task.options);
}
