/** The index of names: entities grouped by type, each linking to its mentions in the text. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { Entity, EntityType } from '../../model/paper.js';
import type { HtmlContext } from './context.js';
import { BACK_MATTER } from './ids.js';
import { collatorFor, formatNumber } from '../format.js';
import { dirOf, otherLang } from './lang.js';
import { phrase, type Phrase } from '../../i18n/index.js';

const TYPES: EntityType[] = ['person', 'organization', 'place', 'date'];

export function namesSection(entities: Entity[], ctx: HtmlContext): Element | null {
  if (!entities.length) return null;
  const { lang, t } = ctx;
  const collator = collatorFor(lang);
  const strings: Strings = { mentionN: phrase(t, 'paper.mentionN', ['name', 'n']), separator: t('paper.listSeparator') };
  const groups = TYPES.map((type) => ({
    type,
    members: entities.filter((e) => e.type === type).sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id)),
  })).filter((g) => g.members.length);
  return h('section.names', { id: BACK_MATTER.names, ariaLabelledBy: [`${BACK_MATTER.names}-title`] }, [
    h('h2', { id: `${BACK_MATTER.names}-title` }, t('paper.indexOfNames')),
    ...groups.flatMap((g) => [
      h('h3', { id: `${BACK_MATTER.names}-${g.type}` }, t(`entityType.${g.type}`)),
      h('ul', g.members.map((e) => entry(e, strings, ctx))),
    ]),
  ]);
}

/** What every entry says, resolved once per section. */
interface Strings {
  mentionN: Phrase;
  separator: string;
}

function entry(e: Entity, strings: Strings, ctx: HtmlContext): Element {
  const other = otherLang(ctx.lang);
  const otherName = e.names[other];
  const anchors = [...e.mentions].sort((a, b) => a.start - b.start).flatMap((m) => (m.anchor ? [m.anchor] : []));
  return h('li', [
    h('span.name', e.name),
    otherName && otherName !== e.name ? [' (', h('span', { lang: other, dir: dirOf(other) }, otherName), ')'] : null,
    anchors.length ? ': ' : null,
    ...listOf(
      anchors.map((anchor, i) => {
        const n = formatNumber(i + 1, ctx.lang, ctx.t);
        // A literal, not h(): what hastscript would make, without parsing a selector and properties for every mention.
        const link: Element = { type: 'element', tagName: 'a', properties: { href: `#${anchor}`, ariaLabel: strings.mentionN({ name: e.name, n }) }, children: [{ type: 'text', value: n }] };
        return link;
      }),
      strings.separator,
    ),
  ]);
}

/** Elements joined with the edition's separator (the Arabic comma in Arabic). */
function listOf(items: Element[], separator: string): (Element | string)[] {
  return items.flatMap((item, i) => (i ? [separator, item] : [item]));
}
