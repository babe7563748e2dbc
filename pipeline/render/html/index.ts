/**
 * The HTML editions: one page per paper and language, the site index, and the
 * shared assets (stylesheet and fonts). See docs/html.md.
 */
export { renderHtml } from './paper.js';
export { renderSiteIndex, type SiteEntry, type SiteContext } from './site-index.js';
export { htmlAssets, type AssetFile } from './assets.js';
export { htmlSafetyTransform, remarkHtmlSafety } from './safety.js';
export { editionPath, type HtmlContext } from './context.js';
