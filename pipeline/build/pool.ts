/**
 * Running the papers' builds: in this thread when one job is asked for or
 * only one paper needs building (starting workers would cost more than it
 * saves), else on a pool of worker threads, one per job. Each worker loads the
 * pipeline once and builds paper after paper; a worker that crashes or runs
 * out of memory fails only the paper it was building, and the pool replaces it.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, sep } from 'node:path';
import type { BuildOptions, PaperResult } from './build.js';
import type { PaperSource } from './discover.js';
import { crashFailure } from './failure.js';
import type { Task } from './worker.js';

/** Per-worker heap limit: generous for one paper, but a runaway paper cannot take the machine down. */
export const DEFAULT_MAX_MEMORY_MB = 1024;

/** A paper still building after this long is stopped (its worker is ended): one pathological paper cannot hold up CI. */
export const DEFAULT_PAPER_TIMEOUT_MS = 10 * 60_000;

export const defaultJobs = (): number => availableParallelism();

/**
 * What a result needs to carry back: the models only when they were not
 * written as JSON editions (the cross-paper outputs read those from disk),
 * which keeps both the messages from workers and the batch's memory small.
 */
export function slim(result: PaperResult, options: BuildOptions): PaperResult {
  // No formats given means all of them, and the JSON edition is always available.
  const wroteJson = !options.formats || options.formats.includes('json');
  const keep = result.status === 'built' && !wroteJson;
  return keep ? result : { ...result, set: null };
}

export async function runPapers(sources: PaperSource[], options: BuildOptions, onResult: (result: PaperResult) => void): Promise<PaperResult[]> {
  if (sources.length === 0) return []; // and load nothing
  const results: PaperResult[] = new Array(sources.length);
  const threads = Math.min(options.jobs ?? defaultJobs(), sources.length);

  if (threads < 2) {
    const { buildPaperSafely } = await import('./build.js');
    for (const [i, source] of sources.entries()) {
      results[i] = slim(await buildPaperSafely(source, options), options);
      onResult(results[i]);
    }
    return results;
  }

  const { Piscina } = await import('piscina');
  const maxMemoryMb = options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
  const pool = new Piscina<Task, PaperResult>({
    filename: new URL('./worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // The main thread's stack size, so that a paper behaves the same with any --jobs.
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, stackSizeMb: 1 },
  });
  const timeoutMs = options.paperTimeoutMs ?? DEFAULT_PAPER_TIMEOUT_MS;
  // Options must survive structured cloning: the environment as a plain object.
  const taskOptions: BuildOptions = { ...options, env: { ...(options.env ?? process.env) } };
  const cwd = options.cwd ?? process.cwd();
  try {
    await Promise.all(
      largestFirst(sources).map(async (i) => {
        const source = sources[i];
        try {
          results[i] = await pool.run({ source, options: taskOptions }, { signal: AbortSignal.timeout(timeoutMs) });
        } catch (e) {
          const dir = relative(cwd, source.dir).split(sep).join('/');
          results[i] = { slug: source.slug, status: 'failed', diagnostics: [crashFailure(e, dir, { maxMemoryMb, timeoutMs })], outputs: [], set: null };
        }
        onResult(results[i]);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return results;
}

/** Indexes of the papers, biggest sources first, so that no long paper starts last and holds up the end of the build. */
function largestFirst(sources: PaperSource[]): number[] {
  const size = (s: PaperSource) => Object.values(s.files).reduce((n, path) => n + (path ? sourceSize(path) : 0), 0);
  const sizes = sources.map(size);
  return sources.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
}

const sourceSize = (path: string): number => statSync(path, { throwIfNoEntry: false })?.size ?? 0;
