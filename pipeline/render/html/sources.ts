/** The numbered list of sources, each with back-links to where the text cites it. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Citation } from '../../model/paper.js';
import type { HtmlContext } from './context.js';
import { BACK_MATTER } from './ids.js';
import { sourceId } from './body.js';
import { isAllowedUrl } from '../../text/url-policy.js';

export function sourcesSection(citations: Citation[], refs: Map<string, string[]>, ctx: HtmlContext): Element | null {
  if (!citations.length) return null;
  const { t } = ctx;
  const sorted = [...citations].sort((a, b) => a.number - b.number);
  const noTarget = t('paper.noTarget');
  const backToText = t('paper.backToText');
  const arrow = t('paper.backArrow');
  return h('section.sources', { id: BACK_MATTER.sources, ariaLabelledBy: [`${BACK_MATTER.sources}-title`] }, [
    h('h2', { id: `${BACK_MATTER.sources}-title` }, t('paper.sources')),
    h(
      'ol',
      sorted.map((c) =>
        h('li', { id: sourceId(c), value: c.number }, [
          target(c, noTarget),
          ...backLinks(c, refs).map((ref) => [' ', h('a.back', { href: `#${ref}`, ariaLabel: backToText }, arrow)]),
        ]),
      ),
    ),
  ]);
}

/** Where the text cites a source: its markers, or the bibliography entry itself. */
function backLinks(c: Citation, refs: Map<string, string[]>): string[] {
  return refs.get(c.id) ?? (c.kind === 'bibliography' && c.block ? [c.block] : []);
}

/** What names a source: its words, or the start of the sentence it supports when the link had no words. */
function label(c: Citation): string {
  const text = c.text.trim() || c.sentence.trim();
  return text.length > 120 ? `${text.slice(0, 119)}…` : text;
}

function target(c: Citation, missing: string): (Element | string)[] {
  if (c.placeholder) return [h('cite', label(c)), h('span.missing', ` — ${missing}`)];
  // A note or a bibliography entry is its own source: its text is all there is.
  if (!c.href) return [h('cite', label(c))];
  // This section is not sanitized like the body: an executable URL is shown, never linked.
  if (!isAllowedUrl(c.href)) return [h('cite', label(c)), ': ', h('code', c.href)];
  if (c.text === c.href || !c.text) return [h('a.url', { href: c.href }, c.href)];
  return [h('cite', label(c)), ': ', h('a.url', { href: c.href }, c.href)];
}
