/**
 * Hostile and broken sources through the real CLI, each run time-boxed: every
 * case ends in a clear diagnostic (rule id, file:line:col) or a documented safe
 * repair, never a stack trace or a hang; the rest of the batch still builds;
 * nothing is written outside the output folder; a published edition survives.
 * The corpus and its expected diagnostics: test/fixtures/bad/cases.json.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { availableFormats } from '../pipeline/render/registry.js';
import { CLI, ROOT } from './helpers/cli.js';
import { schemaErrors } from './helpers/schema.js';
import { executableContent } from './helpers/executable.js';

interface Case {
  file: string;
  ruleId: string | null;
  severity: 'error' | 'warning' | 'info' | null;
  at: string | null;
  builds: boolean;
  repair?: string;
  /** Built with this format only (skipped when it is not available). */
  format?: 'pdf';
}

const BAD = join(ROOT, 'test/fixtures/bad');
const CASES = (JSON.parse(readFileSync(join(BAD, 'cases.json'), 'utf8')) as { cases: Case[] }).cases;
const GOOD = readFileSync(join(ROOT, 'test/fixtures/papers/mini-paper/en.md'), 'utf8');
const FRONT = GOOD.slice(0, GOOD.indexOf('---\n', 4) + 4);
/** Lines of FRONT: a body line n is file line FRONT_LINES + n. */
const FRONT_LINES = FRONT.split('\n').length - 1;
const slugOf = (file: string) => file.replace(/\.md$/, '');

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
  ms: number;
}

/** The compiled CLI, killed (SIGKILL: a busy loop may ignore SIGTERM) when it outlives `seconds`. */
function cli(args: string[], cwd: string, seconds: number): Run {
  const started = performance.now();
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: seconds * 1000,
    killSignal: 'SIGKILL',
    env: { ...process.env, PAPERS_DEBUG: '', SOURCE_DATE_EPOCH: '1714867200' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status, signal: r.signal, stderr: r.stderr ?? '', ms: performance.now() - started };
}

function project(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'papers-bad-'));
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  return dir;
}

/** No hang, no crash, no stack trace: the CLI finished and spoke in diagnostics (exit 1 when a paper failed). */
function expectCleanFailure(r: Run, code = 1): void {
  expect(r.signal, `killed after ${Math.round(r.ms)} ms: a hang`).toBeNull();
  expect(r.code).toBe(code);
  expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?$/m);
  expect(r.stderr).not.toMatch(/internal error|RangeError|Maximum call stack/);
}

function diagnosticLine(stderr: string, file: string, ruleId: string): RegExpMatchArray | null {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return stderr.match(new RegExp(`^${esc(file)}:(\\d+):(\\d+) (error|warning|info) (.+) \\[${esc(ruleId)}\\]$`, 'm'));
}

/** Checks of one case against the CLI's output. */
function checkCase(c: Case, dir: string, stderr: () => string): void {
  const slug = slugOf(c.file);
  const source = `source/${slug}/en.md`;
  if (c.ruleId) {
    it(`${c.file}: ${c.severity} [${c.ruleId}] at ${c.at ?? 'the file'}`, () => {
      const found = diagnosticLine(stderr(), source, c.ruleId!);
      expect(found, stderr().split('\n').filter((l) => l.startsWith(source)).join('\n')).not.toBeNull();
      expect(`${found![1]}:${found![2]}`).toBe(c.at);
      expect(found![3]).toBe(c.severity);
      // "what to do": every message says more than its rule id.
      expect(found![4].length).toBeGreaterThan(20);
    });
  }
  it(`${c.file}: ${c.builds ? `builds (${c.repair ?? 'after the repair'})` : 'writes nothing, the others still build'}`, () => {
    expect(existsSync(join(dir, 'output', slug, 'en.json'))).toBe(c.builds);
    if (c.builds) expect(schemaErrors(JSON.parse(readFileSync(join(dir, 'output', slug, 'en.json'), 'utf8')))).toBe('');
    expect(existsSync(join(dir, 'output/zz-good/en.json'))).toBe(true);
  });
}

