/** The masthead: document type, title, date, authors, publisher in both languages, and the edition links. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Paper } from '../../model/paper.js';
import { BILINGUAL_FILE, editionFile, siteIndexPath, type HtmlContext } from './context.js';
import { formatDate, formatList } from '../format.js';
import { dirOf, otherLang } from './lang.js';

export function masthead(paper: Paper, ctx: HtmlContext): Element {
  const { meta } = paper;
  const { t, lang } = ctx;
  const publisher = meta.publisher;
  return h('header.masthead', [
    h('p.doc-type', meta.type),
    h('h1.title', meta.title),
    meta.subtitle ? h('p.subtitle', meta.subtitle) : null,
    h('p.published', h('time', { dateTime: meta.date }, t('paper.published', { date: formatDate(meta.date, lang, t) }))),
    meta.authors?.length ? h('p.authors', t('paper.by', { authors: formatList(meta.authors, lang) })) : null,
    h('p.publisher', [
      h('span.label', t('paper.publisher') + ': '),
      ...(['en', 'ar'] as const).flatMap((l, i) => [
        i ? ' · ' : null,
        h('span', { lang: l, dir: dirOf(l) }, publisher.name[l]),
      ]),
    ]),
    editionLinks(ctx),
  ]);
}

/** Links to the same paper in the other language and to this language's PDF and JSON editions. */
function editionLinks(ctx: HtmlContext): Element {
  const { t, lang } = ctx;
  const other = otherLang(lang);
  const items: Element[] = [];
  if (ctx.editions.includes(other)) {
    items.push(h('li', h('a', { href: editionFile(other, 'html'), hrefLang: other, lang: other, dir: dirOf(other), rel: ['alternate'] }, t('language.switch'))));
  }
  if (ctx.editions.includes(other)) items.push(h('li', h('a', { href: BILINGUAL_FILE }, t('paper.bilingualEdition'))));
  if (ctx.formats.includes('pdf')) items.push(h('li', h('a', { href: editionFile(lang, 'pdf'), type: 'application/pdf' }, t('paper.pdfEdition'))));
  if (ctx.formats.includes('json')) items.push(h('li', h('a', { href: editionFile(lang, 'json'), type: 'application/json' }, t('paper.jsonEdition'))));
  items.push(h('li', h('a', { href: `../${siteIndexPath(ctx.lang)}` }, t('site.allPapers'))));
  return h('nav.editions', { ariaLabel: t('paper.editions') }, h('ul', items));
}
