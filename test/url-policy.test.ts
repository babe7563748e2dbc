/**
 * One URL policy for every edition: the scheme tricks that browsers or PDF
 * viewers would run never become a clickable target in the HTML, PDF, JSON
 * or CSL output, and ordinary http, https and mailto links stay clickable.
 */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../pipeline/i18n/index.js';
import type { Paper } from '../pipeline/model/paper.js';
import { renderHtml } from '../pipeline/render/html/index.js';
import { renderPdf } from '../pipeline/render/pdf/index.js';
import { serializePaper } from '../pipeline/render/json/index.js';
import { renderCsl } from '../pipeline/render/csl/index.js';
import { checkUrl, isAllowedUrl } from '../pipeline/text/url-policy.js';
import { extract } from './helpers/extract.js';
import { plainPdf } from './pdf-tools.js';

/** Targets as a reader's software would see them after Markdown decoding. */
const REFUSED = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'java\tscript:alert(1)',
  'java\nscript:alert(1)',
  ' javascript:alert(1)',
  '\u0001javascript:alert(1)',
  'java\u200bscript:alert(1)',
  'java\u00adscript:alert(1)',
  'java\u202escript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html;base64,PHNjcmlwdD4=',
  'DATA:text/html,x',
  'file:///etc/passwd',
  'jar:file:x!/',
  'x-unknown:thing',
];
const ALLOWED = ['https://example.org/a?b=c#d', 'http://example.org', 'mailto:info@example.org', '#section', 'notes/other.html', '/path:with-colon', '?q=a:b'];

describe('the URL policy', () => {
  it.each(REFUSED)('refuses %j', (url) => expect(isAllowedUrl(url)).toBe(false));
  it.each(ALLOWED)('allows %j', (url) => expect(isAllowedUrl(url)).toBe(true));
  it('reads the scheme as a lenient consumer would', () => {
    expect(checkUrl('Ja\tVa\u200bScRiPt:x').scheme).toBe('javascript');
    expect(checkUrl('#x').scheme).toBeNull();
  });
});

/** Every way a source can spell a refused target: inline, reference, autolink, image, footnote, entity-encoded. */
const BODY = `## Links

A [plain](javascript:alert(1)) link, [upper](JAVASCRIPT:alert(1)), [vb](vbscript:msgbox(1)),
[data](data:text/html;base64,PHNjcmlwdD4=), [tab](java&#9;script:alert(2)),
[newline](java&NewLine;script:alert(3)), [encoded](&#106;avascript:alert(4)),
[zero width](java&#8203;script:alert(5)), [soft hyphen](java&shy;script:alert(6)),
[override](java&#x202E;script:alert(7)), [file](file:///etc/passwd), an autolink <javascript:alert(8)>,
an image ![pixel](data:image/svg+xml,x) and a [reference][bad].

A good [source](https://example.org/report) and [mail](mailto:info@example.org).[^1]

[bad]: javascript:alert(9)

[^1]: See [the note](vbscript:msgbox(2)) and <https://example.org/note>.
`;

const refusedScheme = (url: string) => !isAllowedUrl(url);

describe('refused targets in every edition', () => {
  let paper: Paper;
  const ctx = (() => {
    const i18n = createI18n('en');
    return { lang: 'en' as const, t: i18n.t, i18n, slug: 'test-paper', editions: ['en' as const], formats: ['pdf' as const, 'html' as const], epoch: 1714867200 };
  })();
  beforeAll(() => {
    ({ paper } = extract(BODY));
  });

  it('are reported, one diagnostic each, at their place', () => {
    const unsafe = paper.diagnostics.filter((d) => d.ruleId === 'html-unsafe-link');
    expect(unsafe.length).toBe(15);
    for (const d of unsafe) expect(d.line).toBeGreaterThan(0);
  });

  it('never reach the HTML edition, while good links stay', () => {
    const html = renderHtml(paper, ctx);
    const targets: string[] = [];
    visit(fromHtml(html), 'element', (e: Element) => {
      for (const key of ['href', 'src', 'action', 'formAction'] as const) if (typeof e.properties[key] === 'string') targets.push(e.properties[key] as string);
    });
    expect(targets.filter(refusedScheme)).toEqual([]);
    expect(targets).toContain('https://example.org/report');
    expect(targets).toContain('mailto:info@example.org');
  });

  it('never become a link annotation in the PDF edition, while good links stay', async () => {
    const pdf = await renderPdf(paper, ctx);
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, verbosity: 0 }).promise;
    const urls: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      for (const a of await (await doc.getPage(p)).getAnnotations()) if (a.subtype === 'Link' && (a.unsafeUrl || a.url)) urls.push(a.unsafeUrl ?? a.url);
    }
    expect(urls.filter(refusedScheme)).toEqual([]);
    expect(urls).toContain('https://example.org/report');
    expect(plainPdf(pdf)).not.toMatch(/\/URI\s*\((?:java|vb)script|\/URI\s*\(data:/i);
  });

  it('never reach the JSON edition or the CSL export', () => {
    const json = JSON.parse(serializePaper(paper)) as { citations: { href: string | null }[] };
    expect(json.citations.map((c) => c.href).filter((h): h is string => h !== null && refusedScheme(h))).toEqual([]);
    const csl = JSON.parse(renderCsl(paper)) as { URL?: string }[];
    expect(csl.map((c) => c.URL).filter((u): u is string => !!u && refusedScheme(u))).toEqual([]);
  });
});