describe('the bad-input corpus, built as one batch with a good paper (json, html)', () => {
  const cases = CASES.filter((c) => !c.format);
  const files: Record<string, string | Uint8Array> = { 'source/zz-good/en.md': GOOD };
  for (const c of cases) files[`source/${slugOf(c.file)}/en.md`] = readFileSync(join(BAD, c.file));
  const dir = project(files);
  let run: Run;
  beforeAll(() => {
    run = cli(['build', 'source', '--out', 'output', '--format', 'json,html'], dir, 240);
  }, 260_000);

  it('finishes in time, with diagnostics and no stack trace', () => {
    expectCleanFailure(run);
    expect(run.stderr).toMatch(/failed \d+/);
  });

  it('still builds the good paper, and its JSON edition validates', () => {
    const json = JSON.parse(readFileSync(join(dir, 'output/zz-good/en.json'), 'utf8'));
    expect(schemaErrors(json)).toBe('');
  });

  for (const c of cases) checkCase(c, dir, () => run.stderr);

  it('lets no executable content into any HTML page', () => {
    const pages = readdirSync(join(dir, 'output'), { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.html'));
    expect(pages.length).toBeGreaterThan(5);
    // The search page's own form, strings and script (assets/search.js) are the site's, not a source's: nothing else.
    const own = (page: string) => (/^search(\.\w+)?\.html$/.test(page) ? ['<form>', '<script type=application/json>', '<script type=module>'] : []);
    for (const page of pages) expect(executableContent(readFileSync(join(dir, 'output', page), 'utf8')), page).toEqual(own(page));
  });

  it('removes bidi controls and zero-width characters from the pages, link targets included', () => {
    for (const slug of ['bidi-controls', 'zero-width-names']) {
      const html = readFileSync(join(dir, 'output', slug, 'en.html'), 'utf8');
      expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200B\u2060\uFEFF]/u);
    }
    expect(readFileSync(join(dir, 'output/bidi-controls/en.html'), 'utf8')).toContain('https://example.org/gpj.exe');
  });

  it('keeps an undefined footnote reference as literal text (no broken link)', () => {
    const json = readFileSync(join(dir, 'output/unmatched-footnote/en.json'), 'utf8');
    expect(json).toContain('[^missing]');
  });
});

describe('the PDF cases of the corpus', () => {
  const cases = CASES.filter((c) => c.format === 'pdf');
  const files: Record<string, string | Uint8Array> = { 'source/zz-good/en.md': GOOD };
  for (const c of cases) files[`source/${slugOf(c.file)}/en.md`] = readFileSync(join(BAD, c.file));
  const dir = project(files);
  let run: Run;
  beforeAll(() => {
    run = cli(['build', 'source', '--out', 'output', '--format', 'json,pdf'], dir, 240);
  }, 260_000);
  it('finishes in time, with diagnostics and no stack trace', () => expectCleanFailure(run, cases.every((c) => c.builds) ? 0 : 1));
  for (const c of cases) checkCase(c, dir, () => run.stderr);

  // A tab left in a citation URL used to fail the whole PDF edition with [pdf-missing-glyph].
  it('a tab inside a link target does not fail the PDF edition', () => {
    const tabbed = project({ 'source/tabbed/en.md': FRONT + '\nA [tabbed link](java&#9;script:alert(2)) here.\n' });
    const r = cli(['build', 'source', '--out', 'output', '--format', 'pdf'], tabbed, 120);
    expect(r.stderr).not.toMatch(/pdf-missing-glyph/);
  });
});

