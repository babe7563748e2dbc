/**
 * What the HTML renderer reads from the render context: the edition's
 * language and strings, which languages the paper exists in (language switch,
 * `hreflang` alternates), which formats this build makes (PDF/JSON links),
 * and where the site is published (absolute URLs); and where every page of
 * the site lives inside `output/`.
 */
import type { Lang } from '../../model/paper.js';
import type { Format, RenderContext } from '../context.js';
import type { SiteConfig } from '../../model/config.js';
import { slug } from 'github-slugger';

export type HtmlContext = Pick<RenderContext, 'lang' | 't' | 'slug' | 'editions' | 'formats'> & Partial<Pick<RenderContext, 'site' | 'languages' | 'epoch'>>;

/** File names of a paper's editions inside `output/<slug>/`. */
export const editionFile = (lang: Lang, format: Format): string => `${lang}.${format}`;

/** Where an edition lives relative to `output/`. */
export const editionPath = (slug: string, lang: Lang, format: Format): string => `${slug}/${editionFile(lang, format)}`;

/** The parallel edition inside `output/<slug>/`, made when a paper exists in both languages. */
export const BILINGUAL_FILE = 'bilingual.html';

/** The site's own folders in `output/`, beside the papers' (a paper may not take their names). */
export const SITE_FOLDERS: readonly string[] = ['assets', 'search'];

/** The shared stylesheet, relative to `output/`. */
export const STYLESHEET = 'assets/paper.css';

/** The search page's script, relative to `output/`. */
export const SEARCH_SCRIPT = 'assets/search.js';

/** The search index (Pagefind), one bundle per language, relative to `output/`. */
export const searchBundle = (lang: Lang): string => `search/${lang}/`;

/** The font files, relative to `output/`. */
export const FONTS = 'assets/fonts/';

/** The site's icon, relative to `output/`. */
export const FAVICON = 'assets/favicon.svg';

/** A page of the site in each language: `<name>.html` in English, `<name>.ar.html` in Arabic, side by side so their links are the same. */
export const sitePagePath = (name: string, lang: Lang): string => (lang === 'en' ? `${name}.html` : `${name}.${lang}.html`);

/** The site index in each language. */
export const siteIndexPath = (lang: Lang): string => sitePagePath('index', lang);

/** The site's own pages besides the index: listings and search. */
export const SITE_PAGES = { topics: 'topics', authors: 'authors', search: 'search' } as const;

/** The Atom feed of each language, relative to `output/`. */
export const feedPath = (lang: Lang): string => (lang === 'en' ? 'feed.xml' : `feed.${lang}.xml`);

/** The reference files of an edition ("cite this paper"), inside `output/<slug>/`. */
export const CITE_FILES = { bibtex: (lang: Lang) => `${lang}.bib`, ris: (lang: Lang) => `${lang}.ris`, csl: (lang: Lang) => `${lang}.csl.json` } as const;

/** The absolute URL of a path of `output/`, when the project says where the site is published. */
export function absoluteUrl(site: SiteConfig | undefined, path: string): string | undefined {
  if (!site?.url) return undefined;
  const base = site.url.endsWith('/') ? site.url : `${site.url}/`;
  return new URL(path, base).href;
}

/** The project's languages in order: those it names, else English then Arabic. */
export const languageOrder = (languages: readonly Lang[] | undefined): Lang[] => (languages?.length ? [...languages] : ['en', 'ar']);

/** The anchor of a keyword on the topics page (Unicode letters kept, as heading ids are). */
export const topicAnchor = (keyword: string): string => `topic-${slug(keyword)}`;

/** The anchor of an author on the authors page. */
export const authorAnchor = (name: string): string => `author-${slug(name)}`;

/** When a paper was last changed, as far as the build knows: its date, or SOURCE_DATE_EPOCH's day when that is later. */
export function lastModified(date: string, epoch: number | undefined): string {
  if (epoch === undefined) return date;
  const built = new Date(epoch * 1000).toISOString().slice(0, 10);
  return built > date ? built : date;
}
