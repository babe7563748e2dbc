/**
 * The HTML editions checked by real tools: the Nu HTML Checker (one run over
 * every page) and headless Chromium (console, axe-core, direction, fonts,
 * tooltips, a screenshot of each first screen in test/artifacts/html/).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync, rmSync, writeFileSync, readFileSync, existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { dirname, join, extname, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { translator } from '../pipeline/i18n/index.js';
import { toPaperJson } from '../pipeline/render/json/index.js';
import { htmlAssets, renderBilingual, renderHtml, renderSiteIndex } from '../pipeline/render/html/index.js';
import type { Format, PaperSet } from '../pipeline/render/context.js';
import type { Lang, Paper } from '../pipeline/model/paper.js';
import { paperFromFile, SAMPLE, sampleEditions } from './html-paper.js';

const OUT = resolve('test/artifacts/html');
const FORMATS: Format[] = ['html', 'json', 'pdf'];

/** Every page of the site: the sample through the pipeline, the annotated fixture, a paper with no Arabic source. */
function buildSite(): string[] {
  rmSync(OUT, { recursive: true, force: true });
  const sets: PaperSet[] = [];
  const write = (path: string, data: string | Uint8Array) => {
    mkdirSync(dirname(join(OUT, path)), { recursive: true });
    writeFileSync(join(OUT, path), data);
  };
  const add = (slug: string, papers: Partial<Record<Lang, Paper>>) => {
    const editions = Object.keys(papers) as Lang[];
    const set: PaperSet = { slug, editions: {} };
    for (const lang of editions) {
      const paper = papers[lang]!;
      write(`${slug}/${lang}.html`, renderHtml(paper, { lang, t: translator(lang), slug, editions, formats: FORMATS }));
      set.editions[lang] = toPaperJson(paper);
    }
    sets.push(set);
  };
  const sample = sampleEditions();
  add(SAMPLE, sample.papers);
  write(`${SAMPLE}/bilingual.html`, renderBilingual(sample.set, FORMATS)!);
  add('fixture', { en: paperFromFile('test/fixtures/html/en.md', { annotate: true }).paper, ar: paperFromFile('test/fixtures/html/ar.md', { annotate: true }).paper });
  add('english-only', { en: paperFromFile('test/fixtures/html/en.md', { slug: 'english-only' }).paper });
  write('index.html', renderSiteIndex(sets, { lang: 'en', t: translator('en'), formats: FORMATS }));
  write('index.ar.html', renderSiteIndex(sets, { lang: 'ar', t: translator('ar'), formats: FORMATS }));
  for (const asset of htmlAssets()) write(asset.path, asset.data);
  return ['index.html', 'index.ar.html', `${SAMPLE}/bilingual.html`, ...sets.flatMap((s) => Object.keys(s.editions).map((lang) => `${s.slug}/${lang}.html`))];
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.woff2': 'font/woff2', '.json': 'application/json' };

/** A static server: Chromium refuses web fonts from file:// pages. */
function serve(root: string): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x').pathname;
    // Chromium asks every origin for a favicon; the site has none, and that is not a fault of the page.
    if (url === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const path = join(root, decodeURIComponent(url));
    if (!path.startsWith(root) || !existsSync(path)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(readFileSync(path));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, base: `http://127.0.0.1:${(server.address() as { port: number }).port}/` })));
}

let pages: string[] = [];
let browser: Browser;
/** One tab for every check: opening tabs is what costs most on a busy machine. */
let tab: Page;
let problems: string[] = [];
let server: Server;
let base: string;

