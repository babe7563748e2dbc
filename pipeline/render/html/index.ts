/**
 * The HTML editions: one page per paper and language with its reference
 * files, and the site around them (index, listings, search, sitemap, robots,
 * feeds, the search index and the shared assets). See docs/html.md.
 */
import type { CollectionRenderer, EditionRenderer, OutputFile } from '../context.js';
import { buildEpoch } from '../context.js';
import { feedPath, SITE_PAGES, siteIndexPath, sitePagePath } from './context.js';
import { renderHtml, renderHtmlFiles } from './paper.js';
import { renderAuthors, renderSearch, renderSiteIndex, renderTopics, type SiteContext } from './site-index.js';
import { LANGS } from '../../model/langs.js';
import { htmlAssets } from './assets.js';
import { atomFeed, robots, sitemap } from './syndication.js';
import { searchIndex } from './search-index.js';

export { renderHtml, renderSiteIndex, renderTopics, renderAuthors, renderSearch, htmlAssets };
export { renderBilingual, bilingualRenderer } from './bilingual.js';
export { editionPath, type HtmlContext } from './context.js';

export const renderHtmlEdition: EditionRenderer = (paper, ctx) => renderHtmlFiles(paper, ctx);

/** The build's time stamp for the site's dates (sitemap, feeds): SOURCE_DATE_EPOCH when it is set, else none (each paper's own date). */
const siteEpoch = (env = process.env): number | undefined => (/^\d+$/.test(env.SOURCE_DATE_EPOCH ?? '') ? buildEpoch('', env) : undefined);

/** The site's pages, feeds, sitemap and assets, and the search index over the editions written so far. */
export const htmlSite: CollectionRenderer = {
  name: 'html site',
  formats: ['html'],
  render: async (papers, formats, project, translators) => {
    const site = project.site;
    const epoch = siteEpoch();
    const files: OutputFile[] = [];
    for (const lang of LANGS) {
      const ctx: SiteContext = { lang, t: translators(lang), formats, project };
      files.push(
        { path: siteIndexPath(lang), data: renderSiteIndex(papers, ctx) },
        { path: sitePagePath(SITE_PAGES.topics, lang), data: renderTopics(papers, ctx) },
        { path: sitePagePath(SITE_PAGES.authors, lang), data: renderAuthors(papers, ctx) },
        { path: sitePagePath(SITE_PAGES.search, lang), data: renderSearch(papers, ctx) },
      );
      if (site?.url) files.push({ path: feedPath(lang), data: atomFeed(papers, site, ctx, epoch) });
    }
    if (site?.url) files.push({ path: 'sitemap.xml', data: sitemap(papers, site, project.languages, epoch) });
    files.push({ path: 'robots.txt', data: robots(site) }, ...htmlAssets(project));
    files.push(...(await searchIndex(papers, project.out)));
    return files;
  },
};
