import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { processText } from '../pipeline/process.js';
import { serializePaper } from '../pipeline/render/json/index.js';
import { paperJsonSchemaDocument } from '../pipeline/model/write-schema.js';
import { papers, ROOT } from './helpers/cli.js';
import { schemaErrors } from './helpers/schema.js';

const MINI = join(ROOT, 'test/fixtures/papers/mini-paper');
const mini = (lang: 'en' | 'ar') => readFileSync(join(MINI, `${lang}.md`), 'utf8');
const run = (text: string, lang: 'en' | 'ar' = 'en') => processText(text, { slug: 'mini-paper', lang, source: `source/mini-paper/${lang}.md` });

function tempProject(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'papers-'));
  for (const [path, data] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), data);
  }
  return dir;
}

describe('the Paper model', () => {
  it('has metadata, an outline with Unicode-safe unique ids, and block ids', () => {
    const { paper } = run(mini('en'));
    expect(paper).not.toBeNull();
    expect(paper!.meta).toMatchObject({ title: 'A Small Test Paper', lang: 'en', dir: 'ltr', slug: 'mini-paper', date: '2024-05-05' });
    expect(paper!.outline.map((s) => s.id)).toEqual(['motives-and-drivers', 'الدوافع']);
    const ids = JSON.stringify(paper!.body).match(/"id":"[^"]+"/g)!;
    expect(new Set(ids).size).toBe(ids.length);
    const first = paper!.body.children.find((n) => n.type === 'paragraph')!;
    expect(first.data?.id).toBe('p-1');
  });

  it('gives Arabic headings readable Arabic ids and marks the paper rtl', () => {
    const { paper } = run(mini('ar'), 'ar');
    expect(paper!.meta.dir).toBe('rtl');
    expect(paper!.outline[0].id).toBe('الدوافع-والمحركات');
    expect(paper!.outline[1].id).toBe('motives');
  });

  it('disambiguates repeated headings and never takes the editions\' own ids', () => {
    const text = mini('en').replace('## Motives and Drivers', '## Contents\n\n## Motives and Drivers\n\n## Motives and Drivers');
    const { paper } = run(text);
    expect(paper!.outline.map((s) => s.id)).toEqual(['contents-1', 'motives-and-drivers', 'motives-and-drivers-1', 'الدوافع']);
  });

  it('serializes to a JSON edition that validates against the committed schema', () => {
    const { paper } = run(mini('en'));
    const json = JSON.parse(serializePaper(paper!));
    expect(schemaErrors(json)).toBe('');
    expect(JSON.stringify(json.body)).not.toContain('"position"');
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['meta', 'outline', 'body', 'entities', 'citations', 'glossary', 'diagnostics', 'schemaVersion']));
  });

  it('rejects a JSON edition that breaks the schema', () => {
    const { paper } = run(mini('en'));
    const json = JSON.parse(serializePaper(paper!));
    delete json.meta.title;
    expect(schemaErrors(json)).toMatch(/title/);
  });

  it('keeps schema/paper.schema.json in step with the zod model', () => {
    expect(readFileSync(join(ROOT, 'schema/paper.schema.json'), 'utf8')).toBe(paperJsonSchemaDocument());
  });

  it('gives byte-identical JSON for the same input', () => {
    expect(serializePaper(run(mini('en')).paper!)).toBe(serializePaper(run(mini('en')).paper!));
  });
});

