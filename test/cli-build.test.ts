/**
 * `papers build` on several papers, through the real CLI: the cache, workers,
 * shards + `papers index`, reproducibility, failures kept to their paper,
 * two builds at once, reporters.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, outputHashes, papers, ROOT, type Run } from './helpers/cli.js';

const MINI = join(ROOT, 'test/fixtures/papers/mini-paper');
const SAMPLE = join(ROOT, 'source/rifts-within-iraqi-shiite-parties');

/** A project with copies of the mini paper as `source/<slug>/`, plus the real sample and the project config it inherits from when asked. */
function project(slugs: string[], withSample = false): string {
  const dir = mkdtempSync(join(tmpdir(), 'papers-cli-'));
  for (const slug of slugs) cpSync(MINI, join(dir, 'source', slug), { recursive: true });
  if (withSample) {
    cpSync(SAMPLE, join(dir, 'source', 'rifts-within-iraqi-shiite-parties'), { recursive: true });
    cpSync(join(ROOT, 'papers.yml'), join(dir, 'papers.yml'));
  }
  return dir;
}

interface Report {
  summary: { built: number; skipped: number; failed: number; warnings: number; filesWritten: number; collection: string; peakRssMb: number };
  papers: { slug: string; status: string; diagnostics: { ruleId: string; severity: string; message: string }[] }[];
}
const report = (r: Run): Report => JSON.parse(r.stdout) as Report;
/** Builds of many papers take a while on a loaded two-core machine. */
const SLOW = 600_000;
const statuses = (r: Run) => Object.fromEntries(report(r).papers.map((p) => [p.slug, p.status]));

function spawnPapers(args: string[], cwd: string): Promise<Run> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd, env: { ...process.env, CI: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => done({ code, stdout, stderr }));
  }, SLOW);
}

