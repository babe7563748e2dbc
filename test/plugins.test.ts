/**
 * Every stage's unified plugin (`remarkX`) gives what its transform gives
 * (mystmd's plugin-and-transform pattern): a processor made of remark-parse,
 * the dialect's plugins, the plugins of the stages before and the plugin under
 * test, run with `processor.runSync(processor.parse(file), file)`, leaves the
 * same tree, positions included, the same `file.data` and the same messages as
 * calling the transforms one after the other. Then each plugin does its own
 * job on a small case.
 */
import { describe, expect, it, test } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Link, Root } from 'mdast';
import { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { Node } from 'unist';
import { processText } from '../pipeline/process.js';
import { remarkEntities } from '../pipeline/extract/entities/index.js';
import { remarkCitations } from '../pipeline/extract/citations/index.js';
import { remarkGlossary } from '../pipeline/extract/glossary/index.js';
import { remarkHouseSpelling } from '../pipeline/locales/house-spelling.js';
import { diagnosticLines, runTransformsTo, TEST_CONFIG, TREE_STAGES, type PaperInput, type TreeStage } from './helpers/stages.js';

const EN = `---
title: A test paper
date: 2024-05-05
lang: en
---

Iraq's clerics debate ijtihad.[^1] See [the report](https://example.org/report) and [this page](javascript:alert(1)).

## Background

Nouri al-Maliki met Muqtada al-Sadr in Baghdad on January 29, 2024. Mohammad Shia al-Sudani agreed. A hidden\u202E override.

#### A skipped level

[^1]: The source: https://example.org/source.
`;

const AR = `---
title: ورقة اختبار
date: 2024-05-05
lang: ar
---

التقى نوري المالكي بمقتدى الصدر في بغداد في 29 يناير 2024، وتحدثا عن الاجتهاد.[^1]

## خلفية

يرى المالكي أن [التقرير](https://example.org/ar) مهم.

[^1]: المصدر: https://example.org/source
`;

const PAPERS: [string, string, PaperInput][] = [
  ['English', EN, { slug: 'test-paper', lang: 'en', source: 'source/test-paper/en.md', config: TEST_CONFIG }],
  ['Arabic', AR, { slug: 'test-paper', lang: 'ar', source: 'source/test-paper/ar.md', config: TEST_CONFIG }],
];

/** The plugin's options given to `.use()`: known before the file is parsed, so the extract stages are told the date. */
function useOptions(stage: TreeStage, input: PaperInput): unknown {
  if (stage.name === 'frontmatter') return input;
  return stage.options ? { lang: input.lang, date: '2024-05-05' } : undefined;
}

/** remark-parse with the source dialect (GFM, YAML front matter) and the plugins of `stages`. */
function processorWith(stages: TreeStage[], options: (stage: TreeStage) => unknown) {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);
  for (const stage of stages) processor.use(stage.plugin, options(stage));
  return processor;
}

function runPlugins(stages: TreeStage[], text: string, input: PaperInput, options: (stage: TreeStage) => unknown) {
  const processor = processorWith(stages, options);
  const file = new VFile({ path: input.source, value: text });
  const tree = processor.runSync(processor.parse(file), file) as Root;
  return { tree, file };
}

/** The nodes of some types in a tree, in document order. */
function selectAll(types: string, tree: Root): Node[] {
  const wanted = types.split(/,\s*/);
  const found: Node[] = [];
  visit(tree, (node) => {
    if (wanted.includes(node.type)) found.push(node);
  });
  return found;
}

const upTo = (stage: TreeStage) => TREE_STAGES.slice(0, TREE_STAGES.indexOf(stage) + 1);

describe.each(PAPERS)('%s paper', (_, text, input) => {
  test.each(TREE_STAGES.map((s) => [s.name, s] as const))('%s: the plugin gives what the transform gives', (_, stage) => {
    const viaPlugins = runPlugins(upTo(stage), text, input, (s) => useOptions(s, input));
    const direct = runTransformsTo(stage.name, text, input);
    expect(viaPlugins.tree).toEqual(direct.tree);
    expect(viaPlugins.file.data).toEqual(direct.file.data);
    expect(diagnosticLines(viaPlugins.file)).toEqual(diagnosticLines(direct.file));
    // Each stage changes something in these papers, so the comparison is not of two untouched trees.
    expect(diagnosticLines(direct.file).length + Object.keys(direct.file.data).length).toBeGreaterThan(0);
  });

  it('the extract plugins take the language and date from the front-matter stage when not given them', () => {
    const told = runPlugins(TREE_STAGES, text, input, (s) => useOptions(s, input));
    const untold = runPlugins(TREE_STAGES, text, input, (s) => (s.name === 'frontmatter' ? input : undefined));
    expect(untold.tree).toEqual(told.tree);
    expect(untold.file.data).toEqual(told.file.data);
  });

  it('runs the stages in the order processFile does', () => {
    const direct = runTransformsTo('house-spelling', text, input);
    const processed = processText(text, input);
    expect(processed.tree).toEqual(direct.tree);
    expect(processed.file.data).toEqual(direct.file.data);
    expect(diagnosticLines(processed.file)).toEqual(diagnosticLines(direct.file));
  });
});

