/**
 * The last step of `npm run compile`: training builds whose compiled code
 * becomes the code caches of the two bundles. They build the papers in
 * source/ (every format, both languages) into a temporary folder, which is
 * then removed; only dist/code-cache/ remains. Three builds, one per cache:
 *   - all of source/ in the CLI's thread: the CLI's cache;
 *   - one paper alone, whose worker draws a PDF edition with TurboFan off
 *     (tiering.ts): the worker's cache for that flag;
 *   - two papers on two workers, which build whole papers with the default
 *     flags: the worker's default cache (source/'s paper twice if it has one).
 * Without a paper to train on there is no cache, and the CLI simply compiles
 * as it goes.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
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

const papers = existsSync(source) ? readdirSync(source).filter((name) => statSync(join(source, name)).isDirectory()).sort() : [];

/** A folder of at least two papers: source/ itself, or a temporary one holding its one paper twice. */
function twoPapers(): { dir: string; temporary: boolean } {
  if (papers.length >= 2) return { dir: source, temporary: false };
  const dir = mkdtempSync(join(tmpdir(), 'papers-train-source-'));
  for (const copy of ['a', 'b']) cpSync(join(source, papers[0]), join(dir, `${papers[0]}-${copy}`), { recursive: true });
  return { dir, temporary: true };
}

if (!existsSync(bundle)) {
  console.log('code cache: none (no bundle in dist/bundle; run rolldown -c first)');
} else if (papers.length === 0) {
  console.log('code cache: none (no paper in source/ to train on)');
} else {
  const out = mkdtempSync(join(tmpdir(), 'papers-train-'));
  const batch = twoPapers();
  try {
    const builds: [cache: string, paths: string, jobs: string][] = [
      ['papers', source, '1'],
      ['worker', join(source, papers[0]), '2'],
      ['worker', batch.dir, '2'],
    ];
    for (const [cache, paths, jobs] of builds) {
      const run = spawnSync(process.execPath, [launcher, 'build', paths, '--out', out, '--jobs', jobs, '--force'], {
        env: { ...process.env, PAPERS_WRITE_CODE_CACHE: cache, CI: '1' },
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
    if (batch.temporary) rmSync(batch.dir, { recursive: true, force: true });
  }
}
