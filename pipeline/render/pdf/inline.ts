/**
 * mdast phrasing content → styled spans for the layout engine.
 *
 * Emphasis and strong choose the italic and bold faces; links keep their words
 * and get a superscript citation number leading to the list of sources (as
 * footnote references do); mentions record their anchor so the index of names
 * can give the page each one falls on; the first use of a glossary term leads
 * to its glossary entry. The Paper's tree is only read.
 */
import type { PhrasingContent } from 'mdast';
import type { Citation } from '../../model/paper.js';
import type { InlineSpan, InlineStyle } from './layout.js';
import { isExternalUrl } from '../../text/url-policy.js';

export const LINK_COLOR = '#1d4f7a';

/** PDF destination names: ASCII, so every viewer resolves them (ids may be Arabic). */
export const destination = (id: string): string => encodeURIComponent(id);
export const sourceDestination = (c: Citation): string => `source-${c.number}`;
export const glossaryDestination = (termId: string): string => destination(`glossary-${termId}`);

/** A span that, once laid out, tells which page an anchor (a mention) landed on. */
export interface AnchoredSpan extends InlineSpan {
  anchor?: string;
}

export interface InlineContext {
  citations: Map<string, Citation>;
  /** Format a number with the edition's digits. */
  number(n: number): string;
  lang: string;
}

const SUPERSCRIPT = { size: 0.62, rise: 0.5 };

/** White space other than a single space: what a text node's soft line breaks and runs of spaces leave. */
const NOT_ONE_SPACE = /[^\S ]| {2}/;

/** Soft line breaks of the source are spaces in the text (a text is copied only when it has some: most have none). */
const oneSpaced = (text: string): string => (NOT_ONE_SPACE.test(text) ? text.replace(/\s+/g, ' ') : text);

export function inlineSpans(nodes: PhrasingContent[], base: InlineStyle, ctx: InlineContext): AnchoredSpan[] {
  const spans: AnchoredSpan[] = [];
  const marker = (c: Citation | undefined, style: InlineStyle) => {
    if (!c) return;
    spans.push({
      text: ctx.number(c.number),
      style: { ...style, size: style.size * SUPERSCRIPT.size, rise: SUPERSCRIPT.rise / SUPERSCRIPT.size, goTo: sourceDestination(c), color: LINK_COLOR, link: undefined },
    });
  };
  const walk = (node: PhrasingContent, style: InlineStyle, anchor?: string): void => {
    const place = node.position ? { line: node.position.start.line, column: node.position.start.column } : undefined;
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        spans.push({ text: oneSpaced(node.value), style, place, anchor });
        return;
      case 'break':
        spans.push({ text: '\u2028', style });
        return;
      case 'emphasis':
        for (const c of node.children) walk(c, { ...style, italic: true }, anchor);
        return;
      case 'strong':
        for (const c of node.children) walk(c, { ...style, bold: true }, anchor);
        return;
      case 'delete':
        for (const c of node.children) walk(c, style, anchor);
        return;
      case 'link': {
        const citation = node.data?.citation ? ctx.citations.get(node.data.citation) : undefined;
        const live = isExternalUrl(node.url) && !citation?.placeholder;
        const linkStyle = live ? { ...style, link: node.url, color: LINK_COLOR } : style;
        for (const c of node.children) walk(c, linkStyle, anchor);
        marker(citation, style);
        return;
      }
      case 'footnoteReference':
        marker(node.data?.citation ? ctx.citations.get(node.data.citation) : undefined, style);
        return;
      case 'mention':
        node.children.forEach((c, i) => walk(c, style, i === 0 ? node.id : anchor));
        return;
      case 'term': {
        const termStyle = node.first ? { ...style, goTo: glossaryDestination(node.term) } : style;
        for (const c of node.children) walk(c, termStyle, anchor);
        return;
      }
      case 'image':
        if (node.alt) spans.push({ text: node.alt, style: { ...style, italic: true }, place });
        return;
      default:
        // Raw HTML and anything unknown has no place in the PDF.
        return;
    }
  };
  for (const node of nodes) walk(node, base);
  return spans.filter((s) => s.text.length > 0);
}
