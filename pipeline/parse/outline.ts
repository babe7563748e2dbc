/**
 * Ids and outline stage: give every heading a readable, Unicode-safe, unique id
 * (Arabic headings keep Arabic letters), every other block a stable id, every
 * block the id of its section, and build the nested outline.
 */
import type { Heading, Nodes, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import GithubSlugger from 'github-slugger';
import { toString } from 'mdast-util-to-string';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import type { Section } from '../model/paper.js';
import '../model/vfile-data.js';

/** Ids the editions use for their own parts; headings never take them. */
export const RESERVED_IDS = ['main', 'contents', 'glossary', 'sources', 'index-of-names', 'masthead', 'footnotes'];

/** Prefix of block ids by node type (paragraph → p-1, p-2, …). */
const BLOCK_PREFIX: Partial<Record<RootContent['type'], string>> = {
  paragraph: 'p',
  list: 'list',
  listItem: 'li',
  blockquote: 'quote',
  table: 'table',
  code: 'code',
  footnoteDefinition: 'fn',
  html: 'html',
  thematicBreak: 'hr',
};

export function outlineTransform(tree: Root, file: VFile): void {
  dropTitleHeading(tree, file);
  const slugger = new GithubSlugger();
  for (const id of RESERVED_IDS) slugger.slug(id);
  const counters = new Map<string, number>();
  const outline: Section[] = [];
  const stack: Section[] = [];
  let section: string | undefined;
  let previousDepth = 1;

  const headingId = (heading: Heading): string => {
    const text = toString(heading).normalize('NFC').trim();
    // github-slugger keeps letters and digits of every script; a heading with none gets a numbered id
    // (slugging it would give "", then "-1", "-2" for the next ones).
    return /[\p{L}\p{N}]/u.test(text) ? slugger.slug(text) : slugger.slug(`section-${outline.length + 1}`);
  };

  const visitBlock = (node: Nodes): void => {
    if (node.type === 'heading') {
      const id = headingId(node);
      node.data = { ...node.data, id, section: id };
      section = id;
      if (node.depth === 1) report(file, Rules.headingLevel, 'Level-1 heading in the body: the title lives in the front matter; start sections at `##`', node);
      else if (node.depth > previousDepth + 1) report(file, Rules.headingSkip, `Heading jumps from level ${previousDepth} to ${node.depth}: use level ${previousDepth + 1}`, node);
      previousDepth = node.depth;
      const entry: Section = { id, depth: node.depth, title: toString(node).trim(), line: node.position?.start.line ?? 1, children: [] };
      while (stack.length > 0 && stack[stack.length - 1].depth >= node.depth) stack.pop();
      (stack.length > 0 ? stack[stack.length - 1].children : outline).push(entry);
      stack.push(entry);
      return;
    }
    const prefix = BLOCK_PREFIX[node.type as RootContent['type']];
    if (prefix) {
      const n = (counters.get(prefix) ?? 0) + 1;
      counters.set(prefix, n);
      node.data = { ...node.data, id: slugger.slug(`${prefix}-${n}`), ...(section ? { section } : {}) };
    }
    if ('children' in node && node.type !== 'paragraph' && node.type !== 'table') {
      for (const child of node.children) visitBlock(child as Nodes);
    }
  };

  for (const child of tree.children) visitBlock(child);
  file.data.outline = outline;
}

/** Text compared as a reader would: case, spacing, marks of emphasis and a final stop do not count. */
const comparable = (text: string) => text.normalize('NFKC').toLocaleLowerCase('en').replace(/[\p{Mn}\u0640]/gu, '').replace(/\s+/gu, ' ').replace(/[\s.:!?؟]+$/u, '').trim();

/** A first heading that repeats the front matter's title is the title set twice, not a section: drop it. */
function dropTitleHeading(tree: Root, file: VFile): void {
  const title = file.data.meta?.title;
  const index = tree.children.findIndex((n) => n.type !== 'yaml');
  const first = tree.children[index];
  if (!title || first?.type !== 'heading' || comparable(toString(first)) !== comparable(title)) return;
  tree.children.splice(index, 1);
  report(file, Rules.titleHeading, 'The first heading repeats the title and is left out: the editions print the title from the front matter', first);
}

export function remarkOutline() {
  return (tree: Root, file: VFile): void => outlineTransform(tree, file);
}
