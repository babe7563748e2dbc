/**
 * Reliability (#18) through the real CLI: a paper's files are always one
 * version (publish.ts: staged, swapped in with renames, stamped by a
 * manifest), whatever kills or refuses a build; removed sources take their
 * editions along and nothing else's; hostile sources, locks and signals end
 * in one clear diagnostic line within a time box, never a hang or a stack.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, outputHashes, ROOT } from './helpers/cli.js';
import { decodeSource } from '../pipeline/source/read.js';
import { publishPaper, recoverStaging } from '../pipeline/batch/publish.js';
import { acquireLock } from '../pipeline/batch/lock.js';
import { SITE_FOLDERS } from '../pipeline/render/html/context.js';
import { hostname } from 'node:os';

const MINI = join(ROOT, 'test/fixtures/papers/mini-paper');
const SAMPLE = join(ROOT, 'source/rifts-within-iraqi-shiite-parties');
const GOOD = readFileSync(join(MINI, 'en.md'), 'utf8');
const FRONT = GOOD.slice(0, GOOD.indexOf('---\n', 4) + 4);
const FRONT_LINES = FRONT.split('\n').length - 1;
const ENV = { ...process.env, PAPERS_DEBUG: '', CI: '1', SOURCE_DATE_EPOCH: '1714867200' };
/** A hostile case must end within this (the bar of #18); a slow CI machine is allowed twice as much. */
const BOUND_S = 20;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** The compiled CLI in `cwd`, killed with SIGKILL when it outlives `seconds`. */
function cli(args: string[], cwd: string, seconds = 120): Run {
  const started = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: seconds * 1000, killSignal: 'SIGKILL', env: ENV, maxBuffer: 64 << 20 });
  return { code: r.status, signal: r.signal, stdout: r.stdout ?? '', stderr: r.stderr ?? '', ms: performance.now() - started };
}

/** Every folder a test made, removed at the end (the kill test alone leaves three output folders of the sample). */
const made: string[] = [];
const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true, maxRetries: 2 });
});

function project(files: Record<string, string | Uint8Array> = {}, papers: Record<string, string> = {}): string {
  const dir = tempDir('papers-rel-');
  for (const [slug, from] of Object.entries(papers)) cpSync(from, join(dir, 'source', slug), { recursive: true });
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  return dir;
}

const sha = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');
const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One diagnostic line: `file[:line:col] severity message [rule]`. */
const line = (file: string, rule: string, where = '(?::\\d+:\\d+)?') => new RegExp(`^${esc(file)}${where} (error|warning|info) [^\\n]+ \\[${esc(rule)}\\]$`, 'm');

/** The CLI ended by itself, in time, speaking in diagnostics (no stack trace, no internal error). */
function expectClean(r: Run, code: number): void {
  expect(r.signal, `killed after ${Math.round(r.ms)} ms: a hang`).toBeNull();
  expect(r.code, r.stderr.slice(-3000)).toBe(code);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?$/m);
  expect(r.stderr).not.toMatch(/internal error|build-internal-error|report it/);
}

/**
 * Every published paper folder of `out` is one version: its manifest lists
 * exactly the files there, each with its content's hash. Returns each paper's
 * source hashes (by language) as its manifest gives them.
 */
function versions(out: string): Record<string, Record<string, string>> {
  const found: Record<string, Record<string, string>> = {};
  for (const slug of readdirSync(out)) {
    const folder = join(out, slug);
    if (slug.startsWith('.') || SITE_FOLDERS.includes(slug) || !statSync(folder).isDirectory()) continue;
    const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8')) as { slug: string; sources: Record<string, string>; files: Record<string, string> };
    expect(manifest.slug).toBe(slug);
    const files: Record<string, string> = {};
    for (const name of readdirSync(folder, { recursive: true }) as string[]) {
      const path = join(folder, name);
      if (name !== 'manifest.json' && statSync(path).isFile()) files[name] = sha(readFileSync(path));
    }
    expect(files, `${slug}: the files are not the ones its manifest lists`).toEqual(manifest.files);
    found[slug] = manifest.sources;
  }
  return found;
}

