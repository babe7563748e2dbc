/**
 * The translatable blocks of a paper, in document order: headings,
 * paragraphs (wherever they are: list items, quotes, footnotes) and table
 * cells. Export and import walk the same source tree with this one function,
 * so the n-th unit of an XLIFF file is the n-th block on both sides and the
 * translated paper has the block structure of the original.
 */
import type { Heading, Nodes, Paragraph, Root, TableCell } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';

export type Block = Heading | Paragraph | TableCell;

/** Content that is not prose: it is carried over as it is. */
const OPAQUE = new Set(['code', 'html', 'yaml', 'definition', 'thematicBreak']);

export function translatableBlocks(tree: Root): Block[] {
  const blocks: Block[] = [];
  visit(tree, (node: Nodes) => {
    if (OPAQUE.has(node.type)) return SKIP;
    if (node.type === 'heading' || node.type === 'paragraph' || node.type === 'tableCell') {
      // A block with no words (an image alone, an empty cell) has nothing to translate.
      if (toString(node).trim() !== '') blocks.push(node);
      return SKIP;
    }
  });
  return blocks;
}

/** The unit id of the n-th block (0-based). */
export const blockUnitId = (n: number): string => `b${n + 1}`;
