/** One HTML edition of a paper: `output/<slug>/<lang>.html`, and its reference files. */
import { h } from 'hastscript';
import type { Element } from 'hast';
import type { Lang, Paper } from '../../model/paper.js';
import { absoluteUrl, editionFile, editionPath, languageOrder, lastModified, type HtmlContext } from './context.js';
import { renderBody } from './body.js';
import { masthead } from './masthead.js';
import { toc } from './toc.js';
import { glossarySection } from './glossary.js';
import { sourcesSection } from './sources.js';
import { namesSection } from './names.js';
import { editionLd, ldScript, ldUrl } from './jsonld.js';
import { BACK_MATTER } from './ids.js';
import { page } from './page.js';
import { describe } from './describe.js';
import { canonicalUrl } from './head.js';
import { citationTags, citeSection, referenceFiles, type Reference } from './cite.js';
import { curlQuotes } from './quotes.js';
import { logoAsset } from './chrome.js';
import { rememberingT } from '../../i18n/index.js';

/** Another format of the edition, when this build makes it: its absolute URL when the site's is known, else its file name. */
function formatUrl(ctx: HtmlContext, format: 'pdf' | 'json'): string | undefined {
  if (!ctx.formats.includes(format)) return undefined;
  return absoluteUrl(ctx.site, editionPath(ctx.slug, ctx.lang, format)) ?? editionFile(ctx.lang, format);
}

/** The reference of an edition (cite section, citation tags, reference files). */
export function referenceOf(paper: Paper, ctx: HtmlContext): Reference {
  const path = editionPath(ctx.slug, ctx.lang, 'html');
  const permanent = canonicalUrl(ctx.site, path);
  const pdf = formatUrl(ctx, 'pdf');
  return { key: `${ctx.slug}-${ctx.lang}`, meta: paper.meta, url: permanent ?? editionFile(ctx.lang, 'html'), permanent: permanent !== undefined, ...(pdf ? { pdfUrl: pdf } : {}) };
}

export function renderHtml(paper: Paper, edition: HtmlContext): string {
  const ctx: HtmlContext = { ...edition, t: rememberingT(edition.t) };
  const { t, lang } = ctx;
  const { meta } = paper;
  const path = editionPath(ctx.slug, lang, 'html');
  const body = renderBody(paper, ctx);
  const reference = referenceOf(paper, ctx);
  const back: { id: string; title: string; el: Element | null }[] = [
    { id: BACK_MATTER.cite, title: t('cite.title'), el: citeSection(reference, BACK_MATTER.cite, t) },
    { id: BACK_MATTER.glossary, title: t('paper.glossary'), el: glossarySection(paper.glossary, ctx) },
    { id: BACK_MATTER.sources, title: t('paper.sources'), el: sourcesSection(paper.citations, body.refs, ctx) },
    { id: BACK_MATTER.names, title: t('paper.indexOfNames'), el: namesSection(paper.entities, body.numbers, ctx) },
  ].filter((b) => b.el !== null);
  const publisher = meta.publisher;
  const siteName = ctx.site?.title?.[lang] ?? publisher.name[lang];
  const title = curlQuotes(meta.title, lang);
  const description = curlQuotes(describe(meta, paper.body), lang);
  const order = languageOrder(ctx.languages);
  const editions = order.filter((l) => ctx.editions.includes(l));
  const other = editions.find((l) => l !== lang);
  const alternates = Object.fromEntries(editions.map((l) => [l, editionPath(ctx.slug, l, 'html')])) as Partial<Record<Lang, string>>;
  const url = ldUrl(ctx.site, path, editionFile(lang, 'html'));
  const files = (
    [
      ['application/pdf', formatUrl(ctx, 'pdf')],
      ['application/json', formatUrl(ctx, 'json')],
    ] as const
  ).flatMap(([type, href]): [string, string][] => (href ? [[type, href]] : []));
  const ld = editionLd({
    meta: { ...meta, title },
    entities: paper.entities,
    lang,
    url,
    description,
    modified: lastModified(meta.date, ctx.epoch),
    ...(other ? { translation: { url: ldUrl(ctx.site, editionPath(ctx.slug, other, 'html'), editionFile(other, 'html')), lang: other, original: order[0] === other } } : {}),
    files,
    site: ctx.site,
    siteName,
  });
  const handle = publisher.contact?.social?.find((s) => /^@\w+$/.test(s));
  return page({
    meta: {
      lang,
      path,
      // The site's name in the edition's language, not a Latin short name in an Arabic title.
      title: `${title} — ${lang === 'en' ? (publisher.short ?? siteName) : siteName}`,
      heading: title,
      description,
      site: ctx.site,
      siteName,
      alternates,
      xDefault: alternates[editions[0]],
      kind: 'article',
      ...(cardImage(paper, ctx.slug) ?? (publisher.logo ? { image: logoAsset(publisher.logo) } : {})),
      published: meta.date,
      modified: lastModified(meta.date, ctx.epoch),
      authors: meta.authors,
      keywords: meta.keywords,
      ...(handle ? { handle } : {}),
    },
    chrome: { t, siteTitle: siteName, publisher, feeds: ctx.site?.url !== undefined, ...(other ? { otherLanguage: editionPath(ctx.slug, other, 'html') } : {}) },
    head: [
      ...(ctx.formats.includes('pdf') ? [h('link', { rel: ['alternate'], type: 'application/pdf', href: editionFile(lang, 'pdf') })] : []),
      ...(ctx.formats.includes('json') ? [h('link', { rel: ['alternate'], type: 'application/json', href: editionFile(lang, 'json') })] : []),
      ...citationTags(reference),
      ldScript(ld),
    ],
    main: [
      masthead(paper, ctx),
      ignored(toc(paper.outline, back, body.numbers, ctx)),
      // An article is a section of the outline: a paper without headings has its text in a plain block.
      h(paper.outline.length > 0 ? 'article.body' : 'div.body', { id: BACK_MATTER.text, tabIndex: -1 }, body.tree.children as Element[]),
      ...back.map((b) => ignored(b.el)),
    ].filter((el): el is Element => el !== null),
    // The search index reads the masthead and the text, not the site's header, the contents or the back matter.
    mainProps: { className: ['edition'], dataPagefindBody: '' },
  });
}

/** The page and its reference files. */
export function renderHtmlFiles(paper: Paper, ctx: HtmlContext): { path: string; data: string }[] {
  return [{ path: editionPath(ctx.slug, ctx.lang, 'html'), data: renderHtml(paper, ctx) }, ...referenceFiles(referenceOf(paper, ctx), ctx.slug)];
}

/** An element the search index skips. */
function ignored(el: Element | null): Element | null {
  if (el) el.properties = { ...el.properties, dataPagefindIgnore: '' };
  return el;
}

/** The paper's first figure as the image of its link cards (cards take no SVG); undefined when it has none. */
function cardImage(paper: Paper, slug: string): { image: string } | undefined {
  const figure = paper.figures?.find((f) => f.format !== 'svg');
  return figure ? { image: `${slug}/${figure.src}` } : undefined;
}
