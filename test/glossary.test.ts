import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matcherFor, phrasesOf } from '../pipeline/extract/glossary/match.js';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';
import { processText } from '../pipeline/process.js';
import { decodeSource } from '../pipeline/source/read.js';
import { parseMarkdown } from '../pipeline/parse/processor.js';
import { frontMatterTransform } from '../pipeline/source/frontmatter-stage.js';
import { normalizeTransform } from '../pipeline/parse/normalize.js';
import { outlineTransform } from '../pipeline/parse/outline.js';
import { glossaryTransform } from '../pipeline/extract/glossary/index.js';
import { loadTermbase, termbaseProblems } from '../pipeline/extract/glossary/index.js';
import type { Lang } from '../pipeline/model/paper.js';
import type { Term } from '../pipeline/model/mdast.js';

const SAMPLE = 'source/rifts-within-iraqi-shiite-parties';

function run(path: string, lang: Lang) {
  const text = readFileSync(path, 'utf8');
  const r = processText(text, { slug: 'test', lang, source: path });
  if (!r.paper || !r.tree) throw new Error(`${path} did not process: ${r.file.messages.map((m) => m.reason).join('; ')}`);
  return { text, tree: r.tree, file: r.file, glossary: r.paper.glossary };
}

function termNodes(tree: Root): Term[] {
  const out: Term[] = [];
  visit(tree, 'term', (n: Term) => void out.push(n));
  return out;
}

/** The stages before extraction, then the glossary alone (no entity mentions in the tree). */
function withoutEntities(path: string, localesDir?: string) {
  const file = decodeSource(readFileSync(path), path);
  const tree = parseMarkdown(file);
  frontMatterTransform(tree, file, { slug: 'test', lang: 'en', source: path });
  normalizeTransform(tree, file);
  outlineTransform(tree, file);
  glossaryTransform(tree, file, { lang: 'en', date: '2024-05-05', localesDir });
  return file;
}

const forms = (g: { id: string; occurrences: { text: string }[] }[], id: string): string[] =>
  g.find((e) => e.id === id)?.occurrences.map((o) => o.text) ?? [];

describe('termbase', () => {
  it('has at least 60 terms, each with both languages, a transliteration and no problems', () => {
    const tb = loadTermbase();
    expect(tb.length).toBeGreaterThanOrEqual(60);
    for (const t of tb) {
      expect(t.ar.term).toMatch(/\p{Script=Arabic}/u);
      expect(t.ar.definition).toMatch(/\p{Script=Arabic}/u);
      expect(t.en.definition.length).toBeGreaterThan(20);
      expect(t.en.transliteration).toBeTruthy();
    }
    expect(termbaseProblems()).toEqual([]);
  });

  it('reports a term missing in Arabic, an empty definition and a spelling claimed twice', () => {
    const dir = mkdtempSync(join(tmpdir(), 'termbase-'));
    mkdirSync(join(dir, 'en'));
    mkdirSync(join(dir, 'ar'));
    writeFileSync(join(dir, 'en', 'glossary.json'), JSON.stringify({
      fatwa: { term: 'fatwa', transliteration: 'fatwā', definition: 'A ruling.', variants: [] },
      khums: { term: 'khums', transliteration: 'khums', definition: 'A tax.', variants: ['Fatwa'] },
    }));
    writeFileSync(join(dir, 'ar', 'glossary.json'), JSON.stringify({ fatwa: { term: 'فتوى', definition: '' } }));
    expect(termbaseProblems(dir)).toEqual([
      { termId: 'fatwa', lang: 'ar', problem: 'empty definition' },
      { termId: 'khums', lang: 'en', problem: 'spelling "Fatwa" also belongs to "fatwa"' },
      { termId: 'khums', lang: 'ar', problem: 'missing in locales/ar/glossary.json' },
    ]);
    // A term without its Arabic side is not used for detection at all.
    expect(loadTermbase(dir).map((t) => t.id)).toEqual(['fatwa']);
  });
});

