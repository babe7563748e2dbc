/**
 * Citations: inline links, footnotes, bare URLs and bibliography entries,
 * numbered in order of first appearance, each with the sentence it supports.
 * Links lost in conversion (`#`, empty) and unusable URLs are reported where
 * they are, as warnings (`--strict` makes them errors). Each citation carries
 * what its exports need (whether its URL is usable, the date a note gives), so
 * no renderer reads a citation's text again.
 */
import type { FootnoteDefinition, FootnoteReference, Heading, Link, LinkReference, ListItem, Nodes, Parent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { toString } from 'mdast-util-to-string';
import type { Citation } from '../../model/paper.js';
import { report } from '../../model/diagnostics.js';
import { Rules } from '../../model/rules.js';
import { extractPlugin, type ExtractOptions } from '../options.js';
import { blockOffsetOfSource, blockTexts, sentenceAt, type BlockText } from '../block-text.js';
import { classifyTarget, firstUrl } from './url.js';
import { findDates } from '../entities/dates.js';
import '../../model/vfile-data.js';

/** Headings of a list of sources, in either language. */
const BIBLIOGRAPHY_HEADING = /^(?:references|sources|bibliography|works cited|further reading|endnotes|notes|المراجع|المصادر|قائمة المراجع|المراجع والمصادر|المصادر والمراجع|الهوامش)$/iu;

/** What the citation walk reads and fills for one paper. */
interface Scan {
  file: VFile;
  options: ExtractOptions;
  source: string;
  blocks: BlockText[];
  /** The block of every text node of the body, and where in the block's text it starts. */
  blockOfText: Map<Text, { block: BlockText; from: number }>;
  /** Link reference definitions by lower-cased identifier: their URL. */
  definitions: Map<string, string>;
  footnotes: Map<string, FootnoteDefinition>;
  bibliography: Set<ListItem>;
  citations: Citation[];
  /** The citation of each footnote referenced so far, by identifier. */
  byFootnote: Map<string, Citation>;
}

export function citationsTransform(tree: Root, file: VFile, options: ExtractOptions): void {
  const blocks = blockTexts(tree, file, options.lang);
  const scan: Scan = {
    file,
    options,
    source: String(file.value),
    blocks,
    blockOfText: new Map(blocks.flatMap((block) => block.pieces.map((p) => [p.slot.node, { block, from: p.from }] as const))),
    definitions: new Map(),
    footnotes: new Map(),
    bibliography: bibliographyItems(tree),
    citations: [],
    byFootnote: new Map(),
  };
  collectDefinitions(tree, scan.definitions, scan.footnotes);
  const walk = (node: Nodes): void => {
    if (node.type === 'listItem' && scan.bibliography.has(node)) return citeEntry(scan, node);
    if (node.type === 'footnoteDefinition') return; // cited through its references
    if (node.type === 'footnoteReference') return citeFootnote(scan, node);
    if (node.type === 'link' || node.type === 'linkReference') return citeLink(scan, node);
    if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes);
  };
  walk(tree);
  checkFootnotes(tree, file, scan.footnotes, scan.byFootnote);
  file.data.citations = scan.citations;
}

/** The next citation, numbered in order of appearance. */
function add(scan: Scan, c: Omit<Citation, 'id' | 'number' | 'issued'>): Citation {
  const citation: Citation = { id: `c-${scan.citations.length + 1}`, number: scan.citations.length + 1, ...c };
  const issued = c.kind === 'footnote' || c.kind === 'bibliography' ? issuedIn(scan, c.text) : undefined;
  if (issued) citation.issued = issued;
  scan.citations.push(citation);
  return citation;
}

/** A note or entry usually carries its source's publication date ("Reuters, 12 March 2023"): its first date, when a single one. */
function issuedIn(scan: Scan, text: string): string | undefined {
  const value = findDates(text, scan.options.lang, scan.options.date)[0]?.value;
  return typeof value === 'string' ? value : undefined;
}

