/**
 * The site's pages about all papers, in each language: the index (every
 * paper by year, newest first, with its titles in both languages and its
 * editions), the listings by topic and by author, and the search page. Built
 * from the papers' summaries (metadata of the JSON editions), so they are
 * remade from the cache without processing a paper again.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { TFunction } from 'i18next';
import type { Lang } from '../../model/paper.js';
import type { EditionSummary, Format, PaperSummary, ProjectInfo } from '../context.js';
import type { Publisher } from '../../model/frontmatter.js';
import { authorAnchor, BILINGUAL_FILE, editionPath, SEARCH_SCRIPT, SITE_PAGES, siteIndexPath, sitePagePath, topicAnchor } from './context.js';
import { collatorFor, formatDate, formatNumber, intlLocale } from '../format.js';
import { dirOf, otherLang } from './lang.js';
import { page } from './page.js';
import { ldScript, publisherLd, scriptSafeJson } from './jsonld.js';
import { canonicalUrl, relativeTo } from './head.js';
import { logoAsset } from './chrome.js';
import { indexName, sortKey } from './names.js';

export interface SiteContext {
  lang: Lang;
  t: TFunction;
  formats: Format[];
  project?: Omit<ProjectInfo, 'out'>;
}

/** Which string says that a language's edition is missing. */
const MISSING: Record<Lang, string> = { ar: 'site.notTranslated', en: 'site.notTranslatedAr' };

/** A paper as the site's pages show it: its edition in the page's language when there is one, else the other. */
interface Listed {
  slug: string;
  main: EditionSummary;
  other?: EditionSummary;
  editions: PaperSummary['editions'];
}

export function listed(papers: PaperSummary[], lang: Lang): Listed[] {
  const out: Listed[] = [];
  for (const p of papers) {
    const main = p.editions[lang] ?? p.editions[otherLang(lang)];
    if (!main) continue;
    const other = main.meta.lang === lang ? p.editions[otherLang(lang)] : undefined;
    out.push({ slug: p.slug, main, ...(other ? { other } : {}), editions: p.editions });
  }
  // Newest first; the slug breaks ties so the order never depends on the file system.
  return out.sort((a, b) => b.main.meta.date.localeCompare(a.main.meta.date) || a.slug.localeCompare(b.slug));
}

/** The publisher of the site: papers.yml's, else the newest paper's. */
export function sitePublisher(papers: Listed[], ctx: SiteContext): Publisher | undefined {
  return ctx.project?.publisher ?? papers[0]?.main.meta.publisher;
}

export const siteTitle = (ctx: SiteContext): string => ctx.project?.site?.title?.[ctx.lang] ?? ctx.t('site.title');

/** A title in its own language and direction. */
const inLang = (tag: string, lang: Lang, text: string, props: Record<string, unknown> = {}): Element => h(tag, { ...props, lang, dir: dirOf(lang) }, text);

/** The link to a paper's page in the language of its listed edition. */
const paperHref = (from: string, p: Listed): string => relativeTo(from, editionPath(p.slug, p.main.meta.lang, 'html'));

function entry(p: Listed, from: string, ctx: SiteContext): Element {
  const { t, lang } = ctx;
  const { meta } = p.main;
  const order: Lang[] = [lang, otherLang(lang)];
  return h('li', h('article.paper-entry', { ariaLabelledBy: [`paper-${p.slug}`] }, [
    inLang('p', meta.lang, meta.type, { className: ['doc-type'] }),
    h('h3', { id: `paper-${p.slug}` }, h('a', { href: paperHref(from, p), lang: meta.lang, dir: dirOf(meta.lang) }, meta.title)),
    p.other ? h('p.other-title', inLang('span', p.other.meta.lang, p.other.meta.title)) : null,
    h('p.published', [
      h('time', { dateTime: meta.date }, formatDate(meta.date, lang, t)),
      meta.authors?.length ? [' · ', ...meta.authors.flatMap((a, i) => [i ? t('paper.listSeparator') : null, h('a', { href: relativeTo(from, `${sitePagePath(SITE_PAGES.authors, lang)}#${authorAnchor(a)}`) }, a)])] : null,
    ]),
    meta.summary ? inLang('p', meta.lang, meta.summary, { className: ['summary'] }) : null,
    h('ul.editions', [
      ...order.map((l) => h('li', [h('span.lang-name', t(`language.${l}`)), ': ', ...editionLinks(p.slug, l, p.editions[l], from, ctx)])),
      p.editions.en && p.editions.ar ? h('li', h('a', { href: relativeTo(from, `${p.slug}/${BILINGUAL_FILE}`) }, t('paper.bilingualEdition'))) : null,
    ]),
  ]));
}

