/**
 * A whole site for the browser tests, Lighthouse and its bench: the papers
 * of source/ and test/fixtures/papers/ (and the corpus, when the checkout has
 * it) built by the real build with the project's papers.yml (so with its
 * site URL), plus the annotated HTML fixture and a paper without an Arabic
 * source, then the site's pages remade over all of them.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { buildAll, indexAll } from '../pipeline/batch/batch.js';
import { publishPaper, sha256 } from '../pipeline/batch/publish.js';
import { loadProjectConfig } from '../pipeline/source/config.js';
import { renderHtml } from '../pipeline/render/html/index.js';
import { serializePaper } from '../pipeline/render/json/index.js';
import { translator } from '../pipeline/i18n/index.js';
import type { Format } from '../pipeline/render/context.js';
import type { Lang, Paper } from '../pipeline/model/paper.js';
import { paperFromFile } from './html-paper.js';

export const FORMATS: Format[] = ['html', 'json'];
const CORPUS = 'test/fixtures/corpus/dev';

/** The site's URL in papers.yml. */
export const siteUrl = (): string => loadProjectConfig('papers.yml', 'papers.yml').config!.site!.url;

/** Builds the site into `out`; returns its HTML pages, relative to `out`. */
export async function buildTestSite(out: string): Promise<string[]> {
  rmSync(out, { recursive: true, force: true });
  const paths = ['source', 'test/fixtures/papers', ...(existsSync(CORPUS) ? [CORPUS] : [])];
  const env = { ...process.env, SOURCE_DATE_EPOCH: '1733529600' };
  const built = await buildAll({ paths, out, langs: ['en', 'ar'], formats: FORMATS, jobs: 1, force: true, env });
  const failed = built.papers.filter((p) => p.status === 'failed');
  if (failed.length) throw new Error(`papers failed: ${failed.map((p) => `${p.slug}: ${p.diagnostics.map((d) => d.message).join('; ')}`).join(' | ')}`);
  const site = { url: siteUrl() };
  // Papers made here from fixtures go out as a build publishes them (with their manifest), so the index lists them.
  const add = (slug: string, papers: Partial<Record<Lang, Paper>>) => {
    const editions = Object.keys(papers) as Lang[];
    const outputs = editions.flatMap((lang) => {
      const paper = papers[lang]!;
      return [
        { path: `${slug}/${lang}.html`, data: renderHtml(paper, { lang, t: translator(lang), slug, editions, formats: FORMATS, site }) },
        { path: `${slug}/${lang}.json`, data: serializePaper(paper) },
      ];
    });
    publishPaper(out, { slug, sources: Object.fromEntries(editions.map((lang) => [lang, sha256(serializePaper(papers[lang]!))])), outputs, keep: () => false });
  };
  add('fixture', { en: paperFromFile('test/fixtures/html/en.md', { annotate: true, slug: 'fixture' }).paper, ar: paperFromFile('test/fixtures/html/ar.md', { annotate: true, slug: 'fixture' }).paper });
  add('english-only', { en: paperFromFile('test/fixtures/html/en.md', { slug: 'english-only' }).paper });
  const indexed = await indexAll(out, FORMATS);
  const errors = indexed.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new Error(errors.map((d) => d.message).join('; '));
  return (readdirSync(out, { recursive: true }) as string[]).filter((p) => p.endsWith('.html')).map((p) => p.split('\\').join('/')).sort();
}

/** One page of each type, the ones Lighthouse and axe look at. */
export const PAGE_TYPES = {
  index: 'index.html',
  'index (ar)': 'index.ar.html',
  'edition (en)': 'rifts-within-iraqi-shiite-parties/en.html',
  'edition (ar)': 'rifts-within-iraqi-shiite-parties/ar.html',
  bilingual: 'rifts-within-iraqi-shiite-parties/bilingual.html',
  topics: 'topics.html',
  'authors (ar)': 'authors.ar.html',
  search: 'search.html',
} as const;

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];