describe('papers build on many papers', () => {
  it('skips unchanged papers, rebuilds what changed or lost an output, and replays cached warnings', () => {
    const dir = project(['p-a', 'p-b', 'p-c']);
    const build = (...extra: string[]) => papers(['build', '--reporter', 'json', ...extra], { cwd: dir });
    const first = build();
    expect(first.code).toBe(0);
    expect(statuses(first)).toEqual({ 'p-a': 'built', 'p-b': 'built', 'p-c': 'built' });
    expect(report(first).summary.warnings).toBeGreaterThan(0);

    const again = build();
    expect(statuses(again)).toEqual({ 'p-a': 'skipped', 'p-b': 'skipped', 'p-c': 'skipped' });
    expect(report(again).summary).toMatchObject({ filesWritten: 0, collection: 'skipped', warnings: report(first).summary.warnings });
    expect(again.stderr).toMatch(/built 0, failed 0, unchanged 3;/);

    writeFileSync(join(dir, 'source/p-b/en.md'), readFileSync(join(MINI, 'en.md'), 'utf8').replace('A Small Test Paper', 'A Changed Test Paper'));
    rmSync(join(dir, 'output/p-c/ar.json'));
    const changed = build();
    expect(statuses(changed)).toEqual({ 'p-a': 'skipped', 'p-b': 'built', 'p-c': 'built' });
    expect(report(changed).summary.collection).toBe('built');
    expect(readFileSync(join(dir, 'output/index.html'), 'utf8')).toContain('A Changed Test Paper');

    expect(statuses(build('--force'))).toEqual({ 'p-a': 'built', 'p-b': 'built', 'p-c': 'built' });
  }, SLOW);

  it('gives byte-identical outputs with --jobs 1, --jobs 2, and two shards merged by papers index', () => {
    const dir = project(['p-a', 'p-b', 'p-c'], true);
    const run = (out: string, ...extra: string[]) => {
      const r = papers(['build', '--out', out, '--reporter', 'json', ...extra], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1714867200' } });
      expect(r.code, r.stderr).toBe(0);
      return r;
    };
    run('one', '--jobs', '1');
    run('two', '--jobs', '2');
    const shard1 = run('shards', '--shard', '1/2');
    const shard2 = run('shards', '--shard', '2/2');
    // The shards share the papers out between them, and neither makes the cross-paper outputs.
    const shares = [Object.keys(statuses(shard1)), Object.keys(statuses(shard2))];
    expect([...shares[0], ...shares[1]].sort()).toEqual(['p-a', 'p-b', 'p-c', 'rifts-within-iraqi-shiite-parties']);
    expect(report(shard1).summary.collection).toBe('none');
    expect(existsSync(join(dir, 'shards/index.html'))).toBe(false);
    const index = papers(['index', 'shards'], { cwd: dir });
    expect(index.code, index.stderr).toBe(0);
    expect(index.stderr).toMatch(/indexed 4 papers/);

    const reference = outputHashes(join(dir, 'one'));
    expect(Object.keys(reference)).toEqual(expect.arrayContaining(['index.html', 'p-a/en.json', 'rifts-within-iraqi-shiite-parties/ar.json']));
    expect(outputHashes(join(dir, 'two'))).toEqual(reference);
    expect(outputHashes(join(dir, 'shards'))).toEqual(reference);
  }, SLOW);

  it('builds a lone paper the same with its PDF editions on a worker (--jobs 2) as in one thread (--jobs 1)', () => {
    const dir = project([], true);
    const run = (out: string, jobs: string) => {
      const r = papers(['build', '--out', out, '--jobs', jobs, '--reporter', 'json'], { cwd: dir, env: { SOURCE_DATE_EPOCH: '1714867200' } });
      expect(r.code, r.stderr).toBe(0);
      return report(r);
    };
    const one = run('one', '1');
    const two = run('two', '2');
    const reference = outputHashes(join(dir, 'one'));
    expect(Object.keys(reference)).toEqual(expect.arrayContaining(['rifts-within-iraqi-shiite-parties/en.pdf', 'rifts-within-iraqi-shiite-parties/ar.pdf']));
    expect(outputHashes(join(dir, 'two'))).toEqual(reference);
    // The same diagnostics, in the same order, and the same outputs listed.
    expect(two.papers).toEqual(one.papers);
  }, SLOW);

  it('fails a lone paper whose PDF edition cannot be made on the worker, and writes none of its editions', () => {
    const dir = project(['p-a']);
    // A heap too small for the PDF renderer: the worker dies, the paper fails, nothing of it is written.
    const r = papers(['build', '--jobs', '2', '--max-memory', '8', '--reporter', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const [paper] = report(r).papers;
    expect(paper.status).toBe('failed');
    expect(paper.diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ ruleId: 'build-crashed' })]));
    expect(existsSync(join(dir, 'output/p-a/en.json'))).toBe(false);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, SLOW);

  it('remakes the cross-paper outputs from the summaries in the manifests, and from the JSON editions once those changed', () => {
    const dir = project(['p-a', 'p-b']);
    expect(papers(['build', '--jobs', '1', '--format', 'json,html'], { cwd: dir }).code).toBe(0);
    const manifestPath = join(dir, 'output/.cache/papers/p-a.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { summary: { editions: Record<string, { meta: { title: string } }> } };
    const title = manifest.summary.editions.en.meta.title;
    // A marked summary shows whether papers index read it or the JSON edition.
    manifest.summary.editions.en.meta.title = 'From the manifest';
    writeFileSync(manifestPath, JSON.stringify(manifest));
    expect(papers(['index', 'output'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(join(dir, 'output/index.html'), 'utf8')).toContain('From the manifest');
    // The JSON edition rewritten (as another build or a copied shard would): the summary is stale and not used.
    const edition = join(dir, 'output/p-a/en.json');
    writeFileSync(edition, readFileSync(edition));
    expect(papers(['index', 'output'], { cwd: dir }).code).toBe(0);
    const index = readFileSync(join(dir, 'output/index.html'), 'utf8');
    expect(index).not.toContain('From the manifest');
    expect(index).toContain(title);
  }, SLOW);

  it('removes the editions of a paper whose sources were deleted, and keeps those of papers left out of the build', () => {
    const dir = project(['p-a', 'p-b', 'p-c']);
    expect(papers(['build', '--jobs', '1', '--format', 'json,html'], { cwd: dir }).code).toBe(0);
    // A build of one paper leaves the others alone.
    expect(papers(['build', 'source/p-a', '--jobs', '1', '--format', 'json,html', '--force'], { cwd: dir }).code).toBe(0);
    expect(existsSync(join(dir, 'output/p-b/en.json'))).toBe(true);

    rmSync(join(dir, 'source/p-b'), { recursive: true });
    const r = papers(['build', '--jobs', '1', '--format', 'json,html'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^source\/p-b\/ar\.md info source\/p-b\/ar\.md and source\/p-b\/en\.md no longer exist: the editions of p-b were removed from output \[paper-removed\]$/m);
    expect(existsSync(join(dir, 'output/p-b'))).toBe(false);
    expect(existsSync(join(dir, 'output/.cache/papers/p-b.json'))).toBe(false);
    const index = readFileSync(join(dir, 'output/index.html'), 'utf8');
    expect(index).not.toMatch(/p-b\//);
    expect(index).toMatch(/p-c\//);
  }, SLOW);

  it('fails a bad paper alone, with one line per problem, and keeps its previous editions', () => {
    const dir = project(['p-a', 'p-bad', 'p-deep', 'p-z']);
    expect(papers(['build', '--jobs', '2', '--format', 'json,html'], { cwd: dir }).code).toBe(0);
    const kept = readFileSync(join(dir, 'output/p-deep/en.json'));
    const en = readFileSync(join(MINI, 'en.md'), 'utf8');
    writeFileSync(join(dir, 'source/p-bad/en.md'), en.replace('lang: en', 'lang: xx'));
    // Ten thousand nested block quotes: beyond what the Markdown stages are built for.
    writeFileSync(join(dir, 'source/p-deep/en.md'), `${en}\n${'>'.repeat(10_000)} deep\n`);

    const r = papers(['build', '--jobs', '2', '--format', 'json,html', '--reporter', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(statuses(r)).toEqual({ 'p-a': 'skipped', 'p-bad': 'failed', 'p-deep': 'failed', 'p-z': 'skipped' });
    const deep = report(r).papers.find((p) => p.slug === 'p-deep')!;
    expect(deep.diagnostics.some((d) => d.severity === 'error')).toBe(true);
    for (const d of deep.diagnostics) expect(d.message).not.toMatch(/\n/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(join(dir, 'output/p-deep/en.json')).equals(kept)).toBe(true);
    expect(readFileSync(join(dir, 'output/index.html'), 'utf8')).toMatch(/p-deep/);
  }, SLOW);

  it('reports a worker that runs out of memory as its paper\'s failure, not a crash of the build', () => {
    const dir = project(['p-a', 'p-b']);
    const r = papers(['build', '--jobs', '2', '--max-memory', '8'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^source\/p-a error The worker building this paper ran out of memory \(limit 8 MB per worker; raise it with --max-memory\); its previous editions are kept \[build-crashed\]$/m);
    expect(r.stderr).toMatch(/built 0, failed 2;/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  }, SLOW);

  it('stops a paper that takes longer than --paper-timeout, as that paper\'s failure', () => {
    const dir = project(['p-a'], true);
    const sample = readFileSync(join(SAMPLE, 'en.md'), 'utf8');
    const end = sample.indexOf('\n---\n', 4) + 5;
    // Thirty times the sample's body in one paper: far more than two seconds of work.
    mkdirSync(join(dir, 'source/p-huge'));
    writeFileSync(join(dir, 'source/p-huge/en.md'), sample.slice(0, end) + sample.slice(end).repeat(30));
    const r = papers(['build', '--jobs', '2', '--paper-timeout', '2', '--reporter', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    const huge = report(r).papers.find((p) => p.slug === 'p-huge')!;
    expect(huge.status).toBe('failed');
    expect(huge.diagnostics).toEqual([expect.objectContaining({ ruleId: 'build-crashed', message: expect.stringMatching(/was stopped after 2 s \(raise the limit with --paper-timeout\)/) })]);
  }, SLOW);

  it('lets two builds started at once on one output folder finish without corrupting it', async () => {
    const dir = project(['p-a', 'p-b', 'p-c']);
    const [one, two] = await Promise.all([spawnPapers(['build', '--jobs', '2'], dir), spawnPapers(['build', '--jobs', '2'], dir)]);
    expect([one.code, two.code], `${one.stderr}\n---\n${two.stderr}`).toEqual([0, 0]);
    // One built; the other waited for the lock and then found every paper up to date.
    expect([one.stderr, two.stderr].filter((s) => /unchanged 3/.test(s))).toHaveLength(1);
    expect(existsSync(join(dir, 'output/.lock'))).toBe(false);
    const files = Object.keys(outputHashes(join(dir, 'output')));
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(papers(['build', '--out', 'reference', '--jobs', '1'], { cwd: dir }).code).toBe(0);
    expect(outputHashes(join(dir, 'output'))).toEqual(outputHashes(join(dir, 'reference')));
  }, SLOW);

  it('breaks a stale lock, and gives up on a live one after --lock-timeout', () => {
    const dir = project(['p-a']);
    mkdirSync(join(dir, 'output'));
    // Above Linux's largest pid (2^22): no such process can be running.
    writeFileSync(join(dir, 'output/.lock'), JSON.stringify({ pid: 2 ** 22 + 1, host: hostname() }));
    expect(papers(['build'], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, 'output/.lock'), JSON.stringify({ pid: process.pid, host: hostname() }));
    const r = papers(['build', '--force', '--lock-timeout', '1'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/waiting for the build already running on output/);
    expect(r.stderr).toMatch(new RegExp(`output is locked by another build \\(pid ${process.pid} on `));
  }, SLOW);
});

describe('reporters and CI gates', () => {
  it('--reporter github prints workflow annotations on stdout', () => {
    const dir = project(['p-a']);
    const r = papers(['build', '--reporter', 'github'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^::warning file=source\/p-a\/en\.md,line=\d+,col=\d+(,endLine=\d+,endColumn=\d+)?,title=[a-z-]+::\S/m);
    expect(r.stdout.split('\n').filter(Boolean).every((l) => /^::(error|warning|notice) /.test(l))).toBe(true);
  }, SLOW);

  it('papers check --strict fails on warnings; without --strict it passes', () => {
    const dir = project(['p-a', 'p-b']);
    expect(papers(['check'], { cwd: dir }).code).toBe(0);
    const strict = papers(['check', '--strict'], { cwd: dir });
    expect(strict.code).toBe(1);
    expect(strict.stderr).toMatch(/checked 2, failed 0;/);
    expect(existsSync(join(dir, 'output'))).toBe(false);
  }, SLOW);

  it('papers index on a file reports output-unwritable, not an internal error', () => {
    const dir = mkdtempSync(join(tmpdir(), 'papers-cli-'));
    writeFileSync(join(dir, 'output'), 'not a folder');
    const r = papers(['index', 'output'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^output error Cannot write here \(ENOTDIR at .*\): choose another --out, or make output a folder you can write to \[output-unwritable\]$/m);
  });

  it('refuses bad --shard, --jobs and --reporter values as usage errors', () => {
    for (const args of [['--shard', '3/2'], ['--jobs', '0'], ['--reporter', 'xml'], ['--max-memory', 'lots']]) {
      const r = papers(['build', ...args]);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(/^papers: /);
    }
  }, SLOW);
});