/** Where a node starts, as a citation records it. */
const startOf = (node: Nodes): Pick<Citation, 'line' | 'column'> => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

/** Block, section and sentence around a node of the body. */
function contextOf(scan: Scan, node: Nodes): Pick<Citation, 'sentence' | 'section' | 'block'> {
  const text = firstText(node);
  const hit = text ? scan.blockOfText.get(text) : undefined;
  if (hit) return { sentence: sentenceAt(hit.block, hit.from), section: hit.block.section, block: hit.block.block };
  const offset = node.position?.start.offset;
  for (const b of scan.blocks) {
    const at = offset === undefined ? null : blockOffsetOfSource(b, offset);
    if (at !== null && offset !== undefined && endOf(b) >= offset) {
      // A reference right after a full stop supports the sentence before it.
      return { sentence: sentenceAt(b, Math.max(0, at - 1)), section: b.section, block: b.block };
    }
  }
  return { sentence: '', section: null, block: null };
}

/** What a citation records of its target. */
type Target = Pick<Citation, 'href' | 'placeholder' | 'malformed'>;
const NO_TARGET: Target = { href: null, placeholder: false, malformed: false };

/** A citation's target, with what is wrong with it reported; internal links (`#section`) cite nothing (null). */
function checkTarget(file: VFile, href: string, node: Nodes, kind: string): Target | null {
  const target = classifyTarget(href);
  if (target === 'internal') return null;
  if (target === 'placeholder') report(file, Rules.citationPlaceholder, `Citation ${kind} has no target (\`${href || '(empty)'}\`): the source was lost in conversion`, node);
  if (target === 'malformed') report(file, Rules.citationMalformedUrl, `Citation URL is malformed: \`${href}\``, node);
  return { href: target === 'placeholder' ? null : href, placeholder: target === 'placeholder', malformed: target === 'malformed' };
}

/** The target of a note or entry: its first link's, else the first URL in its text. */
function targetIn(scan: Scan, holder: Nodes, text: string, at: Nodes, kind: string): { link: Link | null; target: Target } {
  const link = findLink(holder);
  const href = link ? link.url : firstUrl(text);
  return { link, target: (href === null ? null : checkTarget(scan.file, href, link ?? at, kind)) ?? NO_TARGET };
}

/** An entry of a References list: its own sentence. */
function citeEntry(scan: Scan, node: ListItem): void {
  const text = toString(node).trim();
  const { link, target } = targetIn(scan, node, text, node, 'entry');
  const c = add(scan, { kind: 'bibliography', text, ...target, sentence: text, section: node.data?.section ?? null, block: node.data?.id ?? null, ...startOf(node) });
  node.data = { ...node.data, citation: c.id };
  if (link) link.data = { ...link.data, citation: c.id };
}

/** A footnote reference: the note is cited once, at its first reference. */
function citeFootnote(scan: Scan, node: FootnoteReference): void {
  const existing = scan.byFootnote.get(node.identifier);
  if (existing) {
    node.data = { ...node.data, citation: existing.id };
    return;
  }
  const def = scan.footnotes.get(node.identifier);
  const text = def ? toString(def).trim() : '';
  const { link, target } = def ? targetIn(scan, def, text, node, 'footnote') : { link: null, target: NO_TARGET };
  const c = add(scan, { kind: 'footnote', text, ...target, ...contextOf(scan, node), ...startOf(node) });
  scan.byFootnote.set(node.identifier, c);
  node.data = { ...node.data, citation: c.id };
  if (link) link.data = { ...link.data, citation: c.id };
}

