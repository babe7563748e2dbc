import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { createI18n } from '../pipeline/i18n/index.js';
import type { Lang, Paper } from '../pipeline/model/paper.js';
import { processPath } from '../pipeline/process.js';
import type { RenderContext } from '../pipeline/render/context.js';
import { renderPdf } from '../pipeline/render/pdf/index.js';
import { bodyWords, pdfjsText, pdftotext, saveArtifact, sequenceRecall, words } from './pdf-tools.js';

const SLUG = 'rifts-within-iraqi-shiite-parties';

function load(lang: Lang): { paper: Paper; ctx: RenderContext } {
  const source = `source/${SLUG}/${lang}.md`;
  const { paper } = processPath(source, { slug: SLUG, lang, source });
  if (!paper) throw new Error(`${source} did not build`);
  const i18n = createI18n(lang);
  return { paper, ctx: { lang, t: i18n.t, i18n, slug: SLUG, editions: ['en', 'ar'], formats: ['pdf'], epoch: 1714867200 } };
}


describe.each(['en', 'ar'] as const)('the %s PDF edition of the sample', (lang) => {
  let pdf: Buffer;
  let path: string;
  let paper: Paper;
  let ctx: RenderContext;
  beforeAll(async () => {
    ({ paper, ctx } = load(lang));
    pdf = await renderPdf(paper, ctx);
    path = saveArtifact(`${SLUG}-${lang}.pdf`, pdf);
  });

  it('gives back every word of the body in reading order (pdf.js)', async () => {
    const text = (await pdfjsText(pdf)).join('\n');
    expect(sequenceRecall(bodyWords(paper), words(text))).toBeGreaterThanOrEqual(0.99);
  });

  // poppler orders the segments of mixed-direction lines by its own heuristics (docs/pdf.md):
  // measured 0.997 (en) and 0.939 (ar).
  it('gives back the body words to poppler too', () => {
    expect(sequenceRecall(bodyWords(paper), words(pdftotext(path)))).toBeGreaterThanOrEqual(lang === 'en' ? 0.99 : 0.93);
  });

  it('passes qpdf --check and embeds every font', () => {
    expect(execFileSync('qpdf', ['--check', path], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
    const rows = execFileSync('pdffonts', [path], { encoding: 'utf8' }).trim().split('\n').slice(2);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\s+yes\s+yes\s+yes\s+\d+\s+\d+$/);
  });

  it('is byte-identical when rendered again', async () => {
    expect((await renderPdf(paper, ctx)).equals(pdf)).toBe(true);
  });

  it('renders pages to PNG for a person to look at', () => {
    execFileSync('pdftoppm', ['-png', '-r', '70', '-f', '1', '-l', '20', path, path.replace(/\.pdf$/, '')]);
  });
});
