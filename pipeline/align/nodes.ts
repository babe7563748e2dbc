import type { Nodes } from 'mdast';

/**
 * Every node of a subtree in document order (preorder). The alignment reads
 * every block of both editions more than once; unist-util-visit copies the
 * list of ancestors at every parent, which this needs not.
 */
export function eachNode(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ('children' in node) for (const child of node.children) eachNode(child, visit);
}
