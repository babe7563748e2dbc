/** The table of contents, nested like the model's outline, linking to the section anchors. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Section } from '../../model/paper.js';
import type { HtmlContext } from './context.js';
import { BACK_MATTER } from './ids.js';

export function toc(outline: Section[], back: { id: string; title: string }[], ctx: HtmlContext): Element | null {
  if (!outline.length && !back.length) return null;
  const items = (sections: Section[]): Element =>
    h('ol', sections.map((s) => h('li', [h('a', { href: `#${s.id}` }, s.title), s.children.length ? items(s.children) : null])));
  return h('nav.toc', { ariaLabelledBy: [BACK_MATTER.contents] }, [
    h('h2', { id: BACK_MATTER.contents }, ctx.t('paper.contents')),
    outline.length ? items(outline) : null,
    back.length ? h('ul.back-matter', back.map((b) => h('li', h('a', { href: `#${b.id}` }, b.title)))) : null,
  ]);
}
