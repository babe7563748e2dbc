/**
 * A peer's test suite: the 652 CommonMark spec examples (npm commonmark-spec)
 * and a set of GFM examples, through
 * - remark alone (remark-parse → remark-rehype → rehype-stringify, raw HTML
 *   passed through: the spec-faithful configuration), and
 * - the pipeline's Markdown → HTML body path: decodeSource → the source parse
 *   processor (CommonMark + GFM + front matter) → normalize → remark-rehype →
 *   rehype-stringify, as the HTML edition converts a body before adding ids,
 *   citation markers and page chrome (renderBody adds those, so it cannot be
 *   compared with the spec's HTML);
 * and the import stage (importConverted) on each example, which must not
 * change what a scar-free document means (see docs/hardening.md).
 *
 * Comparison is on normalized HTML (see `normalizeHtml`): both sides parsed
 * with hast-util-from-html and re-serialized (one form per entity, attribute
 * order sorted, void elements alike), whitespace-only text between tags
 * dropped and other whitespace runs collapsed outside <pre>. The figures are
 * written to test/artifacts/commonmark.json and docs/hardening.md.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import spec from 'commonmark-spec';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Root } from 'hast';
import { VFile } from 'vfile';
import { decodeSource } from '../pipeline/source/read.js';
import { parseMarkdown } from '../pipeline/parse/processor.js';
import { normalizeTransform } from '../pipeline/parse/normalize.js';
import { importConverted } from '../pipeline/import/index.js';
import { ROOT } from './helpers/cli.js';

interface Example {
  number: number;
  section: string;
  markdown: string;
  html: string;
}

// The spec shows tabs as →.
const EXAMPLES: Example[] = (spec.tests as Example[]).map((t) => ({ ...t, markdown: t.markdown.replace(/→/g, '\t'), html: t.html.replace(/→/g, '\t') }));

const raw = { allowDangerousHtml: true };
const remarkAlone = unified().use(remarkParse).use(remarkRehype, raw).use(rehypeStringify, raw).freeze();
const remarkGfmAlone = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, raw).use(rehypeStringify, raw).freeze();
const toHtmlSafe = unified().use(remarkRehype).use(rehypeStringify).freeze();
const toHtmlRaw = unified().use(remarkRehype, raw).use(rehypeStringify, raw).freeze();

const BLOCK = /\s?(<\/?(?:p|li|ul|ol|blockquote|h[1-6]|hr|pre|table|thead|tbody|tr|th|td|div|section|input)\b[^>]*>)\s?/g;

/** One serialization for equivalent HTML; `dropClass` also ignores class attributes (GFM's task-list classes). */
function normalizeHtml(html: string, dropClass = false): string {
  const tree = fromHtml(html.trim(), { fragment: true });
  const walk = (node: Root | Element, pre: boolean): void => {
    node.children = node.children.filter((c) => {
      if (c.type !== 'text' || pre) return true;
      c.value = c.value.replace(/\s+/g, ' ');
      return c.value !== ' ';
    }) as typeof node.children;
    for (const c of node.children) {
      if (c.type !== 'element') continue;
      const entries = Object.entries(c.properties).filter(([k]) => !(dropClass && k === 'className'));
      c.properties = Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
      walk(c, pre || c.tagName === 'pre');
    }
  };
  walk(tree, false);
  return toHtml(tree).trim().replace(BLOCK, '$1');
}

/** The pipeline's body path; `rawHtml` lets raw HTML through, only to tell that difference apart. */
function pipelineHtml(markdown: string, rawHtml = false): string {
  const file = decodeSource(new TextEncoder().encode(markdown), 'example.md');
  if (file.messages.some((m) => m.fatal === true)) return `(refused: ${file.messages[0].ruleId})`;
  const tree = parseMarkdown(file);
  normalizeTransform(tree, file);
  const processor = rawHtml ? toHtmlRaw : toHtmlSafe;
  return processor.stringify(processor.runSync(tree, file), file);
}

const FRONT = '---\ntitle: T\ntype: Position Paper\ndate: 2024-05-05\nlang: en\npublisher:\n  name: { en: Institute, ar: المعهد }\n---\n';

/** The body the importer writes for an example, given as a source file (with front matter) or as converter output. */
function imported(markdown: string, withFrontMatter: boolean): { body: string; file: VFile } {
  const file = new VFile({ path: 'example.md' });
  const out = importConverted((withFrontMatter ? FRONT : '') + markdown, file).markdown;
  return { body: out.startsWith('---\n') ? out.slice(out.indexOf('\n---\n', 3) + 5) : out, file };
}

