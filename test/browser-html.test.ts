/**
 * The site checked by real tools, on a real build of several papers: the Nu
 * HTML Checker (one run over every page: no error, no warning), headless
 * Chromium (console, failed requests, axe-core with every rule, direction,
 * fonts, tooltips, the contents on a phone, search in both languages, a
 * screenshot of each first screen in test/artifacts/), xmllint (the sitemap
 * against the sitemaps.org schema, the Atom feeds), and the JSON-LD, Highwire
 * tags and page sizes of every page.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium, type Browser, type Page } from 'playwright-core';
import { SAMPLE } from './html-paper.js';
import { buildTestSite, CHROMIUM_ARGS, PAGE_TYPES, siteUrl } from './site.js';
import { startServer, type PreviewServer } from '../pipeline/serve/server.js';

const OUT = resolve('test/artifacts/site');

let pages: string[] = [];
let browser: Browser;
/** One tab for every check: opening tabs is what costs most on a busy machine. */
let tab: Page;
let problems: string[] = [];
let server: PreviewServer;
let base: string;

beforeAll(async () => {
  pages = await buildTestSite(OUT);
  server = await startServer(OUT);
  base = server.url;
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  tab.on('console', (m) => void (m.type() === 'error' && problems.push(`console: ${m.text()}`)));
  tab.on('pageerror', (e) => void problems.push(`page error: ${e.message}`));
  tab.on('response', (r) => void (r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`)));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the Nu HTML Checker finds no error and no warning in any page', () => {
  let report = '';
  try {
    execFileSync('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--format', 'json', '--also-check-svg', ...pages.map((p) => join(OUT, p)), join(OUT, 'assets/favicon.svg')], { stdio: 'pipe' });
  } catch (e) {
    report = String((e as { stderr: Buffer }).stderr);
  }
  const messages: { type: string; subType?: string; url: string; message: string; lastLine?: number }[] = report ? JSON.parse(report).messages : [];
  const problems = messages.map((m) => `${m.url.replace(/.*artifacts\//, '')}:${m.lastLine} ${m.subType ?? m.type} ${m.message}`);
  expect(problems).toEqual([]);
});

test('no page is over 200 KB of HTML', () => {
  const big = pages.map((p) => [p, readFileSync(join(OUT, p)).length] as const).filter(([, size]) => size > 200 * 1024);
  expect(big).toEqual([]);
});

test('the sitemap validates against the sitemaps.org schema and lists every edition with its alternates', () => {
  // sitemap.xsd checks other namespaces strictly: the schema of the one XHTML element a sitemap uses comes from test/fixtures/sitemap/.
  execFileSync('xmllint', ['--noout', '--nonet', '--schema', 'test/fixtures/sitemap/sitemap-xhtml.xsd', join(OUT, 'sitemap.xml')], { stdio: 'pipe' });
  const xml = readFileSync(join(OUT, 'sitemap.xml'), 'utf8');
  const url = siteUrl();
  for (const page of pages.filter((p) => /\/(en|ar)\.html$/.test(p))) expect(xml).toContain(`<loc>${new URL(page, url).href}</loc>`);
  expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="x-default" href="${url}${SAMPLE}/en.html" />`);
  expect(xml).not.toContain('search.html');
});

test.each(['feed.xml', 'feed.ar.xml'])('%s is an Atom feed with an entry per edition in its language', (name) => {
  execFileSync('xmllint', ['--noout', '--nonet', join(OUT, name)], { stdio: 'pipe' });
  const xml = readFileSync(join(OUT, name), 'utf8');
  const lang = name === 'feed.xml' ? 'en' : 'ar';
  const count = (xpath: string) => Number(execFileSync('xmllint', ['--xpath', `count(${xpath})`, join(OUT, name)]).toString());
  expect(count("/*[local-name()='feed' and namespace-uri()='http://www.w3.org/2005/Atom']")).toBe(1);
  for (const required of ['id', 'title', 'updated', 'author']) expect(count(`/*[local-name()='feed']/*[local-name()='${required}']`)).toBe(1);
  const editions = pages.filter((p) => p.endsWith(`/${lang}.html`)).length;
  expect(count("//*[local-name()='entry']")).toBe(editions);
  expect(count("//*[local-name()='entry'][not(*[local-name()='id']) or not(*[local-name()='updated']) or not(*[local-name()='title'])]")).toBe(0);
  expect(xml).toMatch(new RegExp(`xml:lang="${lang}"`));
});

test('robots.txt allows every crawler and names the sitemap', () => {
  expect(readFileSync(join(OUT, 'robots.txt'), 'utf8')).toBe(`User-agent: *\nAllow: /\nSitemap: ${siteUrl()}sitemap.xml\n`);
});

test('every page carries JSON-LD that parses; editions carry the Report fields and the Highwire tags', () => {
  for (const page of pages) {
    const html = readFileSync(join(OUT, page), 'utf8');
    const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => JSON.parse(m[1]));
    expect(blocks, page).toHaveLength(1);
    if (!/\/(en|ar)\.html$/.test(page)) continue;
    const ld = blocks[0];
    for (const key of ['headline', 'author', 'url', '@id', 'description', 'dateModified', 'datePublished', 'inLanguage', 'publisher']) expect(ld[key], `${page} ${key}`).toBeTruthy();
    expect(ld['@type']).toContain('Report');
    expect(ld.url.startsWith(siteUrl())).toBe(true);
    for (const tag of ['citation_title', 'citation_author', 'citation_publication_date', 'citation_abstract_html_url', 'citation_language']) expect(html, `${page} ${tag}`).toContain(`name="${tag}"`);
    expect(html).toMatch(/<link rel="canonical" href="https:/);
  }
});

/** Load a page in the tab; `problems` then collects its console errors, page errors and failed requests. */
async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  problems = [];
  await tab.mouse.move(0, 0);
  await tab.goto(base + path, { waitUntil: 'load' });
  await tab.evaluate(() => document.fonts.ready.then(() => undefined));
  return { page: tab, problems };
}

/** axe-core with every rule it has turned on, experimental and best-practice ones included. */
async function axe(page: Page): Promise<{ id: string; impact: string; count: number; target: string }[]> {
  await page.addScriptTag({ path: 'node_modules/axe-core/axe.min.js' });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { getRules: () => { ruleId: string }[]; run: (c: Document, o: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const rules = Object.fromEntries(axe.getRules().map((r) => [r.ruleId, { enabled: true }]));
    const result = await axe.run(document, { rules });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, count: v.nodes.length, target: String(v.nodes[0]?.target) }));
  });
}

describe('in Chromium', () => {
  test.each([...Object.values(PAGE_TYPES), 'fixture/en.html', 'fixture/ar.html', 'english-only/en.html', 'figures/en.html', 'figures/ar.html'])('%s loads cleanly, passes axe with every rule, and is screenshotted', async (path) => {
    const { page, problems } = await open(path);
    const violations = await axe(page);
    await page.screenshot({ path: join('test/artifacts', `html-${path.replace(/\//g, '-').replace('.html', '')}.png`) });
    expect(problems).toEqual([]);
    expect(violations).toEqual([]);
  });

  test.each(['figures/en.html', 'figures/ar.html', 'figures/bilingual.html'])('%s shows every figure, loaded at its size, none wider than the text', async (path) => {
    const { page, problems } = await open(path);
    // Figures load as the reader reaches them.
    await page.evaluate(async () => {
      for (const img of document.images) img.scrollIntoView();
      await Promise.all([...document.images].map((img) => img.decode()));
    });
    const images = await page.evaluate(() =>
      [...document.querySelectorAll('main img')].map((img) => {
        const i = img as HTMLImageElement;
        const text = (i.closest('figure, .row > *, article, main') as HTMLElement).getBoundingClientRect().width;
        return { loaded: i.complete && i.naturalWidth > 0, fits: i.getBoundingClientRect().width <= text + 1, sized: i.getAttribute('width') === String(i.naturalWidth) };
      }),
    );
    expect(images.length).toBeGreaterThanOrEqual(2);
    expect(images.every((i) => i.loaded && i.fits && i.sized)).toBe(true);
    expect(problems).toEqual([]);
  });

  test.each([PAGE_TYPES['edition (ar)'], PAGE_TYPES.index])('%s passes axe in dark mode too', async (path) => {
    await tab.emulateMedia({ colorScheme: 'dark' });
    try {
      const { page } = await open(path);
      expect(await axe(page)).toEqual([]);
    } finally {
      await tab.emulateMedia({ colorScheme: 'light' });
    }
  });

  test('search finds a paper by an English word and by an Arabic word, with and without the article and diacritics', async () => {
    const found = async (query: string) => {
      const { page, problems } = await open(`search.html?q=${encodeURIComponent(query)}`);
      await page.waitForFunction(() => {
        const status = document.querySelector('.search-status')!.textContent!;
        return status !== '' && !status.endsWith('…');
      });
      expect(problems).toEqual([]);
      return page.evaluate(() => [...document.querySelectorAll('.search-results a')].map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    };
    expect(await found('reconciliation')).toContain(`/${SAMPLE}/en.html`);
    for (const query of ['المصالحة', 'مصالحة', 'المُصالَحة', 'مُصالَحة']) expect(await found(query), query).toContain(`/${SAMPLE}/ar.html`);
    // From the Arabic search page, Arabic results come first, and an English word still finds the English edition.
    const { page } = await open(`search.ar.html?q=${encodeURIComponent('الصدر')}`);
    await page.waitForSelector('.search-results a');
    expect(await page.evaluate(() => document.querySelector('.search-results li')!.getAttribute('lang'))).toBe('ar');
    await page.fill('#q', 'Sadr');
    await page.press('#q', 'Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('.search-results li')].some((li) => li.getAttribute('lang') === 'en'));
  });

  test('on a phone the contents are folded and the text starts on the first screen', async () => {
    await tab.setViewportSize({ width: 412, height: 915 });
    try {
      const { page } = await open(`${SAMPLE}/en.html`);
      const layout = await page.evaluate(() => ({
        open: (document.querySelector('.toc details') as HTMLDetailsElement).open,
        tocHeight: document.querySelector('.toc')!.getBoundingClientRect().height,
        textTop: document.querySelector('article.body p')!.getBoundingClientRect().top,
      }));
      expect(layout.open).toBe(false);
      expect(layout.tocHeight).toBeLessThan(80);
      expect(layout.textTop).toBeLessThan(915);
      await page.click('.toc summary');
      expect(await page.evaluate(() => document.querySelector('.toc ol')!.getBoundingClientRect().height)).toBeGreaterThan(100);
    } finally {
      await tab.setViewportSize({ width: 1280, height: 900 });
    }
  });

  test('on a small phone no page scrolls sideways: a wide table scrolls in its own box, which passes axe', async () => {
    await tab.setViewportSize({ width: 360, height: 800 });
    try {
      const wide: string[] = [];
      // Sections off screen are not laid out (content-visibility): lay out all of them.
      const laidOut = async (path: string) => {
        const { page } = await open(path);
        await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
        return page;
      };
      for (const path of pages.filter((p) => !p.startsWith('fixture/'))) {
        const page = await laidOut(path);
        const width = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (width > 0) wide.push(`${path}: ${width} px`);
      }
      expect(wide).toEqual([]);
      const page = await laidOut('caspian-gas-corridors/en.html');
      const box = await page.evaluate(() => {
        const el = document.querySelector('.table-scroll')!;
        return { scrolls: el.scrollWidth > el.clientWidth, name: el.getAttribute('aria-label') };
      });
      expect(box).toEqual({ scrolls: true, name: 'Table 1' });
      expect(await axe(page)).toEqual([]);
    } finally {
      await tab.setViewportSize({ width: 1280, height: 900 });
    }
  });

  test('on a wide screen the contents are shown without opening them', async () => {
    const { page } = await open(`${SAMPLE}/ar.html`);
    expect(await page.evaluate(() => document.querySelector('.toc ol')!.getBoundingClientRect().height)).toBeGreaterThan(100);
  });

  test('the bilingual masthead sets the Arabic title as large as the English one', async () => {
    const { page } = await open(PAGE_TYPES.bilingual);
    const sizes = await page.evaluate(() => ['.bilingual-masthead h1', '.bilingual-masthead .title-ar'].map((s) => parseFloat(getComputedStyle(document.querySelector(s)!).fontSize)));
    expect(sizes[1]).toBeGreaterThanOrEqual(sizes[0] * 0.95);
  });

  test('a jump to a mention from the index of names highlights it', async () => {
    const { page } = await open(`${SAMPLE}/en.html`);
    const href = await page.evaluate(() => document.querySelector('.names a[href^="#"]')!.getAttribute('href')!);
    await page.click(`.names a[href="${href}"]`);
    const background = await page.evaluate((id) => getComputedStyle(document.getElementById(id)!).backgroundColor, href.slice(1));
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });

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

  test('the first Tab shows a link that takes the keyboard past the site header', async () => {
    const { page } = await open(`${SAMPLE}/ar.html`);
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    const box = (await skip.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
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
    // The contents link to places a printed page cannot: they are not printed.
    await page.emulateMedia({ media: 'print' });
    const toc = await page.evaluate(() => getComputedStyle(document.querySelector('.toc')!).display);
    await page.emulateMedia({ media: 'screen' });
    expect(toc).toBe('none');
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
