/**
 * Figures: images of a paper's folder are checked where the text names them,
 * copied beside the editions under the path the source gives, shown at their
 * size in HTML (a figure with its caption when alone in a paragraph), embedded
 * in the PDF as tagged Figures (read back by poppler and pdf.js), and part of
 * the build cache's key.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { processPath } from '../pipeline/process.js';
import { buildAll } from '../pipeline/batch/batch.js';
import { structureFailures } from './pdf-tools.js';

const FIXTURE = join(import.meta.dirname, 'fixtures/papers/figures');
const PNG = readFileSync(join(FIXTURE, 'exports.png'));
const JPEG = readFileSync(join(FIXTURE, 'port.jpg'));
/** The smallest GIF: 1 × 1 pixel. */
const GIF = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'papers-figures-'));
  cpSync(FIXTURE, join(dir, 'source', 'figures'), { recursive: true });
  cpSync(join(import.meta.dirname, '../papers.yml'), join(dir, 'papers.yml'));
  return dir;
}

const paper = (body: string) => `---\ntitle: Figures\ndate: 2024-06-01\nlang: en\n---\n\n${body}\n`;

describe('the figures stage', () => {
  it('reports each image it cannot publish at its line and column, with the rule', () => {
    const dir = mkdtempSync(join(tmpdir(), 'papers-figures-'));
    const folder = join(dir, 'paper');
    const outside = join(dir, 'secret.png');
    cpSync(FIXTURE, folder, { recursive: true });
    writeFileSync(outside, PNG);
    symlinkSync(outside, join(folder, 'linked.png'));
    writeFileSync(join(folder, 'fake.png'), 'not an image');
    writeFileSync(join(folder, 'notes.txt'), 'text');
    const lines = [
      '![a chart](exports.png)',
      '![a map](map.png)',
      '![up](../secret.png)',
      '![root](/etc/hosts.png)',
      '![linked](linked.png)',
      '![fake](fake.png)',
      '![notes](notes.txt)',
      '![](port.jpg)',
      '![web](https://example.org/chart.png)',
    ];
    writeFileSync(join(folder, 'en.md'), paper(lines.join('\n\n')));
    const { file } = processPath(join(folder, 'en.md'), { slug: 'paper', lang: 'en', source: 'paper/en.md', config: null });
    const found = file.messages.filter((m) => String(m.ruleId).startsWith('figure-')).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    expect(found).toEqual([
      '9:1 figure-missing',
      '11:1 figure-outside',
      '13:1 figure-outside',
      '15:1 figure-outside',
      '17:1 figure-format',
      '19:1 figure-format',
      '21:1 figure-alt',
      '23:1 figure-remote',
    ]);
    expect(file.data.figures?.map((f) => `${f.src} ${f.format} ${f.width}x${f.height}`)).toEqual(['exports.png png 240x120', 'port.jpg jpeg 100x141']);
  });
});

