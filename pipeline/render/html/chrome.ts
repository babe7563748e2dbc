/**
 * The site around every page: a header with the site's name, its sections
 * (papers, topics, authors, search) and the other language, and a footer with
 * the publisher's identity and contact (the page's `contentinfo` landmark).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { TFunction } from 'i18next';
import type { Lang } from '../../model/paper.js';
import type { Publisher } from '../../model/frontmatter.js';
import { feedPath, SITE_PAGES, siteIndexPath, sitePagePath } from './context.js';
import { relativeTo } from './head.js';
import { dirOf, otherLang } from './lang.js';

export interface Chrome {
  lang: Lang;
  t: TFunction;
  /** Where the page lives inside `output/`. */
  path: string;
  siteTitle: string;
  publisher?: Publisher;
  /** The same page in the other language, inside `output/`; the other language's index when there is none. */
  otherLanguage?: string;
  /** Whether the build makes feeds (they need the site's URL). */
  feeds: boolean;
}

/** Where a logo given in papers.yml is published: an https URL stays as it is, a file is copied to assets/. */
export function logoAsset(logo: string): string {
  if (/^https:/.test(logo)) return logo;
  const ext = /\.[a-z0-9]+$/i.exec(logo)?.[0].toLowerCase() ?? '';
  return `assets/logo${ext}`;
}

function logoImage(publisher: Publisher | undefined, from: string): Element | null {
  if (!publisher?.logo) return null;
  const asset = logoAsset(publisher.logo);
  // Sized by the stylesheet and fitted inside its box, whatever the logo's proportions.
  return h('img.logo', { src: /^https:/.test(asset) ? asset : relativeTo(from, asset), alt: '', width: 40, height: 40 });
}

export function siteHeader(c: Chrome): Element {
  const { t, lang } = c;
  const other = otherLang(lang);
  const link = (page: string, label: string) => {
    const current = page === c.path;
    return h('li', h('a', { href: relativeTo(c.path, page), ...(current ? { ariaCurrent: 'page' } : {}) }, label));
  };
  const searchPage = sitePagePath(SITE_PAGES.search, lang);
  return h('header.site-header', [
    h('a.site-title', { href: relativeTo(c.path, siteIndexPath(lang)) }, [logoImage(c.publisher, c.path), h('span', c.siteTitle)]),
    h('nav.site-nav', { ariaLabel: t('site.navigation') }, h('ul', [
      link(siteIndexPath(lang), t('site.papers')),
      link(sitePagePath(SITE_PAGES.topics, lang), t('site.topics')),
      link(sitePagePath(SITE_PAGES.authors, lang), t('site.authors')),
      link(searchPage, t('site.search')),
      h('li', h('a', { href: relativeTo(c.path, c.otherLanguage ?? siteIndexPath(other)), hrefLang: other, lang: other, dir: dirOf(other) }, t('language.switch'))),
    ])),
  ]);
}

export function siteFooter(c: Chrome): Element {
  const { t, lang, publisher } = c;
  const items: ElementContent[] = [];
  const contact = publisher?.contact;
  if (contact?.email) items.push(h('li', [h('span.label', `${t('site.email')}: `), h('a', { href: `mailto:${contact.email}` }, contact.email)]));
  if (publisher?.site) items.push(h('li', [h('span.label', `${t('site.publisherSite')}: `), h('a', { href: publisher.site }, publisher.site.replace(/^https?:\/\/(www\.)?/, '').replace(/\/$/, ''))]));
  if (contact?.phone) items.push(h('li', [h('span.label', `${t('site.phone')}: `), h('span', { dir: 'ltr' }, contact.phone)]));
  if (contact?.address) items.push(h('li', contact.address));
  // A handle is Latin script in any page: `dir` keeps its @ at its start, `lang` sets it in the Latin font.
  for (const handle of contact?.social ?? []) items.push(h('li', h('span', { lang: 'en', dir: 'ltr' }, handle)));
  if (c.feeds) items.push(h('li', h('a', { href: relativeTo(c.path, feedPath(lang)), type: 'application/atom+xml' }, t('site.feed'))));
  return h('footer.site-footer', [
    publisher
      ? h('p.site-publisher', [
          logoImage(publisher, c.path),
          // One flex item: the parentheses stay against the short name. The page's script pass isolates a short name in the other script.
          h('span', [
            t('site.publishedBy'),
            ' ',
            h('span.publisher-name', publisher.name[lang]),
            publisher.short && publisher.short !== publisher.name[lang] ? ` (${publisher.short})` : null,
          ]),
        ])
      : h('p.site-publisher', c.siteTitle),
    items.length ? h('ul.site-contact', { ariaLabel: t('site.contact') }, items) : null,
  ]);
}
