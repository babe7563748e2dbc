/**
 * Running the papers' builds. Several papers: a pool of worker threads, one
 * per job; each worker loads the pipeline once and builds paper after paper,
 * and a worker that crashes or runs out of memory fails only the paper it was
 * building (the pool replaces it). One paper (or --jobs 1): this thread, and
 * with a second job the PDF edition of its first language goes to one worker
 * that loads the PDF renderer while this thread is still processing the paper.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, sep } from 'node:path';
import type { Piscina } from 'piscina';
import type { BuildOptions, Elsewhere, PaperResult } from './build.js';
import type { Rendered } from './render-edition.js';
import type { PaperSource } from './discover.js';
import { crashFailure } from './failure.js';
import type { Task, WorkerData } from './worker.js';

/** Per-worker heap limit: generous for one paper, but a runaway paper cannot take the machine down. */
export const DEFAULT_MAX_MEMORY_MB = 1024;

/** A paper still building after this long is stopped (its worker is ended): one pathological paper cannot hold up CI. */
export const DEFAULT_PAPER_TIMEOUT_MS = 10 * 60_000;

export const defaultJobs = (): number => availableParallelism();

/** Young generation of each worker, in MB (see createPool). */
const YOUNG_GENERATION_MB = 96;

/**
 * A lone paper's first PDF edition goes to a worker from this many jobs on: the
 * worker loads and warms the PDF renderer while this thread processes the
 * paper, then draws that edition while this thread renders the rest, the other
 * PDF edition last. On a cold build this beats no worker, a worker drawing both
 * editions, and two workers, one per edition (docs/performance.md).
 */
const RENDER_WORKER_FROM_JOBS = 2;

/** How many editions of a lone paper, the first ones, have their PDF drawn on the worker. */
const RENDERED_ELSEWHERE_EDITIONS = 1;

/** Default heap limit of a lone paper's PDF worker, in MB. */
const RENDER_WORKER_MEMORY_MB = 4096;

/**
 * The worker module. From the bundle (dist/bundle/papers.cjs, see rolldown.config.mjs), the launcher that runs
 * the worker's own bundle with its code cache (dist/pipeline/launch/worker.js); else the module beside this one.
 */
const WORKER = import.meta.url.endsWith('.cjs') ? '../pipeline/launch/worker.js' : './worker.js';

/** Formats a lone paper renders on a second thread. */
const RENDERED_ELSEWHERE = ['pdf'] as const;

interface Limits {
  maxMemoryMb: number;
  timeoutMs: number;
}

const limitsOf = (options: BuildOptions): Limits => ({
  maxMemoryMb: options.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB,
  timeoutMs: options.paperTimeoutMs ?? DEFAULT_PAPER_TIMEOUT_MS,
});

async function createPool(threads: number, { maxMemoryMb }: Limits, workerData?: WorkerData): Promise<Piscina<Task, PaperResult | Rendered>> {
  const { Piscina } = await import('piscina');
  return new Piscina<Task, PaperResult | Rendered>({
    filename: new URL(WORKER, import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    workerData,
    // A worker that preloads does so while it waits for its first task, which piscina's default
    // (waiting with Atomics.wait, which blocks the worker's event loop) would hold up until the task came.
    atomics: workerData?.preload.length ? 'disabled' : 'sync',
    // The main thread's stack size, so that a paper behaves the same with any --jobs.
    // A young generation larger than V8's default means fewer scavenges of the large, long-lived
    // trees a paper build keeps, for more peak memory (docs/performance.md).
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, stackSizeMb: 1 },
  });
}

// Options must survive structured cloning: the environment as a plain object.
const cloneable = (options: BuildOptions): BuildOptions => ({ ...options, env: { ...(options.env ?? process.env) } });

const paperDir = (source: PaperSource, options: BuildOptions) => relative(options.cwd ?? process.cwd(), source.dir).split(sep).join('/');