const sourceHashes = (dir: string, slug: string): Record<string, string> =>
  Object.fromEntries(
    readdirSync(join(dir, 'source', slug))
      .filter((n) => /^(en|ar)\.md$/.test(n))
      .map((n) => [n.slice(0, 2), sha(readFileSync(join(dir, 'source', slug, n)))]),
  );

const title = (out: string, slug: string, lang: string) => (JSON.parse(readFileSync(join(out, slug, `${lang}.json`), 'utf8')) as { meta: { title: string } }).meta.title;
const htmlTitle = (out: string, slug: string, lang: string) => /<h1[^>]*>(.*?)<\/h1>/s.exec(readFileSync(join(out, slug, `${lang}.html`), 'utf8'))?.[1].replace(/<[^>]*>/g, '');
const retitle = (md: string, to: string) => md.replace(/^title: .*$/m, `title: ${to}`);

function setTitle(dir: string, slug: string, to: string): void {
  for (const lang of ['en', 'ar']) {
    const path = join(dir, 'source', slug, `${lang}.md`);
    if (existsSync(path)) writeFileSync(path, retitle(readFileSync(path, 'utf8'), `${to} ${lang}`));
  }
}

describe('a paper’s editions change together or not at all', () => {
  it('building from another folder keeps the other papers’ editions (sources are known by absolute path)', () => {
    const dir = project({}, { other: MINI, 'zz-good': MINI });
    expectClean(cli(['build', 'source', '--out', 'output', '--format', 'json,html'], dir), 0);
    const before = outputHashes(join(dir, 'output/other'));
    const r = cli(['build', 'zz-good', '--out', '../output', '--format', 'json,html'], join(dir, 'source'));
    expectClean(r, 0);
    expect(r.stderr).not.toMatch(/paper-removed|no longer exist/);
    expect(outputHashes(join(dir, 'output/other'))).toEqual(before);
    expect(readFileSync(join(dir, 'output/index.html'), 'utf8')).toMatch(/other\/en\.html/);
    // A paper really removed is still pruned, from any folder.
    rmSync(join(dir, 'source/other'), { recursive: true });
    const pruned = cli(['build', 'zz-good', '--out', '../output', '--format', 'json,html'], join(dir, 'source'));
    expectClean(pruned, 0);
    expect(pruned.stderr).toMatch(line('other/ar.md', 'paper-removed'));
    expect(pruned.stderr).toMatch(/other\/ar\.md and other\/en\.md no longer exist/);
    expect(existsSync(join(dir, 'output/other'))).toBe(false);
  });

  it('a dangling symlink for a source is reported as such and deletes nothing', () => {
    const dir = project({}, { p: MINI });
    expectClean(cli(['build', 'source', '--format', 'json'], dir), 0);
    const published = readFileSync(join(dir, 'output/p/en.json'));
    rmSync(join(dir, 'source/p/en.md'));
    symlinkSync('gone.md', join(dir, 'source/p/en.md'));
    const r = cli(['build', 'source', '--format', 'json'], dir);
    expectClean(r, 1);
    expect(r.stderr).toMatch(line('source/p/en.md', 'source-unreadable'));
    expect(r.stderr).toMatch(/broken link/);
    expect(r.stderr).not.toMatch(/source-empty-paper|paper-removed/);
    expect(readFileSync(join(dir, 'output/p/en.json')).equals(published)).toBe(true);
    versions(join(dir, 'output'));
  });

  it('a folder where an edition file should be does not leave a mixed paper: the whole new version replaces it', () => {
    const dir = project({}, { p: MINI });
    expectClean(cli(['build', 'source', '--format', 'json,html'], dir), 0);
    rmSync(join(dir, 'output/p/en.html'));
    mkdirSync(join(dir, 'output/p/en.html'));
    setTitle(dir, 'p', 'New Title');
    expectClean(cli(['build', 'source', '--format', 'json,html'], dir), 0);
    const out = join(dir, 'output');
    expect(versions(out).p).toEqual(sourceHashes(dir, 'p'));
    expect(title(out, 'p', 'en')).toBe('New Title en');
    expect(htmlTitle(out, 'p', 'en')).toBe('New Title en');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toMatch(/New Title en/);
  });

  it('a disk that fills up part-way through a paper keeps every previous file, and the next build repairs it', () => {
    const dir = project({}, { p: MINI });
    const out = join(dir, 'output');
    mkdirSync(out);
    // A small file system of its own: root can mount one (CI runs as root).
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', out]);
    expect(mounted.status, `mount: ${String(mounted.stderr)}`).toBe(0);
    try {
      expectClean(cli(['build', 'source', '--format', 'json,html'], dir), 0);
      const before = outputHashes(out);
      const oldVersion = versions(out).p;
      setTitle(dir, 'p', 'New Title');
      // Leave less room than the paper's folder takes: staging it fails half-way.
      const folderBytes = Object.keys(before).filter((f) => f.startsWith('p/')).reduce((n, f) => n + statSync(join(out, f)).size, 0);
      const free = () => Number(spawnSync('df', ['--output=avail', '-B1', out], { encoding: 'utf8' }).stdout.split('\n')[1]);
      writeFileSync(join(out, 'filler'), Buffer.alloc(Math.max(0, free() - Math.floor(folderBytes / 2))));
      const r = cli(['build', 'source', '--format', 'json,html'], dir);
      expectClean(r, 1);
      expect(r.stderr).toMatch(/^output error Cannot write here \(ENOSPC\b.*the previous editions of p are kept \[output-unwritable\]$/m);
      rmSync(join(out, 'filler'));
      expect(versions(out).p).toEqual(oldVersion);
      expect(outputHashes(out)).toEqual(before);
      expectClean(cli(['build', 'source', '--format', 'json,html'], dir), 0);
      expect(versions(out).p).toEqual(sourceHashes(dir, 'p'));
      expect(title(out, 'p', 'en')).toBe('New Title en');
    } finally {
      spawnSync('umount', ['-l', out]);
    }
  });

  it('removing ar.md removes its editions and the bilingual page, and the index stops listing them', () => {
    const dir = project({}, { p: MINI });
    const out = join(dir, 'output');
    expectClean(cli(['build', 'source'], dir), 0);
    expect(existsSync(join(out, 'p/ar.html'))).toBe(true);
    rmSync(join(dir, 'source/p/ar.md'));
    expectClean(cli(['build', 'source'], dir), 0);
    const left = readdirSync(join(out, 'p')).sort();
    expect(left.filter((n) => n.startsWith('ar.') || n.startsWith('bilingual'))).toEqual([]);
    expect(left).toEqual(expect.arrayContaining(['en.html', 'en.json', 'en.pdf']));
    for (const index of ['index.html', 'index.ar.html']) expect(readFileSync(join(out, index), 'utf8')).not.toMatch(/p\/(ar|bilingual)\.html/);
    expect(versions(out).p).toEqual(sourceHashes(dir, 'p'));
  });

  it('a narrower build (--lang en) keeps the other language’s editions', () => {
    const dir = project({}, { p: MINI });
    const out = join(dir, 'output');
    expectClean(cli(['build', 'source', '--format', 'json,html'], dir), 0);
    const ar = readFileSync(join(out, 'p/ar.json'));
    setTitle(dir, 'p', 'New Title');
    expectClean(cli(['build', 'source', '--format', 'json,html', '--lang', 'en'], dir), 0);
    expect(readFileSync(join(out, 'p/ar.json')).equals(ar)).toBe(true);
    expect(title(out, 'p', 'en')).toBe('New Title en');
    versions(out);
  });

  it('papers index reports a truncated JSON edition (exit 1) instead of dropping the paper silently', () => {
    const dir = project({}, { p: MINI, q: MINI });
    const out = join(dir, 'output');
    expectClean(cli(['build', 'source', '--format', 'json,html'], dir), 0);
    truncateSync(join(out, 'q/en.json'), 100);
    const r = cli(['index', 'output'], dir);
    expectClean(r, 1);
    expect(r.stderr).toMatch(line('output/q/en.json', 'output-edition-unreadable'));
    expect(r.stderr).toMatch(/rebuild q with papers build --force/);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toMatch(/p\/en\.html/);
    expect(index).not.toMatch(/q\/en\.html/);
  });
});

describe('what a killed swap leaves, put right (publish.ts)', () => {
  const publish = (out: string, version: string) =>
    publishPaper(out, { slug: 'p', sources: { en: sha(version) }, outputs: ['en.json', 'en.html'].map((name) => ({ path: `p/${name}`, data: `${version} ${name}` })), keep: () => false });

  it('puts back a published folder moved aside by a swap that never finished, and throws away what was staged', () => {
    const out = tempDir('papers-swap-');
    publish(out, 'v1');
    const before = outputHashes(out);
    // Killed between the two renames: the old folder aside, the new one staged, nothing published.
    mkdirSync(join(out, '.staging/p.new'), { recursive: true });
    writeFileSync(join(out, '.staging/p.new/en.json'), 'v2 en.json');
    cpSync(join(out, 'p'), join(out, '.staging/p.old'), { recursive: true });
    rmSync(join(out, 'p'), { recursive: true });
    mkdirSync(join(out, '.staging/.old')); // no slug: thrown away, never renamed out of the output folder
    expect(recoverStaging(out)).toEqual(['p']);
    expect(readdirSync(join(out, '.staging'))).toEqual([]);
    expect(outputHashes(out)).toEqual(before);
    expect(versions(out).p).toEqual({ en: sha('v1') });
  });

  it('papers build and papers index say when they put a paper back', () => {
    const dir = project({}, { p: MINI });
    expectClean(cli(['build', 'source', '--format', 'json'], dir), 0);
    const before = outputHashes(join(dir, 'output/p'));
    mkdirSync(join(dir, 'output/.staging'));
    renameSync(join(dir, 'output/p'), join(dir, 'output/.staging/p.old'));
    const index = cli(['index', 'output'], dir);
    expectClean(index, 0);
    expect(index.stderr).toMatch(/^output\/p info A build was stopped while it replaced the editions of p: the previous ones were put back \[paper-restored\]$/m);
    expect(outputHashes(join(dir, 'output/p'))).toEqual(before);
    expect(readFileSync(join(dir, 'output/index.html'), 'utf8')).toMatch(/p\/en\.html/);
    expect(existsSync(join(dir, 'output/.staging'))).toBe(false);
    mkdirSync(join(dir, 'output/.staging'));
    renameSync(join(dir, 'output/p'), join(dir, 'output/.staging/p.old'));
    const build = cli(['build', 'source', '--format', 'json'], dir);
    expectClean(build, 0);
    expect(build.stderr).toMatch(line('output/p', 'paper-restored'));
    expect(existsSync(join(dir, 'output/.staging'))).toBe(false);
  });

  it('keeps the published folder when the swap had finished, and drops the old one', () => {
    const out = tempDir('papers-swap-');
    publish(out, 'v1');
    cpSync(join(out, 'p'), join(out, '.staging/p.old'), { recursive: true });
    publish(out, 'v2');
    expect(recoverStaging(out)).toEqual([]);
    expect(existsSync(join(out, '.staging/p.old'))).toBe(false);
    expect(versions(out).p).toEqual({ en: sha('v2') });
    expect(readFileSync(join(out, 'p/en.html'), 'utf8')).toBe('v2 en.html');
  });
});

describe('sources that are not what they seem', () => {
  it('a symlink out of the source tree is refused (its content would be published), and allowed with --follow-links', () => {
    const dir = project({ 'elsewhere/secret.md': GOOD.replace('A Small Test Paper', 'Secret Paper') }, { 'zz-good': MINI });
    mkdirSync(join(dir, 'source/p'));
    symlinkSync(join(dir, 'elsewhere/secret.md'), join(dir, 'source/p/en.md'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'source/linked'));
    const r = cli(['build', 'source', '--format', 'json'], dir);
    expectClean(r, 1);
    expect(r.stderr).toMatch(line('source/p/en.md', 'source-link-outside'));
    expect(r.stderr).toMatch(line('source/linked', 'source-link-outside'));
    expect(r.stderr).toMatch(/--follow-links/);
    expect(existsSync(join(dir, 'output/p'))).toBe(false);
    expect(existsSync(join(dir, 'output/zz-good/en.json'))).toBe(true);
    const allowed = cli(['build', 'source', '--format', 'json', '--follow-links'], dir);
    expect(allowed.stderr).not.toMatch(/source-link-outside/);
    expect(title(join(dir, 'output'), 'p', 'en')).toBe('Secret Paper');
  });

  it('a FIFO or a folder named en.md is reported for what it is, at once', () => {
    const dir = project({}, { 'zz-good': MINI });
    mkdirSync(join(dir, 'source/fifo'));
    expect(spawnSync('mkfifo', [join(dir, 'source/fifo/en.md')]).status).toBe(0);
    mkdirSync(join(dir, 'source/folder/en.md'), { recursive: true });
    const r = cli(['build', 'source', '--format', 'json'], dir, BOUND_S);
    expectClean(r, 1);
    expect(r.stderr).toMatch(/^source\/fifo\/en\.md error This source is a named pipe \(FIFO\), not a file: .* \[source-unreadable\]$/m);
    expect(r.stderr).toMatch(/^source\/folder\/en\.md error This source is a folder, not a file: .* \[source-unreadable\]$/m);
    expect(r.stderr).not.toMatch(/source-empty-paper/);
    const direct = cli(['build', 'source/folder/en.md', '--format', 'json'], dir, BOUND_S);
    expectClean(direct, 1);
    expect(direct.stderr).toMatch(line('source/folder/en.md', 'source-unreadable'));
  });
});

/** One paper `hostile` with this source beside a good one, built (json) in a time box. */
function buildHostile(source: string | Uint8Array, args: string[] = ['--format', 'json']): { r: Run; dir: string } {
  const dir = project({ 'source/hostile/en.md': source }, { 'zz-good': MINI });
  const r = cli(['build', 'source', ...args], dir, BOUND_S);
  return { r, dir };
}

describe('hostile sources end in one diagnostic at their place, in time', () => {
  it.each([
    ['a CESU-8 surrogate', [0xed, 0xa0, 0x80]],
    ['an overlong slash', [0xe0, 0x80, 0xaf]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['an overlong two-byte form', [0xc0, 0xaf]],
    ['an overlong four-byte form', [0xf0, 0x80, 0x80, 0x80]],
    ['a lone continuation byte', [0x80]],
  ])('invalid UTF-8 (%s) is reported at its first byte, not at the end of the file', (_, bad) => {
    const before = Buffer.from('---\ntitle: x\n---\n\nab');
    const file = decodeSource(Buffer.concat([before, Buffer.from(bad), Buffer.from(' and a long tail of text\nand more lines\n')]), 'x.md');
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0].ruleId).toBe('source-encoding');
    expect([file.messages[0].line, file.messages[0].column]).toEqual([5, 3]);
    expect(file.messages[0].reason).toContain(`0x${bad[0].toString(16)} at offset ${before.length}`);
  });

  it('a YAML alias bomb is a front-matter error at its alias, not an internal error', () => {
    const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefghi'.split('').map((k, i) => `${k}: &${k} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');
    const { r, dir } = buildHostile(FRONT.replace('---\n', `---\n${bomb}\n`) + '\nText.\n');
    expectClean(r, 1);
    const found = line('source/hostile/en.md', 'frontmatter-yaml', ':(\\d+):(\\d+)').exec(r.stderr);
    expect(found, r.stderr).not.toBeNull();
    expect(r.stderr).toMatch(/aliases/);
    expect(Number(/en\.md:(\d+):/.exec(found![0])![1])).toBe(3); // the first alias, on the second key
    expect(existsSync(join(dir, 'output/zz-good/en.json'))).toBe(true);
  });

  it('an unclosed front matter says so; a key with an invisible character shows it', () => {
    const unclosed = buildHostile(FRONT.slice(0, FRONT.lastIndexOf('---\n')) + '\nText.\n').r;
    expectClean(unclosed, 1);
    expect(unclosed.stderr).toMatch(/^source\/hostile\/en\.md:1:1 error Front matter is not closed: add a `---` line after its last key \[frontmatter-unclosed\]$/m);
    const bom = buildHostile(FRONT.replace('type:', '\uFEFFtype:') + '\nText.\n').r;
    expectClean(bom, 1);
    const typeLine = FRONT.split('\n').findIndex((l) => l.startsWith('type:')) + 1;
    expect(bom.stderr).toMatch(new RegExp(`^source/hostile/en\\.md:${typeLine}:1 error Front matter has unknown key\\(s\\) \`\\\\u\\{FEFF\\}type\`: delete the invisible characters \\[frontmatter-schema\\]$`, 'm'));
  });

  it('duplicate footnote definitions are reported, and every edition uses the first', () => {
    const body = '\nA claim.[^1] Another.[^2]\n\n[^1]: First note.\n\n[^2]: Second note.\n\n[^1]: Shadow note.\n';
    const { r, dir } = buildHostile(FRONT + body, ['--format', 'json,html,pdf']);
    expectClean(r, 0);
    expect(r.stderr).toMatch(line('source/hostile/en.md', 'footnote-duplicate', `:${FRONT_LINES + 8}:1`));
    const out = join(dir, 'output/hostile');
    const json = readFileSync(join(out, 'en.json'), 'utf8');
    const html = readFileSync(join(out, 'en.html'), 'utf8');
    const pdf = spawnSync('pdftotext', [join(out, 'en.pdf'), '-'], { encoding: 'utf8' }).stdout;
    for (const [what, text] of [['json', json], ['html', html], ['pdf', pdf], ['csl', readFileSync(join(out, 'citations.json'), 'utf8')]]) {
      expect(text, what).toMatch(/First note/);
      expect(text, what).not.toMatch(/Shadow note/);
    }
  });

  it('3,000 links in one paragraph keep the JSON edition linear (each citation a bounded sentence)', () => {
    const paragraph = Array.from({ length: 3000 }, (_, i) => `see [source ${i}](https://example.org/${i}) and`).join(' ') + ' more.';
    const { r, dir } = buildHostile(FRONT + '\n' + paragraph + '\n');
    expectClean(r, 0);
    const json = readFileSync(join(dir, 'output/hostile/en.json'), 'utf8');
    const citations = (JSON.parse(json) as { citations: { sentence: string }[] }).citations;
    expect(citations).toHaveLength(3000);
    expect(Math.max(...citations.map((c) => c.sentence.length))).toBeLessThanOrEqual(602);
    // Each citation had the whole 140 KB paragraph: 52 MB for 3,000 links.
    expect(json.length).toBeLessThan(40 * paragraph.length);
  });

  it('10,000 reference definitions cited in one paragraph build in a batch worker (1 GB heap) instead of running it out of memory', () => {
    const paragraph = Array.from({ length: 10_000 }, (_, i) => `see [source ${i}][r${i}]`).join(', ') + '.';
    const definitions = Array.from({ length: 10_000 }, (_, i) => `[r${i}]: https://example.org/source/${i} "Title ${i}"`).join('\n');
    const dir = project({ 'source/hostile/en.md': FRONT + '\n' + paragraph + '\n\n' + definitions + '\n' }, { 'zz-good': MINI });
    const r = cli(['build', 'source', '--jobs', '2'], dir, 120);
    expectClean(r, 0);
    expect((JSON.parse(readFileSync(join(dir, 'output/hostile/en.json'), 'utf8')) as { citations: unknown[] }).citations).toHaveLength(10_000);
  }, 180_000);

  it('a 300 × 300 table and 20,000 table cells are refused at their row before parsing', () => {
    const table = (rows: number, cols: number) =>
      [`| ${Array.from({ length: cols }, (_, c) => `h${c}`).join(' | ')} |`, `|${'---|'.repeat(cols)}`, ...Array.from({ length: rows }, (_, r) => `| ${Array.from({ length: cols }, (_, c) => `r${r}c${c}`).join(' | ')} |`)].join('\n');
    const wide = buildHostile(FRONT + '\n' + table(300, 300) + '\n');
    expectClean(wide.r, 1);
    expect(wide.r.stderr).toMatch(line('source/hostile/en.md', 'source-table-too-large', `:${FRONT_LINES + 3}:1`));
    expect(existsSync(join(wide.dir, 'output/zz-good/en.json'))).toBe(true);
    const long = buildHostile(FRONT + '\n' + table(1100, 20) + '\n');
    expectClean(long.r, 1);
    expect(long.r.stderr).toMatch(/More than 20,000 table cells .* \[source-table-too-large\]$/m);
    // A big table of a real paper is fine.
    const fine = buildHostile(FRONT + '\n' + table(200, 12) + '\n');
    expectClean(fine.r, 0);
  });
});

