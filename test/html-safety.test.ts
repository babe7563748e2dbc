/**
 * Hostile Markdown never puts executable content on the page: whatever raw
 * HTML, event attributes, script URLs, SVG or bidi controls a source holds,
 * the rendered page (parsed back with a real HTML parser) has no script but
 * the JSON-LD one, no on* attribute, no script URL, no embedding element.
 */
import { expect } from 'vitest';
import { test, fc } from '@fast-check/vitest';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { translator } from '../pipeline/i18n/index.js';
import { renderHtml } from '../pipeline/render/html/index.js';
import { paperFromMarkdown } from './html-paper.js';

const FRONT = `---
title: Hostile
type: Position Paper
date: 2024-05-05
lang: en
publisher:
  name: { en: Institute, ar: المعهد }
---

`;

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<a href="javascript:alert(1)">x</a>',
  '[click](javascript:alert(1))',
  '[click](JAVASCRIPT:alert(1))',
  '[click](java\tscript:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![img](javascript:alert(1))',
  '![img](data:image/svg+xml,<svg onload=alert(1)>)',
  '[ref]\n\n[ref]: javascript:alert(1)',
  '<javascript:alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg onload="alert(1)"><circle/></svg>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="x.swf"></object><embed src="x.swf">',
  '<div><p onclick="alert(1)"><span>nested <b onmouseover=alert(1)>raw</b></span></p></div>',
  '<math><mtext><script>alert(1)</script></mtext></math>',
  '<style>body{background:url(javascript:alert(1))}</style>',
  '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<!-- comment --><![CDATA[ x ]]>',
  '\u202Egnp.exe\u202C \u2066isolated\u2069 \u200F',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
  '> <script>alert(1)</script>',
  '| a | <script>x</script> |\n| - | - |\n| <img src=x onerror=y> | b |',
  '[^n]\n\n[^n]: <script>alert(1)</script> [x](javascript:y)',
  '## <img src=x onerror=alert(1)> heading',
  'https://example.org/"onmouseover="alert(1)',
  '[x](https://ok.example "title\\" onmouseover=\\"alert(1)")',
];

const block = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.string({ maxLength: 40 }),
  fc.tuple(fc.constantFrom(...HOSTILE), fc.constantFrom(...HOSTILE)).map(([a, b]) => `${a}${b}`),
  fc.constantFrom(...HOSTILE).map((h) => `Text ${h} more text`),
);

const SCRIPT_URL = /^(javascript|vbscript|data):/i;
const EMBEDDING = new Set(['iframe', 'object', 'embed', 'svg', 'math', 'form', 'base', 'frame', 'frameset', 'applet', 'style']);

test.prop([fc.array(block, { minLength: 1, maxLength: 6 })], { numRuns: 150 })('no executable content reaches the page', (blocks) => {
  const { paper } = paperFromMarkdown(FRONT + blocks.join('\n\n') + '\n');
  const html = renderHtml(paper, { lang: 'en', t: translator('en'), slug: 'hostile', editions: ['en'], formats: ['html'] });
  const tree = fromHtml(html);
  const scripts: Element[] = [];
  visit(tree, 'element', (el: Element) => {
    if (el.tagName === 'script') scripts.push(el);
    expect(EMBEDDING.has(el.tagName), `<${el.tagName}> on the page`).toBe(false);
    if (el.tagName === 'meta') expect(el.properties.httpEquiv).toBeUndefined();
    // A meta element's content is text (a description may start with anything) unless it names a URL.
    const textMeta = el.tagName === 'meta' && !/(url|image)$/i.test(String(el.properties.name ?? el.properties.property ?? ''));
    for (const [name, value] of Object.entries(el.properties)) {
      expect(/^on/i.test(name), `${name} attribute`).toBe(false);
      if (textMeta && name === 'content') continue;
      for (const v of Array.isArray(value) ? value : [value]) {
        if (typeof v === 'string') expect(SCRIPT_URL.test(v.replace(/[\u0000-\u0020]/g, '')), `${name}=${v}`).toBe(false);
      }
    }
  });
  expect(scripts).toHaveLength(1);
  expect(scripts[0].properties.type).toBe('application/ld+json');
});