/** A worker for the formats of RENDERED_ELSEWHERE, their renderers loading from now on; null when none is built. */
async function renderWorker(options: BuildOptions, unoptimized: boolean): Promise<(Elsewhere & { close: () => Promise<void> }) | null> {
  const formats = RENDERED_ELSEWHERE.filter((f) => !options.formats || options.formats.includes(f));
  if (formats.length === 0 || options.checkOnly) return null;
  // The paper is processed in this thread, whose heap has no such limit: the worker rendering its PDF gets room
  // to match (a 5 MB paper's PDF needs about 2 GB), unless --max-memory says otherwise.
  const limits = { ...limitsOf(options), maxMemoryMb: options.maxMemoryMb ?? RENDER_WORKER_MEMORY_MB };
  // The worker loads and warms its renderers as soon as it starts (worker.ts), not as a task queued
  // ahead of the renders: piscina hands a task with a timeout only to an idle worker, and only when
  // this thread's event loop turns, which it would not do until this thread had rendered the rest.
  const pool = await createPool(1, limits, { preload: formats, unoptimized });
  // A worker that dies while it preloads (out of memory, say) dies between tasks: the pool, not a task, reports
  // it, and starts no other worker if it died while starting. Every render, queued or to come, fails with it.
  const crashed = new Promise<never>((_, reject) => pool.on('error', reject)); // on, not once: a replacement may die too
  crashed.catch(() => undefined);
  const taskOptions = cloneable(options);
  return {
    formats,
    editions: RENDERED_ELSEWHERE_EDITIONS,
    render: (paper, source, format) => {
      const task: Task = { kind: 'render', paper, source, options: taskOptions, format };
      const run = pool.run(task, { signal: AbortSignal.timeout(limits.timeoutMs) }) as Promise<Rendered>;
      return Promise.race([run, crashed]).catch((e: unknown): Rendered => ({ outputs: [], diagnostics: [crashFailure(e, paperDir(source, options), limits)] }));
    },
    close: () => pool.destroy(),
  };
}

/**
 * Builds the papers, reporting each as it finishes. `onLonePaper` is asked,
 * before a lone paper is built in this thread, whether it switched V8's
 * optimizing compiler off (the CLI does; see BuildHooks).
 */
export async function runPapers(
  sources: PaperSource[],
  options: BuildOptions,
  onResult: (result: PaperResult) => void,
  onLonePaper?: (sourceBytes: number) => boolean,
): Promise<PaperResult[]> {
  if (sources.length === 0) return []; // and load nothing
  const results: PaperResult[] = new Array(sources.length);
  const jobs = options.jobs ?? defaultJobs();
  const threads = Math.min(jobs, sources.length);

  if (threads < 2) {
    const unoptimized = sources.length === 1 && (onLonePaper?.(sourceBytes(sources[0])) ?? false);
    // The worker starts first: it loads its renderer while this thread loads the stages.
    const starting = jobs >= RENDER_WORKER_FROM_JOBS ? renderWorker(options, unoptimized) : null;
    const { buildPaperSafely } = await import('./build.js');
    const elsewhere = await starting;
    try {
      for (const [i, source] of sources.entries()) {
        results[i] = await buildPaperSafely(source, options, elsewhere ?? undefined);
        onResult(results[i]);
      }
    } finally {
      await elsewhere?.close();
    }
    return results;
  }

  const limits = limitsOf(options);
  const pool = await createPool(threads, limits);
  // A worker that dies between tasks (one replacing a worker that ran out of memory, dying as it starts under a
  // tiny --max-memory) is the pool's error, not a task's, and no task would run again: every paper not yet done fails.
  const broken = new Promise<never>((_, reject) => pool.on('error', reject));
  broken.catch(() => undefined);
  const taskOptions = cloneable(options);
  try {
    await Promise.all(
      largestFirst(sources).map(async (i) => {
        const source = sources[i];
        try {
          const run = pool.run({ kind: 'paper', source, options: taskOptions }, { signal: AbortSignal.timeout(limits.timeoutMs) }) as Promise<PaperResult>;
          results[i] = await Promise.race([run, broken]);
        } catch (e) {
          results[i] = { slug: source.slug, status: 'failed', diagnostics: [crashFailure(e, paperDir(source, options), limits)], outputs: [], summary: null };
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
  const sizes = sources.map(sourceBytes);
  return sources.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
}

/** The size of a paper's sources, in bytes. */
const sourceBytes = (source: PaperSource): number =>
  Object.values(source.files).reduce((n, path) => n + (path ? (statSync(path, { throwIfNoEntry: false })?.size ?? 0) : 0), 0);
