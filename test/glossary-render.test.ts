import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processText } from '../pipeline/process.js';
import { toPaperJson } from '../pipeline/render/json/index.js';
import { paperGlossaryRenderer, renderCollectionGlossary, renderPaperGlossary } from '../pipeline/render/glossary/index.js';
import { CSV_COLUMNS, glossaryCsv } from '../pipeline/render/glossary/csv.js';
import { glossaryTbx } from '../pipeline/render/glossary/tbx.js';
import type { Row } from '../pipeline/render/glossary/rows.js';
import { loadTermbase } from '../pipeline/extract/glossary/index.js';
import type { Lang, PaperJson } from '../pipeline/model/paper.js';

const SAMPLE = 'source/rifts-within-iraqi-shiite-parties';
const RNG = join(process.cwd(), 'test', 'fixtures', 'schemas', 'tbx-basic', 'TBXcoreStructV03_TBX-Basic_integrated.rng');
const OUT = join('test', 'artifacts', 'glossary');
const hasXmllint = spawnSync('xmllint', ['--version']).status === 0;

function edition(path: string, lang: Lang): PaperJson {
  const r = processText(readFileSync(path, 'utf8'), { slug: 'x', lang, source: path });
  if (!r.paper) throw new Error(`${path} did not process`);
  return toPaperJson(r.paper);
}

