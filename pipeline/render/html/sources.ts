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

/** Longest label made from a link's words or its sentence, cut at a word. */
const LABEL_MAX = 120;

/**
 * What names a source: a note or bibliography entry whole (it is the
 * author's reference), without its URL, which the entry links after it; a
 * link's words; the start of the sentence it supports when the link had no
 * words.
 */
function label(c: Citation): string {
  const own = c.kind === 'footnote' || c.kind === 'bibliography';
  const text = c.text.trim();
  // The link follows after a colon: the note's closing full stop would come before it.
  if (own && text) return c.href ? withoutUrl(text, c.href).replace(/[\s.]+$/u, '') : text;
  return shortened(text || c.sentence.trim());
}

/** The text with the URL and the punctuation that set it off removed: "Title," 12 May 2023, https://… → "Title," 12 May 2023. */
function withoutUrl(text: string, url: string): string {
  const at = text.indexOf(url);
  if (at < 0) return text;
  const before = text.slice(0, at).replace(/[\s,،:;]+$/u, '');
  const after = text.slice(at + url.length).replace(/^[\s.]+$/u, '');
  return (before + (after ? ` ${after.trim()}` : '')).trim() || text;
}

function shortened(text: string): string {
  if (text.length <= LABEL_MAX) return text;
  const cut = text.slice(0, LABEL_MAX - 1);
  const space = cut.search(/\s\S*$/u);
  return `${(space > LABEL_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,،:;]+$/u, '')}…`;
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
