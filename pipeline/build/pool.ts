/**
 * Running the papers' builds. Several papers: a pool of worker threads, one
 * per job; each worker loads the pipeline once and builds paper after paper,
 * and a worker that crashes or runs out of memory fails only the paper it was
 * building (the pool replaces it). One paper (or --jobs 1): this thread, and
 * with cores to spare the PDF editions — the slowest — go to one worker that
 * loads the PDF renderer while this thread is still processing the paper.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative, sep } from 'node:path';
import type { Piscina } from 'piscina';
import type { BuildOptions, Elsewhere, PaperResult } from './build.js';
import type { Rendered } from './render-edition.js';
import type { PaperSource } from './discover.js';
import { crashFailure } from './failure.js';
import type { Task } from './worker.js';

/** Per-worker heap limit: generous for one paper, but a runaway paper cannot take the machine down. */
export const DEFAULT_MAX_MEMORY_MB = 1024;

/** A paper still building after this long is stopped (its worker is ended): one pathological paper cannot hold up CI. */
export const DEFAULT_PAPER_TIMEOUT_MS = 10 * 60_000;

export const defaultJobs = (): number => availableParallelism();

/** Young generation of each worker, in MB (see createPool). */
const YOUNG_GENERATION_MB = 96;

/**
 * A lone paper's PDF editions go to a worker from this many jobs on. One
 * thread already keeps about 1.5 cores busy (V8 compiles and collects garbage
 * on background threads): on 2 cores the worker left the cold build of the
 * sample where it was (2.8 s wall either way, medians of 4, 25 Nov) for 0.4 s
 * more CPU and 45 MB more memory.
 */
const RENDER_WORKER_FROM_JOBS = 3;

/** Default heap limit of a lone paper's PDF worker, in MB. */
const RENDER_WORKER_MEMORY_MB = 4096;

/** The worker module: in the bundle (dist/bundle/papers.cjs, see rolldown.config.mjs) it is a bundle of its own beside it. */
const WORKER = import.meta.url.endsWith('.cjs') ? './worker.cjs' : './worker.js';

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

async function createPool(threads: number, { maxMemoryMb }: Limits): Promise<Piscina<Task, PaperResult | Rendered | null>> {
  const { Piscina } = await import('piscina');
  return new Piscina<Task, PaperResult | Rendered | null>({
    filename: new URL(WORKER, import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    // The main thread's stack size, so that a paper behaves the same with any --jobs.
    // A young generation larger than V8's default (48 MB here) means fewer scavenges of the large,
    // long-lived trees a paper build keeps: 40 papers with --jobs 2 took 13.7 s instead of 14.3 s
    // (two runs each, 25 Nov), for about 100 MB more peak memory.
    resourceLimits: { maxOldGenerationSizeMb: maxMemoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB, stackSizeMb: 1 },
  });
}

// Options must survive structured cloning: the environment as a plain object.
const cloneable = (options: BuildOptions): BuildOptions => ({ ...options, env: { ...(options.env ?? process.env) } });

const paperDir = (source: PaperSource, options: BuildOptions) => relative(options.cwd ?? process.cwd(), source.dir).split(sep).join('/');

/** A worker for the formats of RENDERED_ELSEWHERE, their renderers loading from now on; null when none is built. */
async function renderWorker(options: BuildOptions): Promise<(Elsewhere & { close: () => Promise<void> }) | null> {
  const formats = RENDERED_ELSEWHERE.filter((f) => !options.formats || options.formats.includes(f));
  if (formats.length === 0 || options.checkOnly) return null;
  // The paper is processed in this thread, whose heap has no such limit: the worker rendering its PDF gets room
  // to match (a 5 MB paper's PDF needs about 2 GB), unless --max-memory says otherwise.
  const limits = { ...limitsOf(options), maxMemoryMb: options.maxMemoryMb ?? RENDER_WORKER_MEMORY_MB };
  const pool = await createPool(1, limits);
  // Queued first, so the renderers load while this thread processes the paper; a failure here resurfaces in the render.
  for (const format of formats) pool.run({ kind: 'preload', format }).catch(() => undefined);
  const taskOptions = cloneable(options);
  return {
    formats,
    render: (paper, source, format) =>
      (pool.run({ kind: 'render', paper, source, options: taskOptions, format }, { signal: AbortSignal.timeout(limits.timeoutMs) }) as Promise<Rendered>).catch(
        (e: unknown): Rendered => ({ outputs: [], diagnostics: [crashFailure(e, paperDir(source, options), limits)] }),
      ),
    close: () => pool.destroy(),
  };
}

export async function runPapers(sources: PaperSource[], options: BuildOptions, onResult: (result: PaperResult) => void): Promise<PaperResult[]> {
  if (sources.length === 0) return []; // and load nothing
  const results: PaperResult[] = new Array(sources.length);
  const jobs = options.jobs ?? defaultJobs();
  const threads = Math.min(jobs, sources.length);

  if (threads < 2) {
    // The worker starts first: it loads its renderer while this thread loads the stages.
    const starting = jobs >= RENDER_WORKER_FROM_JOBS ? renderWorker(options) : null;
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
  const taskOptions = cloneable(options);
  try {
    await Promise.all(
      largestFirst(sources).map(async (i) => {
        const source = sources[i];
        try {
          results[i] = (await pool.run({ kind: 'paper', source, options: taskOptions }, { signal: AbortSignal.timeout(limits.timeoutMs) })) as PaperResult;
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
  const size = (s: PaperSource) => Object.values(s.files).reduce((n, path) => n + (path ? sourceSize(path) : 0), 0);
  const sizes = sources.map(size);
  return sources.map((_, i) => i).sort((a, b) => sizes[b] - sizes[a] || a - b);
}

const sourceSize = (path: string): number => statSync(path, { throwIfNoEntry: false })?.size ?? 0;