/** RFC 4180 reader, written independently of the writer: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"') {
          if (text[i + 1] === '"') (field += '"'), (i += 2);
          else break;
        } else field += text[i++];
      }
      i++;
      if (i < text.length && text[i] !== ',' && text[i] !== '\r') throw new Error(`text after closing quote at ${i}`);
    } else if (ch === ',') (row.push(field), (field = ''), i++);
    else if (ch === '\r') {
      if (text[i + 1] !== '\n') throw new Error(`bare CR at ${i}`);
      row.push(field);
      rows.push(row);
      (row = []), (field = ''), (i += 2);
    } else if (ch === '\n') throw new Error(`bare LF at ${i}`);
    else if (ch === '"') throw new Error(`quote inside unquoted field at ${i}`);
    else (field += ch), i++;
  }
  if (field !== '' || row.length) throw new Error('last record lacks CRLF');
  return rows;
}

function validateTbx(name: string, tbx: string): void {
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, name);
  writeFileSync(file, tbx);
  // Throws with xmllint's report when the file does not validate.
  execFileSync('xmllint', ['--noout', '--relaxng', RNG, file], { stdio: 'pipe' });
}

const tricky: Row = {
  id: 'quote-test',
  term: { en: 'A "quoted", term', ar: 'مصطلح، "مقتبس"' },
  transliteration: 'ʿalāmāt & <marks>',
  definition: { en: 'Line one,\nline two with "quotes" & <angle> brackets.', ar: 'سطر أول\r\nسطر ثانٍ' },
  variants: { en: ['PMF', "Shi'i"], ar: ['متغير'] },
  count: 2,
  uses: [{ slug: 'a', lang: 'en', source: 'source/a/en.md', count: 2, first: { line: 3, column: 1, section: null, anchor: 't-quote-test-1', text: 'x' }, forms: ['x'] }],
};

describe('paper glossary exports', () => {
  const en = edition(`${SAMPLE}/en.md`, 'en');
  const ar = edition(`${SAMPLE}/ar.md`, 'ar');
  const files = renderPaperGlossary({ en, ar }, 'rifts-within-iraqi-shiite-parties');

  it('JSON lists the terms used, with count and first occurrence per edition', () => {
    const doc = JSON.parse(files.json);
    const marjaiyya = doc.terms.find((t: { id: string }) => t.id === 'marjaiyya');
    expect(marjaiyya.term).toEqual({ en: 'marjaiyya', ar: 'المرجعية' });
    expect(marjaiyya.transliteration).toBe('al-marjaʿiyya');
    expect(marjaiyya.count).toBe(12);
    expect(marjaiyya.uses.map((u: { lang: string; count: number }) => [u.lang, u.count])).toEqual([['en', 6], ['ar', 6]]);
    expect(marjaiyya.uses[0].first.line).toBe(en.glossary.find((g) => g.id === 'marjaiyya')!.first!.line);
    expect(marjaiyya.variants.en).toContain('marjaya');
    expect(doc.terms.map((t: { id: string }) => t.id)).toEqual(en.glossary.map((g) => g.id));
  });

  it('CSV has a BOM, CRLF records, the columns asked for and one row per term', () => {
    expect(files.csv.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(files.csv.slice(1));
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(en.glossary.length + 1);
    // English and Arabic terms first: what a CAT tool reads as source and target.
    const wilaya = rows.find((r) => r[5] === 'wilayat-al-faqih')!;
    expect(wilaya.slice(0, 3)).toEqual(['Guardianship of the Jurist', 'ولاية الفقيه', 'Wilāyat al-Faqīh']);
    expect(wilaya[6]).toBe('2');
    expect(wilaya[7]).toMatch(/^source\/rifts-within-iraqi-shiite-parties\/en\.md:\d+; source\/rifts-within-iraqi-shiite-parties\/ar\.md:\d+$/);
    expect(wilaya[8]).toBe('rifts-within-iraqi-shiite-parties');
  });

  it.skipIf(!hasXmllint && !process.env.CI)('TBX validates against the TBX-Basic schema with both languages per concept', () => {
    validateTbx('paper.tbx', files.tbx3!);
    expect(files.tbx3!.match(/<conceptEntry /g)).toHaveLength(en.glossary.length);
    expect(files.tbx3!.match(/<langSec xml:lang="en">/g)).toHaveLength(en.glossary.length);
    expect(files.tbx3!.match(/<langSec xml:lang="ar">/g)).toHaveLength(en.glossary.length);
    expect(files.tbx3).toContain('<term>Wilāyat al-Faqīh</term>\n          <termNote type="termType">variant</termNote>');
    expect(files.tbx3).toContain('<note>transliteration (IJMES)</note>');
    expect(files.tbx3).toContain('<term>Velayat-e Faqih</term>');
  });

  it('is deterministic', () => {
    expect(renderPaperGlossary({ en, ar }, 'rifts-within-iraqi-shiite-parties')).toEqual(files);
  });
});

describe('collection glossary', () => {
  const sample = { slug: 'rifts-within-iraqi-shiite-parties', editions: { en: edition(`${SAMPLE}/en.md`, 'en'), ar: edition(`${SAMPLE}/ar.md`, 'ar') } };
  const other = { slug: 'spellings', editions: { en: edition('test/fixtures/glossary/spellings.en.md', 'en') } };
  const files = renderCollectionGlossary([other, sample]);

  it('lists every term with the papers it appears in', () => {
    const doc = JSON.parse(files.json);
    expect(doc.papers.map((p: { slug: string }) => p.slug)).toEqual(['rifts-within-iraqi-shiite-parties', 'spellings']);
    const marja = doc.terms.find((t: { id: string }) => t.id === 'marja');
    expect(marja.papers).toEqual(['rifts-within-iraqi-shiite-parties', 'spellings']);
    const fatwa = doc.terms.find((t: { id: string }) => t.id === 'fatwa');
    expect(fatwa.papers).toEqual(['spellings']);
    const rows = parseCsv(files.csv.slice(1));
    expect(rows.find((r) => r[5] === 'marja')![8]).toBe('rifts-within-iraqi-shiite-parties; spellings');
    expect(renderCollectionGlossary([sample, other])).toEqual(files);
  });

  it.skipIf(!hasXmllint && !process.env.CI)('TBX validates', () => {
    validateTbx('collection.tbx', files.tbx3!);
  });
});

describe('escaping', () => {
  it('CSV quoting survives a round trip', () => {
    const rows = parseCsv(glossaryCsv([tricky]).slice(1));
    expect(rows[1]).toEqual([tricky.term.en, tricky.term.ar, tricky.transliteration, tricky.definition.en, tricky.definition.ar, 'quote-test', '2', 'source/a/en.md:3', 'a']);
  });

  it.skipIf(!hasXmllint && !process.env.CI)('TBX escapes markup characters and still validates', () => {
    const tbx = glossaryTbx([tricky], 'Title & <test>', () => 'a & b');
    validateTbx('escaping.tbx', tbx);
    expect(tbx).toContain('<term>A &quot;quoted&quot;, term</term>');
    expect(tbx).toContain('<termNote type="termType">acronym</termNote>');
  });
});

describe('a paper without terms', () => {
  it('gives an empty JSON and CSV and no TBX (a TBX body needs one concept at least)', () => {
    const none = edition('test/fixtures/glossary/candidates.en.md', 'en');
    none.glossary = [];
    const files = renderPaperGlossary({ en: none }, 'none');
    expect(JSON.parse(files.json).terms).toEqual([]);
    expect(files.csv).toBe('\uFEFF' + CSV_COLUMNS.join(',') + '\r\n');
    expect(files.tbx).toBeNull();
    expect(files.tbx3).toBeNull();
    expect(paperGlossaryRenderer.render({ slug: 'none', editions: { en: none } }, ['json']).map((f) => f.path)).toEqual(['none/glossary.json', 'none/glossary.csv']);
  });
});

describe('the whole termbase', () => {
  it.skipIf(!hasXmllint && !process.env.CI)('exports as valid TBX-Basic, every term with both languages', () => {
    const rows: Row[] = loadTermbase().map((t) => ({
      id: t.id,
      term: { en: t.en.term, ar: t.ar.term },
      transliteration: t.en.transliteration ?? null,
      definition: { en: t.en.definition, ar: t.ar.definition },
      variants: { en: t.en.variants, ar: t.ar.variants },
      count: 0,
      uses: [],
    }));
    const tbx = glossaryTbx(rows, 'Termbase', () => 'all terms');
    validateTbx('termbase.tbx', tbx);
    expect(tbx.match(/<conceptEntry /g)).toHaveLength(rows.length);
  });
});