/** A link in the running text, written or bare. */
function citeLink(scan: Scan, node: Link | LinkReference): void {
  const href = node.type === 'link' ? node.url : scan.definitions.get(node.identifier.toLowerCase()) ?? '';
  const bare = node.type === 'link' && isBareUrl(node, scan.source);
  const target = checkTarget(scan.file, href, node, bare ? 'URL' : 'link');
  if (!target) return;
  const c = add(scan, { kind: bare ? 'url' : 'link', text: toString(node).trim(), ...target, ...contextOf(scan, node), ...startOf(node) });
  node.data = { ...node.data, citation: c.id };
}

/**
 * GFM keeps an undefined `[^x]` as literal text and drops an unused definition
 * from every edition without a word: both are almost always an editing slip.
 */
function checkFootnotes(tree: Root, file: VFile, footnotes: Map<string, FootnoteDefinition>, cited: Map<string, Citation>): void {
  for (const [id, def] of footnotes) {
    if (!cited.has(id)) report(file, Rules.footnoteUnused, `Footnote \`[^${def.label ?? id}]\` is defined but never referenced: it will not appear in the editions; reference it or remove it`, def);
  }
  const source = String(file.value);
  const visitText = (node: Nodes): void => {
    if (node.type === 'text') {
      for (const m of node.value.matchAll(/\[\^([^\]\s]+)\]/gu)) {
        const start = node.position?.start.offset;
        const verbatim = start !== undefined && source.slice(start, node.position!.end.offset) === node.value;
        const place = verbatim ? location(file).toPoint(start + m.index) : node.position?.start;
        report(file, Rules.footnoteUndefined, `Footnote reference \`[^${m[1]}]\` has no definition: it is printed as literal text; add \`[^${m[1]}]: …\` or remove it`, place);
      }
    } else if (node.type !== 'code' && node.type !== 'inlineCode' && 'children' in node) {
      for (const child of (node as Parent).children) visitText(child as Nodes);
    }
  };
  visitText(tree);
}

/** Unified plugin running `citationsTransform` (options: `extractPlugin`). */
export const remarkCitations = extractPlugin('remarkCitations', citationsTransform);

/** GFM autolink literals and `<…>` autolinks: the source does not start with `[`. */
function isBareUrl(node: Link, source: string): boolean {
  const at = node.position?.start.offset;
  return at !== undefined && source[at] !== '[';
}

function collectDefinitions(node: Nodes, definitions: Map<string, string>, footnotes: Map<string, FootnoteDefinition>): void {
  if (node.type === 'definition') definitions.set(node.identifier.toLowerCase(), node.url);
  if (node.type === 'footnoteDefinition') footnotes.set(node.identifier, node);
  if ('children' in node) for (const child of (node as Parent).children) collectDefinitions(child as Nodes, definitions, footnotes);
}

/** List items that follow a References/Sources/المراجع heading, up to the next heading of the same or a higher level. */
function bibliographyItems(tree: Root): Set<ListItem> {
  const items = new Set<ListItem>();
  let depth: number | null = null;
  for (const node of tree.children) {
    if (node.type === 'heading') {
      if (depth !== null && node.depth <= depth) depth = null;
      if (BIBLIOGRAPHY_HEADING.test(toString(node as Heading).trim().replace(/[:：]$/, ''))) depth = node.depth;
      continue;
    }
    if (depth !== null && node.type === 'list') for (const item of node.children) items.add(item);
  }
  return items;
}

/** The first node of a type in a subtree, in document order. */
function first<T extends Nodes['type']>(node: Nodes, type: T): Extract<Nodes, { type: T }> | null {
  if (node.type === type) return node as Extract<Nodes, { type: T }>;
  if ('children' in node) {
    for (const child of (node as Parent).children) {
      const found = first(child as Nodes, type);
      if (found) return found;
    }
  }
  return null;
}

const findLink = (node: Nodes): Link | null => first(node, 'link');
const firstText = (node: Nodes): Text | null => first(node, 'text');

function endOf(b: BlockText): number {
  const last = b.pieces[b.pieces.length - 1];
  return last?.slot.node.position?.end.offset ?? -1;
}