describe('front matter validation', () => {
  it('reports a missing key and an unknown lang at their line and column', () => {
    const text = mini('en').replace('title: A Small Test Paper\n', '').replace('lang: en', 'lang: fr');
    const { paper, file } = run(text);
    expect(paper).toBeNull();
    const msgs = file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason}`);
    expect(msgs).toContainEqual(expect.stringMatching(/^4:7 frontmatter-schema Unknown lang/));
    expect(msgs).toContainEqual(expect.stringMatching(/frontmatter-schema Front matter lacks `title`/));
  });

  it('reports broken YAML at its position', () => {
    const { file } = run(mini('en').replace('type: Position Paper', 'type: [Position Paper'));
    expect(file.messages[0].ruleId).toBe('frontmatter-yaml');
    expect(file.messages[0].line).toBeGreaterThanOrEqual(3);
  });

  it('reports an invalid date and a language that disagrees with the file name', () => {
    const bad = run(mini('en').replace('date: 2024-05-05', 'date: May 5 2024'));
    // The front matter's error, and the body still checked in the same run (its placeholder citation).
    expect(bad.file.messages.map((m) => [m.line, m.ruleId])).toEqual([[4, 'frontmatter-schema'], [16, 'citation-placeholder']]);
    expect(bad.paper).toBeNull();
    const wrong = processText(mini('en'), { slug: 'mini-paper', lang: 'ar', source: 'source/mini-paper/ar.md' });
    expect(wrong.file.messages.map((m) => m.ruleId)).toEqual(['frontmatter-lang', 'citation-placeholder']);
  });
});

describe('the papers CLI', () => {
  it('builds JSON editions and prints nothing alarming', () => {
    const dir = tempProject({});
    cpSync(MINI, join(dir, 'source/mini-paper'), { recursive: true });
    const r = papers(['build', join(dir, 'source'), '--out', join(dir, 'output'), '--format', 'json']);
    expect(r.stderr).toMatch(/built 1, failed 0/);
    expect(r.code).toBe(0);
    const en = JSON.parse(readFileSync(join(dir, 'output/mini-paper/en.json'), 'utf8'));
    const ar = JSON.parse(readFileSync(join(dir, 'output/mini-paper/ar.json'), 'utf8'));
    expect(schemaErrors(en)).toBe('');
    expect(schemaErrors(ar)).toBe('');
    const first = readFileSync(join(dir, 'output/mini-paper/en.json'));
    papers(['build', join(dir, 'source'), '--out', join(dir, 'output'), '--format', 'json']);
    expect(readFileSync(join(dir, 'output/mini-paper/en.json')).equals(first)).toBe(true);
  });

  it('prints a front-matter error as one file:line:col line, exits 1, no stack trace', () => {
    const dir = tempProject({ 'source/bad-paper/en.md': mini('en').replace('lang: en', 'lang: xx') });
    const r = papers(['check', 'source'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^source\/bad-paper\/en\.md:5:7 error Unknown lang in front matter: use one of en, ar \[frontmatter-schema\]$/m);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('rejects a file that is not UTF-8 with its position, and still builds the other papers', () => {
    const latin1 = Buffer.concat([Buffer.from(mini('en').slice(0, 40)), Buffer.from([0xe9, 0x0a])]);
    const dir = tempProject({ 'source/a-bad/en.md': latin1, 'source/b-good/en.md': mini('en') });
    const r = papers(['build', 'source', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^source\/a-bad\/en\.md:\d+:\d+ error File is not valid UTF-8 .*\[source-encoding\]$/m);
    expect(readdirSync(join(dir, 'output'))).toContain('b-good');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('refuses unknown formats and languages with a usage message', () => {
    const r = papers(['build', '--format', 'docx']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe("papers: unknown format 'docx' for --format: use json, html, pdf; see 'papers build --help'");
    expect(papers(['build', '--lang', 'fr']).stderr).toMatch(/^papers: unknown language 'fr' for --lang: use en, ar; /);
  });

  it('keeps the previous good edition when a paper breaks', () => {
    const dir = tempProject({ 'source/mini-paper/en.md': mini('en') });
    papers(['build', 'source', '--format', 'json'], { cwd: dir });
    const good = readFileSync(join(dir, 'output/mini-paper/en.json'), 'utf8');
    writeFileSync(join(dir, 'source/mini-paper/en.md'), mini('en').replace('type: Position Paper\n', ''));
    const r = papers(['build', 'source', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(readFileSync(join(dir, 'output/mini-paper/en.json'), 'utf8')).toBe(good);
  });
});
