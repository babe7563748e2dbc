/**
 * Citations: inline links, footnotes, bare URLs and bibliography entries,
 * numbered in order of first appearance, each with the sentence it supports.
 * Links lost in conversion (`#`, empty) and unusable URLs are reported where
 * they are, as warnings (`--strict` makes them errors).
 */
import type { FootnoteDefinition, Heading, Link, ListItem, Nodes, Parent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { toString } from 'mdast-util-to-string';
import type { Citation } from '../../model/paper.js';
import { report } from '../../model/diagnostics.js';
import { Rules } from '../../model/rules.js';
import { extractPlugin, type ExtractOptions } from '../options.js';
import { blockOffsetOfSource, blockTexts, sentenceAt, type BlockText } from '../block-text.js';
import { classifyTarget, firstUrl } from './url.js';
import '../../model/vfile-data.js';

/** Headings of a list of sources, in either language. */
const BIBLIOGRAPHY_HEADING = /^(?:references|sources|bibliography|works cited|further reading|endnotes|notes|المراجع|المصادر|قائمة المراجع|المراجع والمصادر|المصادر والمراجع|الهوامش)$/iu;

export function citationsTransform(tree: Root, file: VFile, options: ExtractOptions): void {
  const source = String(file.value);
  const blocks = blockTexts(tree, file, options.lang);
  const blockOfText = new Map<Text, { block: BlockText; from: number }>();
  for (const b of blocks) for (const p of b.pieces) blockOfText.set(p.slot.node, { block: b, from: p.from });

  const definitions = new Map<string, string>();
  const footnotes = new Map<string, FootnoteDefinition>();
  collectDefinitions(tree, definitions, footnotes);
  const bibliography = bibliographyItems(tree);

  const citations: Citation[] = [];
  const byFootnote = new Map<string, Citation>();
  const add = (c: Omit<Citation, 'id' | 'number'>): Citation => {
    const citation: Citation = { id: `c-${citations.length + 1}`, number: citations.length + 1, ...c };
    citations.push(citation);
    return citation;
  };

  /** Block, section and sentence around a node of the body. */
  const context = (node: Nodes): Pick<Citation, 'sentence' | 'section' | 'block'> => {
    const text = firstText(node);
    const hit = text ? blockOfText.get(text) : undefined;
    if (hit) return { sentence: sentenceAt(hit.block, hit.from), section: hit.block.section, block: hit.block.block };
    const offset = node.position?.start.offset;
    for (const b of blocks) {
      const at = offset === undefined ? null : blockOffsetOfSource(b, offset);
      if (at !== null && offset !== undefined && endOf(b) >= offset) {
        // A reference right after a full stop supports the sentence before it.
        return { sentence: sentenceAt(b, Math.max(0, at - 1)), section: b.section, block: b.block };
      }
    }
    return { sentence: '', section: null, block: null };
  };

  const checkTarget = (href: string, node: Nodes, kind: string): { href: string | null; placeholder: boolean; cite: boolean } => {
    const target = classifyTarget(href);
    if (target === 'internal') return { href: null, placeholder: false, cite: false };
    if (target === 'placeholder') report(file, Rules.citationPlaceholder, `Citation ${kind} has no target (\`${href || '(empty)'}\`): the source was lost in conversion`, node);
    if (target === 'malformed') report(file, Rules.citationMalformedUrl, `Citation URL is malformed: \`${href}\``, node);
    return { href: target === 'placeholder' ? null : href, placeholder: target === 'placeholder', cite: true };
  };

  const walk = (node: Nodes): void => {
    if (node.type === 'listItem' && bibliography.has(node)) {
      const link = findLink(node);
      const text = toString(node).trim();
      const href = link ? link.url : firstUrl(text);
      const checked = href === null ? { href: null, placeholder: false } : checkTarget(href, link ?? node, 'entry');
      const pos = node.position?.start;
      const c = add({
        kind: 'bibliography', text, href: checked.href, placeholder: checked.placeholder, sentence: text,
        section: node.data?.section ?? null, block: node.data?.id ?? null, line: pos?.line ?? 1, column: pos?.column ?? 1,
      });
      node.data = { ...node.data, citation: c.id };
      if (link) link.data = { ...link.data, citation: c.id };
      return;
    }
    if (node.type === 'footnoteDefinition') return; // cited through its references
    if (node.type === 'footnoteReference') {
      const existing = byFootnote.get(node.identifier);
      if (existing) {
        node.data = { ...node.data, citation: existing.id };
        return;
      }
      const def = footnotes.get(node.identifier);
      const text = def ? toString(def).trim() : '';
      const link = def ? findLink(def) : null;
      const href = link ? link.url : firstUrl(text);
      const checked = href === null ? { href: null, placeholder: false } : checkTarget(href, link ?? node, 'footnote');
      const pos = node.position?.start;
      const c = add({ kind: 'footnote', text, href: checked.href, placeholder: checked.placeholder, ...context(node), line: pos?.line ?? 1, column: pos?.column ?? 1 });
      byFootnote.set(node.identifier, c);
      node.data = { ...node.data, citation: c.id };
      if (link) link.data = { ...link.data, citation: c.id };
      return;
    }
    if (node.type === 'link' || node.type === 'linkReference') {
      const href = node.type === 'link' ? node.url : definitions.get(node.identifier.toLowerCase()) ?? '';
      const bare = node.type === 'link' && isBareUrl(node, source);
      const checked = checkTarget(href, node, bare ? 'URL' : 'link');
      if (checked.cite) {
        const pos = node.position?.start;
        const c = add({
          kind: bare ? 'url' : 'link', text: toString(node).trim(), href: checked.href, placeholder: checked.placeholder,
          ...context(node), line: pos?.line ?? 1, column: pos?.column ?? 1,
        });
        node.data = { ...node.data, citation: c.id };
      }
      return;
    }
    if ('children' in node) for (const child of (node as Parent).children) walk(child as Nodes);
  };
  walk(tree);
  checkFootnotes(tree, file, footnotes, byFootnote);
  file.data.citations = citations;
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
