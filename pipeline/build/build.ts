/**
 * Building editions: each paper is processed and rendered entirely in memory,
 * then written (atomically, file by file). A paper with errors writes nothing,
 * so its previous editions stay; other papers still build.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { processPath } from '../process.js';
import { createI18n } from '../i18n/index.js';
import { PaperError, toDiagnostic } from '../model/diagnostics.js';
import type { Diagnostic, Lang, PaperJson } from '../model/paper.js';
import { buildEpoch, type Format, type OutputFile, type PaperSet, type RenderContext } from '../render/context.js';
import { toPaperJson } from '../render/json/index.js';
import { COLLECTION_RENDERERS, EDITION_RENDERERS, PAPER_SET_RENDERERS } from '../render/registry.js';
import { discoverPapers, type PaperSource } from './discover.js';
import { outputPath, writeOutputs } from './write.js';
import { VFile } from 'vfile';
import { linkEditions, type Edition } from '../align/editions.js';

export interface BuildOptions {
  paths: string[];
  out: string;
  langs: Lang[];
  formats: Format[];
  /** Process and report only; write nothing. */
  checkOnly?: boolean;
  cwd?: string;
  localesDir?: string;
  env?: NodeJS.ProcessEnv;
}

export interface PaperResult {
  slug: string;
  status: 'built' | 'checked' | 'failed';
  diagnostics: Diagnostic[];
  outputs: string[];
  set: PaperSet;
}

export interface BuildResult {
  papers: PaperResult[];
  /** Problems not tied to one paper (discovery, cross-paper outputs). */
  diagnostics: Diagnostic[];
  outputs: string[];
}

const posix = (p: string) => p.split(sep).join('/');

/** Process and render one paper; writes its outputs unless `checkOnly`. */
export async function buildPaper(source: PaperSource, options: BuildOptions): Promise<PaperResult> {
  const cwd = options.cwd ?? process.cwd();
  const diagnostics: Diagnostic[] = [];
  const set: PaperSet = { slug: source.slug, editions: {} };
  const outputs: OutputFile[] = [];
  const editions = (Object.keys(source.files) as Lang[]).sort();
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
      formats: options.formats,
      epoch: buildEpoch(paper.meta.date, options.env),
    };
    for (const format of options.formats) {
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
    if (!renderer.formats.some((f) => options.formats.includes(f))) continue;
    try {
      outputs.push(...renderer.render(set, options.formats));
    } catch (e) {
      diagnostics.push(renderFailure(e, posix(relative(cwd, source.dir)), renderer.name));
    }
  }
  if (diagnostics.some((d) => d.severity === 'error')) return failed();
  return { slug: source.slug, status: 'built', diagnostics, outputs: writeOutputs(options.out, outputs), set };
}

/** Discover, build every paper, then the cross-paper outputs. */
export async function buildAll(options: BuildOptions): Promise<BuildResult> {
  const cwd = options.cwd ?? process.cwd();
  const { papers: sources, problems } = discoverPapers(options.paths, cwd);
  const diagnostics: Diagnostic[] = problems.map((p) => ({ ruleId: p.ruleId, severity: 'error', message: p.message, file: p.path, line: null, column: null }));
  const papers: PaperResult[] = [];
  for (const source of sources) papers.push(await buildPaper(source, options));

  const outputs: string[] = papers.flatMap((p) => p.outputs);
  if (!options.checkOnly) {
    // A failed paper keeps its previous editions: the cross-paper outputs use them too.
    const sets = papers.map((p) => (p.status === 'built' ? p.set : previousSet(options.out, p.slug))).filter((s): s is PaperSet => s !== null);
    for (const renderer of COLLECTION_RENDERERS) {
      if (!renderer.formats.some((f) => options.formats.includes(f))) continue;
      try {
        outputs.push(...writeOutputs(options.out, renderer.render(sets, options.formats)));
      } catch (e) {
        diagnostics.push(renderFailure(e, options.out, renderer.name));
      }
    }
  }
  return { papers, diagnostics, outputs };
}

/** The JSON editions a previous build left for a paper, if any. */
export function previousSet(out: string, slug: string): PaperSet | null {
  const set: PaperSet = { slug, editions: {} };
  for (const lang of ['en', 'ar'] as const) {
    const path = outputPath(out, `${slug}/${lang}.json`);
    if (existsSync(path)) set.editions[lang] = JSON.parse(readFileSync(path, 'utf8')) as PaperJson;
  }
  return Object.keys(set.editions).length > 0 ? set : null;
}

function renderFailure(e: unknown, path: string, what: string): Diagnostic {
  if (e instanceof PaperError) {
    const file = new VFile({ path });
    const message = file.message(e.message, { ruleId: e.ruleId, source: 'papers', ...(e.place ? { place: e.place } : {}) });
    message.fatal = true;
    return toDiagnostic(message, path);
  }
  const reason = e instanceof Error ? e.message : String(e);
  return { ruleId: 'render-failed', severity: 'error', message: `Could not render the ${what}: ${reason}`, file: path, line: null, column: null };
}
