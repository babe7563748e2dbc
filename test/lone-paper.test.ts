/**
 * The optimizing compiler is turned off for a small lone paper and only then
 * (pipeline/launch/tiering.ts). Asked of V8 itself: a child process with
 * natives syntax calls a loop hot enough for TurboFan, then reports
 * whether TurboFan compiled it.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers/cli.js';
import { UNOPTIMIZED_MAX_BYTES } from '../pipeline/launch/tiering.js';

const MODULE = pathToFileURL(join(ROOT, 'dist', 'pipeline', 'launch', 'tiering.js')).href;
/** Bit of %GetOptimizationStatus set once a function runs optimized code. */
const OPTIMIZED = 16;

/** Whether a hot function ends up optimized after `steps` (calls of the module's functions). */
function optimizedAfter(steps: string): boolean {
  const code = `import(${JSON.stringify(MODULE)}).then((tiering) => {
    ${steps}
    function f(x) { return (x * 2 + 1) | 0; }
    function g(n) { let s = 0; for (let i = 0; i < n; i++) s += f(i); return s; }
    for (let k = 0; k < 2000; k++) g(1000);
    console.log(%GetOptimizationStatus(g));
  });`;
  // Compiling on this thread, not in the background, so that a loaded machine cannot leave the answer pending.
  const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--no-concurrent-recompilation', '--input-type=commonjs', '-e', code], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return (Number(r.stdout.trim()) & OPTIMIZED) !== 0;
}

describe('tiering for a lone paper', () => {
  it('optimizes hot code by default (the check can see it)', () => {
    expect(optimizedAfter('')).toBe(true);
  });
  it('does not optimize once a paper of up to the limit is announced', () => {
    expect(optimizedAfter(`tiering.tierForLonePaper(${UNOPTIMIZED_MAX_BYTES});`)).toBe(false);
  });
  it('optimizes for a bigger paper', () => {
    expect(optimizedAfter(`tiering.tierForLonePaper(${UNOPTIMIZED_MAX_BYTES + 1});`)).toBe(true);
  });
  it('optimizes again once the default is restored (as the training build does before saving its code cache)', () => {
    expect(optimizedAfter(`tiering.tierForLonePaper(1); tiering.restoreDefaultTiering();`)).toBe(true);
  });
});
