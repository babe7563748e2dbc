/** One HTML edition of a paper: `output/<slug>/<lang>.html`. */
import { h } from 'hastscript';
import type { Element } from 'hast';
import type { Paper } from '../../model/paper.js';
import { editionFile, STYLESHEET, type HtmlContext } from './context.js';
import { renderBody } from './body.js';
import { masthead } from './masthead.js';
import { toc } from './toc.js';
import { glossarySection } from './glossary.js';
import { sourcesSection } from './sources.js';
import { namesSection } from './names.js';
import { jsonLd } from './jsonld.js';
import { BACK_MATTER } from './ids.js';
import { page } from './page.js';
import { rememberingT } from '../../i18n/index.js';

export function renderHtml(paper: Paper, edition: HtmlContext): string {
  const ctx: HtmlContext = { ...edition, t: rememberingT(edition.t) };
  const { t } = ctx;
  const body = renderBody(paper, ctx);
  const back: { id: string; title: string; el: Element | null }[] = [
    { id: BACK_MATTER.glossary, title: t('paper.glossary'), el: glossarySection(paper.glossary, ctx) },
    { id: BACK_MATTER.sources, title: t('paper.sources'), el: sourcesSection(paper.citations, body.refs, ctx) },
    { id: BACK_MATTER.names, title: t('paper.indexOfNames'), el: namesSection(paper.entities, ctx) },
  ].filter((b) => b.el !== null);
  const publisher = paper.meta.publisher;
  return page({
    lang: ctx.lang,
    title: `${paper.meta.title} — ${publisher.short ?? publisher.name[ctx.lang]}`,
    description: paper.meta.summary,
    stylesheet: `../${STYLESHEET}`,
    head: [
      ...ctx.editions.map((l) => h('link', { rel: ['alternate'], hrefLang: l, href: editionFile(l, 'html') })),
      ...(ctx.formats.includes('pdf') ? [h('link', { rel: ['alternate'], type: 'application/pdf', href: editionFile(ctx.lang, 'pdf') })] : []),
      ...(ctx.formats.includes('json') ? [h('link', { rel: ['alternate'], type: 'application/json', href: editionFile(ctx.lang, 'json') })] : []),
      jsonLd(paper, ctx),
    ],
    body: [
      // Keyboard users reach the text without tabbing through the masthead and the contents.
      h('a.skip', { href: `#${BACK_MATTER.text}` }, t('paper.skipToText')),
      masthead(paper, ctx),
      h('main', [
        toc(paper.outline, back, ctx),
        h('article.body', { id: BACK_MATTER.text, tabIndex: -1 }, body.tree.children as Element[]),
        ...back.map((b) => b.el),
      ].filter((el): el is Element => el !== null)),
    ],
  });
}
