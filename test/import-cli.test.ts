/** `papers import` as a user runs it: Markdown to stdout or --out, the repair report on stderr. */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { importConverted } from '../pipeline/import/index.js';
import { projectConfigFor } from '../pipeline/source/config.js';
import { papers, ROOT } from './helpers/cli.js';

const SAMPLE = 'test/fixtures/import/sample-rifts.txt';
/** What the command writes: the import with the project's papers.yml (found from the working folder). */
const expected = () => importConverted(readFileSync(join(ROOT, SAMPLE), 'utf8'), new VFile(), { config: projectConfigFor(ROOT, ROOT) ?? undefined }).markdown;
const SUMMARY = /^imported test\/fixtures\/import\/sample-rifts\.txt \(text\)( → .+)?: \d+ repairs, \d+ to check, 0 errors$/u;
const REPORT_LINE = /^test\/fixtures\/import\/sample-rifts\.txt:\d+:\d+ (?:info|warning|error) .+ \[import-[a-z-]+\]$/u;

describe('papers import', () => {
  it('writes the source file to stdout and reports each repair on stderr', () => {
    const run = papers(['import', SAMPLE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(expected());
    const lines = run.stderr.trim().split('\n');
    // The repairs, then the warnings, then the errors, and a closing summary.
    expect(lines.at(-1)).toMatch(SUMMARY);
    const reports = lines.slice(0, -1);
    expect(reports.every((line) => REPORT_LINE.test(line))).toBe(true);
    const rank = { info: 0, warning: 1, error: 2 } as const;
    const ranks = reports.map((l) => rank[/ (info|warning|error) /.exec(l)![1] as keyof typeof rank]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    // The masthead prints the project's publisher: papers.yml gives it, the front matter does not repeat it.
    expect(run.stdout).not.toMatch(/^publisher:/mu);
    expect(lines).toContain("test/fixtures/import/sample-rifts.txt:1:1 info the masthead's publisher is the project's (papers.yml): not repeated in the front matter [import-publisher-inherited]");
    expect(lines).toContain("test/fixtures/import/sample-rifts.txt:49:261 info joined 'govern-' + 'ing' across a page break [import-join-hyphenated]");
  });

  it('writes to --out', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'papers-import-')), 'en.md');
    const run = papers(['import', SAMPLE, '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(expected());
  });
});
