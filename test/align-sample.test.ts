/**
 * alignPapers on the real sample pair (source/rifts-within-iraqi-shiite-parties/{en,ar}.md):
 * the two editions align one to one with no structural, number or citation
 * findings, and deleting any one block from either edition is reported at
 * exactly that block's line.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { VFile } from 'vfile';
import type { Root } from 'mdast';
import { alignPapers } from '../pipeline/align/index.js';
import type { Lang, Paper } from '../pipeline/model/paper.js';
import { align, alignMessages, edition, lineOf, type Edition } from './align-helpers.js';

const SLUG = 'rifts-within-iraqi-shiite-parties';
const load = (lang: Lang): Edition => edition(readFileSync(join('source', SLUG, `${lang}.md`), 'utf8'), lang, { slug: SLUG });
const en = load('en');
const ar = load('ar');

const STRUCTURAL = ['align-missing-block', 'align-extra-block', 'align-heading-depth', 'align-split-block'];

/** The paper without its top-level block `index`, and fresh files (messages start empty). */
function without(ed: Edition, index: number): { paper: Paper; file: VFile } {
  const body: Root = { ...ed.paper.body, children: ed.paper.body.children.filter((_, i) => i !== index) };
  return { paper: { ...ed.paper, body }, file: new VFile({ path: ed.file.path, value: ed.text }) };
}

const fresh = (ed: Edition) => new VFile({ path: ed.file.path, value: ed.text });