const remarkHtml = (markdown: string) => normalizeHtml(String(remarkAlone.processSync(markdown)));

function bySection(list: Example[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const e of list) (out[e.section] ??= []).push(e.number);
  return out;
}

describe('CommonMark spec examples', () => {
  const results = EXAMPLES.map((e) => {
    const expected = normalizeHtml(e.html);
    return { e, expected, remark: normalizeHtml(String(remarkAlone.processSync(e.markdown))) === expected, pipeline: normalizeHtml(pipelineHtml(e.markdown)) === expected };
  });
  const remarkPasses = results.filter((r) => r.remark);
  const differ = remarkPasses.filter((r) => !r.pipeline);
  // Why the pipeline differs where remark passes, by design:
  const rawHtml = differ.filter((r) => normalizeHtml(pipelineHtml(r.e.markdown, true)) === r.expected);
  const gfm = differ.filter((r) => !rawHtml.includes(r) && normalizeHtml(String(remarkGfmAlone.processSync(r.e.markdown))) === normalizeHtml(pipelineHtml(r.e.markdown, true)));
  const frontMatter = differ.filter((r) => !rawHtml.includes(r) && !gfm.includes(r) && r.e.markdown.startsWith('---\n'));
  const unexplained = differ.filter((r) => !rawHtml.includes(r) && !gfm.includes(r) && !frontMatter.includes(r));

  it('has all 652 examples', () => expect(EXAMPLES).toHaveLength(652));

  it('remark alone matches the spec on every example', () => {
    expect(results.filter((r) => !r.remark).map((r) => r.e.number)).toEqual([]);
  });

  it('the pipeline matches wherever remark does, except where it differs by design', () => {
    const report = {
      examples: EXAMPLES.length,
      remark: remarkPasses.length,
      pipeline: results.filter((r) => r.pipeline).length,
      differByDesign: {
        rawHtmlDropped: rawHtml.map((r) => r.e.number),
        gfmExtension: gfm.map((r) => r.e.number),
        leadingThematicBreakReadAsFrontMatter: frontMatter.map((r) => r.e.number),
      },
      unexplained: unexplained.map((r) => r.e.number),
    };
    mkdirSync(join(ROOT, 'test/artifacts'), { recursive: true });
    writeFileSync(join(ROOT, 'test/artifacts/commonmark.json'), JSON.stringify(report, null, 2) + '\n');
    expect(report.unexplained).toEqual([]);
    // Raw HTML is dropped (safety), never shown as code: the by-design classes stay what docs/hardening.md says.
    expect(rawHtml.length + gfm.length + frontMatter.length).toBe(differ.length);
    expect(gfm.length).toBeLessThanOrEqual(5);
    expect(frontMatter.map((r) => r.e.number)).toEqual([96, 98]);
  });

  it('import leaves the meaning of every example given as a source file (front matter on) the same', () => {
    const changed = EXAMPLES.filter((e) => remarkHtml(imported(e.markdown, true).body) !== remarkHtml(e.markdown));
    const raw = EXAMPLES.map((e) => ({ e, ...imported(e.markdown, false) })).filter((r) => remarkHtml(r.body) !== remarkHtml(r.e.markdown));
    // Without front matter the text is converter output: its masthead (the
    // first heading, a bold name, a date, a site or e-mail address before the
    // prose) moves to the front matter and its `#` headings become `##`
    // sections, by design. Nothing else may change.
    const byDesign = (r: (typeof raw)[number]) =>
      r.e.markdown.startsWith('---\n') || r.file.messages.some((m) => m.ruleId === 'import-masthead' || m.ruleId === 'import-heading-level');
    writeFileSync(
      join(ROOT, 'test/artifacts/commonmark-import.json'),
      JSON.stringify({ withFrontMatter: { changed: changed.length, bySection: bySection(changed) }, withoutFrontMatter: { changed: raw.length, bySection: bySection(raw.map((r) => r.e)) } }, null, 2) + '\n',
    );
    expect(changed.map((e) => e.number)).toEqual([]);
    expect(raw.filter((r) => !byDesign(r)).map((r) => r.e.number)).toEqual([]);
    // Measured 25 Nov: 46 of 652 (151 before the importer read blocks from the CommonMark parse); 49 since an
    // autolink alone (`<http://foo.bar.baz>`, `<MAILTO:FOO@BAR.BAZ>`) is a masthead's site or e-mail address.
    expect(raw.length).toBeLessThanOrEqual(49);
  });

  it('import leaves the meaning of two examples in a row the same, with or without a blank line between', () => {
    // Each example followed by the next: constructs meet that the spec shows
    // only apart (a definition after a paragraph, a list after a heading, …).
    const changed = ['\n', '\n\n'].flatMap((gap) =>
      EXAMPLES.map((e, i) => e.markdown + gap + EXAMPLES[(i + 1) % EXAMPLES.length].markdown)
        .filter((markdown) => remarkHtml(imported(markdown, true).body) !== remarkHtml(markdown))
        .map((markdown) => markdown.slice(0, 40)),
    );
    expect(changed).toEqual([]);
  });
});

