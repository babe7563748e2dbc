/**
 * V8's optimizing compiler for a build of one paper, the executable's own
 * choice: no module of the pipeline or the CLI changes V8's flags (they hold
 * for the whole process, the caller's code included); the launcher (cli.ts)
 * hands tierForLonePaper to the CLI, which passes it to buildAll as its
 * onLonePaper hook. TurboFan compiles, on a
 * background thread, the functions a build calls most; over a batch that
 * repays itself many times, but one paper of usual size is done before most
 * of that code is called again, and the compiler's thread takes the second
 * core from the worker that draws a PDF edition (batch/pool.ts).
 *
 * Cold builds with TurboFan off are faster for sources of usual size and
 * slower for large ones; UNOPTIMIZED_MAX_BYTES is about where the two meet
 * (the measurements are in docs/performance.md).
 */
import { setFlagsFromString } from 'node:v8';

/** A lone paper whose sources (both languages) are at most this big is built without TurboFan. */
export const UNOPTIMIZED_MAX_BYTES = 512 * 1024;

/** Turn TurboFan off for the rest of this process (its worker threads included) if the paper is small enough; whether it did. */
export function tierForLonePaper(sourceBytes: number): boolean {
  if (sourceBytes > UNOPTIMIZED_MAX_BYTES) return false;
  setFlagsFromString('--no-opt');
  return true;
}

/**
 * Undo tierForLonePaper. V8 stamps a code cache with a hash of its flags and
 * refuses a cache made under other flags, so the training build (launch/) turns
 * TurboFan back on before it saves the CLI's cache, for processes that start
 * with it on.
 */
export function restoreDefaultTiering(): void {
  setFlagsFromString('--opt');
}
