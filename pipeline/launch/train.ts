/**
 * The last step of `npm run compile`: training builds whose compiled code
 * becomes the code caches of the two bundles. They build the papers in
 * source/ (every format, both languages) into a temporary folder, which is
 * then removed; only dist/code-cache/ remains: once in one thread, for the
 * CLI's bundle, and once with a worker, for the worker's. Without a paper to
 * train on there is no cache, and the CLI simply compiles as it goes.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDirOf } from './code-cache.js';

const launcher = fileURLToPath(new URL('./papers.js', import.meta.url));
const dist = dirname(dirname(dirname(launcher)));
const root = dirname(dist);
const source = join(root, 'source');
const bundle = join(dist, 'bundle', 'papers.cjs');
const cacheDir = cacheDirOf(bundle);

const hasPaper = existsSync(source) && readdirSync(source).some((name) => statSync(join(source, name)).isDirectory());
if (!existsSync(bundle)) {
  console.log('code cache: none (no bundle in dist/bundle; run rolldown -c first)');
} else if (!hasPaper) {
  console.log('code cache: none (no paper in source/ to train on)');
} else {
  const out = mkdtempSync(join(tmpdir(), 'papers-train-'));
  try {
    // The CLI's cache from a build in its own thread (every stage and renderer), the worker's from a build
    // whose first PDF edition is drawn on the worker (source/ holds one paper: a lone paper's build).
    for (const [bundleName, jobs] of [['papers', '1'], ['worker', '2']]) {
      const run = spawnSync(process.execPath, [launcher, 'build', source, '--out', out, '--jobs', jobs, '--force'], {
        env: { ...process.env, PAPERS_WRITE_CODE_CACHE: bundleName, CI: '1' },
        stdio: ['ignore', 'ignore', 'pipe'],
        encoding: 'utf8',
      });
      // Exit code 1 is a paper with errors: the code it ran is cached all the same.
      if (run.status !== 0 && run.status !== 1) throw new Error(`the training build exited ${run.status}: ${run.stderr.slice(-1000)}`);
    }
    const files = existsSync(cacheDir) ? readdirSync(cacheDir) : [];
    const bytes = files.reduce((sum, name) => sum + statSync(join(cacheDir, name)).size, 0);
    console.log(`code cache: ${relative(root, cacheDir)}/${files.join(', ')} (${(bytes / 1e6).toFixed(1)} MB, from a build of source/)`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
