/**
 * `papers check --strict` as a CI gate a team can adopt: a baseline of the
 * warnings accepted so far (papers-baseline.json) so that only new warnings
 * fail, acknowledgements in the source, and the GitHub reporter (errors under
 * --strict, a job summary, --min-severity).
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { papers, ROOT } from './helpers/cli.js';

const SLUG = 'rifts-within-iraqi-shiite-parties';
const SAMPLE = join(ROOT, 'source', SLUG);

function sampleProject(): { dir: string; en: string; ar: string } {
  const dir = mkdtempSync(join(tmpdir(), 'papers-gate-'));
  cpSync(SAMPLE, join(dir, 'source', SLUG), { recursive: true });
  // The publisher and the document types the sample inherits.
  cpSync(join(ROOT, 'papers.yml'), join(dir, 'papers.yml'));
  return { dir, en: join(dir, 'source', SLUG, 'en.md'), ar: join(dir, 'source', SLUG, 'ar.md') };
}

/** Adds a paragraph after the front matter's end (`---`) of a source. */
function addParagraph(file: string, paragraph: string): void {
  const text = readFileSync(file, 'utf8');
  const end = text.indexOf('\n---\n', 4) + 5;
  writeFileSync(file, `${text.slice(0, end)}\n${paragraph}\n${text.slice(end)}`);
}

/** The same paragraph in both editions, so that the alignment has nothing to say about it. */
function addPair(files: { en: string; ar: string }, en: string, ar: string): void {
  addParagraph(files.en, en);
  addParagraph(files.ar, ar);
}

