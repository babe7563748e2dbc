/**
 * output/index.html and output/index.ar.html: every paper and which editions it has. Built from the
 * serialized models (the JSON editions), so it can be rebuilt from the cache
 * without re-processing papers that did not change.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Lang } from '../../model/paper.js';
import type { EditionSummary, PaperSummary } from '../context.js';
import { BILINGUAL_FILE, editionPath, siteIndexPath, STYLESHEET, type HtmlContext } from './context.js';
import { formatDate } from '../format.js';
import { dirOf } from './lang.js';
import { page } from './page.js';

export type SiteContext = Pick<HtmlContext, 'lang' | 't' | 'formats'>;

/** Which string says that a language's edition is missing. */
const MISSING: Record<Lang, string> = { ar: 'site.notTranslated', en: 'site.notTranslatedAr' };

export function renderSiteIndex(papers: PaperSummary[], ctx: SiteContext): string {
  const { t, lang } = ctx;
  const order: Lang[] = lang === 'en' ? ['en', 'ar'] : ['ar', 'en'];
  const dated = papers.map((p) => ({ ...p, date: (p.editions.en ?? p.editions.ar)?.meta.date ?? '' }));
  // Newest first; the slug breaks ties so the order never depends on the file system.
  dated.sort((a, b) => b.date.localeCompare(a.date) || a.slug.localeCompare(b.slug));
  const entry = (p: (typeof dated)[number]): Element => {
    const [main, ...others] = order.flatMap((l) => p.editions[l] ?? []);
    return h('li', h('article.paper-entry', { ariaLabelledBy: [`paper-${p.slug}`] }, [
      h('p.doc-type', { lang: main.meta.lang, dir: dirOf(main.meta.lang) }, main.meta.type),
      h('h2', { id: `paper-${p.slug}`, lang: main.meta.lang, dir: dirOf(main.meta.lang) }, main.meta.title),
      ...others.map((o) => h('p.other-title', { lang: o.meta.lang, dir: dirOf(o.meta.lang) }, o.meta.title)),
      h('p.published', h('time', { dateTime: main.meta.date }, formatDate(main.meta.date, lang, t))),
      h('ul.editions', [
        ...order.map((l) => h('li', [h('span.lang-name', t(`language.${l}`)), ': ', ...editionLinks(p.slug, l, p.editions[l], ctx)])),
        p.editions.en && p.editions.ar ? h('li', h('a', { href: `${p.slug}/${BILINGUAL_FILE}` }, t('paper.bilingualEdition'))) : null,
      ]),
    ]));
  };
  const other: Lang = lang === 'en' ? 'ar' : 'en';
  const otherIndex = { href: siteIndexPath(other), hrefLang: other, lang: other, dir: dirOf(other) };
  return page({
    lang,
    title: t('site.title'),
    stylesheet: STYLESHEET,
    head: [h('link', { rel: ['alternate'], href: otherIndex.href, hrefLang: other })],
    body: [
      h('header.masthead', [h('h1.title', t('site.title')), h('p.language-switch', h('a', { ...otherIndex, rel: ['alternate'] }, t('language.switch')))]),
      h('main', [h('ol.papers', dated.filter((p) => p.editions.en ?? p.editions.ar).map(entry))]),
    ],
  });
}

function editionLinks(slug: string, lang: Lang, paper: EditionSummary | undefined, ctx: SiteContext): (Element | string)[] {
  const { t } = ctx;
  if (!paper) return [h('span.missing', t(MISSING[lang]))];
  const links: (Element | string)[] = [h('a', { href: editionPath(slug, lang, 'html'), hrefLang: lang }, t('paper.htmlEdition'))];
  if (ctx.formats.includes('pdf')) links.push(' · ', h('a', { href: editionPath(slug, lang, 'pdf'), type: 'application/pdf' }, t('paper.pdfEdition')));
  if (ctx.formats.includes('json')) links.push(' · ', h('a', { href: editionPath(slug, lang, 'json'), type: 'application/json' }, t('paper.jsonEdition')));
  return links;
}
