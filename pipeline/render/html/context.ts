/**
 * What the HTML renderer reads from the render context: the edition's
 * language and strings, which languages the paper exists in (language switch,
 * `hreflang` alternates) and which formats this build makes (PDF/JSON links).
 */
import type { Lang } from '../../model/paper.js';
import type { Format, RenderContext } from '../context.js';

export type HtmlContext = Pick<RenderContext, 'lang' | 't' | 'slug' | 'editions' | 'formats'>;

/** File names of a paper's editions inside `output/<slug>/`. */
export const editionFile = (lang: Lang, format: Format): string => `${lang}.${format}`;

/** Where an edition lives relative to `output/`. */
export const editionPath = (slug: string, lang: Lang, format: Format): string => `${slug}/${editionFile(lang, format)}`;

/** The parallel edition inside `output/<slug>/`, made when a paper exists in both languages. */
export const BILINGUAL_FILE = 'bilingual.html';

/** The shared stylesheet, relative to `output/`. */
export const STYLESHEET = 'assets/paper.css';

/** The site index in each language: `index.html` in English, `index.ar.html` in Arabic, side by side so their links are the same. */
export const siteIndexPath = (lang: Lang): string => (lang === 'en' ? 'index.html' : `index.${lang}.html`);