describe('the sample pair', () => {
  const files = { en: fresh(en), ar: fresh(ar) };
  const result = alignPapers(en.paper, ar.paper, files);
  const found = { en: alignMessages(files.en), ar: alignMessages(files.ar) };

  it('aligns every block, heading and list item one to one', () => {
    const blocks = (ed: Edition) => ed.paper.body.children.filter((n) => n.type !== 'yaml' && n.data?.id);
    expect(blocks(en).length).toBe(blocks(ar).length);
    expect(result.unmatched).toEqual({ en: [], ar: [] });
    const items = (ed: Edition) => blocks(ed).flatMap((n) => (n.type === 'list' ? n.children : [])).length;
    expect(result.alignment).toHaveLength(blocks(en).length + items(en));
    // Sections pair in order: heading ids of both outlines, flattened.
    const headingIds = (ed: Edition) => blocks(ed).filter((n) => n.type === 'heading').map((n) => n.data!.id);
    const sectionPairs = result.alignment.filter((p) => headingIds(en).includes(p.en));
    expect(sectionPairs.map((p) => p.ar)).toEqual(headingIds(ar));
  });

  it('has no structural, number or citation findings', () => {
    const serious = (list: typeof found.en) => list.filter((f) => f.ruleId !== 'align-entity-missing' && f.ruleId !== 'align-term-missing');
    expect(serious(found.en)).toEqual([]);
    expect(serious(found.ar)).toEqual([]);
  });

  const cases = (from: Edition) =>
    from.paper.body.children.map((n, i) => [i, n] as const).filter(([, n]) => n.type !== 'yaml' && n.data?.id);

  for (const [lang, other] of [['ar', 'en'], ['en', 'ar']] as const) {
    it(`reports any one ${lang} block deleted at its ${other} counterpart's line`, () => {
      const eds = { en, ar };
      const misplaced: string[] = [];
      for (const [index, node] of cases(eds[lang])) {
        const cut = without(eds[lang], index);
        const kept = fresh(eds[other]);
        const papers = { [lang]: cut.paper, [other]: eds[other].paper } as Record<Lang, Paper>;
        const fileMap = { [lang]: cut.file, [other]: kept } as Record<Lang, VFile>;
        alignPapers(papers.en, papers.ar, fileMap);
        const pair = result.alignment.find((p) => p[lang] === node.data!.id)!;
        const counterpart = eds[other].paper.body.children.find((n) => n.data?.id === pair[other])!;
        const extra = alignMessages(kept).filter((f) => STRUCTURAL.includes(f.ruleId));
        const missing = alignMessages(cut.file).filter((f) => STRUCTURAL.includes(f.ruleId));
        // Where it belongs in the cut edition: before the block that followed it, or at the end of the last one.
        const rest = eds[lang].paper.body.children.slice(index + 1).find((n) => n.data?.id);
        const before = eds[lang].paper.body.children.slice(0, index).filter((n) => n.data?.id).at(-1);
        const belongs = rest ? rest.position!.start.line : before!.position!.end.line;
        const ok =
          extra.length === 1 && extra[0].ruleId === 'align-extra-block' && extra[0].line === counterpart.position!.start.line &&
          missing.length === 1 && missing[0].ruleId === 'align-missing-block' && missing[0].line === belongs;
        if (!ok) misplaced.push(`${node.data!.id} (line ${node.position!.start.line}): ${JSON.stringify([...extra, ...missing].map((f) => [f.ruleId, f.line]))}`);
      }
      expect(misplaced).toEqual([]);
    });
  }

  for (const [lang, other] of [['ar', 'en'], ['en', 'ar']] as const) {
    it(`reports any two consecutive ${lang} paragraphs joined as a split of the ${other} pair`, () => {
      const eds = { en, ar };
      const children = eds[lang].paper.body.children;
      const wrong: string[] = [];
      let cases = 0;
      children.forEach((first, i) => {
        const second = children[i + 1];
        if (first.type !== 'paragraph' || second?.type !== 'paragraph') return;
        cases++;
        const joined = { ...first, children: [...first.children, ...second.children], position: { start: first.position!.start, end: second.position!.end } };
        const body: Root = { ...eds[lang].paper.body, children: [...children.slice(0, i), joined, ...children.slice(i + 2)] };
        const papers = { [lang]: { ...eds[lang].paper, body }, [other]: eds[other].paper } as Record<Lang, Paper>;
        const files = { en: fresh(en), ar: fresh(ar) };
        alignPapers(papers.en, papers.ar, files);
        const pairedId = result.alignment.find((p) => p[lang] === first.data!.id)![other];
        const counterpart = eds[other].paper.body.children.find((n) => n.data?.id === pairedId)!;
        const expected = { [lang]: [['align-split-block', first.position!.start.line]], [other]: [['align-split-block', counterpart.position!.start.line]] };
        const got = {
          [lang]: alignMessages(files[lang]).filter((f) => STRUCTURAL.includes(f.ruleId)).map((f) => [f.ruleId, f.line]),
          [other]: alignMessages(files[other]).filter((f) => STRUCTURAL.includes(f.ruleId)).map((f) => [f.ruleId, f.line]),
        };
        if (JSON.stringify(got) !== JSON.stringify(expected)) wrong.push(`${first.data!.id}+${second.data!.id}: ${JSON.stringify(got)}`);
      });
      expect(cases).toBeGreaterThan(10);
      expect(wrong).toEqual([]);
    });
  }

  it('reports a year changed in the Arabic edition at the year in both files', () => {
    const text = ar.text.replace('أكتوبر 2023م', 'أكتوبر ٢٠٢١م');
    const found = align(load('en'), edition(text, 'ar', { slug: SLUG }));
    const at = (list: typeof found.en) => list.filter((f) => f.ruleId === 'align-number-mismatch').map((f) => f.line);
    expect(at(found.en)).toEqual([lineOf(en.text, 'October 2023')]);
    expect(at(found.ar)).toEqual([lineOf(text, '٢٠٢١')]);
  });

  it('reports a citation dropped from the Arabic edition at its paragraph in both files', () => {
    const text = ar.text.replace('[رسالة](#)', 'رسالة');
    const found = align(load('en'), edition(text, 'ar', { slug: SLUG }));
    const at = (list: typeof found.en) => list.filter((f) => f.ruleId === 'align-citation-mismatch').map((f) => f.line);
    const enParagraph = en.paper.body.children.find((n) => n.type === 'paragraph' && n.position && en.text.slice(n.position.start.offset, n.position.end.offset).includes('[message](#)'))!;
    expect(at(found.en)).toEqual([enParagraph.position!.start.line]);
    expect(at(found.ar)).toEqual([lineOf(text, 'في المقابل، ربما قرأ')]);
  });

  it('reports a whole subsection left out of the Arabic edition block by block', () => {
    const start = ar.text.indexOf('### خلاف ممتد');
    const end = ar.text.indexOf('### ضبابية رؤية الصدر');
    const text = ar.text.slice(0, start) + ar.text.slice(end);
    const found = align(load('en'), edition(text, 'ar', { slug: SLUG }));
    const enStart = en.text.indexOf('### A Prolonged');
    const enEnd = en.text.indexOf("### Sadr's Blurred Vision");
    const enBlocks = en.paper.body.children.filter((n) => n.position!.start.offset! >= enStart && n.position!.start.offset! < enEnd);
    expect(enBlocks).toHaveLength(4);
    const structural = (list: typeof found.en) => list.filter((f) => STRUCTURAL.includes(f.ruleId)).map((f) => [f.ruleId, f.line]);
    expect(structural(found.en)).toEqual(enBlocks.map((n) => ['align-extra-block', n.position!.start.line]));
    const belongs = lineOf(text, '### ضبابية رؤية الصدر');
    expect(structural(found.ar)).toEqual(enBlocks.map(() => ['align-missing-block', belongs]));
  });
});
