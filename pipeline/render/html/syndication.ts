/**
 * What the site tells crawlers and feed readers: `sitemap.xml` (every page,
 * each edition with its other-language alternates as `xhtml:link`, as search
 * engines read them), `robots.txt`, and an Atom feed per language. URLs in
 * all three must be absolute: the sitemap and feeds are made only when
 * papers.yml gives `site.url` (robots.txt then names the sitemap).
 */
import { x } from 'xastscript';
import { toXml } from 'xast-util-to-xml';
import type { Element as XElement } from 'xast';
import type { Lang } from '../../model/paper.js';
import type { EditionSummary, PaperSummary } from '../context.js';
import type { SiteConfig } from '../../model/config.js';
import { BILINGUAL_FILE, editionPath, FAVICON, feedPath, languageOrder, lastModified, SITE_PAGES, siteIndexPath, sitePagePath } from './context.js';
import { canonicalUrl } from './head.js';
import { listed, siteTitle, sitePublisher, type SiteContext } from './site-index.js';
import { curlQuotes } from './quotes.js';

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';

interface Page {
  loc: string;
  lastmod?: string;
  alternates: [string, string][];
}

export function sitemap(papers: PaperSummary[], site: SiteConfig, languages: Lang[] | undefined, epoch: number | undefined): string {
  const order = languageOrder(languages);
  const url = (path: string) => canonicalUrl(site, path)!;
  const pages: Page[] = [];
  const newest = papers.flatMap((p) => Object.values(p.editions).map((e) => e.meta.date)).sort().pop();
  // The site's own pages in each language, with each other as alternates.
  for (const name of ['index', SITE_PAGES.topics, SITE_PAGES.authors]) {
    const alternates: [string, string][] = [...order.map((l): [string, string] => [l, url(sitePagePath(name, l))]), ['x-default', url(sitePagePath(name, order[0]))]];
    for (const l of order) pages.push({ loc: url(sitePagePath(name, l)), ...(newest ? { lastmod: lastModified(newest, epoch) } : {}), alternates });
  }
  for (const p of papers) {
    const langs = order.filter((l) => p.editions[l]);
    const alternates: [string, string][] = langs.length > 1 ? [...langs.map((l): [string, string] => [l, url(editionPath(p.slug, l, 'html'))]), ['x-default', url(editionPath(p.slug, langs[0], 'html'))]] : [];
    for (const l of langs) pages.push({ loc: url(editionPath(p.slug, l, 'html')), lastmod: lastModified(p.editions[l]!.meta.date, epoch), alternates });
    if (langs.length > 1) pages.push({ loc: url(`${p.slug}/${BILINGUAL_FILE}`), lastmod: lastModified(p.editions[langs[0]]!.meta.date, epoch), alternates: [] });
  }
  const tree = x(null, [
    x('urlset', { xmlns: 'http://www.sitemaps.org/schemas/sitemap/0.9', 'xmlns:xhtml': 'http://www.w3.org/1999/xhtml' }, pages.map((page) =>
      x('url', [
        x('loc', page.loc),
        ...(page.lastmod ? [x('lastmod', page.lastmod)] : []),
        ...page.alternates.map(([hreflang, href]) => x('xhtml:link', { rel: 'alternate', hreflang, href })),
      ]),
    )),
  ]);
  return XML_DECLARATION + toXml(tree, { closeEmptyElements: true }) + '\n';
}

export function robots(site: SiteConfig | undefined): string {
  const map = site ? canonicalUrl(site, 'sitemap.xml') : undefined;
  return `User-agent: *\nAllow: /\n${map ? `Sitemap: ${map}\n` : ''}`;
}

const atomDate = (day: string) => `${day}T00:00:00Z`;

/** The Atom feed of one language: its editions, newest first. */
export function atomFeed(papers: PaperSummary[], site: SiteConfig, ctx: SiteContext, epoch: number | undefined): string {
  const { lang, t } = ctx;
  const url = (path: string) => canonicalUrl(site, path)!;
  const editions: { slug: string; e: EditionSummary }[] = listed(papers, lang).flatMap((p) => (p.main.meta.lang === lang ? [{ slug: p.slug, e: p.main }] : []));
  const title = siteTitle(ctx);
  const publisher = sitePublisher(listed(papers, lang), ctx);
  const updated = editions.map(({ e }) => lastModified(e.meta.date, epoch)).sort().pop() ?? (epoch !== undefined ? new Date(epoch * 1000).toISOString().slice(0, 10) : '1970-01-01');
  const person = (name: string, uri?: string, email?: string): XElement => x('author', [x('name', name), ...(uri ? [x('uri', uri)] : []), ...(email ? [x('email', email)] : [])]);
  const entry = ({ slug, e }: { slug: string; e: EditionSummary }): XElement => {
    const { meta } = e;
    const page = url(editionPath(slug, lang, 'html'));
    return x('entry', [
      x('title', curlQuotes(meta.title, lang)),
      x('id', page),
      x('link', { rel: 'alternate', type: 'text/html', hreflang: lang, href: page }),
      ...(ctx.formats.includes('pdf') ? [x('link', { rel: 'enclosure', type: 'application/pdf', href: url(editionPath(slug, lang, 'pdf')) })] : []),
      x('published', atomDate(meta.date)),
      x('updated', atomDate(lastModified(meta.date, epoch))),
      ...(meta.authors?.length ? meta.authors.map((a) => person(a)) : [person(meta.publisher.name[lang], meta.publisher.site)]),
      ...(meta.keywords ?? []).map((k) => x('category', { term: k })),
      ...(meta.summary ?? meta.subtitle ? [x('summary', { type: 'text' }, curlQuotes((meta.summary ?? meta.subtitle)!, lang))] : []),
    ]);
  };
  const tree = x(null, [
    x('feed', { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': lang }, [
      x('title', title),
      x('subtitle', t('site.feedDescription', { site: title, interpolation: { escapeValue: false } })),
      x('id', url(feedPath(lang))),
      x('link', { rel: 'self', type: 'application/atom+xml', href: url(feedPath(lang)) }),
      x('link', { rel: 'alternate', type: 'text/html', hreflang: lang, href: url(siteIndexPath(lang)) }),
      x('updated', atomDate(updated)),
      ...(publisher ? [person(publisher.name[lang], publisher.site, publisher.contact?.email)] : [x('author', [x('name', title)])]),
      x('icon', url(FAVICON)),
      x('generator', 'papers'),
      ...editions.map(entry),
    ]),
  ]);
  return XML_DECLARATION + toXml(tree, { closeEmptyElements: true }) + '\n';
}
