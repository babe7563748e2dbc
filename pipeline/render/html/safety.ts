/**
 * Keeping executable content out of the page.
 *
 * Three layers: raw HTML in a source is never converted (remark-rehype drops
 * `html` nodes); links and images whose URL would run code (`javascript:`,
 * `vbscript:`, `data:`) are unwrapped to their text; and the converted body
 * goes through rehype-sanitize with a schema that allows only what the
 * handlers of this folder generate. The first two are reported as vfile
 * messages by `htmlSafetyTransform`, a stage the pipeline runs before the
 * Paper is assembled, so they reach `paper.diagnostics` and the build report.
 */
import type { Element, Root as HastRoot, ElementContent } from 'hast';
import type { Root, Nodes } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { report } from '../../model/diagnostics.js';
import { Rules } from '../../model/rules.js';

/**
 * Browsers ignore ASCII whitespace and controls inside a URL scheme
 * ("java\tscript:" runs), so they are removed before the scheme is read.
 */
export function isUnsafeUrl(url: string): boolean {
  // No colon, no scheme (in-page and relative links): nothing to clean.
  if (!url.includes(':')) return false;
  const scheme = /^([^:/?#]*):/.exec(url.replace(/[\u0000-\u0020\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g, ''));
  return scheme !== null && /^(javascript|vbscript|data)$/i.test(scheme[1]);
}

/** An HTML comment alone is harmless to drop silently; anything else is reported. */
const COMMENT = /^\s*<!--[\s\S]*?-->\s*$/;

export function htmlSafetyTransform(tree: Root, file: VFile): void {
  visit(tree, (node: Nodes) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && isUnsafeUrl(node.url)) {
      report(file, Rules.htmlUnsafeLink, `Dropped ${node.type} to an executable URL (${node.url.slice(0, 40)})`, node);
    } else if (node.type === 'html' && !COMMENT.test(node.value)) {
      report(file, Rules.htmlRawDropped, 'Dropped raw HTML: editions show only Markdown content', node);
    }
  });
}

/** Unified plugin running `htmlSafetyTransform`. */
export function remarkHtmlSafety() {
  return (tree: Root, file: VFile): void => htmlSafetyTransform(tree, file);
}

/** Replace `<a>`/`<img>` with executable URLs by their content (links) or their alt text (images). */
export function unwrapUnsafeUrls(tree: HastRoot): void {
  const walk = (parent: HastRoot | Element): void => {
    // A new list of children only from the first unsafe element (there rarely is one).
    let out: ElementContent[] | undefined;
    (parent.children as ElementContent[]).forEach((child, i) => {
      if (child.type !== 'element') return void out?.push(child);
      walk(child);
      const url = child.tagName === 'a' ? child.properties.href : child.tagName === 'img' ? child.properties.src : undefined;
      if (typeof url !== 'string' || !isUnsafeUrl(url)) return void out?.push(child);
      out ??= parent.children.slice(0, i) as ElementContent[];
      if (child.tagName === 'a') out.push(...child.children);
      else if (typeof child.properties.alt === 'string') out.push({ type: 'text', value: child.properties.alt });
    });
    if (out) parent.children = out as never;
  };
  walk(tree);
}

const aria = ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy', 'ariaHidden'];

/**
 * The default (GitHub-like) schema plus what the body handlers emit: ids from
 * the model (not clobbered: they are ours, raw HTML never reaches this point),
 * classes, language and direction, and the tooltip's ARIA wiring.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'dfn', 'bdi', 'section', 'time'],
  attributes: {
    ...defaultSchema.attributes,
    time: ['dateTime'],
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'id', 'lang', 'dir', 'title', 'tabIndex', 'role', 'dataEntity', 'dataTerm', ...aria],
  },
};
