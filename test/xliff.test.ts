/**
 * The translation round trip through a CAT tool's format: `papers xliff
 * export` writes XLIFF 2.1 that validates against the OASIS schema, and
 * `papers xliff import` brings a translation back as a source file whose
 * blocks align one to one with the original's, codes and front matter included.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { papers, ROOT } from './helpers/cli.js';
import { parseMarkdown } from '../pipeline/parse/processor.js';
import { decodeSource } from '../pipeline/source/read.js';
import { translatableBlocks } from '../pipeline/xliff/blocks.js';

const XSD = join(ROOT, 'test/fixtures/schemas/xliff-2.1/xliff_core_2.0.xsd');
const SLUG = 'rifts-within-iraqi-shiite-parties';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'papers-xliff-'));
  cpSync(join(ROOT, 'source', SLUG), join(dir, 'source', SLUG), { recursive: true });
  cpSync(join(ROOT, 'papers.yml'), join(dir, 'papers.yml'));
  cpSync(join(ROOT, 'test/fixtures/papers/mini-paper'), join(dir, 'source', 'mini'), { recursive: true });
  return dir;
}

function validates(file: string): void {
  const r = spawnSync('xmllint', ['--noout', '--schema', XSD, file], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
}

/** A CAT tool's work: each unit's target filled by `translate(source content, unit id)`. */
function translate(xliff: string, fill: (source: string, unit: string) => string | null): string {
  return xliff.replace(/<unit id="([^"]+)"([\s\S]*?)<source>([\s\S]*?)<\/source>/g, (all, id: string, between: string, source: string) => {
    const target = fill(source, id);
    return target === null ? all : `<unit id="${id}"${between}<source>${source}</source>\n          <target>${target}</target>`;
  });
}

const blockKinds = (markdown: string) =>
  translatableBlocks(parseMarkdown(decodeSource(new TextEncoder().encode(markdown), 'x.md'))).map((b) => (b.type === 'heading' ? `h${b.depth}` : b.type));

