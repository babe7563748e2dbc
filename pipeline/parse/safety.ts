/**
 * Keeping executable content out of every edition, where positions are exact.
 *
 * Links, images and link definitions whose target the URL policy refuses are
 * reported and taken out of the tree: a link or a reference to a refused
 * definition becomes its text, an image its alternative text. Later stages
 * and every renderer therefore never see a refused target. Raw HTML is
 * reported here too; no edition renders it (the HTML edition drops `html`
 * nodes, the others never read them). An HTML comment alone is dropped
 * silently.
 */
import type { Nodes, Parents, PhrasingContent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { SKIP, visit } from 'unist-util-visit';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { isAllowedUrl } from '../text/url-policy.js';

const COMMENT = /^\s*<!--[\s\S]*?-->\s*$/;

const shown = (url: string) => JSON.stringify(url.slice(0, 40)).slice(1, -1);

export function safetyTransform(tree: Root, file: VFile): void {
  const refused = new Set<string>();
  visit(tree, 'definition', (node, index, parent) => {
    if (isAllowedUrl(node.url)) return;
    report(file, Rules.htmlUnsafeLink, `Dropped a link definition to a refused URL (${shown(node.url)}): only http, https and mailto links are kept`, node);
    refused.add(node.identifier);
    if (parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
  });
  visit(tree, (node: Nodes, index, parent: Parents | undefined) => {
    if (node.type === 'html') {
      if (!COMMENT.test(node.value)) report(file, Rules.htmlRawDropped, 'Dropped raw HTML: editions show only Markdown content', node);
      return;
    }
    if (!parent || index === undefined) return;
    let replacement: PhrasingContent[] | undefined;
    if ((node.type === 'link' || node.type === 'image') && !isAllowedUrl(node.url)) {
      report(file, Rules.htmlUnsafeLink, `Dropped ${node.type === 'link' ? 'a link' : 'an image'} to a refused URL (${shown(node.url)}): only http, https and mailto links are kept`, node);
      replacement = node.type === 'link' ? node.children : node.alt ? [{ type: 'text', value: node.alt }] : [];
    } else if ((node.type === 'linkReference' || node.type === 'imageReference') && refused.has(node.identifier)) {
      replacement = node.type === 'linkReference' ? node.children : node.alt ? [{ type: 'text', value: node.alt }] : [];
    }
    if (!replacement) return;
    (parent.children as Nodes[]).splice(index, 1, ...replacement);
    return [SKIP, index];
  });
}

/** Unified plugin running `safetyTransform`. */
export function remarkSafety() {
  return (tree: Root, file: VFile) => safetyTransform(tree, file);
}
