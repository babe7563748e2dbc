/**
 * Duplicate definitions: two `[^1]:` footnotes or two `[x]:` link reference
 * definitions with one label. CommonMark (and the HTML renderer) take the
 * first; a later one silently changing what a PDF, JSON or CSL edition cites
 * would make the editions disagree. Every later duplicate leaves the tree
 * here, before any extractor or renderer reads it, and is reported where it
 * stands.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';

export function duplicatesTransform(tree: Root, file: VFile): void {
  const seen = { footnoteDefinition: new Map<string, number>(), definition: new Map<string, number>() };
  visit(tree, (node, index, parent) => {
    if ((node.type !== 'footnoteDefinition' && node.type !== 'definition') || !parent || index === undefined) return;
    const first = seen[node.type].get(node.identifier);
    if (first === undefined) {
      seen[node.type].set(node.identifier, node.position?.start.line ?? 0);
      return;
    }
    const label = node.type === 'footnoteDefinition' ? `[^${node.label ?? node.identifier}]` : `[${node.label ?? node.identifier}]`;
    const rule = node.type === 'footnoteDefinition' ? Rules.footnoteDuplicate : Rules.definitionDuplicate;
    report(file, rule, `\`${label}\` is defined again (first on line ${first}): every edition uses the first; remove or rename this one`, node);
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
}
