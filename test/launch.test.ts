/**
 * The `papers` executable (pipeline/launch/): the CLI run from its bundle with
 * V8's code cache, both made by `npm run compile` (which `npm test` runs
 * first). Every other CLI test goes through it too; these check what only it
 * can get wrong: different bytes than the modules it was bundled from, a cache
 * V8 refuses or one given to the wrong bundle, and the fallback without a bundle.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CLI, outputHashes, papers, ROOT } from './helpers/cli.js';

const DIST = join(ROOT, 'dist');
const BUNDLE = join(DIST, 'bundle', 'papers.cjs');
const SLOW = 300_000;

/**
 * What compileBundle says of `bundle`, asked of a plain `node` (the flags V8 checks a cache against are a plain
 * run's), or of one that has turned TurboFan off as a lone paper's build does, for that variant of the cache.
 */
function cacheOf(bundle: string, variant: '' | 'no-opt' = '', turbofanOff = variant === 'no-opt'): { cacheUsed: boolean; cacheFile: string } {
  const module = pathToFileURL(join(DIST, 'pipeline', 'launch', 'code-cache.js')).href;
  const tiering = pathToFileURL(join(DIST, 'pipeline', 'launch', 'tiering.js')).href;
  const off = turbofanOff ? `(await import(${JSON.stringify(tiering)})).tierForLonePaper(1);` : '';
  const code = `${off} const { compileBundle } = await import(${JSON.stringify(module)}); const r = compileBundle(process.argv[1], ${JSON.stringify(variant)}); console.log(JSON.stringify({ cacheUsed: r.cacheUsed, cacheFile: r.cacheFile }));`;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', code, bundle], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { cacheUsed: boolean; cacheFile: string };
}

describe('the papers executable', () => {
  it('builds the sample to the same bytes as the unbundled modules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'papers-launch-'));
    try {
      const env = { SOURCE_DATE_EPOCH: '1714867200' };
      expect(papers(['build', 'source', '--out', join(dir, 'bundled'), '--jobs', '1'], { env }).code).toBe(0);
      const modules = spawnSync(process.execPath, [join(DIST, 'pipeline', 'launch', 'cli.js'), 'build', 'source', '--out', join(dir, 'modules'), '--jobs', '1'], {
        cwd: ROOT,
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
      expect(modules.status, modules.stderr).toBe(0);
      const bundled = outputHashes(join(dir, 'bundled'));
      expect(Object.keys(bundled).length).toBeGreaterThan(20);
      expect(bundled).toEqual(outputHashes(join(dir, 'modules')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, SLOW);

  it('has a code cache for each bundle and the flags it runs with, which V8 accepts', () => {
    const WORKER = join(DIST, 'bundle', 'worker.cjs');
    // The CLI and batch workers start with the default flags; a lone paper's worker with TurboFan off.
    for (const [bundle, variant] of [[BUNDLE, ''], [WORKER, ''], [WORKER, 'no-opt']] as const) {
      const { cacheUsed, cacheFile } = cacheOf(bundle, variant);
      expect(cacheFile.startsWith(join(DIST, 'code-cache'))).toBe(true);
      expect(cacheUsed, `${bundle} ${variant}`).toBe(true);
    }
    // Which is why the variants exist: V8 refuses the default cache once TurboFan is off.
    expect(cacheOf(WORKER, '', true).cacheUsed).toBe(false);
  });

  it('never gives a bundle the cache of another one of the same length', () => {
    // V8 itself would take it: it checks only the source's length.
    const dir = mkdtempSync(join(tmpdir(), 'papers-launch-'));
    try {
      const source = readFileSync(BUNDLE, 'utf8');
      const changed = source.replace('Usage:', 'usage:');
      expect(changed.length).toBe(source.length);
      mkdirSync(join(dir, 'bundle'));
      writeFileSync(join(dir, 'bundle', 'papers.cjs'), changed);
      cpSync(join(DIST, 'code-cache'), join(dir, 'code-cache'), { recursive: true });
      const other = cacheOf(join(dir, 'bundle', 'papers.cjs'));
      expect(other.cacheUsed).toBe(false);
      expect(other.cacheFile.split('/').pop()).not.toBe(cacheOf(BUNDLE).cacheFile.split('/').pop());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('runs the modules themselves where there is no bundle (tsc output only)', () => {
    // Inside the checkout, so that node_modules and locales/ are found as usual.
    const dir = join(ROOT, 'test', 'artifacts', 'launch-without-bundle');
    rmSync(dir, { recursive: true, force: true });
    cpSync(join(DIST, 'pipeline'), join(dir, 'dist', 'pipeline'), { recursive: true });
    const launcher = join(dir, 'dist', 'pipeline', 'launch', 'papers.js');
    expect(launcher).not.toBe(CLI);
    const r = spawnSync(process.execPath, [launcher, 'check', 'source', '--reporter', 'json'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as { summary: { failed: number } }).summary.failed).toBe(0);
  }, SLOW);
});