describe('papers xliff', () => {
  it('exports XLIFF 2.1 that validates, with a unit per block and terms and names marked', () => {
    const dir = project();
    const r = papers(['xliff', 'export', `source/${SLUG}`, '--to', 'ar'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const file = join(dir, `${SLUG}.en-ar.xlf`);
    expect(r.stderr).toMatch(new RegExp(`wrote ${SLUG}\\.en-ar\\.xlf: \\d+ units`));
    validates(file);
    const xliff = readFileSync(file, 'utf8');
    expect(xliff).toMatch(/<xliff xmlns="urn:oasis:names:tc:xliff:document:2\.0" version="2\.1" srcLang="en" trgLang="ar">/);
    const en = readFileSync(join(dir, 'source', SLUG, 'en.md'), 'utf8');
    expect(xliff.match(/<unit id="b\d+"/g)).toHaveLength(blockKinds(en).length);
    expect(xliff).toContain('<unit id="fm-title" name="title">');
    expect(xliff).toMatch(/<note category="entity">Nouri al-Maliki → نوري المالكي \(person\)<\/note>/);
    expect(xliff).toMatch(/<mrk id="m\d+" type="term" value="ولاية الفقيه">/);
    expect(xliff).toMatch(/<pc id="\d+" dataRefStart="d\d+" dataRefEnd="d\d+" type="link" subType="md:link">/);
  });

  it('round trip: targets copied from the sources give back the original, block for block', () => {
    const dir = project();
    expect(papers(['xliff', 'export', `source/${SLUG}/en.md`, '--to', 'ar', '--out', 'paper.xlf'], { cwd: dir }).code).toBe(0);
    writeFileSync(join(dir, 'copied.xlf'), translate(readFileSync(join(dir, 'paper.xlf'), 'utf8'), (source) => source));
    validates(join(dir, 'copied.xlf'));
    // The Arabic edition exists: import refuses to replace it unless told to.
    const refused = papers(['xliff', 'import', 'copied.xlf'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/ar\.md exists: pass --force/);
    const r = papers(['xliff', 'import', 'copied.xlf', '--force'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    const en = readFileSync(join(dir, 'source', SLUG, 'en.md'), 'utf8');
    const back = readFileSync(join(dir, 'source', SLUG, 'ar.md'), 'utf8');
    expect(back).toBe(en.replace('lang: en', 'lang: ar'));
    expect(blockKinds(back)).toEqual(blockKinds(en));
  });

  it('brings back a translation with its codes, front matter and untranslated units', () => {
    const dir = project();
    expect(papers(['xliff', 'export', 'source/mini', '--to', 'ar', '--out', 'mini.xlf'], { cwd: dir }).code).toBe(0);
    const xliff = readFileSync(join(dir, 'mini.xlf'), 'utf8');
    const translated = translate(xliff, (source, unit) => {
      if (unit === 'fm-title') return 'ورقة اختبار صغيرة';
      if (source.includes('the report')) {
        // The translator moves the codes with their words: emphasis, then the link.
        const [, em] = /(<pc id="\d+"[^>]*subType="xlf:i">)/.exec(source)!;
        const [, link] = /(<pc id="\d+"[^>]*type="link"[^>]*>)/.exec(source)!;
        return `رأى المالكي في عودة الصدر تهديدًا ل${em}لمرجعية</pc> النجف. انظر ${link}التقرير</pc>.`;
      }
      if (unit === 'b4') return null; // left untranslated
      return `ترجمة ${unit}`;
    });
    writeFileSync(join(dir, 'mini-ar.xlf'), translated);
    validates(join(dir, 'mini-ar.xlf'));
    const r = papers(['xliff', 'import', 'mini-ar.xlf', '--out', 'mini-ar.md'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/^mini-ar\.xlf:\d+:\d+ warning Unit b4 has 1 untranslated segment: the original text is kept there \[xliff-untranslated\]$/m);
    const ar = readFileSync(join(dir, 'mini-ar.md'), 'utf8');
    expect(ar).toMatch(/^title: ورقة اختبار صغيرة$/m);
    expect(ar).toMatch(/^lang: ar$/m);
    expect(ar).toContain('تهديدًا ل*لمرجعية* النجف. انظر [التقرير](https://example.org/report).');
    const en = readFileSync(join(dir, 'source/mini/en.md'), 'utf8');
    expect(blockKinds(ar)).toEqual(blockKinds(en));
  });

  it('reports a file that is not XLIFF 2, and usage mistakes, without a stack trace', () => {
    const dir = project();
    writeFileSync(join(dir, 'bad.xlf'), '<xliff version="1.2"><file/></xliff>');
    const bad = papers(['xliff', 'import', 'bad.xlf'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/^bad\.xlf:1:1 error Not an XLIFF 2 file .*\[xliff-invalid\]$/m);
    writeFileSync(join(dir, 'broken.xlf'), '<xliff');
    expect(papers(['xliff', 'import', 'broken.xlf'], { cwd: dir }).stderr).toMatch(/^broken\.xlf error Not well-formed XML .*\[xliff-invalid\]$/m);
    const noTo = papers(['xliff', 'export', 'source/mini'], { cwd: dir });
    expect(noTo.code).toBe(2);
    expect(noTo.stderr.trim()).toBe("papers: required option '--to <lang>' not specified; see 'papers xliff export --help'");
    expect(papers(['xliff', 'export', 'source/mini/ar.md', '--to', 'ar'], { cwd: dir }).code).toBe(2);
    expect(existsSync(join(dir, 'mini.en-ar.xlf'))).toBe(false);
    expect(papers(['xliff', 'export', 'source/mini', '--to', 'fr'], { cwd: dir }).stderr).toMatch(/--to takes en, ar, not 'fr'/);
  });
});