describe('generated hostile sources, one CLI run each', () => {
  const checkOne = (body: string, seconds = 120, front = FRONT) => {
    const dir = project({ 'source/hostile/en.md': front + body, 'source/zz-good/en.md': GOOD });
    const run = cli(['build', 'source', '--out', 'output', '--format', 'json'], dir, seconds);
    return { dir, run };
  };
  const N = 10_000;

  it.each([
    ['10,000 nested list markers on one line', '- '.repeat(N) + 'x\n', 1],
    ['10,000 nested block quotes on one line', '>'.repeat(N) + ' x\n', 1],
    ['block quotes one deeper on each of 10,000 lines', Array.from({ length: N }, (_, i) => '>'.repeat(i % 200 + 1) + ' x').join('\n') + '\n', 101],
    ['a list nested by indentation', Array.from({ length: 300 }, (_, i) => '  '.repeat(i) + '- item').join('\n') + '\n', 101],
    ['10,000 nested emphasis delimiters', '*'.repeat(N) + 'x' + '*'.repeat(N) + '\n', 1],
    ['10,000 nested images', '!['.repeat(N) + 'x' + '](u)'.repeat(N) + '\n', 1],
  ])('%s: source-too-deep at its line, the others still build', (_name, body, line) => {
    const { dir, run } = checkOne('\n' + body);
    expectCleanFailure(run);
    const found = diagnosticLine(run.stderr, 'source/hostile/en.md', 'source-too-deep');
    expect(found, run.stderr).not.toBeNull();
    expect(Number(found![1])).toBe(FRONT_LINES + 1 + line);
    expect(existsSync(join(dir, 'output/zz-good/en.json'))).toBe(true);
  });

  it.each([
    ['1,001 footnote definitions, each after its paragraph', (i: number) => `Claim ${i}.[^n${i}]\n\n[^n${i}]: Note ${i}.`, 4, 3],
    ['1,001 block quotes between paragraphs', (i: number) => `Paragraph ${i}.\n\n> Quote ${i}.`, 4, 3],
  ])('%s: source-too-many-containers at the one too many, before micromark slows down', (_name, item, linesEach, lineOfContainer) => {
    const { dir, run } = checkOne('\n' + Array.from({ length: 1001 }, (_, i) => item(i)).join('\n\n') + '\n', 60);
    expectCleanFailure(run);
    const found = diagnosticLine(run.stderr, 'source/hostile/en.md', 'source-too-many-containers');
    expect(found, run.stderr).not.toBeNull();
    expect(Number(found![1])).toBe(FRONT_LINES + 1 + 1000 * linesEach + lineOfContainer);
    expect(found![4]).toMatch(/merge them, or split the paper/);
    expect(existsSync(join(dir, 'output/zz-good/en.json')), run.stderr).toBe(true);
  });

  it('a 10,000-deep YAML flow sequence in the front matter is refused before yaml can abort the process', () => {
    const front = FRONT.replace('type: Position Paper', `type: ${'['.repeat(N)}${']'.repeat(N)}`);
    const { run } = checkOne('\nText.\n', 120, front);
    expectCleanFailure(run);
    expect(diagnosticLine(run.stderr, 'source/hostile/en.md', 'source-too-deep')?.[1]).toBe('3');
  });

  it('a symlink loop and a dangling link in source/ are reported, the others still build', () => {
    const dir = project({ 'source/zz-good/en.md': GOOD });
    symlinkSync('loop', join(dir, 'source/loop'));
    symlinkSync('nowhere', join(dir, 'source/dangling'));
    const run = cli(['build', 'source', '--out', 'output', '--format', 'json'], dir, 120);
    expectCleanFailure(run);
    expect(run.stderr).toMatch(/^source\/loop .*\[source-unreadable\]$/m);
    expect(run.stderr).toMatch(/^source\/dangling .*\[source-unreadable\]$/m);
    expect(existsSync(join(dir, 'output/zz-good/en.json'))).toBe(true);
  });

  it('two papers with the same slug (NFC and NFD spellings, or two roots) are reported, not merged', () => {
    const dir = project({
      'source/caf\u00e9/en.md': GOOD,
      'source/cafe\u0301/en.md': GOOD.replace('A Small Test Paper', 'Another Paper'),
      'other/zz-good/en.md': GOOD,
      'source/zz-good/en.md': GOOD,
    });
    const run = cli(['build', 'source', 'other', '--out', 'output', '--format', 'json'], dir, 120);
    expectCleanFailure(run);
    expect(run.stderr.match(/\[source-duplicate-slug\]$/gm)).toHaveLength(2);
  });

  it('a slug that tries path traversal is refused, and nothing is written outside output/', () => {
    const dir = project({ 'source/x..y/en.md': GOOD, 'source/zz-good/en.md': GOOD });
    const run = cli(['build', 'source', '--out', 'output', '--format', 'json'], dir, 120);
    expectCleanFailure(run);
    expect(run.stderr).toMatch(/^source\/x\.\.y .*\[source-slug\]$/m);
    expect(readdirSync(dir).sort()).toEqual(['output', 'source']);
  });

  it("a paper folder named like one of the site's own folders (assets, search) is refused, the others build", () => {
    const dir = project({ 'source/search/en.md': GOOD, 'source/assets/en.md': GOOD, 'source/zz-good/en.md': GOOD });
    const run = cli(['build', 'source', '--out', 'output', '--format', 'json'], dir, 120);
    expectCleanFailure(run);
    expect(run.stderr).toMatch(/^source\/search .*taken by the site's own files.*\[source-slug\]$/m);
    expect(run.stderr).toMatch(/^source\/assets .*\[source-slug\]$/m);
    expect(readdirSync(join(dir, 'output', 'zz-good'))).toContain('en.json');
  });

  const expectUnwritable = (run: Run, out: string, code: string) => {
    expectCleanFailure(run);
    const esc = out.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(run.stderr).toMatch(new RegExp(`^${esc} error Cannot write here \\(${code}\\b.*: choose another --out.* \\[output-unwritable\\]$`, 'm'));
  };

  it('a FILE where the output folder should be: output-unwritable naming it, exit 1, no hang', () => {
    const dir = project({ 'source/zz-good/en.md': GOOD, output: 'not a folder\n' });
    const run = cli(['build', 'source', '--out', 'output', '--format', 'json'], dir, 60);
    expectUnwritable(run, 'output', 'ENOTDIR');
    expect(readFileSync(join(dir, 'output'), 'utf8')).toBe('not a folder\n');
    // A folder below that file cannot be made either.
    expectUnwritable(cli(['build', 'source', '--out', 'output/editions', '--format', 'json'], dir, 60), 'output/editions', 'ENOTDIR');
  });

  it('a FILE where a paper’s folder should be: output-unwritable, exit 1', () => {
    const dir = project({ 'source/zz-good/en.md': GOOD, 'output/zz-good': 'not a folder\n' });
    const run = cli(['build', 'source', '--out', 'output', '--format', 'json'], dir, 60);
    expectUnwritable(run, 'output', 'ENOTDIR');
    expect(run.stderr).toMatch(/zz-good/);
  });

  it('an output folder the kernel refuses (under /proc; root ignores chmod): output-unwritable at once instead of spinning', () => {
    const dir = project({ 'source/zz-good/en.md': GOOD });
    const run = cli(['build', 'source', '--out', '/proc/papers-hardening-out', '--format', 'json'], dir, 60);
    expect(run.signal, 'Node’s recursive mkdir spins forever here').toBeNull();
    expectUnwritable(run, '/proc/papers-hardening-out', 'ENOENT');
  });

  it('a published edition survives a hostile rewrite of its source', () => {
    const dir = project({ 'source/mini-paper/en.md': GOOD });
    expect(cli(['build', 'source', '--out', 'output', '--format', 'json'], dir, 120).code).toBe(0);
    const published = readFileSync(join(dir, 'output/mini-paper/en.json'));
    for (const hostile of [Buffer.from([0xff, 0xfe, 0x41, 0x00]), FRONT + '\n' + '>'.repeat(N) + '\n', '']) {
      writeFileSync(join(dir, 'source/mini-paper/en.md'), hostile);
      expectCleanFailure(cli(['build', 'source', '--out', 'output', '--format', 'json'], dir, 120));
      expect(readFileSync(join(dir, 'output/mini-paper/en.json')).equals(published)).toBe(true);
    }
  });
});

/**
 * Size: a 1 MB paragraph on one line and a 5 MB paper build every edition
 * inside a time box. CPU on this machine (2 shared cores) and before/after
 * figures: docs/hardening.md "Size figures"; the boxes leave a slow CI runner
 * several times that.
 */
describe('huge sources, every format, time-boxed', () => {
  const FORMATS = availableFormats();
  const para = (i: number) =>
    `Former Prime Minister Nouri al-Maliki met Muqtada al-Sadr in Baghdad on 5 May 2024, and the Coordination Framework answered (see [report ${i}](https://example.org/r/${i})). The *marjaya* of Najaf stayed silent.`;
  const buildsEverything = (slug: string, body: string, seconds: number, extra: string[] = []) => {
    const dir = project({ [`source/${slug}/en.md`]: FRONT + '\n' + body });
    try {
      const run = cli(['build', 'source', '--out', 'output', '--format', FORMATS.join(','), ...extra], dir, seconds);
      expect(run.signal, `killed after ${Math.round(run.ms / 1000)} s: over the time box`).toBeNull();
      expect(run.code, run.stderr.slice(-2000)).toBe(0);
      for (const format of FORMATS) expect(existsSync(join(dir, 'output', slug, `en.${format}`)), format).toBe(true);
    } finally {
      // 40–210 MB of editions per run.
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('a 1 MB single line', () => {
    let line = '';
    for (let i = 0; line.length < 1_000_000; i++) line += para(i) + ' ';
    buildsEverything('long-line', line + '\n', 300);
  }, 330_000);

  it('a 5 MB paper', () => {
    const parts: string[] = [];
    let size = 0;
    for (let i = 0; size < 5_000_000; i++) {
      const block = (i % 20 === 0 ? `## Section ${i / 20}\n\n` : '') + para(i) + '\n\n';
      parts.push(block);
      size += block.length;
    }
    // With a second job (the default on 2 cores) its PDF edition is laid out on the lone paper's
    // render worker, whose default heap (4 GB) is sized for this.
    buildsEverything('huge', parts.join(''), 900);
  }, 930_000);
});
