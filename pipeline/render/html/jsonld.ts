/**
 * schema.org metadata as JSON-LD. An edition is a `Report` (also a
 * `ScholarlyArticle`) with its headline, authors, dates, language, its
 * translation in the other language, the publisher with its logo, the
 * entities it names (`mentions`, the most named as `about`, with `sameAs`
 * where the gazetteer knows a Wikidata item) and its files. The site's pages
 * describe the site and list the papers.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Entity, Lang, PaperMeta } from '../../model/paper.js';
import type { SiteConfig } from '../../model/config.js';
import type { Publisher } from '../../model/frontmatter.js';
import { absoluteUrl } from './context.js';
import { canonicalUrl } from './head.js';
import { logoAsset } from './chrome.js';

const SCHEMA_TYPE: Record<Entity['type'], string> = { person: 'Person', organization: 'Organization', place: 'Place', date: 'Event' };
/** How many of the most-mentioned entities count as the paper's subject. */
const ABOUT = 3;

/** A page's address for JSON-LD: absolute when the site's URL is known, else relative to the page (JSON-LD resolves it against the page). */
export function ldUrl(site: SiteConfig | undefined, path: string, relative: string): string {
  return canonicalUrl(site, path) ?? relative;
}

export function publisherLd(publisher: Publisher, lang: Lang, site: SiteConfig | undefined): Record<string, unknown> {
  const logo = publisher.logo ? logoAsset(publisher.logo) : undefined;
  const logoUrl = logo && (/^https:/.test(logo) ? logo : absoluteUrl(site, logo));
  const sameAs = publisher.site ? [publisher.site] : [];
  return {
    '@type': 'Organization',
    name: publisher.name[lang],
    alternateName: [publisher.name[lang === 'en' ? 'ar' : 'en'], ...(publisher.short ? [publisher.short] : [])],
    ...(publisher.site ? { url: publisher.site } : {}),
    ...(logoUrl ? { logo: { '@type': 'ImageObject', url: logoUrl } } : {}),
    ...(publisher.contact?.email ? { email: publisher.contact.email } : {}),
    ...(sameAs.length ? { sameAs } : {}),
  };
}

export interface EditionLd {
  meta: PaperMeta;
  entities: Entity[];
  lang: Lang;
  /** The page's URL (absolute when known). */
  url: string;
  description: string;
  modified: string;
  /** The paper in the other language: its URL, and whether it is the original (the project's first language) or a translation. */
  translation?: { url: string; lang: Lang; original: boolean };
  /** Files of the edition: media type → URL. */
  files: [string, string][];
  site?: SiteConfig;
  siteName: string;
}

/** The Wikidata item of a gazetteer entity, when its entry names one (the model carries it). */
const sameAs = (e: Entity): string[] => (e.wikidata ? [`https://www.wikidata.org/wiki/${e.wikidata}`] : []);

export function editionLd(ed: EditionLd): Record<string, unknown> {
  const { meta, lang } = ed;
  const other: Lang = lang === 'en' ? 'ar' : 'en';
  const thing = (e: Entity) => {
    const links = sameAs(e);
    return { '@type': SCHEMA_TYPE[e.type], name: e.name, ...(e.names[other] && e.names[other] !== e.name ? { alternateName: e.names[other] } : {}), ...(links.length ? { sameAs: links } : {}) };
  };
  const named = ed.entities.filter((e) => e.type !== 'date');
  const about = [...named].sort((a, b) => b.mentions.length - a.mentions.length || a.id.localeCompare(b.id)).slice(0, ABOUT);
  const publisher = publisherLd(meta.publisher, lang, ed.site);
  const authors = meta.authors?.length ? meta.authors.map((name) => ({ '@type': 'Person', name })) : [{ ...publisher }];
  const translation = ed.translation && (ed.translation.original ? { translationOfWork: { '@id': ed.translation.url } } : { workTranslation: { '@id': ed.translation.url } });
  return {
    '@context': 'https://schema.org',
    '@type': ['Report', 'ScholarlyArticle'],
    '@id': ed.url,
    url: ed.url,
    mainEntityOfPage: ed.url,
    headline: meta.title,
    name: meta.title,
    ...(meta.subtitle ? { alternativeHeadline: meta.subtitle } : {}),
    description: ed.description,
    ...(meta.summary ? { abstract: meta.summary } : {}),
    inLanguage: lang,
    datePublished: meta.date,
    dateModified: ed.modified,
    genre: meta.type,
    ...(meta.keywords?.length ? { keywords: meta.keywords.join(', ') } : {}),
    author: authors,
    publisher,
    ...(meta.license ? { license: meta.license } : {}),
    isAccessibleForFree: true,
    isPartOf: { '@type': 'WebSite', name: ed.siteName, ...(ed.site?.url ? { url: ed.site.url } : {}) },
    ...translation,
    ...(about.length ? { about: about.map(thing) } : {}),
    ...(named.length ? { mentions: named.map(thing) } : {}),
    encoding: ed.files.map(([type, url]) => ({ '@type': 'MediaObject', encodingFormat: type, contentUrl: url })),
  };
}

/** The JSON-LD script of a page. */
export function ldScript(data: unknown): Element {
  return h('script', { type: 'application/ld+json' }, scriptSafeJson(data));
}

/** JSON that cannot end its <script> element or open a comment inside it. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