describe('detection in English', () => {
  const { tree, glossary, text } = run('test/fixtures/glossary/spellings.en.md', 'en');

  it('finds every spelling: case, italics, apostrophes, diacritics, plurals, possessives', () => {
    expect(forms(glossary, 'marjaiyya')).toEqual(['Marjaʿiyya', "MARJA'IYYA", 'marjaiyyas', 'marjaʿiyya']);
    expect(forms(glossary, 'marja')).toEqual(['marja’s', 'marjas', 'marjaʿ']);
    expect(forms(glossary, 'wilayat-al-faqih')).toEqual(['Velayat-e Faqih', 'wilāyat al-faqīh', 'ولاية الفقيه']);
    expect(forms(glossary, 'hujjat-al-islam')).toEqual(["Hojatoleslam's"]);
    expect(forms(glossary, 'fatwa')).toEqual(['fatwas', 'fatwa']);
    expect(forms(glossary, 'imamate')).toEqual(['Imamate']);
    expect(forms(glossary, 'imam')).toEqual(['imam']);
    expect(forms(glossary, 'sunni')).toEqual(['Sunnis', 'Sunni']);
  });

  it('matches whole words only and leaves code alone', () => {
    // "marjaiyyas" is the plural of a spelling; "marjayat" is not a known spelling.
    expect(forms(glossary, 'marjaiyya')).not.toContain('marjayat');
    expect(termNodes(tree).every((n) => !JSON.stringify(n).includes('in code'))).toBe(true);
  });

  it('wraps each occurrence in a term node with a unique anchor, first only on the first', () => {
    const nodes = termNodes(tree);
    const total = glossary.reduce((n, e) => n + e.count, 0);
    expect(nodes).toHaveLength(total);
    expect(new Set(nodes.map((n) => n.id)).size).toBe(nodes.length);
    for (const e of glossary) {
      const mine = nodes.filter((n) => n.term === e.id);
      expect(mine.map((n) => n.first)).toEqual(mine.map((_, i) => i === 0));
      expect(mine.map((n) => n.id)).toEqual(e.occurrences.map((o) => o.anchor));
      expect(e.first).toEqual(e.occurrences[0]);
    }
  });

  it('records exact source spans and both languages of the entry', () => {
    for (const e of glossary) {
      for (const o of e.occurrences) expect(text.slice(o.start, o.end)).toBe(o.text);
      expect(e.term.ar).toMatch(/\p{Script=Arabic}/u);
      expect(e.definition.ar).toMatch(/\p{Script=Arabic}/u);
      expect(e.source).toBe('termbase');
    }
    expect(glossary.map((e) => e.id)).toEqual([...glossary.map((e) => e.id)].sort());
  });
});

describe('detection in Arabic', () => {
  const { glossary, text } = run('test/fixtures/glossary/spellings.ar.md', 'ar');

  it('finds terms through clitics, endings and harakat', () => {
    expect(forms(glossary, 'marjaiyya')).toEqual(['المرجعيّة', 'وبالمرجعية', 'ولمرجعيته', 'marjaʿiyya']);
    // A term followed by itself in the other script, in parentheses, is one use.
    expect(forms(glossary, 'ijtihad')).toEqual(['الاجتهاد']);
    expect(forms(glossary, 'wilayat-al-faqih')).toEqual(['وِلاية الفقيه']);
    expect(forms(glossary, 'faqih')).toEqual(['الفقهاء']);
    expect(forms(glossary, 'khums')).toEqual(['خمس الأرباح']);
    for (const e of glossary) for (const o of e.occurrences) expect(text.slice(o.start, o.end)).toBe(o.text);
  });

  it('does not take look-alike words for terms', () => {
    // أمام (in front of) folds like إمام (imam); المرجع السابق is "op. cit."; الخمس سنوات is "the five years".
    expect(forms(glossary, 'imam')).toEqual(['الإمام']);
    expect(forms(glossary, 'marja')).toEqual(['المرجع الأعلى']);
  });
});

