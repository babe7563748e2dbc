/**
 * The parallel edition, `output/<slug>/bilingual.html`: English and Arabic
 * side by side, block by block as the alignment paired them, each column in
 * its own language and direction, glossary terms marked in both.
 *
 * Made from the serialized models of both editions (a paper-set output), so
 * it is rebuilt from the cache like the site index.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { AlignmentPair, Lang, Paper } from '../../model/paper.js';
import type { PaperSet, PaperSetRenderer, Translators } from '../context.js';
import { rememberingT } from '../../i18n/index.js';
import { BILINGUAL_FILE, editionFile, editionPath, type HtmlContext } from './context.js';
import type { Root } from 'mdast';
import type { SiteConfig } from '../../model/config.js';
import { describe } from './describe.js';
import { curlQuotes } from './quotes.js';
import { ldScript, ldUrl, publisherLd } from './jsonld.js';
import { renderBody, takeRenderedBody } from './body.js';
import { formatDate } from '../format.js';
import { dirOf } from './lang.js';
import { isolateScripts } from './bidi.js';
import { page } from './page.js';

const LANGS: Lang[] = ['en', 'ar'];

interface Column {
  lang: Lang;
  blocks: Element[];
}

export function renderBilingual(set: PaperSet, formats: HtmlContext['formats'], translators: Translators, site?: SiteConfig): string | null {
  const { en, ar } = set.editions;
  if (!en || !ar) return null;
  const editions = { en, ar };
  const columns = LANGS.map((lang): Column => {
    const ctx: HtmlContext = { lang, t: rememberingT(translators(lang)), slug: set.slug, editions: LANGS, formats, ...(site ? { site } : {}) };
    // The JSON edition's body is the mdast without positions: all the body renderer reads.
    const body = takeRenderedBody(editions[lang].body, ctx.t) ?? renderBody(editions[lang] as unknown as Paper, ctx).tree;
    return { lang, blocks: body.children.filter((c): c is Element => c.type === 'element') };
  });
  const rows = pairRows(columns[0].blocks, columns[1].blocks, en.alignment ?? []);
  for (const c of columns) {
    for (const block of c.blocks) lighten(block);
    localize(c.blocks, c.lang);
  }
  const t = rememberingT(translators('en'));
  const path = `${set.slug}/${BILINGUAL_FILE}`;
  const siteName = en.meta.publisher.name.en;
  const title = curlQuotes(en.meta.title, 'en');
  const description = curlQuotes(describe(en.meta, en.body as unknown as Root), 'en');
  const url = ldUrl(site, path, BILINGUAL_FILE);
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': url,
    url,
    name: `${title} · ${ar.meta.title}`,
    description,
    inLanguage: ['en', 'ar'],
    datePublished: en.meta.date,
    publisher: publisherLd(en.meta.publisher, 'en', site),
    hasPart: LANGS.map((l) => ({ '@type': ['Report', 'ScholarlyArticle'], '@id': ldUrl(site, editionPath(set.slug, l, 'html'), editionFile(l, 'html')), headline: editions[l].meta.title, inLanguage: l })),
  };
  return page({
    meta: {
      lang: 'en',
      path,
      title: `${title} · ${ar.meta.title}`,
      heading: title,
      description,
      site,
      siteName: site?.title?.en ?? siteName,
      kind: 'article',
      published: en.meta.date,
    },
    chrome: { t, siteTitle: site?.title?.en ?? siteName, publisher: en.meta.publisher, otherLanguage: editionPath(set.slug, 'ar', 'html'), feeds: site?.url !== undefined },
    head: [ldScript(ld)],
    main: [
      h('header.masthead.bilingual-masthead', [
        h('p.doc-type', en.meta.type),
        h('h1.title', en.meta.title),
        h('p.title-ar', { lang: 'ar', dir: 'rtl' }, ar.meta.title),
        h('p.published', h('time', { dateTime: en.meta.date }, t('paper.published', { date: formatDate(en.meta.date, 'en', t) }))),
        h('nav.editions', { ariaLabel: t('paper.editions') }, h('ul', LANGS.map((l) => h('li', h('a', { href: editionFile(l, 'html'), hrefLang: l, lang: l, dir: dirOf(l) }, translators(l)('language.name')))))),
      ]),
      h('div.bilingual', [
        h('div.row.heads', { ariaHidden: 'true' }, LANGS.map((l) => h('div.col', { lang: l, dir: dirOf(l) }, translators(l)('language.name')))),
        ...rows.map(([a, b]) => h('div.row', [column('en', a), column('ar', b)])),
      ]),
    ],
    mainProps: { className: ['bilingual-page'] },
  });
}

function column(lang: Lang, block: Element | null): Element {
  const col = h('div.col', { lang, dir: dirOf(lang) }, block ? [block] : []);
  // The page's pass does not enter an element with its own direction: the column isolates its foreign runs itself.
  isolateScripts(col, lang);
  return col;
}

/**
 * Rows of the page: each aligned pair of top-level blocks side by side, and
 * every block without a counterpart on a row of its own, in document order on
 * both sides. Pairs of nested blocks (list items) travel with their lists.
 */
