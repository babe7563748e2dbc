/**
 * Building one paper, the unit of work of every build (in-process or in a
 * worker): its editions are processed and rendered entirely in memory, then
 * published as one folder (publish.ts: staged, then swapped in whole). A paper
 * with errors writes nothing, so its previous editions stay. The batch around it (discovery, cache, workers,
 * cross-paper outputs) is in batch.ts.
 */
import { readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { processBytes } from '../process.js';
import { diagnosticAt, toDiagnostic } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { LANGS } from '../model/langs.js';
import { translator } from '../i18n/index.js';
import type { Diagnostic, Lang, Paper } from '../model/paper.js';
import { FORMATS, type Environment, type Format, type PaperSet, type PaperSummary } from '../render/context.js';
import { summarize } from './models.js';
import { toPaperJson } from '../render/json/index.js';
import { availableFormats, PAPER_SET_RENDERERS } from '../render/registry.js';
import { editionRenderer, type Rendered } from './render-edition.js';
import { figureOutputs } from './figures.js';
import type { PaperSource } from './discover.js';
import type { Shard } from './shard.js';
import { internalFailure, renderFailure } from './failure.js';
import { lstatOrNull, publishPaper, sha256 } from './publish.js';
import { unwritableOutput } from './unwritable.js';
import { linkEditions, type Edition } from '../align/editions.js';
import type { ProjectConfig } from '../model/config.js';

export interface BuildOptions {
  paths: string[];
  out: string;
  langs: Lang[];
  /** Default: every available format (resolved where renderers are loaded, so a build with nothing to do never loads them). */
  formats?: Format[];
  /** Process and report only; write nothing. */
  checkOnly?: boolean;
  cwd?: string;
  localesDir?: string;
  env?: Environment;
  /** Parallel workers; 1 builds in this thread. Default: the number of cores. */
  jobs?: number;
  /** Rebuild every paper even when its cache entry is fresh. */
  force?: boolean;
  /** Build only this share of the papers (CI matrix); the cross-paper outputs are left to `papers index`. */
  shard?: Shard;
  /** Heap limit of each worker, in MB. */
  maxMemoryMb?: number;
  /** A paper building in a worker for longer than this (ms) is stopped and fails. */
  paperTimeoutMs?: number;
  /** How long to wait for another build holding the output folder's lock, in ms. */
  lockTimeoutMs?: number;
  /** The project config (papers.yml); null for none. buildAll looks it up when undefined. */
  config?: ProjectConfig | null;
  /** Follow symbolic links out of the source tree (discover.ts). */
  followLinks?: boolean;
  /** The folder of papers.yml (a relative logo is read from there). */
  configDir?: string;
}

export interface PaperResult {
  slug: string;
  /** `skipped`: unchanged since the last build (its cached diagnostics are replayed). */
  status: 'built' | 'checked' | 'failed' | 'skipped';
  diagnostics: Diagnostic[];
  outputs: string[];
  /** What the cross-paper outputs need of the paper (models.ts): made when it is built, taken from its manifest when skipped; else null. */
  summary: PaperSummary | null;
  /** The stamp of the folder a built paper published (publish.ts). */
  stamp?: string;
}

const posix = (p: string) => p.split(sep).join('/');

interface Processed {
  /** The editions that went through every stage, each with its file (for messages). */
  editions: Edition[];
  /** Messages of the editions that could not be processed (unreadable, bad front matter). */
  diagnostics: Diagnostic[];
  /** sha256 of each source read, by language: the version the editions are made from. */
  sources: Partial<Record<Lang, string>>;
}

/** Every stage, for the paper's editions in `langs`. */
function processEditions(source: PaperSource, langs: Lang[], options: BuildOptions): Processed {
  const cwd = options.cwd ?? process.cwd();
  const processed: Processed = { editions: [], diagnostics: [], sources: {} };
  for (const lang of langs) {
    const path = source.files[lang];
    if (!path) continue;
    const shown = posix(relative(cwd, path));
    let bytes: Buffer;
    try {
      bytes = readFileSync(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'error';
      processed.diagnostics.push(diagnosticAt(Rules.sourceUnreadable, `Cannot read this file (${code}): check that it exists and that you may read it`, shown));
      continue;
    }
    processed.sources[lang] = sha256(bytes);
    const { paper, file } = processBytes(bytes, path, { slug: source.slug, lang, source: shown, localesDir: options.localesDir, config: options.config });
    if (paper) processed.editions.push({ paper, file });
    else processed.diagnostics.push(...file.messages.map((m) => toDiagnostic(m, shown)));
  }
  return processed;
}

/**
 * Some formats of some editions rendered on another thread (batch/pool.ts: the
 * PDF edition of a lone paper's first language, while this thread renders the
 * rest). Never rejects: a failure comes back as a diagnostic.
 */
export interface Elsewhere {
  formats: readonly Format[];
  /** How many of the paper's editions, the first ones, have their `formats` rendered there. */
  editions: number;
  render: (paper: Paper, source: PaperSource, format: Format) => Promise<Rendered>;
}

/** The outputs made from both editions (glossary, citations, the bilingual page). */
async function renderPaperSet(set: PaperSet, source: PaperSource, options: BuildOptions): Promise<Rendered> {
  const rendered: Rendered = { outputs: [], diagnostics: [] };
  const formats = options.formats ?? availableFormats();
  for (const load of PAPER_SET_RENDERERS) {
    const renderer = await load();
    if (!renderer.formats.some((f) => formats.includes(f))) continue;
    try {
      rendered.outputs.push(...renderer.render(set, formats, options.config?.site, (lang) => translator(lang, options.localesDir)));
    } catch (e) {
      rendered.diagnostics.push(renderFailure(e, posix(relative(options.cwd ?? process.cwd(), source.dir)), renderer.name));
    }
  }
  return rendered;
}

const hasError = (diagnostics: Diagnostic[]) => diagnostics.some((d) => d.severity === 'error');

/** Process and render one paper in this thread (some formats `elsewhere`); writes its outputs unless `checkOnly`. */
export async function buildPaper(source: PaperSource, options: BuildOptions, elsewhere?: Elsewhere): Promise<PaperResult> {
  const processed = processEditions(source, options.langs, options);
  const { diagnostics, sources } = processed;
  const editions = linkEditions(processed.editions);
  for (const { paper } of editions) diagnostics.push(...paper.diagnostics);
  const set: PaperSet = { slug: source.slug, editions: {} };
  if (hasError(diagnostics) || editions.length === 0) return { slug: source.slug, status: 'failed', diagnostics, outputs: [], summary: null };

  for (const { paper } of editions) set.editions[paper.meta.lang] = toPaperJson(paper);
  if (options.checkOnly) return { slug: source.slug, status: 'checked', diagnostics, outputs: [], summary: null };

  // What goes elsewhere starts first and runs while this thread renders the rest; results are merged in the usual order.
  const formats = options.formats ?? availableFormats();
  const away = editions.map(({ paper }, i) =>
    new Map(i < (elsewhere?.editions ?? 0) ? formats.filter((f) => elsewhere!.formats.includes(f)).map((f) => [f, elsewhere!.render(paper, source, f)]) : []),
  );
  const parts: (Rendered | Promise<Rendered>)[] = [];
  for (const [i, { paper }] of editions.entries()) {
    const render = editionRenderer(paper, source, options);
    for (const format of formats) parts.push(away[i].get(format) ?? (await render(format)));
  }
  parts.push(await renderPaperSet(set, source, options));
  const rendered: Rendered = { outputs: [], diagnostics };
  for (const part of parts) merge(rendered, await part);
  const figures = figureOutputs(source.slug, source.dir, editions.map((e) => e.paper));
  rendered.outputs.push(...figures.outputs);
  const dir = posix(relative(options.cwd ?? process.cwd(), source.dir));
  for (const src of figures.gone) rendered.diagnostics.push(diagnosticAt(Rules.figureMissing, `Image file ${src} went missing during the build: build again`, `${dir}/${src}`));
  // Nothing is written when anything failed, so the previous editions stay.
  if (hasError(rendered.diagnostics)) return { slug: source.slug, status: 'failed', diagnostics: rendered.diagnostics, outputs: [], summary: null };
  const stamp = publishPaper(options.out, { slug: source.slug, sources, outputs: rendered.outputs, keep: keeps(source, options) });
  return { slug: source.slug, status: 'built', diagnostics: rendered.diagnostics, outputs: rendered.outputs.map((o) => o.path), summary: summarize(set), stamp };
}

/**
 * Which files of a paper's published folder a build that did not make them
 * keeps. A build of every language the paper has a source in and of every
 * format makes the whole folder: nothing else stays (a removed `ar.md` takes
 * its editions and the bilingual page with it). A narrower build (`--lang`,
 * `--format`, one file given) keeps the editions it left out, and the files of
 * both editions, but never the editions of a language whose source is gone.
 */
function keeps(source: PaperSource, options: BuildOptions): (name: string) => boolean {
  const formats = options.formats ?? availableFormats();
  const present = LANGS.filter((lang) => lstatOrNull(join(source.dir, `${lang}.md`)));
  const whole = present.every((lang) => options.langs.includes(lang) && source.files[lang]) && FORMATS.every((f) => formats.includes(f));
  return (name) => {
    const [lang, format] = name.split('.');
    if (!(LANGS as readonly string[]).includes(lang)) return !whole;
    if (!present.includes(lang as Lang)) return false;
    return !options.langs.includes(lang as Lang) || !source.files[lang as Lang] || !formats.includes(format as Format);
  };
}

function merge(into: Rendered, more: Rendered): void {
  into.outputs.push(...more.outputs);
  into.diagnostics.push(...more.diagnostics);
}

/** buildPaper, with any exception that escapes it reported as this paper's failure. */
export async function buildPaperSafely(source: PaperSource, options: BuildOptions, elsewhere?: Elsewhere): Promise<PaperResult> {
  try {
    return await buildPaper(source, options, elsewhere);
  } catch (e) {
    const dir = posix(relative(options.cwd ?? process.cwd(), source.dir));
    // A write refused by the file system (a full disk, a file where the paper's folder should be) is about --out, not a bug.
    const unwritable = unwritableOutput(e, options.out);
    const diagnostic = unwritable ? { ...unwritable, message: `${unwritable.message}; the previous editions of ${source.slug} are kept` } : internalFailure(e, dir);
    return { slug: source.slug, status: 'failed', diagnostics: [diagnostic], outputs: [], summary: null };
  }
}
