/**
 * Building one paper, the unit of work of every build (in-process or in a
 * worker): its editions are processed and rendered entirely in memory, then
 * written (atomically, file by file). A paper with errors writes nothing, so
 * its previous editions stay. The batch around it (discovery, cache, workers,
 * cross-paper outputs) is in batch.ts.
 */
import { relative, sep } from 'node:path';
import { processPath } from '../process.js';
import { createI18n } from '../i18n/index.js';
import { toDiagnostic } from '../model/diagnostics.js';
import type { Diagnostic, Lang } from '../model/paper.js';
import { buildEpoch, type Format, type OutputFile, type PaperSet, type RenderContext } from '../render/context.js';
import { toPaperJson } from '../render/json/index.js';
import { availableFormats, EDITION_RENDERERS, PAPER_SET_RENDERERS } from '../render/registry.js';
import type { PaperSource } from './discover.js';
import type { Shard } from './shard.js';
import { internalFailure, renderFailure } from './failure.js';
import { writeOutputs } from './write.js';
import { linkEditions, type Edition } from '../align/editions.js';

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
  env?: NodeJS.ProcessEnv;
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
}

export interface PaperResult {
  slug: string;
  /** `skipped`: unchanged since the last build (its cached diagnostics are replayed). */
  status: 'built' | 'checked' | 'failed' | 'skipped';
  diagnostics: Diagnostic[];
  outputs: string[];
  /** The editions' models; null when they were written as JSON editions (the collection reads those). */
  set: PaperSet | null;
}

const posix = (p: string) => p.split(sep).join('/');

/** Process and render one paper; writes its outputs unless `checkOnly`. */
export async function buildPaper(source: PaperSource, options: BuildOptions): Promise<PaperResult> {
  const cwd = options.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const set: PaperSet = { slug: source.slug, editions: {} };
  const outputs: OutputFile[] = [];
  const editions = (Object.keys(source.files) as Lang[]).sort();
  const formats = options.formats ?? availableFormats();
  const papers: Edition[] = [];

  for (const lang of options.langs) {
    const path = source.files[lang];
    if (!path) continue;
    const shown = posix(relative(cwd, path));
    const { paper, file } = processPath(path, { slug: source.slug, lang, source: shown, localesDir: options.localesDir });
    if (!paper) {
      diagnostics.push(...file.messages.map((m) => toDiagnostic(m, shown)));
      continue;
    }
    papers.push({ paper, file });
  }
  linkEditions(papers);
  for (const { paper } of papers) diagnostics.push(...paper.diagnostics);

  const failed = (): PaperResult => ({ slug: source.slug, status: 'failed', diagnostics, outputs: [], set });
  if (diagnostics.some((d) => d.severity === 'error') || papers.length === 0) return failed();

  for (const { paper } of papers) set.editions[paper.meta.lang] = toPaperJson(paper);
  if (options.checkOnly) return { slug: source.slug, status: 'checked', diagnostics, outputs: [], set };

  for (const { paper } of papers) {
    const i18n = createI18n(paper.meta.lang, options.localesDir);
    const ctx: RenderContext = {
      lang: paper.meta.lang,
      t: i18n.t,
      i18n,
      slug: source.slug,
      editions,
      formats,
      epoch: buildEpoch(paper.meta.date, options.env),
    };
    for (const format of formats) {
      const render = EDITION_RENDERERS[format];
      if (!render) continue;
      try {
        outputs.push(...(await render(paper, ctx)));
      } catch (e) {
        diagnostics.push(renderFailure(e, paper.meta.source, `${format} edition`));
      }
    }
  }
  for (const renderer of PAPER_SET_RENDERERS) {
    if (!renderer.formats.some((f) => formats.includes(f))) continue;
    try {
      outputs.push(...renderer.render(set, formats));
    } catch (e) {
      diagnostics.push(renderFailure(e, posix(relative(cwd, source.dir)), renderer.name));
    }
  }
  if (diagnostics.some((d) => d.severity === 'error')) return failed();
  return { slug: source.slug, status: 'built', diagnostics, outputs: writeOutputs(options.out, outputs), set };
}

/** buildPaper, with any exception that escapes it reported as this paper's failure. */
export async function buildPaperSafely(source: PaperSource, options: BuildOptions): Promise<PaperResult> {
  try {
    return await buildPaper(source, options);
  } catch (e) {
    const dir = posix(relative(options.cwd ?? process.cwd(), source.dir));
    return { slug: source.slug, status: 'failed', diagnostics: [internalFailure(e, dir)], outputs: [], set: null };
  }
}
