/**
 * A build worker (piscina): builds one paper per task. Module-level caches
 * (NLP lexicons, fonts, locales) are loaded once per worker and reused for
 * every paper it builds.
 */
import type { PaperSource } from './discover.js';
import type { BuildOptions, PaperResult } from './build.js';
import { slim } from './pool.js';

export interface Task {
  source: PaperSource;
  options: BuildOptions;
}

export default async function buildTask({ source, options }: Task): Promise<PaperResult> {
  // Imported here, not at the top: piscina loads this file with require(), which
  // cannot load a module graph with top-level await (some renderers have one).
  const { buildPaperSafely } = await import('./build.js');
  return slim(await buildPaperSafely(source, options), options);
}
