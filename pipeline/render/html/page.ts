/**
 * The page shell: the document around a page's content (head metadata, the
 * site's header and footer), the passes that run over the whole page (script
 * isolation, typographic quotes) and serialization with rehype-stringify.
 */
import type { Element, ElementContent, Properties, Root } from 'hast';
import { h } from 'hastscript';
import { unified } from 'unified';
import rehypeStringify from 'rehype-stringify';
import { isolateScripts } from './bidi.js';
import { dirOf } from './lang.js';
import { FONTS, STYLESHEET } from './context.js';
import { PRELOADED_FONTS } from './assets.js';
import { pageHead, relativeTo, type PageMeta } from './head.js';
import { siteFooter, siteHeader, type Chrome } from './chrome.js';
import { smartQuotes } from './quotes.js';

export interface Shell {
  meta: PageMeta;
  chrome: Omit<Chrome, 'lang' | 'path'>;
  /** More of the head: JSON-LD, citation tags, links to other formats. */
  head: Element[];
  /** The content of `<main>`. */
  main: ElementContent[];
  /** Attributes of `<main>` (a class, the search index's marks). */
  mainProps?: Properties;
  /** Elements at the end of `<body>` (scripts). */
  tail?: Element[];
}

/** The serializer of every page: the end of the unified chain the body starts with remark-rehype. */
const stringifier = unified().use(rehypeStringify).freeze();

export function page(shell: Shell): string {
  const { meta } = shell;
  const chrome: Chrome = { ...shell.chrome, lang: meta.lang, path: meta.path };
  const body = h('body', [
    // Keyboard users reach the content without tabbing through the site's header.
    h('a.skip', { href: '#main' }, chrome.t('paper.skipToText')),
    siteHeader(chrome),
    h('main', { ...shell.mainProps, id: 'main', tabIndex: -1 }, shell.main),
    siteFooter(chrome),
    ...(shell.tail ?? []),
  ]);
  smartQuotes(body, meta.lang);
  isolateScripts(body, meta.lang);
  const root: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: meta.lang, dir: dirOf(meta.lang) }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', meta.title),
          h('link', { rel: ['stylesheet'], href: relativeTo(meta.path, STYLESHEET) }),
          ...PRELOADED_FONTS[meta.lang].map((font) => h('link', { rel: ['preload'], href: relativeTo(meta.path, `${FONTS}${font}`), as: 'font', type: 'font/woff2', crossOrigin: '' })),
          ...pageHead(meta),
          ...shell.head,
        ]),
        body,
      ]),
    ],
  };
  return stringifier.stringify(root) + '\n';
}
