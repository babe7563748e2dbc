/** The glossary section: every term of the paper with its equivalent, transliteration and definition. */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { GlossaryEntry } from '../../model/paper.js';
import type { HtmlContext } from './context.js';
import { BACK_MATTER } from './ids.js';
import { glossaryEntryId } from './body.js';
import { dirOf, otherLang } from './lang.js';
import { collatorFor } from '../format.js';
import { sortKey } from './names.js';

export function glossarySection(entries: GlossaryEntry[], ctx: HtmlContext): Element | null {
  if (!entries.length) return null;
  const { lang, t } = ctx;
  const other = otherLang(lang);
  const collator = collatorFor(lang);
  const sorted = [...entries].sort((a, b) => collator.compare(sortKey(a.term[lang]), sortKey(b.term[lang])) || a.id.localeCompare(b.id));
  return h('section.glossary', { id: BACK_MATTER.glossary, ariaLabelledBy: [`${BACK_MATTER.glossary}-title`] }, [
    h('h2', { id: `${BACK_MATTER.glossary}-title` }, t('paper.glossary')),
    h(
      'dl',
      sorted.map((g) =>
        h('div.entry', { id: glossaryEntryId(g) }, [
          h('dt', [
            h('span.term-name', g.term[lang]),
            ' ',
            h('span.equivalent', { lang: other, dir: dirOf(other) }, g.term[other]),
            g.transliteration ? [' ', h('i.transliteration', { lang: 'ar-Latn', dir: 'ltr' }, g.transliteration)] : null,
          ]),
          h('dd', [
            g.definition[lang],
            g.first?.anchor ? [' ', h('a.first-use', { href: `#${g.first.anchor}` }, t('paper.firstUse'))] : null,
          ]),
        ]),
      ),
    ),
  ]);
}
