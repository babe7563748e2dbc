/**
 * Every example of the CommonMark spec, as the body of a paper through the
 * whole pipeline, renders to a page whose ids are unique and whose in-page
 * links all have a target: the renderer copes with any Markdown a converted
 * paper may hold, not just the shapes of the sample.
 */
import { expect, test } from 'vitest';
import spec from 'commonmark-spec';
import { processText } from '../pipeline/process.js';
import { renderHtml } from '../pipeline/render/html/index.js';
import { createI18n } from '../pipeline/i18n/index.js';
import { anchorProblems } from './html-paper.js';

const FRONT = '---\ntitle: T\ntype: Position Paper\ndate: 2024-05-05\nlang: en\npublisher:\n  name: { en: Institute, ar: المعهد }\n---\n\n';

test('every CommonMark spec example renders to a consistent page', () => {
  const t = createI18n('en').t;
  const problems: string[] = [];
  for (const example of spec.tests) {
    const { paper } = processText(FRONT + example.markdown, { slug: 's', lang: 'en', source: 'source/s/en.md' });
    if (!paper) continue;
    const html = renderHtml(paper, { lang: 'en', t, slug: 's', editions: ['en'], formats: ['html'] });
    // A fragment link written in the source may point anywhere; the links the renderer makes must resolve.
    const ownFragments = /\]\(\s*#|\]:\s*#/.test(example.markdown);
    problems.push(...anchorProblems(html, !ownFragments).map((p) => `example ${example.number}: ${p}`));
  }
  expect(problems).toEqual([]);
});
