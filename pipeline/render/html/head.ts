/**
 * What a page says about itself in its head, for search engines and for
 * sharing: description, canonical URL, the same page in the other language
 * (`hreflang`, with `x-default`), Open Graph and Twitter cards, the icon.
 *
 * Canonical and `hreflang` URLs must be absolute, so they are written only
 * when the project says where the site is published (papers.yml `site.url`);
 * without it a page keeps its relative links and says nothing it cannot.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Lang } from '../../model/paper.js';
import type { SiteConfig } from '../../model/config.js';
import { absoluteUrl, FAVICON } from './context.js';

export interface PageMeta {
  lang: Lang;
  /** Where the page lives inside `output/`. */
  path: string;
  /** The document's title (`<title>`), which names the site too. */
  title: string;
  /** The page's own title, for cards. */
  heading: string;
  description: string;
  site?: SiteConfig;
  /** The site's name in the page's language (og:site_name). */
  siteName: string;
  /** The same page in each language it exists in (this one included), as paths inside `output/`. */
  alternates?: Partial<Record<Lang, string>>;
  /** The version for readers of any other language. */
  xDefault?: string;
  kind: 'article' | 'website';
  /** An image that stands for the page (the publisher's logo): a path inside `output/` or an absolute URL. */
  image?: string;
  published?: string;
  modified?: string;
  authors?: string[];
  keywords?: string[];
  /** The publisher's handle on X/Twitter (`@name`). */
  handle?: string;
}

/** Open Graph locales of the editions' languages. */
const OG_LOCALE: Record<Lang, string> = { en: 'en_US', ar: 'ar_AR' };

/** The public URL of a page: a folder's index is published as the folder itself. */
export function canonicalUrl(site: SiteConfig | undefined, path: string): string | undefined {
  return absoluteUrl(site, path.replace(/(^|\/)index\.html$/, '$1'));
}

/** `path` (inside `output/`) as a link from a page at `from`. */
export function relativeTo(from: string, path: string): string {
  const depth = from.split('/').length - 1;
  return '../'.repeat(depth) + path;
}

/** An image path inside output/ or an absolute URL, as the absolute URL cards need; undefined when it cannot be one. */
function imageUrl(meta: PageMeta): string | undefined {
  if (!meta.image) return undefined;
  return /^https?:/.test(meta.image) ? meta.image : absoluteUrl(meta.site, meta.image);
}

export function pageHead(meta: PageMeta): Element[] {
  const canonical = canonicalUrl(meta.site, meta.path);
  const image = imageUrl(meta);
  const property = (name: string, content: string | undefined) => (content ? [h('meta', { property: name, content })] : []);
  const named = (name: string, content: string | undefined) => (content ? [h('meta', { name, content })] : []);
  const alternates = Object.entries(meta.alternates ?? {}) as [Lang, string][];
  const links: Element[] = [];
  if (canonical) {
    links.push(h('link', { rel: ['canonical'], href: canonical }));
    if (alternates.length > 1) {
      for (const [lang, path] of alternates) links.push(h('link', { rel: ['alternate'], hrefLang: lang, href: canonicalUrl(meta.site, path) }));
      if (meta.xDefault) links.push(h('link', { rel: ['alternate'], hrefLang: 'x-default', href: canonicalUrl(meta.site, meta.xDefault) }));
    }
  }
  return [
    h('meta', { name: 'description', content: meta.description }),
    ...links,
    h('link', { rel: ['icon'], type: 'image/svg+xml', href: relativeTo(meta.path, FAVICON) }),
    ...property('og:type', meta.kind),
    ...property('og:title', meta.heading),
    ...property('og:description', meta.description),
    ...property('og:url', canonical),
    ...property('og:site_name', meta.siteName),
    ...property('og:locale', OG_LOCALE[meta.lang]),
    ...alternates.filter(([lang]) => lang !== meta.lang).flatMap(([lang]) => property('og:locale:alternate', OG_LOCALE[lang])),
    ...property('og:image', image),
    ...(meta.kind === 'article'
      ? [
          ...property('article:published_time', meta.published),
          ...property('article:modified_time', meta.modified),
          ...(meta.authors ?? []).flatMap((a) => property('article:author', a)),
          ...(meta.keywords ?? []).flatMap((k) => property('article:tag', k)),
        ]
      : []),
    ...named('twitter:card', 'summary'),
    ...named('twitter:site', meta.handle),
    ...named('twitter:title', meta.heading),
    ...named('twitter:description', meta.description),
    ...named('twitter:image', image),
  ];
}
