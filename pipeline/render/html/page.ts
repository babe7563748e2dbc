/**
 * The page shell: the document around the body and the back matter, and the
 * passes that run over the whole page (script isolation) before it is
 * serialized.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import type { Lang } from '../../model/paper.js';
import { isolateScripts } from './bidi.js';
import { dirOf } from './lang.js';
import { serialize } from './serialize.js';

export interface Shell {
  lang: Lang;
  title: string;
  description?: string;
  /** Path of the shared stylesheet relative to the page. */
  stylesheet: string;
  head: Element[];
  body: Element[];
}

export function page(shell: Shell): string {
  const root: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      h('html', { lang: shell.lang, dir: dirOf(shell.lang) }, [
        h('head', [
          h('meta', { charSet: 'utf-8' }),
          h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          h('title', shell.title),
          shell.description ? h('meta', { name: 'description', content: shell.description }) : null,
          h('link', { rel: ['stylesheet'], href: shell.stylesheet }),
          ...shell.head,
        ]),
        h('body', shell.body),
      ]),
    ],
  };
  const html = root.children[1] as Element;
  isolateScripts(html.children[1] as Element, shell.lang);
  return serialize(root) + '\n';
}