/** GFM extensions the pipeline supports, from the GFM spec's examples (footnotes are not in that spec: see the hardening corpus). */
const GFM: { name: string; markdown: string; html: string }[] = [
  { name: 'table', markdown: '| foo | bar |\n| --- | --- |\n| baz | bim |\n', html: '<table><thead><tr><th>foo</th><th>bar</th></tr></thead><tbody><tr><td>baz</td><td>bim</td></tr></tbody></table>' },
  {
    name: 'table alignment',
    markdown: '| abc | defghi |\n:-: | -----------:\nbar | baz\n',
    html: '<table><thead><tr><th align="center">abc</th><th align="right">defghi</th></tr></thead><tbody><tr><td align="center">bar</td><td align="right">baz</td></tr></tbody></table>',
  },
  { name: 'table with escaped pipe', markdown: '| f\\|oo  |\n| ------ |\n| b `\\|` az |\n| b **\\|** im |\n', html: '<table><thead><tr><th>f|oo</th></tr></thead><tbody><tr><td>b <code>|</code> az</td></tr><tr><td>b <strong>|</strong> im</td></tr></tbody></table>' },
  { name: 'table broken by a block quote', markdown: '| abc | def |\n| --- | --- |\n| bar | baz |\n> bar\n', html: '<table><thead><tr><th>abc</th><th>def</th></tr></thead><tbody><tr><td>bar</td><td>baz</td></tr></tbody></table><blockquote><p>bar</p></blockquote>' },
  { name: 'not a table (header and delimiter differ)', markdown: '| abc | def |\n| --- |\n| bar |\n', html: '<p>| abc | def | | --- | | bar |</p>' },
  { name: 'strikethrough', markdown: '~~Hi~~ Hello, ~there~ world!\n', html: '<p><del>Hi</del> Hello, <del>there</del> world!</p>' },
  { name: 'strikethrough across paragraphs', markdown: 'This ~~has a\n\nnew paragraph~~.\n', html: '<p>This ~~has a</p><p>new paragraph~~.</p>' },
  { name: 'task list', markdown: '- [ ] foo\n- [x] bar\n', html: '<ul><li><input disabled="" type="checkbox"> foo</li><li><input checked="" disabled="" type="checkbox"> bar</li></ul>' },
  { name: 'autolink www', markdown: 'www.commonmark.org\n', html: '<p><a href="http://www.commonmark.org">www.commonmark.org</a></p>' },
  { name: 'autolink www with path', markdown: 'Visit www.commonmark.org/help for more information.\n', html: '<p>Visit <a href="http://www.commonmark.org/help">www.commonmark.org/help</a> for more information.</p>' },
  { name: 'autolink trailing punctuation', markdown: 'Visit www.commonmark.org.\n\nVisit www.commonmark.org/a.b.\n', html: '<p>Visit <a href="http://www.commonmark.org">www.commonmark.org</a>.</p><p>Visit <a href="http://www.commonmark.org/a.b">www.commonmark.org/a.b</a>.</p>' },
  { name: 'autolink parentheses', markdown: 'www.google.com/search?q=Markup+(business)\n', html: '<p><a href="http://www.google.com/search?q=Markup+(business)">www.google.com/search?q=Markup+(business)</a></p>' },
  { name: 'autolink http', markdown: 'http://commonmark.org\n\n(Visit https://encrypted.google.com/search?q=Markup+(business))\n', html: '<p><a href="http://commonmark.org">http://commonmark.org</a></p><p>(Visit <a href="https://encrypted.google.com/search?q=Markup+(business)">https://encrypted.google.com/search?q=Markup+(business)</a>)</p>' },
  { name: 'autolink email', markdown: 'foo@bar.baz\n', html: '<p><a href="mailto:foo@bar.baz">foo@bar.baz</a></p>' },
];

describe('GFM examples (tables, strikethrough, task lists, autolinks)', () => {
  it.each(GFM)('$name: the pipeline matches the GFM spec (class attributes ignored)', ({ markdown, html }) => {
    expect(normalizeHtml(pipelineHtml(markdown), true)).toBe(normalizeHtml(html, true));
  });
});
