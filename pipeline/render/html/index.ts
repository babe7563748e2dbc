/**
 * The HTML editions: one page per paper and language, the site index, and the
 * shared assets (stylesheet and fonts). See docs/html.md.
 */
import type { CollectionRenderer, EditionRenderer } from '../context.js';
import { createI18n } from '../../i18n/index.js';
import { editionPath, siteIndexPath } from './context.js';
import { renderHtml } from './paper.js';
import { renderSiteIndex } from './site-index.js';
import { LANGS } from '../../model/langs.js';
import { htmlAssets } from './assets.js';

export { renderHtml, renderSiteIndex, htmlAssets };
export { renderBilingual, bilingualRenderer } from './bilingual.js';
export { editionPath, type HtmlContext } from './context.js';

export const renderHtmlEdition: EditionRenderer = (paper, ctx) => [{ path: editionPath(ctx.slug, ctx.lang, 'html'), data: renderHtml(paper, ctx) }];

/** output/index.html (English) and output/index.ar.html (Arabic): every paper with its titles in both languages; and output/assets/. */
export const htmlSite: CollectionRenderer = {
  name: 'html site index',
  formats: ['html'],
  render: (papers, formats) => [
    ...LANGS.map((lang) => ({ path: siteIndexPath(lang), data: renderSiteIndex(papers, { lang, t: createI18n(lang).t, formats }) })),
    ...htmlAssets(),
  ],
};