export function pairRows(en: Element[], ar: Element[], alignment: AlignmentPair[]): [Element | null, Element | null][] {
  const index = (blocks: Element[]) => new Map(blocks.map((b, i) => [b.properties.id, i] as const).filter(([id]) => typeof id === 'string'));
  const at = { en: index(en), ar: index(ar) };
  const rows: [Element | null, Element | null][] = [];
  let i = 0;
  let j = 0;
  for (const pair of alignment) {
    const a = at.en.get(pair.en);
    const b = at.ar.get(pair.ar);
    if (a === undefined || b === undefined || a < i || b < j) continue;
    while (i < a) rows.push([en[i++], null]);
    while (j < b) rows.push([null, ar[j++]]);
    rows.push([en[i++], ar[j++]]);
  }
  while (i < en.length) rows.push([en[i++], null]);
  while (j < ar.length) rows.push([null, ar[j++]]);
  return rows;
}

/**
 * The page holds two bodies: what only an edition's own page uses goes, to
 * keep it light. Nothing here links to a mention (the index of names is on
 * the editions' pages), so a name is plain text again, a date keeps its
 * `<time>`; a later use of a term keeps only the class that marks it.
 */
function lighten(el: Element): void {
  const classes = (e: Element) => (Array.isArray(e.properties.className) ? e.properties.className : []);
  el.children = (el.children as ElementContent[]).flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return [child];
    lighten(child);
    const cls = classes(child);
    if (cls.includes('mention')) {
      if (child.tagName !== 'time') return child.children;
      child.properties = { dateTime: child.properties.dateTime };
    } else if (cls.includes('term') && !cls.includes('term-first')) {
      child.properties = { className: ['term'] };
    }
    return [child];
  }) as Element['children'];
}

/**
 * Two bodies on one page: ids are prefixed with the language so they stay
 * unique, in-page links follow them, and links to what only the edition's own
 * page has (its sources, glossary, index) go to that page.
 */
function localize(blocks: Element[], lang: Lang): void {
  const ids = new Set<string>();
  const walk = (el: Element, visit: (el: Element) => void): void => {
    visit(el);
    for (const c of el.children as ElementContent[]) if (c.type === 'element') walk(c, visit);
  };
  for (const block of blocks) {
    walk(block, (el) => {
      if (typeof el.properties.id === 'string') ids.add(el.properties.id);
    });
  }
  const local = (id: string) => `${lang}-${id}`;
  for (const block of blocks) {
    walk(block, (el) => {
      const p = el.properties;
      if (typeof p.id === 'string') p.id = local(p.id);
      for (const key of ['ariaDescribedBy', 'ariaLabelledBy'] as const) {
        if (Array.isArray(p[key])) p[key] = (p[key] as string[]).map((id) => (ids.has(id) ? local(id) : id));
      }
      if (typeof p.href === 'string' && p.href.startsWith('#')) {
        const target = p.href.slice(1);
        p.href = ids.has(target) ? `#${local(target)}` : `${editionFile(lang, 'html')}${p.href}`;
      }
    });
  }
}

export const bilingualRenderer: PaperSetRenderer = {
  name: 'html bilingual edition',
  formats: ['html'],
  render: (set, formats, site, translators) => {
    const html = renderBilingual(set, formats, translators, site);
    return html === null ? [] : [{ path: `${set.slug}/${BILINGUAL_FILE}`, data: html }];
  },
};
