/**
 * V8's optimizing compiler for a build of one paper. TurboFan compiles, on a
 * background thread, the functions a build calls most; over a batch that
 * repays itself many times, but one small paper is done before most of that
 * code is called again, and the compiler's thread takes the second core from
 * the worker that draws the paper's PDF editions (pool.ts).
 *
 * Cold build of the sample (70 KB of sources) with --jobs 1, medians of 7–9
 * runs, 7 Dec: 1.24 s wall and 1.41 s CPU with TurboFan off, 1.37 s and 2.27 s
 * with it on. A paper twice that size took 1.63 s either way; four times that
 * size, 2.45 s with it off and 2.15 s with it on: hence the limit.
 */
import { setFlagsFromString } from 'node:v8';

/** A lone paper whose sources (both languages) are at most this big is built without TurboFan. */
export const UNOPTIMIZED_MAX_BYTES = 128 * 1024;

/** Turn TurboFan off for the rest of this process (its worker threads included) if the paper is small enough. */
export function tierForLonePaper(sourceBytes: number): void {
  if (sourceBytes <= UNOPTIMIZED_MAX_BYTES) setFlagsFromString('--no-opt');
}

/**
 * Undo tierForLonePaper. V8 stamps a code cache with a hash of its flags and
 * refuses a cache made under other flags, so the training build (launch/) turns
 * TurboFan back on before it saves its cache for processes that start with it on.
 */
export function restoreDefaultTiering(): void {
  setFlagsFromString('--opt');
}
