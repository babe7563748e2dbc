/**
 * Test fixture builder for the HTML renderer: a Paper made from a Markdown
 * file by running remark here, with stand-in extract stages (a few fixed
 * names, one glossary term, links as citations) so the renderer is exercised
 * with empty and with full entities, citations and glossary.
 */
import { readFileSync } from 'node:fs';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import type { Root, Nodes, Parent } from 'mdast';
import { visit } from 'unist-util-visit';
import { fromHtml } from 'hast-util-from-html';
import type { Element } from 'hast';
import { frontMatterSchema } from '../pipeline/model/frontmatter.js';
import type { Citation, Entity, GlossaryEntry, Lang, Paper, Section } from '../pipeline/model/paper.js';
import { textSlots, spanOf, wrapRanges, type Wrap } from '../pipeline/extract/annotate.js';
import { safetyTransform } from '../pipeline/parse/safety.js';
import { processPath } from '../pipeline/process.js';
import { linkEditions } from '../pipeline/align/editions.js';
import { toPaperJson } from '../pipeline/render/json/index.js';
import type { PaperSet } from '../pipeline/render/context.js';

const NAMES: { id: string; type: Entity['type']; en: string; ar: string; forms: Record<Lang, string[]> }[] = [
  { id: 'muqtada-al-sadr', type: 'person', en: 'Muqtada al-Sadr', ar: 'مقتدى الصدر', forms: { en: ['Muqtada al-Sadr', 'Sadr'], ar: ['مقتدى الصدر', 'الصدر'] } },
  { id: 'nouri-al-maliki', type: 'person', en: 'Nouri al-Maliki', ar: 'نوري المالكي', forms: { en: ['Nouri al-Maliki', 'Maliki'], ar: ['نوري المالكي', 'المالكي'] } },
  { id: 'sadrist-movement', type: 'organization', en: 'Sadrist Movement', ar: 'التيار الصدري', forms: { en: ['Sadrist Movement'], ar: ['التيار الصدري'] } },
  { id: 'iraq', type: 'place', en: 'Iraq', ar: 'العراق', forms: { en: ['Iraq'], ar: ['العراق'] } },
  { id: 'date-2024-01-29', type: 'date', en: 'January 29, 2024', ar: '29 يناير 2024', forms: { en: ['January 29, 2024'], ar: ['29 يناير 2024'] } },
];
const TERM = {
  id: 'marjaya',
  term: { en: 'marjaya', ar: 'المرجعية' },
  transliteration: 'marjaʿiyya',
  definition: { en: 'The religious authority of a senior Shiite jurist whom believers follow.', ar: 'السلطة الدينية لمجتهد شيعي كبير يقلّده المؤمنون.' },
  variants: { en: [], ar: [] },
};

export interface Built {
  paper: Paper;
  file: VFile;
}

export function paperFromMarkdown(markdown: string, options: { path?: string; slug?: string; annotate?: boolean } = {}): Built {
  const file = new VFile({ path: options.path ?? 'source/test/en.md', value: markdown });
  const tree = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter).parse(file) as Root;
  unified().use(remarkGfm).runSync(tree, file);
  const yaml = tree.children.find((n) => n.type === 'yaml');
  const front = frontMatterSchema.parse(parseYaml(yaml && 'value' in yaml ? yaml.value : ''));
  tree.children = tree.children.filter((n) => n.type !== 'yaml');
  const slug = options.slug ?? 'test';
  const outline = sections(tree);
  safetyTransform(tree, file);
  const paper: Paper = {
    schemaVersion: 1,
    meta: { ...front, slug, dir: front.lang === 'ar' ? 'rtl' : 'ltr', source: file.path },
    outline,
    body: tree,
    entities: [],
    citations: [],
    glossary: [],
    diagnostics: [],
  };
  if (options.annotate) annotate(paper, file);
  return { paper, file };
}

export function paperFromFile(path: string, options: { slug?: string; annotate?: boolean } = {}): Built {
  return paperFromMarkdown(readFileSync(path, 'utf8'), { ...options, path });
}

/** Section ids from heading text (Unicode letters kept), block ids by position. */
function sections(tree: Root): Section[] {
  const slugger = new GithubSlugger();
  const roots: Section[] = [];
  const stack: Section[] = [];
  let section: string | undefined;
  let block = 0;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      const s: Section = { id: slugger.slug(toString(node)), depth: node.depth, title: toString(node), line: node.position!.start.line, children: [] };
      while (stack.length && stack[stack.length - 1].depth >= s.depth) stack.pop();
      (stack.length ? stack[stack.length - 1].children : roots).push(s);
      stack.push(s);
      section = s.id;
      node.data = { ...node.data, id: s.id, section: s.id };
    } else {
      node.data = { ...node.data, id: `b${++block}`, ...(section ? { section } : {}) };
    }
  }
  return roots;
}

