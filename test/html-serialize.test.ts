/**
 * The page serializer cuts large elements open for speed; its output must be
 * hast-util-to-html's, byte for byte, on the real pages and on random trees
 * (with a tiny threshold, so that nearly every element is cut).
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import { toHtml } from 'hast-util-to-html';
import { fromHtml } from 'hast-util-from-html';
import type { Element, ElementContent, Properties, Root } from 'hast';
import { serialize } from '../pipeline/render/html/serialize.js';
import { renderBilingual, renderHtml } from '../pipeline/render/html/index.js';
import { translator } from '../pipeline/i18n/index.js';
import { processPath } from '../pipeline/process.js';
import { linkEditions } from '../pipeline/align/editions.js';
import { toPaperJson } from '../pipeline/render/json/index.js';
import type { Lang } from '../pipeline/model/paper.js';

const TAGS = ['div', 'p', 'span', 'a', 'ul', 'li', 'section', 'dfn', 'code', 'pre', 'time', 'br', 'img', 'script', 'style', 'template', 'svg', 'textarea'];
const text = fc.string({ unit: fc.constantFrom('a', ' ', '<', '>', '&', '"', "'", '=', '`', 'ع', 'ي', '😀', '\u00a0', '\n', '&amp;') });
const properties: fc.Arbitrary<Properties> = fc.record(
  {
    id: text,
    className: fc.array(fc.constantFrom('cite', 'term', 'a"b', 'x&y'), { maxLength: 3 }),
    href: text,
    title: text,
    hidden: fc.boolean(),
    tabIndex: fc.integer({ min: -1, max: 3 }),
    ariaDescribedBy: fc.array(fc.constantFrom('tip', 'x y', 'z'), { maxLength: 2 }),
    dataTerm: text,
    lang: fc.constantFrom('en', 'ar'),
    dir: fc.constantFrom('ltr', 'rtl'),
  },
  { requiredKeys: [] },
);
const { node } = fc.letrec<{ node: ElementContent; element: Element }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text.map((value): ElementContent => ({ type: 'text', value })),
    text.map((value): ElementContent => ({ type: 'comment', value })),
    tie('element'),
  ),
  element: fc.record({
    type: fc.constant('element' as const),
    tagName: fc.constantFrom(...TAGS),
    properties,
    children: fc.array(tie('node'), { maxLength: 4 }),
  }),
}));

describe('serialize', () => {
  test('gives hast-util-to-html’s bytes for any tree, whatever is cut', () => {
    fc.assert(
      fc.property(fc.array(node, { maxLength: 4 }), fc.integer({ min: 0, max: 64 }), (children, wholeBelow) => {
        const tree: Root = { type: 'root', children: [{ type: 'doctype' }, ...children] };
        expect(serialize(tree, wholeBelow)).toBe(toHtml(tree));
      }),
      { numRuns: 500 },
    );
  });

  test('gives hast-util-to-html’s bytes for the sample paper’s pages', () => {
    const slug = 'rifts-within-iraqi-shiite-parties';
    const langs: Lang[] = ['en', 'ar'];
    const editions = langs.map((lang) => {
      const source = join('source', slug, `${lang}.md`);
      const { paper, file } = processPath(source, { slug, lang, source });
      return { paper: paper!, file };
    });
    linkEditions(editions);
    const pages = [
      ...editions.map(({ paper }) => renderHtml(paper, { lang: paper.meta.lang, t: translator(paper.meta.lang), slug, editions: langs, formats: ['html', 'json', 'pdf'] })),
      renderBilingual({ slug, editions: { en: toPaperJson(editions[0].paper), ar: toPaperJson(editions[1].paper) } }, ['html'])!,
    ];
    for (const html of pages) {
      // A page's tree read back: the same markup with both serializers, cut at the real threshold and at every element.
      const tree = fromHtml(html);
      expect(serialize(tree)).toBe(toHtml(tree));
      expect(serialize(tree, 0)).toBe(toHtml(tree));
      expect(html.length).toBeGreaterThan(100_000);
    }
  });
});
