/**
 * The library as a developer embedding it meets it: buildAll's options
 * checked and defaulted, no change to the caller's process (V8's flags),
 * declarations usable without @types/node, and both editions aligned by
 * processBilingual.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from './helpers/cli.js';
import { buildAll, BuildOptionsError, processBilingual } from '../pipeline/index.js';

const MINI = join(ROOT, 'test/fixtures/papers/mini-paper');
const SAMPLE = join(ROOT, 'source/rifts-within-iraqi-shiite-parties');
const INDEX = pathToFileURL(join(ROOT, 'dist/pipeline/index.js')).href;
/** Bit of %GetOptimizationStatus set once a function runs optimized code. */
const OPTIMIZED = 16;

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'papers-library-'));
  cpSync(MINI, join(dir, 'source', 'mini'), { recursive: true });
  return dir;
}

describe('buildAll', () => {
  it('builds with only paths and out, every language by default', async () => {
    const dir = project();
    const result = await buildAll({ paths: [join(dir, 'source')], out: join(dir, 'output'), cwd: dir, formats: ['json'], jobs: 1 });
    expect(result.papers.map((p) => p.status)).toEqual(['built']);
    expect(existsSync(join(dir, 'output/mini/en.json'))).toBe(true);
    expect(existsSync(join(dir, 'output/mini/ar.json'))).toBe(true);
  });

  it('names the option that is wrong, before writing anything', async () => {
    const dir = project();
    const out = join(dir, 'output');
    const cases: [unknown, RegExp][] = [
      [{ out }, /paths: /],
      [{ paths: [], out }, /paths: /],
      [{ paths: ['source'] }, /out: /],
      [{ paths: ['source'], out, langs: ['fr'] }, /langs\.0: /],
      [{ paths: ['source'], out, formats: [] }, /formats: /],
      [{ paths: ['source'], out, jobs: 0 }, /jobs: /],
      [{ paths: ['source'], out, lang: ['en'] }, /Unrecognized key: "lang"/],
    ];
    for (const [options, message] of cases) {
      await expect(buildAll(options as Parameters<typeof buildAll>[0])).rejects.toThrow(BuildOptionsError);
      await expect(buildAll(options as Parameters<typeof buildAll>[0])).rejects.toThrow(message);
    }
    expect(existsSync(out)).toBe(false);
  });

  it("leaves V8's optimizing compiler on in the caller's process after building a lone paper", () => {
    const dir = project();
    const hot = (before: string) => `
      ${before}
      const { buildAll } = await import(${JSON.stringify(INDEX)});
      await buildAll({ paths: [${JSON.stringify(join(dir, 'source'))}], out: ${JSON.stringify(join(dir, 'out-' + Math.random().toString(36).slice(2)))}, formats: ['json'], jobs: 1, force: true });
      function f(x) { return (x * 2 + 1) | 0; }
      function g(n) { let s = 0; for (let i = 0; i < n; i++) s += f(i); return s; }
      for (let k = 0; k < 2000; k++) g(1000);
      console.log(%GetOptimizationStatus(g));`;
    const status = (code: string) => {
      const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--no-concurrent-recompilation', '--input-type=module', '-e', code], { encoding: 'utf8' });
      expect(r.status, r.stderr).toBe(0);
      return Number(r.stdout.trim().split('\n').pop());
    };
    expect(status(hot('')) & OPTIMIZED).toBe(OPTIMIZED);
    // The check can see the flag: with TurboFan off, the same loop is not optimized.
    expect(status(hot("(await import('node:v8')).setFlagsFromString('--no-opt');")) & OPTIMIZED).toBe(0);
  }, 120_000);
});

describe('the declarations', () => {
  it('compile in a project without @types/node', () => {
    const dir = mkdtempSync(join(tmpdir(), 'papers-consumer-'));
    writeFileSync(
      join(dir, 'consumer.ts'),
      `import { buildAll, processBilingual, processText, type Paper } from ${JSON.stringify(join(ROOT, 'dist/pipeline/index.js'))};
const { paper } = processText('text', { slug: 'x', lang: 'en', source: 'x.md' });
const title: string | undefined = paper?.meta.title;
const { alignment } = processBilingual('a', 'b', { slug: 'x' });
export const done = buildAll({ paths: ['source'], out: 'output' }).then((r) => [r.papers.length, alignment?.length, title]);
export type Model = Paper;
`,
    );
    // ES and DOM libraries only (the dependencies' types use URL): no Node types anywhere.
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { strict: true, module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', lib: ['ES2023', 'DOM'], types: [], skipLibCheck: false, noEmit: true }, files: ['consumer.ts'] }),
    );
    const r = spawnSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', dir, '--listFiles'], { encoding: 'utf8' });
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).not.toMatch(/@types\/node/);
  }, 120_000);
});

describe('processBilingual', () => {
  it('returns both editions and the alignment of their blocks', () => {
    const en = readFileSync(join(SAMPLE, 'en.md'), 'utf8');
    const ar = readFileSync(join(SAMPLE, 'ar.md'), 'utf8');
    const r = processBilingual(en, ar, { slug: 'rifts' });
    expect(r.en.paper && r.ar.paper).toBeTruthy();
    expect(r.alignment!.length).toBeGreaterThan(40);
    expect(r.en.paper!.alignment).toEqual(r.alignment);
    const enIds = new Set(r.en.paper!.body.children.map((n) => (n.data as { id?: string } | undefined)?.id));
    expect(r.alignment!.some((pair) => enIds.has(pair.en))).toBe(true);
    // An edition that cannot be processed: no alignment, and its file says why.
    const broken = processBilingual('no front matter', ar, { slug: 'rifts' });
    expect(broken.alignment).toBeNull();
    expect(broken.en.paper).toBeNull();
    expect(broken.en.file.messages.some((m) => m.fatal)).toBe(true);
  });
});