describe('locks and signals', () => {
  it('a folder or a dangling link where the lock should be stops the build at once with what to do', () => {
    for (const make of [(p: string) => mkdirSync(p), (p: string) => symlinkSync('nowhere', p)]) {
      const dir = project({}, { p: MINI });
      mkdirSync(join(dir, 'output'));
      make(join(dir, 'output/.lock'));
      const r = cli(['build', 'source', '--format', 'json'], dir, BOUND_S);
      expect(r.signal, 'spun until killed').toBeNull();
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/output\/\.lock is (a folder|a symbolic link), not a build's lock: remove it/);
      expect(r.ms).toBeLessThan(BOUND_S * 1000);
    }
  });

  it('a lock left by an interrupted build is taken over even when its pid now belongs to another process', async () => {
    const out = tempDir('papers-lock-');
    // This process is alive, but it is not the one that took the lock: that one started at another time.
    writeFileSync(join(out, '.lock'), JSON.stringify({ pid: process.pid, host: hostname(), started: '1' }));
    const release = await acquireLock(out, { timeoutMs: 1000 });
    expect(JSON.parse(readFileSync(join(out, '.lock'), 'utf8')).started).toMatch(/^\d+$/);
    release();
    expect(existsSync(join(out, '.lock'))).toBe(false);
  });

  it('SIGINT in the middle of a paper processed in the CLI’s thread ends the build at once; the next build is whole', async () => {
    // About 8 s of processing, all in this thread.
    const paragraph = GOOD.slice(FRONT.length).trim();
    const dir = project({ 'source/big/en.md': FRONT + ('\n' + paragraph + '\n').repeat(1500) });
    const started = performance.now();
    const child = spawn(process.execPath, [CLI, 'build', 'source', '--jobs', '1', '--format', 'json'], { cwd: dir, env: ENV });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const ended = new Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>((done) => child.on('exit', (code, signal) => done({ code, signal, at: performance.now() })));
    await new Promise((r) => setTimeout(r, 1500));
    const sent = performance.now();
    child.kill('SIGINT');
    const guard = setTimeout(() => child.kill('SIGKILL'), 30_000);
    const end = await ended;
    clearTimeout(guard);
    expect(end.signal, stderr).toBe('SIGINT');
    expect(end.at - sent, `the build went on for ${Math.round(end.at - started)} ms`).toBeLessThan(1000);
    const next = cli(['build', 'source', '--jobs', '1', '--format', 'json'], dir);
    expectClean(next, 0);
    expect(versions(join(dir, 'output')).big).toEqual(sourceHashes(dir, 'big'));
  }, 120_000);
});

