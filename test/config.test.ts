/**
 * The project config (papers.yml): found from the source path or the working
 * folder, inherited by every paper (which may override any key), validated
 * with positions like front matter, part of every paper's cache key.
 */
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processPath, processText } from '../pipeline/process.js';
import { findProjectConfig } from '../pipeline/source/config-file.js';
import { loadProjectConfig } from '../pipeline/source/config.js';
import { papers } from './helpers/cli.js';

const CONFIG = `publisher:
  name:
    en: Institute for Testing
    ar: معهد الاختبار
  short: IfT
  site: https://example.org
site:
  url: https://example.org/papers/
defaults:
  license: CC BY 4.0
  en:
    type: Position Paper
  ar:
    type: تقدير موقف
`;

const paper = (lang: 'en' | 'ar', extra = '') => `---\ntitle: A Paper\ndate: 2024-05-05\nlang: ${lang}\n${extra}---\n\nText of the paper.\n`;

function projectWith(config: string, papersBySlug: Record<string, Partial<Record<'en' | 'ar', string>>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'papers-config-'));
  writeFileSync(join(dir, 'papers.yml'), config);
  for (const [slug, files] of Object.entries(papersBySlug)) {
    mkdirSync(join(dir, 'source', slug), { recursive: true });
    for (const [lang, text] of Object.entries(files)) writeFileSync(join(dir, 'source', slug, `${lang}.md`), text);
  }
  return dir;
}

describe('papers.yml', () => {
  it('is found by walking up from the source path, else from the working folder', () => {
    const dir = projectWith(CONFIG, { p: { en: paper('en') } });
    expect(findProjectConfig(join(dir, 'source/p/en.md'), tmpdir())).toBe(join(dir, 'papers.yml'));
    expect(findProjectConfig('source/p/en.md', dir)).toBe(join(dir, 'papers.yml'));
  });

  it('gives a paper its publisher and its language\'s defaults; the paper may override any key', () => {
    const dir = projectWith(CONFIG, { p: { en: paper('en'), ar: paper('ar', 'publisher:\n  short: Other\n') } });
    const en = processPath(join(dir, 'source/p/en.md'), { slug: 'p', lang: 'en', source: 'source/p/en.md' }).paper!;
    expect(en.meta.publisher).toEqual({ name: { en: 'Institute for Testing', ar: 'معهد الاختبار' }, short: 'IfT', site: 'https://example.org' });
    expect([en.meta.type, en.meta.license]).toEqual(['Position Paper', 'CC BY 4.0']);
    const ar = processPath(join(dir, 'source/p/ar.md'), { slug: 'p', lang: 'ar', source: 'source/p/ar.md' }).paper!;
    expect(ar.meta.type).toBe('تقدير موقف');
    // Merged key by key: the paper's short name, the project's full names.
    expect(ar.meta.publisher.short).toBe('Other');
    expect(ar.meta.publisher.name.en).toBe('Institute for Testing');
  });

  it('is not used when the caller says there is none, and the missing keys point to papers.yml', () => {
    const { paper: p, file } = processText(paper('en'), { slug: 'p', lang: 'en', source: 'source/p/en.md', config: null });
    expect(p).toBeNull();
    expect(file.messages.map(String)).toContain('source/p/en.md:2:1: Front matter lacks `publisher`: add it, or give it once for every paper in papers.yml');
  });

  it('reports its own problems at their line and column', () => {
    const dir = projectWith('publisher:\n  name: { en: X }\n  colour: red\nsite:\n  url: not-a-url\nlanguages: [en, fr]\n', {});
    const { config, file } = loadProjectConfig(join(dir, 'papers.yml'), 'papers.yml');
    expect(config).toBeNull();
    const lines = file.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    expect(lines).toEqual(expect.arrayContaining(['2:9 config-schema', '3:3 config-schema', '5:8 config-schema', '6:17 config-schema']));
    expect(file.messages.map((m) => m.reason).join('\n')).toMatch(/unknown key\(s\) `colour` in `publisher`/);
  });

  it('names an invisible character pasted into a key', () => {
    const dir = projectWith('\ufeffsite:\n  url: https://example.org/\n', {});
    const { file } = loadProjectConfig(join(dir, 'papers.yml'), 'papers.yml');
    // A BOM at the very start is the file's, not the key's: the YAML reader drops it.
    expect(file.messages).toEqual([]);
    const inside = projectWith('si\ufeffte:\n  url: https://example.org/\n', {});
    expect(loadProjectConfig(join(inside, 'papers.yml'), 'papers.yml').file.messages.map((m) => m.reason)).toEqual(['papers.yml has unknown key(s) `si\\u{FEFF}te`: delete the invisible characters']);
  });

  it('stops an alias bomb at its line instead of expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefghij'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghij'[i]}`).join(', ')}]`)].join('\n');
    const dir = projectWith(bomb + '\n', {});
    const { file } = loadProjectConfig(join(dir, 'papers.yml'), 'papers.yml');
    expect(file.messages.map((m) => m.ruleId)).toEqual(['config-yaml']);
  });

  describe('in a build', () => {
    it('fails the build on a broken papers.yml with one line per problem, and builds nothing', () => {
      const dir = projectWith('publisher:\n  nam: X\n', { p: { en: paper('en') } });
      const r = papers(['build', '--format', 'json'], { cwd: dir });
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^papers\.yml:2:3 error papers\.yml has unknown key\(s\) `nam` in `publisher`: remove or rename them \[config-schema\]$/m);
    });

    it('builds only the project\'s languages, and rebuilds every paper when papers.yml changes', () => {
      const dir = projectWith(CONFIG + 'languages: [en]\n', { p: { en: paper('en'), ar: paper('ar') } });
      expect(papers(['build', '--format', 'json'], { cwd: dir }).code).toBe(0);
      const json = () => JSON.parse(readFileSync(join(dir, 'output/p/en.json'), 'utf8'));
      expect(() => readFileSync(join(dir, 'output/p/ar.json'))).toThrow();
      expect(json().meta.publisher.short).toBe('IfT');
      writeFileSync(join(dir, 'papers.yml'), CONFIG.replace('short: IfT', 'short: IfT2'));
      expect(papers(['build', '--format', 'json'], { cwd: dir }).code).toBe(0);
      expect(json().meta.publisher.short).toBe('IfT2');
    });
  });
});
