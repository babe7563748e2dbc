/**
 * What a build shows while it runs: a start line, each paper's problems as it
 * finishes, and on a terminal a bar with counts, elapsed time and time left;
 * plain lines elsewhere. The terminal is a real pseudo-terminal (`script`).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, papers, ROOT } from './helpers/cli.js';

const MINI = join(ROOT, 'test/fixtures/papers/mini-paper');
const SLUGS = ['p-a', 'p-b', 'p-c', 'p-d'];

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'papers-progress-'));
  for (const slug of SLUGS) cpSync(MINI, join(dir, 'source', slug), { recursive: true });
  return dir;
}

describe('progress of a build', () => {
  it('on a terminal: a start line, a bar with counts and times, and every paper\'s problems', () => {
    const dir = project();
    const { CI: _ci, ...env } = process.env;
    const r = spawnSync('script', ['-qec', `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} build --format json --jobs 2`, '/dev/null'], { cwd: dir, env, encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stdout).toBe(0);
    const screen = r.stdout.replace(/\r/g, '');
    expect(screen).toMatch(/^papers build: 4 papers to build, on 2 threads$/m);
    expect(screen).toMatch(/\d\/4 papers \| 0 errors, \d+ warnings \| \d+s elapsed, (time left unknown|about \d+s left)/);
    for (const slug of SLUGS) expect(screen).toMatch(new RegExp(`source/${slug}/en\\.md:16:70 warning Citation link has no target`));
    expect(screen).toMatch(/built 4, failed 0; 0 errors, 8 warnings; \d+ files written/);
  }, 120_000);

  it('elsewhere: one plain line per paper, its problems right after it', () => {
    const dir = project();
    const r = papers(['check', '--jobs', '2'], { cwd: dir, env: { CI: '1' } });
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe('papers check: 4 papers to check, on 2 threads');
    expect(r.stderr).not.toMatch(/\u001b/);
    for (let k = 1; k <= 4; k++) {
      const at = lines.findIndex((l) => l.startsWith(`[${k}/4] checked `));
      expect(at, r.stderr).toBeGreaterThan(0);
      const slug = /checked (\S+) \(2 warnings\) \d+\.\d+s$/.exec(lines[at])![1];
      expect(lines[at + 1]).toMatch(new RegExp(`^source/${slug}/ar\\.md:13:58 warning `));
      expect(lines[at + 2]).toMatch(new RegExp(`^source/${slug}/en\\.md:16:70 warning `));
    }
  }, 120_000);
});
