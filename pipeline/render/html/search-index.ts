/**
 * The search index: Pagefind, run from its npm package (its binary ships in
 * @pagefind/<platform>), over the HTML editions the build wrote. One bundle
 * per language (`search/en/`, `search/ar/`), each indexed with its language's
 * stemmer, so an Arabic query is stemmed as Arabic (the article and the
 * diacritics fall away) whatever the language of the page it is typed in;
 * the search page queries both bundles. Only what the search page loads is
 * kept, not Pagefind's ready-made interfaces.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang } from '../../model/paper.js';
import type { OutputFile, PaperSummary } from '../context.js';
import { LANGS } from '../../model/langs.js';
import { editionPath, searchBundle } from './context.js';

/** Pagefind's ready-made search interfaces and highlighter, which the site does not use. */
const UNUSED = /^pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)$/;

export async function searchIndex(papers: PaperSummary[], out: string): Promise<OutputFile[]> {
  const pagefind = await import('pagefind');
  const files: OutputFile[] = [];
  try {
    for (const lang of LANGS) files.push(...(await bundle(pagefind, papers, out, lang)));
  } finally {
    await pagefind.close();
  }
  return files;
}

async function bundle(pagefind: typeof import('pagefind'), papers: PaperSummary[], out: string, lang: Lang): Promise<OutputFile[]> {
  // Editions written by this build or an earlier one; one built without the HTML format has no page to index.
  const pages = papers.filter((p) => p.editions[lang]).map((p) => editionPath(p.slug, lang, 'html')).filter((path) => statSync(join(out, path), { throwIfNoEntry: false })?.isFile());
  const { index, errors } = await pagefind.createIndex({ forceLanguage: lang });
  if (!index) throw new Error(`the search index could not be made: ${errors.join('; ')}`);
  for (const path of pages) {
    const added = await index.addHTMLFile({ url: `/${path}`, content: readFileSync(join(out, path), 'utf8') });
    if (added.errors.length) throw new Error(`the search index could not read ${path}: ${added.errors.join('; ')}`);
  }
  const made = await index.getFiles();
  await index.deleteIndex();
  if (made.errors.length) throw new Error(`the search index could not be made: ${made.errors.join('; ')}`);
  const kept = made.files.filter((f) => !UNUSED.test(f.path)).map((f) => ({ path: `${searchBundle(lang)}${f.path}`, data: f.content }));
  removeStale(out, searchBundle(lang), new Set(kept.map((f) => f.path)));
  return kept;
}

/** Index files of an earlier build that this one does not make again (their names are content hashes). */
function removeStale(out: string, dir: string, keep: ReadonlySet<string>): void {
  let names: string[];
  try {
    names = readdirSync(join(out, dir), { recursive: true }) as string[];
  } catch {
    return;
  }
  for (const name of names) {
    const path = `${dir}${name.split('\\').join('/')}`;
    if (!keep.has(path) && statSync(join(out, path)).isFile()) rmSync(join(out, path));
  }
}
