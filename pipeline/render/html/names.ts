/**
 * The index of names: entities grouped by type, as a book's index has them.
 * People are listed by family name ("al-Sadr, Muqtada", filed under S: an
 * article is not a letter of the name), organizations and places by name
 * without a leading article, dates in time order. Each entry refers to the
 * sections that name it, by the numbers the contents and headings show, each
 * linking to the first mention there.
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import type { Entity, EntityType, Lang } from '../../model/paper.js';
import type { HtmlContext } from './context.js';
import { BACK_MATTER } from './ids.js';
import { collatorFor } from '../format.js';
import { dirOf, otherLang } from './lang.js';
import { phrase, type Phrase } from '../../i18n/index.js';
import type { SectionNumbers } from './toc.js';

const TYPES: EntityType[] = ['person', 'organization', 'place', 'date'];

/** The article a word may start with, which sorting skips: "al-", "el-", "ال". */
const ARTICLE = /^(?:al-|el-|ال)/iu;

/** What a name is filed under: without a leading "the", nor the article of any of its words. */
export const sortKey = (name: string): string =>
  name
    .trim()
    .split(/\s+/)
    .filter((w, i) => i > 0 || !/^the$/i.test(w))
    .map((w) => w.replace(ARTICLE, ''))
    .join(' ');

/**
 * Words that start a family name of more than one word: "Abdel Rahman",
 * «عبد الرحمن», "Abu Zeid", "bin Laden", "von der Leyen", "de Gaulle".
 */
const PARTICLE = /^(?:abd|abdel|abdul|abdal|abu|abou|bin|ben|ibn|bint|al|el|van|von|der|den|de|da|del|della|di|du|dos|das|la|le|ter|ten|عبد|أبو|ابو|أبي|بن|ابن|بنت|آل)$/iu;

/** A person's name as an index lists it: family name first ("al-Sadr, Muqtada", "Abdel Rahman, Yasmin"). */
export function indexName(name: string, lang: Lang): { shown: string; key: string } {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return { shown: name, key: sortKey(name) };
  let start = words.length - 1;
  while (start > 1 && PARTICLE.test(words[start - 1])) start--;
  const family = words.slice(start).join(' ');
  const given = words.slice(0, start).join(' ');
  return { shown: `${family}${lang === 'ar' ? '، ' : ', '}${given}`, key: `${sortKey(family)} ${sortKey(given)}` };
}

/** The date value an entity of type date sorts by. */
const dateValue = (e: Entity): string => (typeof e.value === 'string' ? e.value : (e.value?.from ?? ''));

export function namesSection(entities: Entity[], numbers: SectionNumbers, ctx: HtmlContext): Element | null {
  if (!entities.length) return null;
  const { lang, t } = ctx;
  const collator = collatorFor(lang);
  const strings: Strings = {
    inSection: phrase(t, 'paper.mentionInSection', ['name', 'n']),
    opening: t('paper.opening'),
    inOpening: phrase(t, 'paper.mentionInOpening', ['name', 'opening']),
    separator: t('paper.listSeparator'),
  };
  const groups = TYPES.map((type) => {
    const members = entities
      .filter((e) => e.type === type)
      .map((e) => ({ e, ...(type === 'person' ? indexName(e.name, lang) : { shown: e.name, key: sortKey(e.name) }) }));
    members.sort((a, b) => (type === 'date' ? dateValue(a.e).localeCompare(dateValue(b.e)) : 0) || collator.compare(a.key, b.key) || a.e.id.localeCompare(b.e.id));
    return { type, members };
  }).filter((g) => g.members.length);
  return h('section.names', { id: BACK_MATTER.names, ariaLabelledBy: [`${BACK_MATTER.names}-title`] }, [
    h('h2', { id: `${BACK_MATTER.names}-title` }, t('paper.indexOfNames')),
    ...groups.flatMap((g) => [
      h('h3', { id: `${BACK_MATTER.names}-${g.type}` }, t(`entityType.${g.type}`)),
      h('ul', g.members.map((m) => entry(m.e, m.shown, strings, numbers, ctx))),
    ]),
  ]);
}

/** What every entry says, resolved once per section. */
interface Strings {
  inSection: Phrase;
  opening: string;
  inOpening: Phrase;
  separator: string;
}

function entry(e: Entity, shown: string, strings: Strings, numbers: SectionNumbers, ctx: HtmlContext): Element {
  const other = otherLang(ctx.lang);
  const otherName = e.names[other];
  // The first mention in each section, in the order of the text.
  const firsts = new Map<string | null, string>();
  for (const m of [...e.mentions].sort((a, b) => a.start - b.start)) if (m.anchor && !firsts.has(m.section)) firsts.set(m.section, m.anchor);
  const links = [...firsts].map(([section, anchor]): Element => {
    const number = section === null ? undefined : numbers.get(section)?.n;
    const text = number ?? strings.opening;
    const label = number === undefined ? strings.inOpening({ name: e.name, opening: text }) : strings.inSection({ name: e.name, n: number });
    // A literal, not h(): what hastscript would make, without parsing a selector and properties for every reference.
    return { type: 'element', tagName: 'a', properties: { href: `#${anchor}`, ariaLabel: label }, children: [{ type: 'text', value: text }] };
  });
  return h('li', [
    h('span.name', shown),
    otherName && otherName !== e.name ? [' (', h('span', { lang: other, dir: dirOf(other) }, otherName), ')'] : null,
    links.length ? ': ' : null,
    ...links.flatMap((link, i): ElementContent[] => (i ? [{ type: 'text', value: strings.separator }, link] : [link])),
  ]);
}