/**
 * The fault-injection test: a real `papers build` of three papers (the sample,
 * both languages, and two small ones) killed with SIGKILL at 20 random
 * moments. After each kill every paper folder is whole and one version (its
 * manifest's files and source hashes, and the title inside its editions), and
 * the next build makes the output folder byte for byte what a clean build of
 * the same sources makes.
 */
describe('SIGKILL at random moments', () => {
  const KILLS = 20;
  const SLUGS = ['p-one', 'p-two', 'rifts-within-iraqi-shiite-parties'];
  const seed = Number(process.env.KILL_SEED ?? Date.now() % 100_000);
  let state = seed;
  /** mulberry32: a seeded sequence, so a failure can be replayed with KILL_SEED. */
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  const killedBuild = (dir: string, afterMs: number): Promise<void> =>
    new Promise((done) => {
      const child = spawn(process.execPath, [CLI, 'build', 'source'], { cwd: dir, env: ENV, stdio: 'ignore' });
      const timer = setTimeout(() => child.kill('SIGKILL'), afterMs);
      child.on('exit', () => {
        clearTimeout(timer);
        done();
      });
    });

  it(`leaves every paper one version after each of ${KILLS} kills, and the next build repairs everything (KILL_SEED to replay)`, async () => {
    // The sample takes its publisher and type from the project's papers.yml.
    const dir = project({ 'papers.yml': readFileSync(join(ROOT, 'papers.yml')) }, { 'p-one': MINI, 'p-two': MINI, 'rifts-within-iraqi-shiite-parties': SAMPLE });
    const versionSources: Record<string, Record<string, string>>[] = [];
    const references: Record<string, string>[] = [];
    const setVersion = (v: number) => {
      for (const slug of SLUGS) setTitle(dir, slug, `Version ${v}`);
    };
    // A clean build of each version, into folders of their own: what the repairs must give.
    let longest = 0;
    for (const v of [0, 1]) {
      setVersion(v);
      versionSources.push(Object.fromEntries(SLUGS.map((s) => [s, sourceHashes(dir, s)])));
      const r = cli(['build', 'source', '--out', `reference-${v}`], dir, 600);
      expectClean(r, 0);
      longest = Math.max(longest, r.ms);
      references.push(outputHashes(join(dir, `reference-${v}`)));
    }
    expectClean(cli(['build', 'source'], dir, 600), 0); // version 1 published

    const out = join(dir, 'output');
    for (let kill = 0; kill < KILLS; kill++) {
      const v = kill % 2; // each kill interrupts a build that changes every paper
      setVersion(v);
      const at = Math.round(random() * longest * 1.2);
      await killedBuild(dir, at);
      const context = `kill ${kill + 1} at ${at} ms (KILL_SEED=${seed})`;
      const found = versions(out);
      for (const slug of SLUGS) {
        const which = versionSources.findIndex((sources) => JSON.stringify(sources[slug]) === JSON.stringify(found[slug]));
        expect(which, `${context}: ${slug} is from no version`).toBeGreaterThanOrEqual(0);
        for (const lang of ['en', 'ar']) {
          expect(title(out, slug, lang), `${context}: ${slug}/${lang}.json`).toBe(`Version ${which} ${lang}`);
          expect(htmlTitle(out, slug, lang), `${context}: ${slug}/${lang}.html`).toBe(`Version ${which} ${lang}`);
        }
      }
      const repair = cli(['build', 'source'], dir, 600);
      expectClean(repair, 0);
      expect(outputHashes(out), `${context}: the next build did not repair everything`).toEqual(references[v]);
      expect(existsSync(join(out, '.staging')), context).toBe(false);
      expect(existsSync(join(out, '.lock')), context).toBe(false);
    }
  }, 1_800_000);
});