describe('a build with figures', async () => {
  const dir = project();
  const out = join(dir, 'output');
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1717200000' };
  const build = () => buildAll({ paths: [join(dir, 'source')], out, cwd: dir, langs: ['en', 'ar'], jobs: 1, env });
  const first = await build();

  it('copies each image beside the editions, byte for byte, and lists it in the folder manifest', () => {
    expect(first.papers.map((p) => p.status)).toEqual(['built']);
    expect(readFileSync(join(out, 'figures/exports.png')).equals(PNG)).toBe(true);
    expect(readFileSync(join(out, 'figures/port.jpg')).equals(JPEG)).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'figures/manifest.json'), 'utf8'));
    expect(Object.keys(manifest.files)).toEqual(expect.arrayContaining(['exports.png', 'port.jpg']));
  });

  it('shows a lone image as a figure at its size, captioned by its title or description', () => {
    const html = readFileSync(join(out, 'figures/en.html'), 'utf8');
    const figures = [...html.matchAll(/<figure[^>]*>(.*?)<\/figure>/gsu)].map((m) => m[1]);
    expect(figures).toHaveLength(2);
    expect(figures[0]).toMatch(/<img src="exports.png" alt="Container volumes by year, 2019-2024 \(bar chart\)"[^>]* width="240" height="120"/u);
    expect(figures[0]).toContain('<figcaption>Figure 1. Container volumes by year</figcaption>');
    // A caption that repeats the description is not read twice.
    expect(figures[1]).toContain('<figcaption aria-hidden="true">The extended quay seen from the harbour entrance</figcaption>');
    // The first figure is the image of the page's link cards (with the site's address from papers.yml).
    expect(html).toMatch(/<meta property="og:image" content="https:\/\/[^"]+\/figures\/exports\.png">/u);
    const json = JSON.parse(readFileSync(join(out, 'figures/ar.json'), 'utf8'));
    expect(json.figures).toEqual([
      { src: 'exports.png', format: 'png', width: 240, height: 120, bytes: PNG.length },
      { src: 'port.jpg', format: 'jpeg', width: 100, height: 141, bytes: JPEG.length },
    ]);
  });

  it('embeds the images in both PDF editions as Figure elements with their description, read back by poppler and pdf.js', async () => {
    for (const lang of ['en', 'ar']) {
      const path = join(out, `figures/${lang}.pdf`);
      const list = execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
      expect(list.map((l) => l.trim().split(/\s+/u).slice(3, 5).join('x'))).toEqual(['240x120', '100x141']);
      const struct = execFileSync('pdfinfo', ['-struct', path], { encoding: 'utf8' });
      expect(struct.match(/^\s*Figure\b/gmu)).toHaveLength(2);
      const doc = await getDocument({ data: new Uint8Array(readFileSync(path)), isEvalSupported: false }).promise;
      let painted = 0;
      for (let n = 1; n <= doc.numPages; n++) painted += (await (await doc.getPage(n)).getOperatorList()).fnArray.filter((f) => f === OPS.paintImageXObject).length;
      await doc.destroy();
      expect(painted).toBe(2);
    }
    for (const lang of ['en', 'ar']) {
      const path = join(out, `figures/${lang}.pdf`);
      expect(await structureFailures(path, readFileSync(path))).toEqual([]);
    }
    const alt = execFileSync('qpdf', ['--qdf', '--object-streams=disable', join(out, 'figures/en.pdf'), '-'], { encoding: 'latin1' });
    expect(alt).toContain('/Alt (The extended quay seen from the harbour entrance)');
  });

  it('rebuilds the paper when an image changes, and drops an image the text no longer shows', async () => {
    expect((await build()).papers.map((p) => p.status)).toEqual(['skipped']);
    writeFileSync(join(dir, 'source/figures/port.jpg'), Buffer.concat([JPEG, Buffer.from([0])]));
    expect((await build()).papers.map((p) => p.status)).toEqual(['built']);
    expect(readFileSync(join(out, 'figures/port.jpg')).length).toBe(JPEG.length + 1);
    for (const lang of ['en', 'ar']) {
      const source = join(dir, `source/figures/${lang}.md`);
      writeFileSync(source, readFileSync(source, 'utf8').replace(/!\[[^\]]*\]\(port\.jpg\)\n/u, ''));
    }
    expect((await build()).papers.map((p) => p.status)).toEqual(['built']);
    expect(existsSync(join(out, 'figures/port.jpg'))).toBe(false);
    expect(existsSync(join(out, 'figures/exports.png'))).toBe(true);
  });

  it('shows a GIF in HTML and prints its description in the PDF, with a warning', async () => {
    writeFileSync(join(dir, 'source/figures/dot.gif'), GIF);
    const source = join(dir, 'source/figures/en.md');
    writeFileSync(source, `${readFileSync(source, 'utf8')}\n![A grey dot](dot.gif)\n`);
    const result = await build();
    const warnings = result.papers[0].diagnostics.filter((d) => d.ruleId === 'figure-pdf');
    expect(warnings.map((d) => `${d.file.replace(/.*source\//u, '')}:${d.line}`)).toEqual(['figures/en.md:16']);
    expect(readFileSync(join(out, 'figures/en.html'), 'utf8')).toMatch(/<img src="dot.gif" alt="A grey dot"[^>]* width="1" height="1"/u);
    expect(execFileSync('pdftotext', [join(out, 'figures/en.pdf'), '-'], { encoding: 'utf8' })).toContain('A grey dot');
    rmSync(dir, { recursive: true, force: true });
  });
});
