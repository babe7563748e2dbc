/**
 * Every example of the CommonMark spec, as the body of a paper through the
 * whole pipeline, renders to a page whose ids are unique and whose in-page
 * links all have a target: the renderer copes with any Markdown a converted
 * paper may hold, not just the shapes of the sample.
 */
import { expect, test } from 'vitest';
import spec from 'commonmark-spec';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { processText } from '../pipeline/process.js';
import { renderHtml } from '../pipeline/render/html/index.js';
import { createI18n } from '../pipeline/i18n/index.js';

const FRONT = '---\ntitle: T\ntype: Position Paper\ndate: 2024-05-05\nlang: en\npublisher:\n  name: { en: Institute, ar: المعهد }\n---\n\n';

test('every CommonMark spec example renders to a consistent page', () => {
  const t = createI18n('en').t;
  const problems: string[] = [];
  for (const example of spec.tests) {
    const { paper } = processText(FRONT + example.markdown, { slug: 's', lang: 'en', source: 'source/s/en.md' });
    if (!paper) continue;
    const html = renderHtml(paper, { lang: 'en', t, slug: 's', editions: ['en'], formats: ['html'] });
    const ids: string[] = [];
    const hrefs: string[] = [];
    visit(fromHtml(html), 'element', (el: Element) => {
      if (typeof el.properties.id === 'string') ids.push(el.properties.id);
      if (el.tagName === 'a' && typeof el.properties.href === 'string' && el.properties.href.startsWith('#')) hrefs.push(decodeURIComponent(el.properties.href.slice(1)));
    });
    const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
    if (duplicate !== undefined) problems.push(`example ${example.number}: duplicate id ${duplicate}`);
    // A fragment link written in the source may point anywhere; the links the renderer makes must resolve.
    const ownFragments = /\]\(\s*#|\]:\s*#/.test(example.markdown);
    if (!ownFragments) for (const href of hrefs) if (!ids.includes(href)) problems.push(`example ${example.number}: link to missing #${href}`);
  }
  expect(problems).toEqual([]);
});
