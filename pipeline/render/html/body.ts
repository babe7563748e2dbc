/**
 * The paper's body: mdast → hast with handlers for the model's annotation
 * nodes (`mention`, `term`), citation markers on cited links, anchors from
 * `data.id` on blocks, then the unsafe-URL pass and rehype-sanitize.
 *
 * The Paper's tree is shared with the other renderers, so nothing here
 * mutates it: handlers build new hast nodes.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { FootnoteReference, Heading, Image, Link, LinkReference, Nodes, Paragraph, Root } from 'mdast';
import { unified } from 'unified';
import remarkRehype, { defaultHandlers, type Options as RehypeOptions } from 'remark-rehype';
import rehypeSanitize from 'rehype-sanitize';
import { h } from 'hastscript';
import type { Citation, GlossaryEntry, Paper, PaperJson } from '../../model/paper.js';
import type { Mention, Term } from '../../model/mdast.js';
import type { HtmlContext } from './context.js';
import { formatNumber } from '../format.js';
import { phrase, rememberingT } from '../../i18n/index.js';
import { strippedBody } from '../json/index.js';
import { sanitizeSchema } from './safety.js';
import { dirOf, otherLang } from './lang.js';
import { numberOf, sectionNumbers, type SectionNumbers } from './toc.js';

type Handlers = NonNullable<RehypeOptions['handlers']>;
type Handler = NonNullable<Handlers[keyof Handlers]>;
type State = Parameters<Handler>[0];

/** Anchor of a source in the list of sources. */
export const sourceId = (c: Citation): string => `source-${c.number}`;
/** Anchor of a glossary entry. */
export const glossaryEntryId = (g: GlossaryEntry): string => `glossary-${g.id}`;

export interface RenderedBody {
  tree: HastRoot;
  /** Citation id → ids of the in-text markers pointing at it (for back-links). */
  refs: Map<string, string[]>;
  /** The sections' numbers, which the headings show. */
  numbers: SectionNumbers;
}

/**
 * The bodies of the last HTML editions, for the bilingual page: a build makes
 * it right after both editions of the paper, from their JSON models, whose
 * bodies are these bodies without positions. Taking them over saves
 * converting and sanitizing each body a second time. Only the last few are
 * kept; the edition's page has isolated their scripts, which the bilingual
 * page does too (a second pass finds nothing left to wrap).
 */
const recent: { root: Root; t: HtmlContext['t']; tree: HastRoot }[] = [];
const RECENT = 4;

/**
 * The tree of the last edition body rendered with `t` (or the same translator
 * remembering) whose JSON body is `json`, removed from the kept ones (its user
 * changes it).
 */
export function takeRenderedBody(json: PaperJson['body'], t: HtmlContext['t']): HastRoot | undefined {
  const remembering = rememberingT(t);
  const i = recent.findIndex((r) => r.t === remembering && strippedBody(r.root) === json);
  return i < 0 ? undefined : recent.splice(i, 1)[0].tree;
}

export function renderBody(paper: Paper, ctx: HtmlContext): RenderedBody {
  const refs = new Map<string, string[]>();
  const shift = headingShift(paper.body);
  const numbers = sectionNumbers(paper.outline, (n) => formatNumber(n, ctx.lang, ctx.t));
  const handlers: Record<string, Handler> = { ...citationHandlers(paper, ctx, refs), ...annotationHandlers(paper, ctx), ...blockHandlers(shift, numbers, ctx), image: imageHandler(paper) };

  const backToText = ctx.t('paper.backToText');
  const backArrow = ctx.t('paper.backArrow');
  const options: RehypeOptions = {
    handlers,
    clobberPrefix: '',
    footnoteLabel: ctx.t('paper.notes'),
    footnoteLabelProperties: {},
    footnoteBackLabel: () => backToText,
    footnoteBackContent: () => [{ type: 'text', value: backArrow }],
  };
  const processor = unified()
    .use(remarkRehype, options)
    .use(rehypeSanitize, sanitizeSchema);
  const tree = processor.runSync(paper.body) as unknown as HastRoot;
  recent.push({ root: paper.body, t: rememberingT(ctx.t), tree });
  if (recent.length > RECENT) recent.shift();
  return { tree, refs, numbers };
}

/**
 * Links and footnote references with the citation markers of their
 * citations; `refs` collects, per citation, the ids of the markers pointing
 * at it (for the sources' back-links).
 */