describe('the --strict gate with a baseline', () => {
  it('passes on the shipped sample with the shipped baseline', () => {
    const r = papers(['check', 'source', '--strict']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/0 errors, 14 warnings \(14 known\)/);
  });

  it('fails on the sample without a baseline, passes after --update-baseline, and fails again on a new warning only', () => {
    const { dir, en, ar } = sampleProject();
    const first = papers(['check', '--strict'], { cwd: dir });
    expect(first.code).toBe(1);
    expect(first.stderr).toMatch(/--strict: 14 new warnings/);

    const update = papers(['check', '--update-baseline'], { cwd: dir });
    expect(update.code, update.stderr).toBe(0);
    expect(update.stderr).toMatch(/wrote papers-baseline\.json with 14 warnings/);
    const baseline = JSON.parse(readFileSync(join(dir, 'papers-baseline.json'), 'utf8')) as { warnings: { rule: string; file: string; fingerprint: string }[] };
    expect(baseline.warnings.every((w) => w.rule === 'citation-placeholder' && /^[0-9a-f]{16}$/.test(w.fingerprint))).toBe(true);
    expect(JSON.stringify(baseline)).not.toMatch(/"line"/);
    expect(papers(['check', '--strict'], { cwd: dir }).code).toBe(0);

    // Lines moved by an edit elsewhere: the known warnings stay known.
    addPair({ en, ar }, 'A new opening paragraph, with no problem in it, written in 2024.', 'فقرة افتتاحية جديدة لا مشكلة فيها، كتبت في 2024.');
    const moved = papers(['check', '--strict'], { cwd: dir });
    expect(moved.code, moved.stderr).toBe(0);
    expect(moved.stderr).not.toMatch(/ warning /);

    // One more placeholder citation in both editions, in paragraphs that already had one: two new warnings, and the gate fails on them alone.
    const addCitation = (file: string, link: string) => writeFileSync(file, readFileSync(file, 'utf8').replace(/(\]\(#\)[^\n]*)\n/, `$1 ${link}\n`));
    addCitation(en, 'As [reported](#) at the time.');
    addCitation(ar, 'كما [ذكرت](#) التقارير.');
    const added = papers(['check', '--strict'], { cwd: dir });
    expect(added.code).toBe(1);
    const warnings = added.stderr.split('\n').filter((l) => / warning /.test(l));
    expect(warnings).toHaveLength(2);
    for (const w of warnings) expect(w).toMatch(/(en|ar)\.md:\d+:\d+ warning Citation link has no target .*\[citation-placeholder\]$/);
    expect(added.stderr).toMatch(/--strict: 2 new warnings;/);
    // Without --strict the same warning does not fail the check.
    expect(papers(['check'], { cwd: dir }).code).toBe(0);
  }, 120_000);

  it('accepts a warning acknowledged in the source, and reports one the baseline no longer holds', () => {
    const { dir, en, ar } = sampleProject();
    expect(papers(['check', '--update-baseline'], { cwd: dir }).code).toBe(0);
    addPair(
      { en, ar },
      '<!-- papers-ignore citation-placeholder: the minutes were never published -->\nThe council met again in 2024, as [reported](#) at the time.',
      '<!-- papers-ignore citation-placeholder -->\nاجتمع المجلس مجددا في 2024، كما [ذكرت](#) التقارير.',
    );
    const r = papers(['check', '--strict'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/16 warnings \(16 known\)/);

    // A placeholder fixed in both editions: their baseline entries no longer occur.
    for (const file of [en, ar]) writeFileSync(file, readFileSync(file, 'utf8').replace(/(2024.{0,40}\]\()#\)/, '$1https://example.org/minutes)'));
    const fixed = papers(['check', '--strict'], { cwd: dir });
    expect(fixed.code, fixed.stderr).toBe(0);
    expect(fixed.stderr).toMatch(/14 warnings \(14 known\)/);
    for (const file of [en, ar]) writeFileSync(file, readFileSync(file, 'utf8').replace(/\]\(#\)/, '](https://example.org/source)'));
    const gone = papers(['check', '--strict'], { cwd: dir });
    expect(gone.stderr).toMatch(/2 warnings of papers-baseline\.json no longer occur; run papers check --update-baseline/);
  }, 120_000);

  it('refuses a baseline that is not one, as an input error', () => {
    const { dir } = sampleProject();
    writeFileSync(join(dir, 'papers-baseline.json'), '{"warnings": 3}');
    const r = papers(['check', '--strict'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^papers-baseline\.json error Not a papers baseline .*\[baseline-invalid\]$/m);
  });
});

describe('the GitHub reporter', () => {
  it('annotates new warnings as errors under --strict, writes a job summary, and says when GitHub hides some', () => {
    const { dir } = sampleProject();
    const summary = join(dir, 'summary.md');
    const r = papers(['check', '--strict', '--reporter', 'github'], { cwd: dir, env: { GITHUB_STEP_SUMMARY: summary } });
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('::error ') && l.includes('title=citation-placeholder'))).toHaveLength(14);
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(0);
    expect(lines.at(-1)).toBe(`::notice title=papers::${lines.length - 1} problems; GitHub shows 10 errors and 10 warnings per step: the job summary lists every one`);

    const md = readFileSync(summary, 'utf8');
    expect(md).toMatch(/^## papers check: 1 paper, 0 errors, 14 new warnings$/m);
    expect(md).toMatch(new RegExp(`^\\| ${SLUG} \\| checked \\| 0 \\| 14 \\| ${lines.length - 1 - 14} \\|$`, 'm'));
    expect(md).toMatch(/^\| citation-placeholder \| warning \| 14 \|$/m);
    expect(md.match(/\[citation-placeholder\]$/gm)).toHaveLength(14);

    // Without --strict they stay warnings; --min-severity warning drops the notes.
    const plain = papers(['check', '--reporter', 'github', '--min-severity', 'warning'], { cwd: dir });
    expect(plain.code).toBe(0);
    expect(plain.stdout.match(/^::warning /gm)).toHaveLength(14);
    expect(plain.stdout).not.toMatch(/^::notice file=/m);
    expect(existsSync(join(dir, 'output'))).toBe(false);
  }, 120_000);

  it('reports every problem of a paper whose front matter is broken, in the same run', () => {
    const { dir, en } = sampleProject();
    writeFileSync(en, readFileSync(en, 'utf8').replace('lang: en', 'lang: xx'));
    const r = papers(['check', '--reporter', 'github'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/^::error file=source\/[^,]+\/en\.md,line=\d+,col=\d+[^:]*title=frontmatter-schema::/m);
    // The body of the same file is still checked: its placeholder citations are reported too.
    expect(r.stdout.match(/^::warning file=source\/[^,]+\/en\.md,.*title=citation-placeholder::/gm)).toHaveLength(7);
  });
});
