#!/usr/bin/env node
/**
 * The `papers` executable. It runs the CLI from its bundle (dist/bundle/,
 * made by rolldown at compile time) with V8's code cache (code-cache.ts):
 * together they take most of the start-up off a cold build of one paper
 * (docs/performance.md). Where only tsc has run (no bundle), it imports the
 * CLI's modules instead.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { restoreDefaultTiering } from './tiering.js';
import { runBundle, writeCodeCache } from './code-cache.js';

const bundle = fileURLToPath(new URL('../../bundle/papers.cjs', import.meta.url));

if (existsSync(bundle)) {
  const run = runBundle(bundle);
  // The training build of train.ts: save the bytecode once the build is over, for a process started
  // with the default flags (which the build may have changed, see tiering.ts).
  if (process.env.PAPERS_WRITE_CODE_CACHE === 'papers') {
    process.once('exit', () => {
      restoreDefaultTiering();
      writeCodeCache(run);
    });
  }
} else {
  await import('./cli.js');
}
