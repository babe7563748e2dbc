/**
 * Normalize stage: remove invisible characters that change how text reads
 * without being seen (bidi overrides and isolates — the "Trojan Source" trick —
 * and zero-width spaces inside words), in text and in link targets, and say so.
 * Left-to-right/right-to-left marks and ZWNJ/ZWJ are kept: Arabic and Persian
 * typography needs them. A bare URL gives back the Arabic punctuation that
 * follows it.
 */
import type { Link, Parent, Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;
const ZERO_WIDTH = /[\u200B\u2060\uFEFF]/gu;

/** Arabic punctuation (comma, semicolon, question mark, full stop) GFM's bare-URL rule does not know as punctuation. */
const ARABIC_TRAILING = /[\u060C\u061B\u061F\u06D4]+$/u;

export function normalizeTransform(tree: Root, file: VFile): void {
  visit(tree, (node, index, parent) => {
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      node.value = clean(node.value, node, file, 'text');
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      node.url = clean(node.url, node, file, 'link target');
      if (node.type === 'link' && parent && index !== undefined) return untrailed(node, index, parent);
    }
  });
}

/**
 * A bare URL followed by Arabic punctuation ("…/libya؛"): remark-gfm takes
 * the punctuation into the address, as it does not know it ends a sentence.
 * It goes back to the text after the link, and the address loses it.
 */
function untrailed(link: Link, index: number, parent: Parent): number | undefined {
  const text = link.children.length === 1 && link.children[0].type === 'text' ? link.children[0] : null;
  const trailing = ARABIC_TRAILING.exec(link.url)?.[0];
  if (!text || !trailing || text.value !== link.url) return undefined;
  link.url = link.url.slice(0, -trailing.length);
  text.value = link.url;
  parent.children.splice(index + 1, 0, { type: 'text', value: trailing });
  return index + 2;
}

export function remarkNormalize() {
  return (tree: Root, file: VFile): void => normalizeTransform(tree, file);
}

function clean(value: string, node: import('unist').Node, file: VFile, what: string): string {
  let out = value;
  if (BIDI_CONTROLS.test(out)) {
    report(file, Rules.textBidiControl, `Removed Unicode bidi control characters (U+202A–U+202E, U+2066–U+2069) from ${what}: they can make text display differently from what it says`, node);
    out = out.replace(BIDI_CONTROLS, '');
  }
  if (ZERO_WIDTH.test(out)) {
    report(file, Rules.textZeroWidth, `Removed zero-width characters (U+200B, U+2060, U+FEFF) from ${what}: they break search and name matching`, node);
    out = out.replace(ZERO_WIDTH, '');
  }
  BIDI_CONTROLS.lastIndex = 0;
  ZERO_WIDTH.lastIndex = 0;
  return out;
}
