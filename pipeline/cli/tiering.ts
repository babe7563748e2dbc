/**
 * V8's optimizing compiler for a build of one paper, the CLI's own choice:
 * library code never changes V8's flags (they hold for the whole process,
 * the caller's code included), so the CLI passes tierForLonePaper to buildAll
 * as its onLonePaper hook. TurboFan compiles, on a
 * background thread, the functions a build calls most; over a batch that
 * repays itself many times, but one paper of usual size is done before most
 * of that code is called again, and the compiler's thread takes the second
 * core from the worker that draws a PDF edition (batch/pool.ts).
 *
 * Cold builds, 7 Dec, wall time with TurboFan off against on (medians of 5,
 * alternating; 3 for the largest): the sample (70 KB of sources) with
 * --jobs 1, 1.07 against 1.31 s (CPU 1.27 against 2.27 s); with the worker,
 * the sample repeated to 140 KB, 1.31 against 1.83 s; 280 KB, 1.98 against
 * 2.42 s; 550 KB, 3.33 against 3.40 s; 1.1 MB, 6.95 against 4.98 s: hence
 * the limit, about where the two meet.
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
