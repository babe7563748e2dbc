/** The masthead: document type, title, date, authors, topics, publisher in both languages (the page's first), and the edition links. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Paper } from '../../model/paper.js';
import { authorAnchor, BILINGUAL_FILE, editionFile, SITE_PAGES, sitePagePath, topicAnchor, type HtmlContext } from './context.js';
import { formatDate } from '../format.js';
import { dirOf, otherLang } from './lang.js';

export function masthead(paper: Paper, ctx: HtmlContext): Element {
  const { meta } = paper;
  const { t, lang } = ctx;
  const publisher = meta.publisher;
  const listing = (page: string, anchor: string) => `../${sitePagePath(page, lang)}#${anchor}`;
  const linked = (items: string[], page: string, anchorOf: (s: string) => string) =>
    items.flatMap((item, i) => [i ? t('paper.listSeparator') : null, h('a', { href: listing(page, anchorOf(item)) }, item)]);
  return h('header.masthead', [
    h('p.doc-type', meta.type),
    h('h1.title', meta.title),
    meta.subtitle ? h('p.subtitle', meta.subtitle) : null,
    h('p.published', h('time', { dateTime: meta.date }, t('paper.published', { date: formatDate(meta.date, lang, t) }))),
    meta.authors?.length ? h('p.authors', [h('span.label', `${t('paper.authors')}: `), ...linked(meta.authors, SITE_PAGES.authors, authorAnchor)]) : null,
    meta.keywords?.length ? h('p.keywords', [h('span.label', `${t('paper.keywords')}: `), ...linked(meta.keywords, SITE_PAGES.topics, topicAnchor)]) : null,
    h('p.publisher', [
      h('span.label', t('paper.publisher') + ': '),
      // The page's language first: its reader reads the name they know before the other one.
      ...[lang, otherLang(lang)].flatMap((l, i) => [
        i ? ' · ' : null,
        h('span', { lang: l, dir: dirOf(l) }, publisher.name[l]),
      ]),
    ]),
    editionLinks(ctx),
  ]);
}

/** Links to the same paper in the other language, side by side, and to this language's PDF and JSON editions. */
function editionLinks(ctx: HtmlContext): Element {
  const { t, lang } = ctx;
  const other = otherLang(lang);
  const items: Element[] = [];
  if (ctx.editions.includes(other)) {
    items.push(h('li', h('a', { href: editionFile(other, 'html'), hrefLang: other, lang: other, dir: dirOf(other), rel: ['alternate'] }, t('language.switch'))));
    items.push(h('li', h('a', { href: BILINGUAL_FILE }, t('paper.bilingualEdition'))));
  }
  if (ctx.formats.includes('pdf')) items.push(h('li', h('a', { href: editionFile(lang, 'pdf'), type: 'application/pdf' }, t('paper.pdfEdition'))));
  if (ctx.formats.includes('json')) items.push(h('li', h('a', { href: editionFile(lang, 'json'), type: 'application/json' }, t('paper.jsonEdition'))));
  return h('nav.editions', { ariaLabel: t('paper.editions') }, h('ul', items));
}