function editionLinks(slug: string, lang: Lang, paper: EditionSummary | undefined, from: string, ctx: SiteContext): (Element | string)[] {
  const { t } = ctx;
  if (!paper) return [h('span.missing', t(MISSING[lang]))];
  const link = (format: Format, label: string, type?: string) => h('a', { href: relativeTo(from, editionPath(slug, lang, format)), ...(type ? { type } : { hrefLang: lang }) }, label);
  const links: (Element | string)[] = [link('html', t('paper.htmlEdition'))];
  if (ctx.formats.includes('pdf')) links.push(' · ', link('pdf', t('paper.pdfEdition'), 'application/pdf'));
  if (ctx.formats.includes('json')) links.push(' · ', link('json', t('paper.jsonEdition'), 'application/json'));
  return links;
}

/** A site page in `lang`: its shell, with the same page in the other language as its alternate. */
function sitePage(name: string, heading: string, description: string, papers: Listed[], main: ElementContent[], extraLd: Record<string, unknown>, ctx: SiteContext, tail: Element[] = []): string {
  const { lang, t } = ctx;
  const other = otherLang(lang);
  const path = sitePagePath(name, lang);
  const site = ctx.project?.site;
  const title = siteTitle(ctx);
  const publisher = sitePublisher(papers, ctx);
  const alternates = { [lang]: path, [other]: sitePagePath(name, other) } as Partial<Record<Lang, string>>;
  const first = ctx.project?.languages?.[0] ?? 'en';
  const url = canonicalUrl(site, path) ?? relativeTo(path, path);
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      {
        '@type': 'WebSite',
        name: title,
        inLanguage: [lang, other],
        ...(site?.url ? { '@id': `${site.url}#site`, url: site.url } : {}),
        ...(publisher ? { publisher: publisherLd(publisher, lang, site) } : {}),
        ...(site?.url ? { potentialAction: { '@type': 'SearchAction', target: `${canonicalUrl(site, sitePagePath(SITE_PAGES.search, lang))}?q={search_term_string}`, 'query-input': 'required name=search_term_string' } } : {}),
      },
      { '@type': name === SITE_PAGES.search ? 'SearchResultsPage' : 'CollectionPage', '@id': url, url, name: heading, description, inLanguage: lang, ...extraLd },
    ],
  };
  return page({
    meta: {
      lang,
      path,
      title: name === 'index' ? title : `${heading} — ${title}`,
      heading,
      description,
      site,
      siteName: title,
      alternates,
      xDefault: alternates[first],
      kind: 'website',
      ...(publisher?.logo ? { image: logoAsset(publisher.logo) } : {}),
    },
    chrome: { t, siteTitle: title, publisher, otherLanguage: sitePagePath(name, other), feeds: site?.url !== undefined },
    head: [ldScript(ld)],
    main,
    mainProps: { className: ['site-page'] },
    tail,
  });
}

/** The papers as a schema.org ItemList. */
function itemList(papers: Listed[], from: string, ctx: SiteContext): Record<string, unknown> {
  return {
    mainEntity: {
      '@type': 'ItemList',
      numberOfItems: papers.length,
      itemListElement: papers.map((p, i) => ({
        '@type': 'ListItem',
        position: i + 1,
        url: canonicalUrl(ctx.project?.site, editionPath(p.slug, p.main.meta.lang, 'html')) ?? paperHref(from, p),
        name: p.main.meta.title,
      })),
    },
  };
}

const pageHeading = (heading: string, intro?: string): Element[] => [h('h1.title', heading), ...(intro ? [h('p.intro', intro)] : [])];

export function renderSiteIndex(papers: PaperSummary[], ctx: SiteContext): string {
  const { t, lang } = ctx;
  const list = listed(papers, lang);
  const path = siteIndexPath(lang);
  const years = new Map<string, Listed[]>();
  for (const p of list) {
    const year = p.main.meta.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), p]);
  }
  const publisher = sitePublisher(list, ctx);
  const description = t('site.description', { publisher: publisher?.name[lang] ?? siteTitle(ctx), count: list.length, interpolation: { escapeValue: false } });
  const main: ElementContent[] = [
    h('header.masthead', pageHeading(siteTitle(ctx), description)),
    ...[...years].map(([year, members]) => h('section.year', { ariaLabelledBy: [`year-${year}`] }, [
      h('h2', { id: `year-${year}` }, formatNumber(Number(year), lang, t).replace(/[,٬]/g, '')),
      h('ol.papers', members.map((p) => entry(p, path, ctx))),
    ])),
  ];
  return sitePage('index', siteTitle(ctx), description, list, main, itemList(list, path, ctx), ctx);
}