function annotate(paper: Paper, file: VFile): void {
  const lang = paper.meta.lang;
  const wraps: Wrap[] = [];
  const entities = new Map<string, Entity>();
  let anchor = 0;
  let firstTerm = true;
  const glossary: GlossaryEntry = { ...TERM, source: 'termbase', count: 0, first: null, occurrences: [] };
  for (const slot of textSlots(paper.body)) {
    const taken: [number, number][] = [];
    const value = slot.node.value;
    // Whole words only, and no range twice.
    const claim = (start: number, end: number) =>
      !/\p{L}/u.test(value[start - 1] ?? '') && !/\p{L}/u.test(value[end] ?? '') && !taken.some(([s, e]) => start < e && end > s) && taken.push([start, end]);
    for (const n of NAMES) {
      for (const form of n.forms[lang]) {
        for (let at = slot.node.value.indexOf(form); at >= 0; at = slot.node.value.indexOf(form, at + 1)) {
          if (!claim(at, at + form.length)) continue;
          const id = `m-${n.id}-${++anchor}`;
          const entity = entities.get(n.id) ?? { id: n.id, type: n.type, name: n[lang], names: { en: n.en, ar: n.ar }, source: 'gazetteer', mentions: [], ...(n.type === 'date' ? { value: '2024-01-29' } : {}) };
          entities.set(n.id, entity);
          const span = spanOf(file, slot, at, at + form.length, id);
          if (span) entity.mentions.push(span);
          wraps.push({ slot, start: at, end: at + form.length, make: (children) => ({ type: 'mention', entity: n.id, id, children }) });
        }
      }
    }
    const form = TERM.term[lang];
    for (let at = slot.node.value.indexOf(form); at >= 0; at = slot.node.value.indexOf(form, at + 1)) {
      if (!claim(at, at + form.length)) continue;
      const id = `t-${TERM.id}-${++anchor}`;
      const first = firstTerm;
      firstTerm = false;
      const span = spanOf(file, slot, at, at + form.length, id);
      if (span) {
        glossary.occurrences.push(span);
        glossary.first ??= span;
      }
      wraps.push({ slot, start: at, end: at + form.length, make: (children) => ({ type: 'term', term: TERM.id, id, first, children }) });
    }
  }
  wrapRanges(wraps);
  glossary.count = glossary.occurrences.length;
  paper.entities = [...entities.values()];
  paper.glossary = glossary.count ? [glossary] : [];
  paper.citations = citations(paper.body);
}

function citations(tree: Root): Citation[] {
  const out: Citation[] = [];
  visit(tree, (node: Nodes, _i, parent: Parent | undefined) => {
    if (node.type !== 'link' && node.type !== 'footnoteReference') return;
    const id = `c${out.length + 1}`;
    node.data = { ...node.data, citation: id };
    const href = node.type === 'link' ? node.url : null;
    out.push({
      id,
      kind: node.type === 'footnoteReference' ? 'footnote' : href === toString(node) ? 'url' : 'link',
      number: out.length + 1,
      text: node.type === 'link' ? toString(node) : node.identifier,
      href: href && href !== '#' ? href : null,
      placeholder: href === '#' || href === '',
      malformed: false,
      sentence: parent ? toString(parent) : '',
      section: node.data?.section ?? null,
      block: null,
      line: node.position!.start.line,
      column: node.position!.start.column,
    });
  });
  return out;
}

export const SAMPLE = 'rifts-within-iraqi-shiite-parties';

/** The sample paper in both languages through the real pipeline, aligned like the build does. */
export function sampleEditions(): { papers: Record<Lang, Paper>; set: PaperSet } {
  const editions = (['en', 'ar'] as Lang[]).map((lang) => {
    const path = `source/${SAMPLE}/${lang}.md`;
    const { paper, file } = processPath(path, { slug: SAMPLE, lang, source: path });
    return { paper: paper!, file };
  });
  const [en, ar] = linkEditions(editions).map((e) => e.paper);
  return { papers: { en, ar }, set: { slug: SAMPLE, editions: { en: toPaperJson(en), ar: toPaperJson(ar) } } };
}

/**
 * What is wrong with a page's anchors: ids used twice, and in-page links
 * (`href="#…"`) with no element of that id (unless `links` is false).
 */
export function anchorProblems(html: string, links = true): string[] {
  const ids: string[] = [];
  const targets: string[] = [];
  visit(fromHtml(html), 'element', (el: Element) => {
    if (typeof el.properties.id === 'string') ids.push(el.properties.id);
    if (el.tagName === 'a' && typeof el.properties.href === 'string' && el.properties.href.startsWith('#')) targets.push(decoded(el.properties.href.slice(1)));
  });
  const seen = new Set<string>();
  const problems = ids.filter((id) => seen.has(id) || !seen.add(id)).map((id) => `duplicate id ${id}`);
  if (links) for (const target of targets) if (!seen.has(target)) problems.push(`link to missing #${target}`);
  return problems;
}

function decoded(fragment: string): string {
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