describe('the sample paper', () => {
  const en = run(`${SAMPLE}/en.md`, 'en');
  const ar = run(`${SAMPLE}/ar.md`, 'ar');

  it('finds the terms of the paper in English', () => {
    const count = (id: string) => en.glossary.find((e) => e.id === id)?.count ?? 0;
    expect(count('marjaiyya')).toBe(6);
    expect(count('marja')).toBe(3);
    expect(count('ijtihad')).toBe(1);
    // "Wilayat al-Faqih (Guardianship of the Jurist)" is one use, glossed.
    expect(count('wilayat-al-faqih')).toBe(1);
    expect(count('ayatollah')).toBe(1);
    expect(count('shia')).toBeGreaterThan(30);
  });

  it('finds the same terms in the Arabic translation', () => {
    // The translation may word some terms differently; the paper's own terms must all be there.
    expect(ar.glossary.map((e) => e.id)).toEqual(expect.arrayContaining(['ayatollah', 'ijtihad', 'marja', 'marjaiyya', 'shia', 'wilayat-al-faqih']));
    const count = (id: string) => ar.glossary.find((e) => e.id === id)?.count ?? 0;
    expect(count('marjaiyya')).toBe(6);
    expect(count('wilayat-al-faqih')).toBe(1);
    expect(count('ijtihad')).toBe(1);
  });

  it('is deterministic', () => {
    const again = run(`${SAMPLE}/en.md`, 'en');
    expect(JSON.stringify(again.glossary)).toBe(JSON.stringify(en.glossary));
    expect(JSON.stringify(termNodes(again.tree))).toBe(JSON.stringify(termNodes(en.tree)));
  });
});

describe('candidates', () => {
  const { file, glossary } = run('test/fixtures/glossary/candidates.en.md', 'en');
  const messages = (rule: string) => file.messages.filter((m) => m.ruleId === rule);

  it('reports italic transliterations and glossed foreign terms the termbase lacks, with the gloss', () => {
    const found = messages('glossary-candidate').map((m) => [m.actual, m.expected?.[0] ?? '', m.line, m.fatal]);
    expect(found).toEqual([
      ['tawafuqat', '', 12, undefined],
      ['hisbat', 'commanding right and forbidding wrong', 14, undefined],
      ['khutabaat', 'Friday preachers', 14, undefined],
      ['wilayat al-masjid', 'Guardianship of the Mosque', 20, undefined],
      // A capitalised gloss word without transliteration marks (Islamic) is English, though the word list lacks it.
      ['musharaka', 'Islamic partnership', 24, undefined],
      ['istisna', 'Islamic manufacturing finance', 24, undefined],
    ]);
  });

  it('keeps known terms, English italics and names with a description out', () => {
    const actual = messages('glossary-candidate').map((m) => m.actual);
    for (const known of ['ijtihad', 'Wilayat al-Faqih', 'Position Paper', 'Nouri al-Maliki']) expect(actual).not.toContain(known);
    expect(glossary.map((e) => e.id)).toEqual(['ijtihad', 'wilayat-al-faqih']);
    // Candidates are reported, not added to the model (their Arabic side is unknown).
    expect(glossary.every((e) => e.source === 'termbase')).toBe(true);
  });

  it('leaves a glossed organization name to the entities: a mention covers it, or it is reported for the gazetteer', () => {
    const org = 'Harakat al-Taawun al-Watani';
    expect(messages('glossary-candidate').map((m) => m.actual)).not.toContain(org);
    // Without the entities stage nothing covers the name, so the glossary reports it itself.
    const bare = withoutEntities('test/fixtures/glossary/candidates.en.md');
    const orgs = bare.messages.filter((m) => m.ruleId === 'glossary-entity-gloss').map((m) => [m.actual, m.expected?.[0]]);
    expect(orgs).toEqual([
      [org, 'National Cooperation Movement'],
      ['IRGC', 'Islamic Revolutionary Guard Corps'],
    ]);
    // Names and acronyms are not term candidates either.
    expect(bare.messages.filter((m) => m.ruleId === 'glossary-candidate').map((m) => m.actual)).not.toEqual(expect.arrayContaining(['Sudani']));
    expect(bare.messages.filter((m) => m.ruleId === 'glossary-candidate').map((m) => m.actual)).not.toEqual(expect.arrayContaining(['ISIS']));
    // A gloss of capitalised names alone is no English gloss: "Hemedti (Mohamed Hamdan Dagalo)" proposes nothing.
    expect(bare.messages.filter((m) => m.ruleId === 'glossary-candidate').map((m) => m.actual)).not.toEqual(expect.arrayContaining(['Hemedti']));
  });
});

