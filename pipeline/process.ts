/**
 * One source file through every stage, in order:
 * read → parse → front matter → normalize → safety → figures → ids/outline → entities → citations
 * → glossary → house spelling → the Paper model. Pure apart from reading the file: it never
 * writes, and the same input always gives the same Paper.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { decodeSource } from './source/read.js';
import { frontMatterTransform } from './source/frontmatter-stage.js';
import { figuresTransform } from './source/figures-stage.js';
import { folderAssets, type AssetReader } from './source/assets.js';
import { parseMarkdown } from './parse/processor.js';
import { normalizeTransform } from './parse/normalize.js';
import { outlineTransform } from './parse/outline.js';
import { safetyTransform } from './parse/safety.js';
import { duplicatesTransform } from './parse/duplicates.js';
import { entitiesTransform } from './extract/entities/index.js';
import { citationsTransform } from './extract/citations/index.js';
import { glossaryTransform } from './extract/glossary/index.js';
import { houseSpellingTransform } from './locales/house-spelling.js';
import { assemblePaper } from './model/assemble.js';
import { hasErrors } from './model/diagnostics.js';
import type { Lang, Paper } from './model/paper.js';
import { projectConfigFor } from './source/config.js';
import type { ProjectConfig } from './model/config.js';
import type { ExtractResources } from './extract/resources.js';

export interface ProcessOptions {
  slug: string;
  lang: Lang;
  /** Source path as shown in diagnostics and stored in the model (relative, posix). */
  source: string;
  /** locales/ directory of the gazetteer, the datasets and the termbase (default: the package's). */
  localesDir?: string;
  /**
   * The gazetteer, datasets and termbase, built once by the caller for many
   * papers (`new ExtractResources(localesDir)`); default: the shared ones of
   * `localesDir`, built once per process.
   */
  resources?: ExtractResources;
  /** The project config (papers.yml); null for none. When undefined, the papers.yml that governs the source's path is used. */
  config?: ProjectConfig | null;
  /** Reads the files the text shows (images) from the paper's folder; a source read from disk gets its folder's. */
  readAsset?: AssetReader;
}

export interface Processed {
  file: VFile;
  tree: Root | null;
  /** Null when the paper could not be read or its front matter is unusable. */
  paper: Paper | null;
}

/**
 * The date relative dates are read against when the front matter gives none
 * (it is unusable): such a paper is not built, but the body's problems are
 * still reported in the same run as the front matter's.
 */
const NO_DATE = '1970-01-01';

/** Run every stage on an already-decoded file. */
export function processFile(file: VFile, options: ProcessOptions): Processed {
  if (hasErrors(file)) return { file, tree: null, paper: null };
  const tree = parseMarkdown(file);
  frontMatterTransform(tree, file, { ...options, config: options.config ?? undefined });
  const meta = file.data.meta;
  const extract = { lang: meta?.lang ?? options.lang, date: meta?.date ?? NO_DATE, localesDir: options.localesDir, resources: options.resources };
  normalizeTransform(tree, file);
  duplicatesTransform(tree, file);
  // Refused link targets leave the tree here, before any extractor or renderer can read them.
  safetyTransform(tree, file);
  figuresTransform(tree, file, { readAsset: options.readAsset });
  outlineTransform(tree, file);
  entitiesTransform(tree, file, extract);
  citationsTransform(tree, file, extract);
  glossaryTransform(tree, file, extract);
  houseSpellingTransform(tree, file, extract);
  return { file, tree, paper: meta ? assemblePaper(tree, file, options.source) : null };
}

/** Read a source file from disk, with the papers.yml that governs it unless given, and run every stage on it. */
export function processPath(path: string, options: ProcessOptions): Processed {
  return processBytes(readFileSync(path), path, options);
}

/** Run every stage on the bytes read from the source file at `path` (a build hashes the very bytes it processes). */
export function processBytes(bytes: Uint8Array, path: string, options: ProcessOptions): Processed {
  const config = options.config === undefined ? projectConfigFor(path) : options.config;
  return processFile(decodeSource(bytes, options.source), { ...options, config, readAsset: options.readAsset ?? folderAssets(dirname(path)) });
}

/** Run every stage on text in memory (tests, the library API), as if it were at `options.source`. */
export function processText(text: string, options: ProcessOptions): Processed {
  const config = options.config === undefined ? projectConfigFor(options.source) : options.config;
  return processFile(decodeSource(new TextEncoder().encode(text), options.source), { ...options, config });
}
