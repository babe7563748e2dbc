/**
 * The front-matter values a translator translates, each as one unit: the
 * title, subtitle, type, summary, and each keyword and author — those the
 * file itself sets (a value it inherits from papers.yml is the target
 * language's own there).
 */
import type { Root, Yaml } from 'mdast';
import { parseDocument, type Document } from 'yaml';
import type { FrontMatter } from '../model/frontmatter.js';

/** The file's own front matter, as a YAML document (null without one). */
export function ownFrontMatter(tree: Root): { node: Yaml; doc: Document } | null {
  const node = tree.children.find((n): n is Yaml => n.type === 'yaml');
  return node ? { node, doc: parseDocument(node.value) } : null;
}

export interface FrontMatterUnit {
  /** The unit id, e.g. `fm-title`, `fm-keywords-2`. */
  id: string;
  /** Where it goes in the YAML: `['title']`, `['keywords', 1]`. */
  path: (string | number)[];
  text: string;
}

const SINGLE = ['title', 'subtitle', 'type', 'summary'] as const;
const LISTS = ['keywords', 'authors'] as const;

export function frontMatterUnits(meta: Partial<Pick<FrontMatter, (typeof SINGLE)[number] | (typeof LISTS)[number]>>): FrontMatterUnit[] {
  const units: FrontMatterUnit[] = [];
  for (const key of SINGLE) {
    const text = meta[key];
    if (typeof text === 'string' && text) units.push({ id: `fm-${key}`, path: [key], text });
  }
  for (const key of LISTS) {
    const list = meta[key];
    if (Array.isArray(list)) list.forEach((text, i) => typeof text === 'string' && units.push({ id: `fm-${key}-${i + 1}`, path: [key, i], text }));
  }
  return units;
}