function citationHandlers(paper: Paper, ctx: HtmlContext, refs: Map<string, string[]>): Record<string, Handler> {
  const citations = new Map(paper.citations.map((c) => [c.id, c]));
  const sourceN = phrase(ctx.t, 'paper.sourceN', ['n']);

  const marker = (c: Citation): Element => {
    const list = refs.get(c.id) ?? [];
    const id = `ref-${c.number}${list.length ? `-${list.length + 1}` : ''}`;
    list.push(id);
    refs.set(c.id, list);
    const n = formatNumber(c.number, ctx.lang, ctx.t);
    return h('sup.cite', h('a', { href: `#${sourceId(c)}`, id, ariaLabel: sourceN({ n }) }, n));
  };

  /**
   * The citation a link makes in the running text. Links inside a footnote or
   * a bibliography entry carry that note's citation: the note is the place
   * that cites, so they get no marker of their own.
   */
  const citedBy = (node: Link | LinkReference): Citation | undefined => {
    const citation = node.data?.citation ? citations.get(node.data.citation) : undefined;
    return citation && (citation.kind === 'link' || citation.kind === 'url') ? citation : undefined;
  };

  const link: Handler = (state: State, node: Link) => {
    const citation = citedBy(node);
    const children = state.all(node);
    // A placeholder target ("#") leads nowhere: show the words, and the marker leads to the source entry saying so.
    const text: ElementContent[] = citation?.placeholder || node.url === '#' || node.url === ''
      ? [{ type: 'element', tagName: 'span', properties: { className: ['cited'] }, children }]
      : [withId(node, { type: 'element', tagName: 'a', properties: { href: node.url, ...(node.title ? { title: node.title } : {}) }, children })];
    return citation ? [...text, marker(citation)] : text;
  };

  // Reference-style links: the default handler resolves the definition; a cited one gets its marker too.
  const linkReference: Handler = (state: State, node: LinkReference) => {
    const result = defaultHandlers.linkReference(state, node);
    const citation = citedBy(node);
    return citation ? [...(Array.isArray(result) ? result : [result]), marker(citation)] : result;
  };

  const footnoteReference: Handler = (state: State, node: FootnoteReference) => {
    const result = defaultHandlers.footnoteReference(state, node);
    const citation = node.data?.citation ? citations.get(node.data.citation) : undefined;
    const anchor = result.children.find((c): c is Element => c.type === 'element' && c.tagName === 'a');
    if (citation && anchor && typeof anchor.properties.id === 'string') {
      refs.set(citation.id, [...(refs.get(citation.id) ?? []), anchor.properties.id]);
    }
    return result;
  };

  return { link, linkReference, footnoteReference };
}

/** The model's annotation nodes: entity mentions and glossary terms. */
function annotationHandlers(paper: Paper, ctx: HtmlContext): Record<string, Handler> {
  const glossary = new Map(paper.glossary.map((g) => [g.id, g]));
  const entities = new Map(paper.entities.map((e) => [e.id, e]));

  const mention: Handler = (state: State, node: Mention) => {
    const entity = entities.get(node.entity);
    const value = typeof entity?.value === 'string' && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(entity.value) ? entity.value : undefined;
    return {
      type: 'element',
      tagName: value ? 'time' : 'span',
      // The id only: which entity and of what type is in the JSON edition, and saying it on every mention made a long paper's page a fifth heavier.
      properties: { id: node.id, className: ['mention'], ...(value ? { dateTime: value } : {}) },
      children: state.all(node),
    };
  };

  const term: Handler = (state: State, node: Term) => {
    const entry = glossary.get(node.term);
    const children = state.all(node);
    if (!node.first || !entry) return { type: 'element', tagName: 'span', properties: { id: node.id, className: ['term'], dataTerm: node.term }, children };
    return definingInstance(node, entry, children, ctx);
  };

  return { mention, term };
}

/**
 * The first use of a glossary term: a focusable `<dfn>` whose equivalent in
 * the other language and definition show on hover and on keyboard focus
 * (CSS :hover / :focus-within on the wrapper) and are announced through
 * aria-describedby.
 */
