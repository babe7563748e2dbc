/**
 * The command line as a newcomer meets it: help for every command, the
 * version, suggestions for typos, one-line usage errors; and the failure
 * taxonomy: a usage mistake exits 2, a problem with a paper or a file exits 1
 * with a rule id, and neither ever shows as an internal error (exit 70).
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { papers, ROOT, type Run } from './helpers/cli.js';
import { ioFailure } from '../pipeline/model/io-failure.js';

const MINI = join(ROOT, 'test/fixtures/papers/mini-paper');
const COMMANDS = ['build', 'check', 'index', 'import', 'xliff', 'entities', 'serve'];
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function project(slugs: string[] = ['p-a']): string {
  const dir = mkdtempSync(join(tmpdir(), 'papers-usage-'));
  for (const slug of slugs) cpSync(MINI, join(dir, 'source', slug), { recursive: true });
  return dir;
}

/** A usage error: exit 2, one line on stderr naming the mistake and the help to read. */
function expectUsage(r: Run, mistake: RegExp, help = /papers (\w+ )?--help/): void {
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^papers: /);
  expect(lines[0]).toMatch(mistake);
  expect(lines[0]).toMatch(help);
}

/** Every line a diagnostic of the given rule (exit 1), never an internal error. */
function expectFileProblem(r: Run, rule: string): void {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stderr).toMatch(new RegExp(`^\\S+ error .+ \\[${rule}\\]$`, 'm'));
  expect(r.stderr).not.toMatch(/internal error|report it|\n\s+at /);
}