describe('candidates in the sample paper, with a termbase that lacks its terms', () => {
  // locales-small holds only "shia" and "ayatollah".
  const file = withoutEntities(`${SAMPLE}/en.md`, 'test/fixtures/glossary/locales-small');
  const found = (rule: string) => file.messages.filter((m) => m.ruleId === rule).map((m) => [m.actual, m.expected?.[0] ?? '']);

  it('proposes each foreign term once, with the gloss the paper gives', () => {
    expect(found('glossary-candidate')).toEqual([
      ['marjaya', 'religious authority'],
      // "the October (Tishreen) protests": the Arabic month name, glossed before it.
      ['Tishreen', 'October'],
      ['Wilayat al-Faqih', 'Guardianship of the Jurist'],
      ['ijtihad', "the jurist's ability to exert independent legal reasoning"],
      ['marja', ''],
    ]);
    expect(found('glossary-entity-gloss')).toEqual([['Harakat al-Huquq', 'Rights Movement']]);
    expect(file.data.glossary!.map((e) => e.id)).toEqual(['ayatollah', 'shia']);
  });
});

describe('English word list', () => {
  it('finds words by binary search in the sorted list', async () => {
    const { isEnglishWord } = await import('../pipeline/text/english-words.js');
    for (const w of ['a', 'authority', 'Movement', 'zygote']) expect(isEnglishWord(w)).toBe(true);
    for (const w of ['marjaya', 'huquq', 'harakat', '']) expect(isEnglishWord(w)).toBe(false);
  });

  it('relies on a sorted list', () => {
    const words = JSON.parse(readFileSync('node_modules/an-array-of-english-words/index.json', 'utf8')) as string[];
    expect(words.every((w, i) => i === 0 || words[i - 1] < w)).toBe(true);
  });
});

describe('matching whatever the spelling details (property)', () => {
  const termbase = loadTermbase();
  const match = matcherFor(termbase);
  const phrase = (lang: Lang) => fc.constantFrom(...phrasesOf(termbase, lang).filter((p) => p.id !== null));
  const found = (text: string, at: number, length: number) => match(text).filter((m) => m.start === at && m.end === at + length);

  it('finds an English phrase in any case, with any apostrophe, diacritics on its letters and hyphens for spaces', () => {
    const spelling = fc.record({ upper: fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), apostrophe: fc.constantFrom("'", '’', 'ʼ', 'ʿ'), accent: fc.constantFrom('', '\u0301', '\u0304'), hyphens: fc.boolean() });
    fc.assert(
      fc.property(phrase('en'), spelling, (p, sp) => {
        let t = [...p.text].map((ch, i) => (sp.upper[i % 60] ? ch.toUpperCase() : ch.toLowerCase())).join('');
        t = t.replace(/['’ʼʿ]/gu, sp.apostrophe).replace(/([aiu])/u, `$1${sp.accent}`);
        if (sp.hyphens) t = t.replace(/ /gu, '-');
        const text = `See ${t} here.`;
        // A first or last ' or ’ may be a quotation mark, so a match does not take it in.
        const quoted = t.replace(/^['’]|['’]$/gu, '');
        expect(found(text, 4 + t.indexOf(quoted), quoted.length).map((m) => m.id)).toEqual([p.id]);
      }),
      { numRuns: 400 },
    );
  });

  it('finds an Arabic phrase with harakat, tatweel and a leading conjunction', () => {
    const marks = fc.array(fc.constantFrom('', '', '\u064E', '\u0650', '\u0651', '\u0640'), { minLength: 40, maxLength: 40 });
    fc.assert(
      fc.property(phrase('ar'), marks, fc.boolean(), (p, m, conj) => {
        const t = (conj ? 'و' : '') + [...p.text].map((ch, i) => (/\p{L}/u.test(ch) && i < [...p.text].length - 1 ? ch + m[i % 40] : ch)).join('');
        const text = `انظر ${t} هنا.`;
        expect(found(text, 5, t.length).map((x) => x.id)).toEqual([p.id]);
      }),
      { numRuns: 400 },
    );
  });
});