function definingInstance(node: Term, entry: GlossaryEntry, children: ElementContent[], ctx: HtmlContext): Element {
  const other = otherLang(ctx.lang);
  const tipId = `${node.id}-tip`;
  // Candidate terms may lack the equivalent or the definition: the tooltip shows what there is.
  const equivalent = entry.term[other].trim();
  const definition = entry.definition[ctx.lang].trim();
  const parts: Element[] = [
    ...(equivalent ? [h('span.tip-term', { lang: other, dir: dirOf(other) }, equivalent)] : []),
    ...(definition ? [h('span.tip-definition', definition)] : []),
  ];
  const dfn: Element = { type: 'element', tagName: 'dfn', properties: { id: node.id }, children };
  if (!parts.length) return dfn;
  // No `title`: the browser would show its own tooltip beside this one.
  dfn.properties = { ...dfn.properties, tabIndex: 0, ariaDescribedBy: [tipId] };
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: ['term', 'term-first'], dataTerm: node.term },
    children: [
      dfn,
      {
        type: 'element',
        tagName: 'span',
        properties: { id: tipId, role: 'tooltip', className: ['tip'] },
        children: parts.flatMap((p, i): ElementContent[] => (i ? [{ type: 'text', value: ' — ' }, p] : [p])),
      },
    ],
  };
}

/**
 * Blocks with their model ids; headings shifted under the masthead's <h1>
 * and numbered as the contents number them; tables in a scrolling box.
 */
function blockHandlers(shift: number, numbers: SectionNumbers, ctx: HtmlContext): Record<string, Handler> {
  const tableN = phrase(ctx.t, 'paper.tableN', ['n']);
  let tables = 0;
  const tableLabel = () => tableN({ n: formatNumber(++tables, ctx.lang, ctx.t) });
  const heading: Handler = (state: State, node: Heading) => {
    const shifted: Heading = { ...node, depth: Math.min(6, node.depth + shift) as Heading['depth'] };
    const el = withId(node, defaultHandlers.heading(state, shifted));
    const id = node.data?.id;
    if (id) el.children = [...numberOf(numbers, id), ...el.children];
    return el;
  };
  const handlers: Record<string, Handler> = { heading };
  for (const type of ['paragraph', 'blockquote', 'list', 'listItem', 'table', 'code'] as const) {
    const base = defaultHandlers[type] as Handler;
    handlers[type] = (state: State, node: Nodes, parent) => {
      const result = base(state, node, parent);
      return result && !Array.isArray(result) && result.type === 'element' ? withId(node, result) : result;
    };
  }
  const paragraph = handlers.paragraph;
  handlers.paragraph = (state: State, node: Paragraph, parent) => (node.data?.alone ? figure(state, node) : paragraph(state, node, parent));
  const table = handlers.table;
  handlers.table = (state: State, node: Nodes, parent) => {
    const result = table(state, node, parent);
    if (!result || Array.isArray(result) || result.type !== 'element') return result;
    // A table wider than a phone scrolls in its own box, not the page. The box is a named region a keyboard can
    // focus (and so scroll); it carries the block's id, which the bilingual page pairs blocks by.
    const { id, ...props } = result.properties;
    return h('div.table-scroll', { id, role: 'region', tabIndex: 0, ariaLabel: tableLabel() }, { ...result, properties: props });
  };
  return handlers;
}

/**
 * An image at its intrinsic size (the page keeps its room before it loads),
 * loaded as the reader reaches it.
 */
function imageHandler(paper: Paper): Handler {
  const figures = new Map((paper.figures ?? []).map((f) => [f.src, f]));
  return (_state: State, node: Image): Element => {
    const size = node.data?.figure ? figures.get(node.data.figure) : undefined;
    return h('img', { src: node.url, alt: node.alt ?? '', title: node.title ?? undefined, width: size?.width, height: size?.height, loading: 'lazy', decoding: 'async' });
  };
}

/**
 * A paragraph that is only an image: a figure, captioned by the image's title
 * or else its description (pandoc's implicit figures). A caption that repeats
 * the description is hidden from screen readers, which read the description.
 */
function figure(state: State, node: Paragraph): Element {
  const image = node.children.find((c): c is Image => c.type === 'image')!;
  const caption = image.title?.trim() || image.alt?.trim() || '';
  const repeats = caption === image.alt?.trim();
  return withId(node, h('figure', [...state.all(node).filter((c) => c.type === 'element'), ...(caption ? [h('figcaption', { ariaHidden: repeats ? 'true' : undefined }, caption)] : [])]));
}

/** Copy a block's model id onto its element (headings: the section id the contents link to). */
function withId(node: Nodes, el: Element): Element {
  const id = node.data?.id;
  if (id) el.properties = { ...el.properties, id };
  return el;
}

/** The masthead holds the page's only h1: body headings are shifted so the shallowest becomes h2. */
function headingShift(tree: Root): number {
  let min = 6;
  for (const node of tree.children) if (node.type === 'heading') min = Math.min(min, node.depth);
  return Math.max(0, 2 - min);
}