describe('help, version and suggestions', () => {
  it('gives every command its own help, by --help and by papers help <command>', () => {
    for (const command of COMMANDS) {
      const flag = papers([command, '--help']);
      expect(flag.code, command).toBe(0);
      expect(flag.stdout).toMatch(new RegExp(`^Usage: papers ${command} `));
      expect(papers(['help', command]).stdout).toBe(flag.stdout);
    }
    const general = papers(['--help']);
    expect(general.code).toBe(0);
    for (const command of COMMANDS) expect(general.stdout).toMatch(new RegExp(`^  ${command} `, 'm'));
    expect(papers(['build', '--help']).stdout).toMatch(/--update-baseline/);
  });

  it('prints the package version with --version and -v', () => {
    for (const flag of ['--version', '-v']) {
      const r = papers([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout.trim()).toBe(version);
    }
  });

  it('suggests the command or option meant, on one line', () => {
    expectUsage(papers(['buld']), /unknown command 'buld' \(did you mean build\?\)/, /see 'papers --help'/);
    expectUsage(papers(['build', '--froce']), /unknown option '--froce' \(did you mean --force\?\)/, /see 'papers build --help'/);
    expectUsage(papers(['check', '--stirct']), /did you mean --strict\?/, /papers check --help/);
  });

  it('prints the general help on stderr, exit 2, when no command is given', () => {
    const r = papers([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Usage: papers <command>/);
  });
});

describe('usage mistakes exit 2 with one line', () => {
  it('refuses empty, source and project output folders, empty lists and bad values', () => {
    const dir = project();
    const cases: [string[], RegExp][] = [
      [['build', '--out', ''], /--out needs a folder name/],
      [['build', '--out', 'source'], /--out source is inside the sources/],
      [['build', '--out', 'source/p-a/x'], /inside the sources/],
      [['build', '--out', '.'], /--out \. holds the sources/],
      [['build', '--format', ','], /--format needs at least one format/],
      [['build', '--lang', ','], /--lang needs at least one language/],
      [['build', '--lang', 'fr'], /unknown language 'fr' for --lang: use en, ar/],
      [['build', '--jobs', '0'], /--jobs takes a whole number/],
      [['build', '--shard', '3/2'], /Shard '3\/2'/],
      [['check', '--reporter', 'xml'], /--reporter takes text, json, github/],
      [['check', '--min-severity', 'fatal'], /--min-severity takes info, warning, error/],
      [['build', 'nowhere'], /no such file or folder: nowhere/],
      [['import', 'source'], /source is a folder/],
      [['import', 'missing.md'], /no such file: missing\.md/],
    ];
    for (const [args, mistake] of cases) expectUsage(papers(args, { cwd: dir }), mistake);
    // Run outside a project, without a path: say where the papers are looked for.
    expectUsage(papers(['check'], { cwd: mkdtempSync(join(tmpdir(), 'papers-nowhere-')) }), /no source\/ folder here: run papers in the project's folder/);
    expect(readFileSync(join(dir, 'source/p-a/en.md'), 'utf8')).toBe(readFileSync(join(MINI, 'en.md'), 'utf8'));
  });

  it('refuses a device or a FIFO as a path (#18 item 11)', () => {
    const dir = project();
    execFileSync('mkfifo', [join(dir, 'pipe')]);
    expectUsage(papers(['build', '/dev/null'], { cwd: dir }), /\/dev\/null is not a folder or a file/);
    expectUsage(papers(['check', 'pipe'], { cwd: dir }), /pipe is not a folder or a file/);
    expectUsage(papers(['import', 'pipe'], { cwd: dir }), /pipe is not a regular file/);
  });
});

describe('problems with files exit 1 with a rule id, never as an internal error', () => {
  it('reports an output folder that cannot be made and an empty index (#18 items 11, 24)', () => {
    const dir = project();
    writeFileSync(join(dir, 'converted.txt'), readFileSync(join(ROOT, 'test/fixtures/import/policy-brief.txt')));
    expectFileProblem(papers(['import', 'converted.txt', '--out', '/proc/nope/x.md'], { cwd: dir }), 'output-unwritable');
    mkdirSync(join(dir, 'empty'));
    const index = papers(['index', 'empty'], { cwd: dir });
    expectFileProblem(index, 'index-empty');
    expect(index.stderr).toMatch(/run papers build first/);
  });

  it('reports a source that cannot be read as that paper\'s source-unreadable, not "report it"', () => {
    const dir = project(['p-a', 'p-b']);
    // Reading /proc/self/mem from its start fails (EIO) even for root, as CI runs. A link out of the
    // source folder is refused unless --follow-links (source-link-outside), so the read is reached with it.
    rmSync(join(dir, 'source/p-b/ar.md'));
    symlinkSync('/proc/self/mem', join(dir, 'source/p-b/ar.md'), 'file');
    const r = papers(['check', '--jobs', '1', '--follow-links'], { cwd: dir });
    expectFileProblem(r, 'source-unreadable');
    expect(r.stderr).toMatch(/checked 1, failed 1/);
  });

  it('reports tiny --max-memory values as the papers\' failures, without a stack trace (#18 item 10)', () => {
    const dir = project(['p-a', 'p-b', 'p-c']);
    for (const mb of ['1', '2', '4', '8']) {
      const r = papers(['build', '--jobs', '2', '--max-memory', mb, '--force'], { cwd: dir });
      expect(r.code, `${mb}: ${r.stderr}`).toBe(1);
      expect(r.stderr).toMatch(/\[build-crashed\]$/m);
      expect(r.stderr, mb).not.toMatch(/ERR_WORKER_OUT_OF_MEMORY|Unhandled|\n\s+at /);
    }
  }, 300_000);
});

describe('what a source holds never reaches the terminal raw (#18 items 8, 18)', () => {
  const RAW = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u;

  it('escapes control characters in keys and folder names, and keeps a diagnostic on one line', () => {
    const dir = project(['p-a']);
    const en = readFileSync(join(MINI, 'en.md'), 'utf8');
    // An unknown front-matter key that would clear the screen and set the terminal's title.
    writeFileSync(join(dir, 'source/p-a/en.md'), en.replace('lang: en', 'lang: en\n"\u001b[2J\u001b]0;PWNED\u0007": x'));
    // A folder name that would reverse the rest of its line.
    cpSync(MINI, join(dir, 'source', 'evil\u202etxt.md'), { recursive: true });
    // A link whose URL, once its entity is decoded, holds a line break: its message must not become two lines.
    mkdirSync(join(dir, 'source/p-link'));
    writeFileSync(join(dir, 'source/p-link/en.md'), `${en.split('\n---\n')[0]}\n---\n\nA [m](java&NewLine;script:alert) link.\n\n`.replace('\n---\n\n', '\n---\n\nA paragraph.\n\n').replace(/^---\n---/, '---'));
    for (const reporter of ['text', 'github']) {
      const r = papers(['check', '--reporter', reporter], { cwd: dir });
      const out = r.stdout + r.stderr;
      expect(out, reporter).not.toMatch(RAW);
      expect(out).toMatch(/\\u\{1b\}\[2J\\u\{1b\}\]0;PWNED\\u\{7\}/i);
      expect(out).toMatch(/evil\\u\{202e\}txt\.md/);
    }
    const text = papers(['check'], { cwd: dir });
    for (const line of text.stderr.trim().split('\n')) {
      expect(line).toMatch(/^(papers check: |\[\d+\/\d+\] |checked |\S+(:\d+:\d+)? (error|warning|info) .* \[[a-z-]+\]$)/);
    }
    const github = papers(['check', '--reporter', 'github'], { cwd: dir });
    for (const line of github.stdout.trim().split('\n')) expect(line).toMatch(/^::(error|warning|notice) /);
  });
});

describe('file-system errors as diagnostics', () => {
  const thrown = (f: () => unknown): unknown => {
    try {
      f();
    } catch (e) {
      return e;
    }
    throw new Error('did not throw');
  };

  it('a full disk is output-unwritable, a failing read source-unreadable, anything else io-error; other errors are not theirs', () => {
    // /dev/full answers every write with ENOSPC, as a full disk does.
    expect(ioFailure(thrown(() => writeFileSync('/dev/full', 'x')), 'output')).toMatchObject({ ruleId: 'output-unwritable', severity: 'error', file: 'output', message: expect.stringMatching(/ENOSPC: the disk is full/) });
    expect(ioFailure(thrown(() => readFileSync('/proc/self/mem')), 'source/p')).toMatchObject({ ruleId: 'source-unreadable', file: 'source/p' });
    expect(ioFailure(thrown(() => readFileSync('/nowhere/x.md')))).toMatchObject({ ruleId: 'io-error', message: expect.stringMatching(/ENOENT: it does not exist/) });
    expect(ioFailure(new TypeError('a bug'))).toBeNull();
  });
});