describe('each plugin on a small case', () => {
  const en = PAPERS[0][2];
  const ar = PAPERS[1][2];
  const all = (text: string, input: PaperInput) => runPlugins(TREE_STAGES, text, input, (s) => useOptions(s, input));
  const rules = (file: VFile) => file.messages.map((m) => m.ruleId);

  it('remarkFrontMatterCheck: sets the meta, with papers.yml beneath the front matter', () => {
    const { file } = all(EN, en);
    expect(file.data.meta).toMatchObject({ title: 'A test paper', type: 'Position Paper', license: 'CC BY 4.0', lang: 'en', dir: 'ltr', slug: 'test-paper' });
    expect(all(AR, ar).file.data.meta).toMatchObject({ type: 'تقدير موقف', dir: 'rtl' });
  });

  it('remarkFrontMatterCheck: refuses a language the file name contradicts, and the extract plugins then do nothing', () => {
    const { tree, file } = runPlugins(TREE_STAGES, EN, ar, (s) => (s.name === 'frontmatter' ? ar : undefined));
    expect(file.data.meta).toBeUndefined();
    expect(rules(file)).toContain('frontmatter-lang');
    expect(selectAll('mention, term', tree)).toEqual([]);
  });

  it('remarkNormalize: removes a bidi override and says so', () => {
    const { tree, file } = all(EN, en);
    expect(JSON.stringify(tree)).not.toContain('\u202E');
    expect(rules(file)).toContain('text-bidi-control');
  });

  it('remarkNormalize: gives a bare URL back the Arabic punctuation GFM took into it', () => {
    const md = '---\ntitle: ورقة\ndate: 2024-01-01\nlang: ar\n---\n\nانظر https://example.org/statement-libya؛ و https://example.org/b، ثم https://example.org/c.\n';
    const { paper } = processText(md, { slug: 'x', lang: 'ar', source: 'source/x/ar.md' });
    expect(paper!.citations.map((c) => c.href)).toEqual(['https://example.org/statement-libya', 'https://example.org/b', 'https://example.org/c']);
  });

  it('remarkSafety: drops a javascript: link, keeping its text', () => {
    const { tree, file } = all(EN, en);
    expect(selectAll('link', tree).map((l) => (l as Link).url)).not.toContain('javascript:alert(1)');
    expect(JSON.stringify(tree)).toContain('this page');
    expect(rules(file)).toContain('html-unsafe-link');
  });

  it('remarkOutline: gives headings ids, nests the outline and reports a skipped level', () => {
    const { file } = all(EN, en);
    expect(file.data.outline).toMatchObject([{ id: 'background', depth: 2, children: [{ id: 'a-skipped-level', depth: 4 }] }]);
    expect(rules(file)).toContain('heading-skip');
    expect(all(AR, ar).file.data.outline?.[0].id).toBe('خلفية');
  });

  it('remarkEntities: wraps people, places and dates in mention nodes', () => {
    for (const [text, input, maliki] of [[EN, en, 'Nouri al-Maliki'], [AR, ar, 'نوري المالكي']] as const) {
      const { tree, file } = all(text, input);
      const ids = file.data.entities!.map((e) => e.id);
      expect(ids).toEqual(expect.arrayContaining(['nouri-al-maliki', 'muqtada-al-sadr', 'baghdad', '2024-01-29']));
      expect(file.data.entities!.find((e) => e.id === 'nouri-al-maliki')!.mentions[0].text).toBe(maliki);
      expect(selectAll('mention', tree).length).toBe(file.data.entities!.reduce((n, e) => n + e.mentions.length, 0));
    }
  });

  it('remarkCitations: numbers the footnote (with the URL in it) and the link in order', () => {
    const { file } = all(EN, en);
    expect(file.data.citations!.map((c) => [c.number, c.kind, c.href])).toEqual([
      [1, 'footnote', 'https://example.org/source'],
      [2, 'link', 'https://example.org/report'],
    ]);
  });

  it('remarkGlossary: wraps a termbase term in a term node and lists it', () => {
    for (const [text, input, word] of [[EN, en, 'ijtihad'], [AR, ar, 'الاجتهاد']] as const) {
      const { tree, file } = all(text, input);
      expect(file.data.glossary!.map((g) => g.id)).toContain('ijtihad');
      expect(JSON.stringify(selectAll('term', tree))).toContain(word);
    }
  });

  it('remarkHouseSpelling: reports a name written otherwise than its gazetteer entry', () => {
    const { file } = all(EN, en);
    expect(file.messages.filter((m) => m.ruleId === 'house-spelling').map((m) => [m.line, m.column, m.reason])).toEqual([[expect.any(Number), expect.any(Number), expect.stringContaining('Mohammed Shia al-Sudani')]]);
  });

  it('an extract plugin with neither options nor a front-matter stage before it says what it needs', () => {
    for (const plugin of [remarkEntities, remarkCitations, remarkGlossary, remarkHouseSpelling]) {
      const processor = unified().use(remarkParse).use(plugin);
      const file = new VFile({ value: 'Some text about Iraq.' });
      expect(() => processor.runSync(processor.parse(file), file)).toThrow(/needs the paper's lang and date/);
    }
  });
});
