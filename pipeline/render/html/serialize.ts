/**
 * A page's hast serialized by hast-util-to-html, byte for byte, without its
 * cost on whole pages: it joins the markup of every element into one flat
 * string, so each enclosing element of the body copies the page again, and a
 * string past V8's regular-object limit (128 KB, 64 K two-byte characters) is
 * a large-object allocation costing about a millisecond each. Measured on the
 * sample paper: 15 ms of 38 ms per HTML edition.
 *
 * Here, elements whose content is large are cut open: their start tag comes
 * from hast-util-to-html (all of its attribute rules stay its own), their
 * children are serialized the same way and concatenated (V8 keeps the result
 * a rope, flattened once when the file is written), then the end tag. Smaller
 * subtrees go to hast-util-to-html whole, and so do the elements whose
 * children it reads with them (raw text, template content, other namespaces).
 */
import type { Element, Nodes, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';

/**
 * Subtrees lighter than this go to hast-util-to-html whole. Counted in text
 * characters plus a guess for each element's tags; far below the 64 K
 * characters where a two-byte string becomes a large object.
 */
const WHOLE_BELOW = 8192;
/** The guessed markup of one element (tags and attributes). */
const ELEMENT_WEIGHT = 48;
/** Elements whose children hast-util-to-html serializes in their context (raw text, template content, SVG). */
const KEEP_WHOLE = new Set(['script', 'style', 'template', 'svg']);

/** `wholeBelow`: the weight under which a subtree is serialized whole (tests lower it to cut small trees). */
export function serialize(tree: Root | Element, wholeBelow = WHOLE_BELOW): string {
  const element = (el: Element): string => {
    if (KEEP_WHOLE.has(el.tagName) || weightUpTo(el, wholeBelow) <= wholeBelow) return toHtml(el);
    // `<tag attrs></tag>`: the start tag is everything before the end tag.
    const end = `</${el.tagName}>`;
    const empty = toHtml({ ...el, children: [] });
    // A void element (no end tag) with children is left to hast-util-to-html.
    if (!empty.endsWith(end)) return toHtml(el);
    return empty.slice(0, empty.length - end.length) + children(el) + end;
  };
  // Outside raw-text elements a child's markup depends neither on its parent nor on its siblings.
  const children = (parent: Root | Element): string => {
    let html = '';
    for (const child of parent.children) html += child.type === 'element' ? element(child) : toHtml(child);
    return html;
  };
  return tree.type === 'root' ? children(tree) : element(tree);
}

/** The weight of a subtree, counted until it is past `budget` (then the count stops). */
function weightUpTo(node: Nodes, budget: number): number {
  if (node.type === 'element' || node.type === 'root') {
    let weight = ELEMENT_WEIGHT;
    for (let i = 0; i < node.children.length && weight <= budget; i++) weight += weightUpTo(node.children[i], budget - weight);
    return weight;
  }
  return node.type === 'text' || node.type === 'comment' ? node.value.length : 0;
}