beforeAll(async () => {
  pages = buildSite();
  ({ server, base } = await serve(OUT));
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
  });
  tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  tab.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
  tab.on('pageerror', (e) => void problems.push(`page error: ${e.message}`));
  tab.on('response', (r) => void (r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`)));
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

test('the Nu HTML Checker finds no error in any page', () => {
  let report = '';
  try {
    execFileSync('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--format', 'json', ...pages.map((p) => join(OUT, p))], { stdio: 'pipe' });
  } catch (e) {
    report = String((e as { stderr: Buffer }).stderr);
  }
  const messages: { type: string; url: string; message: string; lastLine?: number }[] = report ? JSON.parse(report).messages : [];
  const errors = messages.filter((m) => m.type === 'error').map((m) => `${m.url.replace(/.*artifacts\//, '')}:${m.lastLine} ${m.message}`);
  expect(errors).toEqual([]);
});

/** Load a page in the tab; `problems` then collects its console errors, page errors and failed requests. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  problems = [];
  await tab.mouse.move(0, 0);
  await tab.goto(base + path, { waitUntil: 'load' });
  await tab.evaluate(() => document.fonts.ready.then(() => undefined));
  return { page: tab, problems };
}

describe('in Chromium', () => {
  test.each(['index.html', 'index.ar.html', `${SAMPLE}/en.html`, `${SAMPLE}/ar.html`, 'fixture/en.html', 'fixture/ar.html', `${SAMPLE}/bilingual.html`])(
    '%s loads cleanly, passes axe, and is screenshotted',
    async (path) => {
      const { page, problems } = await open(path);
      await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (c: Document) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(document);
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length }));
      });
      await page.screenshot({ path: join('test/artifacts', `html-${path.replace(/\//g, '-').replace('.html', '')}.png`) });
      expect(problems).toEqual([]);
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    },
  );

  test.each(['en', 'ar'] as const)('the %s edition runs in its direction with its fonts', async (lang) => {
    const { page } = await open(`${SAMPLE}/${lang}.html`);
    const layout = await page.evaluate(() => {
      const main = document.querySelector('main')!.getBoundingClientRect();
      const p = document.querySelector('article p')!;
      // Where the first line of text starts: a Range over the paragraph's first word.
      const range = document.createRange();
      const first = document.createTreeWalker(p, NodeFilter.SHOW_TEXT).nextNode()!;
      range.setStart(first, 0);
      range.setEnd(first, Math.min(3, first.textContent!.length));
      const word = range.getClientRects()[0];
      const toc = getComputedStyle(document.querySelector('.toc')!);
      return {
        direction: getComputedStyle(document.documentElement).direction,
        mainLeft: main.left,
        mainRight: main.right,
        wordLeft: word.left,
        wordRight: word.right,
        tocBarRight: toc.borderRightWidth,
        tocBarLeft: toc.borderLeftWidth,
        fonts: [...document.fonts].filter((f) => f.status === 'loaded').map((f) => f.family.replace(/"/g, '')),
      };
    });
    expect(layout.direction).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    if (lang === 'ar') {
      expect(Math.abs(layout.wordRight - layout.mainRight)).toBeLessThan(2);
      expect(layout.wordLeft - layout.mainLeft).toBeGreaterThan(100);
      expect(layout.tocBarRight).toBe('4px');
      expect(layout.fonts).toContain('Noto Naskh Arabic');
    } else {
      expect(Math.abs(layout.wordLeft - layout.mainLeft)).toBeLessThan(2);
      expect(layout.tocBarLeft).toBe('4px');
      expect(layout.fonts).toContain('Noto Serif');
    }
  });

  test('the first Tab shows a link that takes the keyboard to the text', async () => {
    const { page } = await open(`${SAMPLE}/ar.html`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    const box = (await skip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('ARTICLE');
  });

  test('the print stylesheet hides navigation and starts the back matter on a new page', async () => {
    const { page } = await open('fixture/ar.html');
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => ({
      editions: getComputedStyle(document.querySelector('.editions')!).display,
      glossary: getComputedStyle(document.querySelector('.glossary')!).breakBefore,
      link: getComputedStyle(document.querySelector('.body a[href^="http"]')!, '::after').content,
    }));
    await page.emulateMedia({ media: 'screen' });
    expect(styles).toEqual({ editions: 'none', glossary: 'page', link: expect.stringContaining('https://example.org/') });
  });

  test.each(['en', 'ar'] as const)('every first-use tooltip of the sample fits in the window (%s)', async (lang) => {
    const { page } = await open(`${SAMPLE}/${lang}.html`);
    const dfns = await page.locator('dfn').count();
    expect(dfns).toBeGreaterThan(0);
    const outside: string[] = [];
    for (let i = 0; i < dfns; i++) {
      await page.locator('dfn').nth(i).focus();
      const box = await page.evaluate(() => {
        const tip = document.getElementById(document.activeElement!.getAttribute('aria-describedby')!)!.getBoundingClientRect();
        return { start: tip.left, end: tip.right, width: window.innerWidth, visible: tip.width > 0 };
      });
      if (!box.visible || box.start < 0 || box.end > box.width) outside.push(`${i}: ${JSON.stringify(box)}`);
    }
    expect(outside).toEqual([]);
  });

  test.each(['en', 'ar'] as const)('a glossary term shows its definition on keyboard focus and on hover (%s)', async (lang) => {
    const { page } = await open(`fixture/${lang}.html`);
    const tip = page.locator('.term-first .tip').first();
    expect(await tip.isVisible()).toBe(false);
    // Tab through the page until the <dfn> has focus, as a keyboard user would.
    for (let i = 0; i < 40 && !(await page.evaluate(() => document.activeElement?.tagName === 'DFN')); i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('DFN');
    expect(await tip.isVisible()).toBe(true);
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    expect(await tip.isVisible()).toBe(false);
    await page.locator('dfn').first().hover();
    expect(await tip.isVisible()).toBe(true);
  });
});
