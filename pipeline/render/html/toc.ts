/**
 * The table of contents, nested like the model's outline, linking to the
 * section anchors. A `<details>` element: closed on a small screen, where it
 * would fill the first one, and shown open on a wide one by the stylesheet.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Section } from '../../model/paper.js';
import type { HtmlContext } from './context.js';
import { BACK_MATTER } from './ids.js';

export function toc(outline: Section[], back: { id: string; title: string }[], numbers: SectionNumbers, ctx: HtmlContext): Element | null {
  if (!outline.length && !back.length) return null;
  const items = (sections: Section[]): Element =>
    h('ol', sections.map((s) => h('li', [h('a', { href: `#${s.id}` }, [...numberOf(numbers, s.id), s.title]), s.children.length ? items(s.children) : null])));
  return h('nav.toc', { ariaLabelledBy: [BACK_MATTER.contents] }, h('details', [
    h('summary', h('h2', { id: BACK_MATTER.contents }, ctx.t('paper.contents'))),
    outline.length ? items(outline) : null,
    back.length ? h('ul.back-matter', back.map((b) => h('li', h('a', { href: `#${b.id}` }, b.title)))) : null,
  ]));
}

/** A section's number, and whether its title already starts with it (then it is not added). */
export type SectionNumbers = ReadonlyMap<string, { n: string; own: boolean }>;

/** A heading that numbers itself: "1.", "2.3", "٣-"… */
const OWN_NUMBER = /^\s*([\d\u0660-\u0669]+(?:[.\-][\d\u0660-\u0669]+)*)[.)\-]?\s+/u;

/**
 * Section numbers as the contents print them (1, 1.1, 1.2, 2 …) in the
 * edition's digits, by section id; the index of names refers to sections by
 * these numbers, which the headings carry too. A heading that has a number
 * of its own in the source keeps it and gets none.
 */
export function sectionNumbers(outline: Section[], digit: (n: number) => string): SectionNumbers {
  const numbers = new Map<string, { n: string; own: boolean }>();
  const walk = (sections: Section[], prefix: string) =>
    sections.forEach((s, i) => {
      const own = OWN_NUMBER.exec(s.title)?.[1];
      const n = own ?? (prefix ? `${prefix}.${digit(i + 1)}` : digit(i + 1));
      numbers.set(s.id, { n, own: own !== undefined });
      walk(s.children, n);
    });
  walk(outline, '');
  return numbers;
}

/** What a heading or a contents entry shows before its title: the number and a space. */
export function numberOf(numbers: SectionNumbers, id: string): ElementContent[] {
  const number = numbers.get(id);
  return number && !number.own ? [h('span.secno', number.n), { type: 'text', value: ' ' }] : [];
}
