/**
 * Properties of the whole pipeline on arbitrary Markdown (English, Arabic and
 * mixed-direction text, Markdown syntax, raw HTML, hostile URLs, invisible
 * characters): it returns a Paper or typed diagnostics and never throws; the
 * JSON edition validates against the schema; the same input gives the same
 * bytes; the HTML edition (once registered) holds no executable content; the
 * PDF edition (once registered) parses back. Run counts are kept moderate:
 * the machine has two shared cores.
 */
import { describe, expect, it } from 'vitest';
import { fc, test } from '@fast-check/vitest';
import { processText } from '../pipeline/process.js';
import { serializePaper } from '../pipeline/render/json/index.js';
import { EDITION_RENDERERS } from '../pipeline/render/registry.js';
import { createI18n } from '../pipeline/i18n/index.js';
import { buildEpoch, type RenderContext } from '../pipeline/render/context.js';
import type { Lang } from '../pipeline/model/paper.js';
import { PaperError } from '../pipeline/model/diagnostics.js';
import { schemaErrors } from './helpers/schema.js';
import { executableContent } from './helpers/executable.js';

const front = (lang: Lang) => `---
title: Property Paper
type: Position Paper
date: 2024-05-05
lang: ${lang}
publisher:
  name: { en: Institute, ar: المعهد }
---
`;

const ENGLISH = ['Maliki', 'Sadr', 'Iraq', 'the', 'Coordination Framework', 'Najaf', 'on 5 May 2024', 'Hezbollah', 'said', '2023'];
const ARABIC = ['المالكي', 'الصدر', 'العراق', 'في', 'الإطار التنسيقي', 'النجف', '٢٠٢٤', 'مقتدى', 'حزب الله', 'قالَ'];
const SYNTAX = ['*', '**', '_', '~~', '`', '```', '[', ']', '(', ')', '![', '](', '[^1]', '[^1]: ', '#', '## ', '> ', '- ', '1. ', '|', '|---|', '---', '\\', '<', '>', '&amp;', '&#x202E;', '<http://a.example>', 'www.example.org', '  \n'];
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '[x](javascript:alert(1))',
  '[x](JaVa\tScRiPt:alert(1))',
  '[x](data:text/html,<script>alert(1)</script>)',
  '![x](javascript:alert(1))',
  '<javascript:alert(1)>',
  '[r]: javascript:alert(1)\n\n[r]',
  '<svg onload=alert(1)>',
  '<iframe src=//evil.example>',
  '<a href="#" onclick="x()">a</a>',
];
const INVISIBLE = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u00AD', '\u0640'];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...ENGLISH) },
  { weight: 4, arbitrary: fc.constantFrom(...ARABIC) },
  { weight: 4, arbitrary: fc.constantFrom(...SYNTAX) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.constantFrom(...INVISIBLE) },
  { weight: 2, arbitrary: fc.constantFrom(' ', '\n', '\n\n', '. ', ', ') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);
const markdown = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
const lang = fc.constantFrom<Lang>('en', 'ar');
/** FC_SEED=<seed> replays a failing run. */
const seed = process.env.FC_SEED ? { seed: Number(process.env.FC_SEED) } : {};

function run(text: string, l: Lang) {
  return processText(text, { slug: 'property-paper', lang: l, source: `source/property-paper/${l}.md` });
}

function context(l: Lang, format: 'html' | 'pdf'): RenderContext {
  const i18n = createI18n(l);
  return { lang: l, t: i18n.t, i18n, slug: 'property-paper', editions: [l], formats: [format], epoch: buildEpoch('2024-05-05', {}) };
}

describe('the pipeline on arbitrary Markdown', () => {
  test.prop([markdown, lang], { numRuns: 60, ...seed })('returns a Paper or error diagnostics, a valid JSON edition, the same bytes twice', (body, l) => {
    const first = run(front(l) + '\n' + body, l);
    if (!first.paper) {
      expect(first.file.messages.some((m) => m.fatal === true && typeof m.ruleId === 'string')).toBe(true);
      return;
    }
    const json = serializePaper(first.paper);
    expect(schemaErrors(JSON.parse(json))).toBe('');
    expect(serializePaper(run(front(l) + '\n' + body, l).paper!)).toBe(json);
    for (const d of first.paper.diagnostics) expect(d.ruleId).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  test.prop([fc.string({ unit: 'binary', maxLength: 300 }), lang], { numRuns: 40, ...seed })('never throws on any text at all, front matter included', (text, l) => {
    const { paper, file } = run(text, l);
    if (!paper) expect(file.messages.some((m) => m.fatal === true)).toBe(true);
  });

});

describe('the HTML edition of arbitrary Markdown', () => {
  test.prop([markdown, lang], { numRuns: 30, ...seed })('the HTML edition holds no executable content and is the same twice', async (body, l) => {
    const { paper } = run(front(l) + '\n' + body, l);
    if (!paper) return;
    const files = await (await EDITION_RENDERERS.html())(paper, context(l, 'html'));
    for (const f of files) expect(executableContent(String(f.data)), f.path).toEqual([]);
    const again = await (await EDITION_RENDERERS.html())(run(front(l) + '\n' + body, l).paper!, context(l, 'html'));
    expect(again.map((f) => String(f.data))).toEqual(files.map((f) => String(f.data)));
  });

});

describe('the PDF edition of arbitrary Markdown', () => {
  let rendered = 0;
  test.prop([markdown, lang], { numRuns: 10, ...seed })('the PDF edition parses back with pdfjs-dist and is the same twice', async (body, l) => {
    const { paper } = run(front(l) + '\n' + body, l);
    if (!paper) return;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    try {
      const [file] = await (await EDITION_RENDERERS.pdf())(paper, context(l, 'pdf'));
      const doc = await pdfjs.getDocument({ data: new Uint8Array(file.data as Uint8Array) }).promise;
      expect(doc.numPages).toBeGreaterThan(0);
      rendered++;
      const [again] = await (await EDITION_RENDERERS.pdf())(run(front(l) + '\n' + body, l).paper!, context(l, 'pdf'));
      expect(Buffer.from(again.data as Uint8Array).equals(Buffer.from(file.data as Uint8Array))).toBe(true);
    } catch (e) {
      // A character no embedded font has is a reported refusal, not a crash.
      expect(e).toBeInstanceOf(PaperError);
    }
  });
  it('rendered a real PDF for most inputs (not only refusals)', () => expect(rendered).toBeGreaterThanOrEqual(5));
});
