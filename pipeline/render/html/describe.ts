/**
 * A page's description (meta description, cards, JSON-LD, feeds): the
 * paper's `summary` when it has one, else its first paragraph, cut at a word
 * near the length search engines show.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { PaperMeta } from '../../model/paper.js';

/** About what a results page shows of a description. */
const LENGTH = 160;

export function describe(meta: Pick<PaperMeta, 'summary' | 'title'>, body: Root): string {
  if (meta.summary) return clip(meta.summary);
  const first = body.children.find((n) => n.type === 'paragraph' && toString(n).trim().length > 0);
  return clip(first ? toString(first) : meta.title);
}

/** Whitespace collapsed, and at most LENGTH characters, cut at a word with an ellipsis. */
export function clip(text: string, length = LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > length / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:،؛.-]+$/u, '')}…`;
}