/** How a listing files a value: its heading and its sort key. */
type Filing = (value: string, lang: Lang) => { shown: string; key: string };
const byName: Filing = (value) => ({ shown: value, key: sortKey(value) });

/** A listing: every value of `valuesOf` (topics, authors) with the papers that have it, filed by `filed`. */
function listing(name: string, papers: PaperSummary[], valuesOf: (p: Listed) => string[], anchorOf: (v: string) => string, filed: Filing, ctx: SiteContext): string {
  const { t, lang } = ctx;
  const list = listed(papers, lang);
  const path = sitePagePath(name, lang);
  const groups = new Map<string, { shown: string; key: string; papers: Listed[] }>();
  for (const p of list) {
    for (const value of new Set(valuesOf(p))) {
      const anchor = anchorOf(value);
      const group = groups.get(anchor) ?? { ...filed(value, lang), papers: [] };
      if (!group.papers.includes(p)) group.papers.push(p);
      groups.set(anchor, group);
    }
  }
  const collator = collatorFor(lang);
  const sorted = [...groups].sort(([a, x], [b, y]) => collator.compare(x.key, y.key) || a.localeCompare(b));
  const heading = t(`site.${name}`);
  const description = t(`site.${name}Description`, { count: sorted.length, interpolation: { escapeValue: false } });
  const count = (n: number) => `(${formatNumber(n, lang, t)})`;
  const main: ElementContent[] = [
    h('header.masthead', pageHeading(heading, description)),
    sorted.length
      ? h('nav.jump', { ariaLabel: t('site.jumpTo') }, h('ul', sorted.map(([anchor, g]) => h('li', h('a', { href: `#${anchor}` }, [g.shown, ' ', h('span.count', count(g.papers.length))])))))
      : h('p', t('site.nothingYet')),
    ...sorted.map(([anchor, g]) => h('section.listing', { ariaLabelledBy: [anchor] }, [
      h('h2', { id: anchor }, g.shown),
      h('ul.listing-papers', g.papers.map((p) => h('li', [
        h('a', { href: paperHref(path, p), lang: p.main.meta.lang, dir: dirOf(p.main.meta.lang) }, p.main.meta.title),
        ' · ',
        h('time', { dateTime: p.main.meta.date }, formatDate(p.main.meta.date, lang, t)),
      ]))),
    ])),
  ];
  return sitePage(name, heading, description, list, main, itemList(list, path, ctx), ctx);
}

export const renderTopics = (papers: PaperSummary[], ctx: SiteContext): string => listing(SITE_PAGES.topics, papers, (p) => p.main.meta.keywords ?? [], topicAnchor, byName, ctx);

export const renderAuthors = (papers: PaperSummary[], ctx: SiteContext): string => listing(SITE_PAGES.authors, papers, (p) => p.main.meta.authors ?? [], authorAnchor, indexName, ctx);

/** The search page: a form that works without script (it reloads with ?q=), results filled by assets/search.js from the static index. */
export function renderSearch(papers: PaperSummary[], ctx: SiteContext): string {
  const { t, lang } = ctx;
  const list = listed(papers, lang);
  const heading = t('site.search');
  const description = t('site.searchDescription');
  const path = sitePagePath(SITE_PAGES.search, lang);
  const main: ElementContent[] = [
    h('header.masthead', pageHeading(heading, description)),
    h('form.search-form', { role: 'search', action: relativeTo(path, path), method: 'get' }, [
      h('label', { htmlFor: 'q' }, t('site.searchLabel')),
      h('div.search-row', [
        h('input', { type: 'search', id: 'q', name: 'q', autoComplete: 'off', spellCheck: 'false', required: true }),
        h('button', { type: 'submit' }, t('site.searchButton')),
      ]),
    ]),
    h('noscript', h('p', t('site.searchNeedsScript'))),
    h('p.search-status', { role: 'status', ariaLive: 'polite' }),
    h('ol.search-results'),
  ];
  const strings = {
    results: t('site.searchResults', { query: '{query}', count: '{count}', interpolation: { escapeValue: false } }),
    none: t('site.searchNone', { query: '{query}', interpolation: { escapeValue: false } }),
    loading: t('site.searchLoading'),
    failed: t('site.searchFailed'),
    // The edition's digits (numbers.digits), not the browser's default for the language.
    locale: intlLocale(lang, t),
  };
  // The script and its strings come after the content: it needs the form, and nothing waits for it.
  return sitePage(SITE_PAGES.search, heading, description, list, main, {}, ctx, [
    h('script', { type: 'application/json', id: 'search-strings' }, scriptSafeJson(strings)),
    h('script', { type: 'module', src: relativeTo(path, SEARCH_SCRIPT) }),
  ]);
}
