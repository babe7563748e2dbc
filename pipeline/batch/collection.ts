/**
 * The cross-paper outputs (site index, collection glossary…): every
 * COLLECTION_RENDERER run over the per-paper models. Used at the end of a
 * build and by `papers index`, so a sharded build merged by `papers index`
 * gives the same bytes as one build of every paper.
 */
import type { Diagnostic, Lang } from '../model/paper.js';
import type { Format, PaperSummary, ProjectInfo } from '../render/context.js';
import { diagnosticAt } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { LANGS } from '../model/langs.js';
import { translator } from '../i18n/index.js';
import { availableFormats, COLLECTION_RENDERERS } from '../render/registry.js';
import { renderFailure } from './failure.js';
import { modelSlugs, previousSummary } from './models.js';
import { writeOutputs } from './write.js';
import { unwritableOutput } from './unwritable.js';

export interface CollectionResult {
  outputs: string[];
  diagnostics: Diagnostic[];
}

/**
 * The summaries of every paper in `out`, in slug order. `fresh` holds the
 * papers of this run (built, or skipped with a valid cached summary) in the
 * languages `freshLangs`; what is on disk is read only for the others: the
 * papers not in this run, and the languages a `--lang` build left out. An
 * edition that cannot be read back is added to `problems`.
 */
export function collectionSets(out: string, problems: Diagnostic[], fresh: ReadonlyMap<string, PaperSummary> = new Map(), freshLangs: readonly Lang[] = LANGS): PaperSummary[] {
  const slugs = [...new Set([...modelSlugs(out), ...fresh.keys()])].sort();
  const everyLang = LANGS.every((lang) => freshLangs.includes(lang));
  return slugs.flatMap((slug) => {
    const mem = fresh.get(slug);
    const disk = mem && everyLang ? null : previousSummary(out, slug, problems);
    const editions = { ...disk?.editions, ...mem?.editions };
    return Object.keys(editions).length > 0 ? [{ slug, editions }] : [];
  });
}

/** The cross-paper outputs of `sets`, in the UI strings of `localesDir` (the package's locales/ by default). */
export async function renderCollection(out: string, sets: PaperSummary[], formats: Format[] = availableFormats(), project: Omit<ProjectInfo, 'out'> = {}, localesDir?: string): Promise<CollectionResult> {
  const outputs: string[] = [];
  const diagnostics: Diagnostic[] = [];
  if (formats.includes('html') && !project.site?.url) {
    diagnostics.push(diagnosticAt(Rules.siteUrlMissing, 'No `site.url` in papers.yml: pages link relatively, without canonical URLs, sitemap or feeds; add the URL output/ is published at', 'papers.yml'));
  }
  for (const load of COLLECTION_RENDERERS) {
    const renderer = await load();
    if (!renderer.formats.some((f) => formats.includes(f))) continue;
    try {
      outputs.push(...writeOutputs(out, await renderer.render(sets, formats, { ...project, out }, (lang) => translator(lang, localesDir))));
    } catch (e) {
      diagnostics.push(unwritableOutput(e, out) ?? renderFailure(e, out, renderer.name));
    }
  }
  return { outputs, diagnostics };
}
