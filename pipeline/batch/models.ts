/**
 * The per-paper models a build leaves in the output folder: the JSON editions
 * `output/<slug>/<lang>.json`. The cross-paper outputs are made from them, so
 * they can be remade without processing a single paper again (after a partly
 * cached build, or by `papers index` after a sharded build). They read only a
 * summary of each edition (metadata and glossary), which the paper's build
 * manifest keeps while the JSON editions are unchanged: remaking them after
 * one paper changed does not re-read every other paper's editions. Only a
 * whole published folder (one with its manifest, publish.ts) counts: a paper
 * folder made by hand or left half-copied is not a paper of the site.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { LANGS } from '../model/langs.js';
import type { Diagnostic, PaperJson } from '../model/paper.js';
import { diagnosticAt } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import type { EditionSummary, PaperSet, PaperSummary } from '../render/context.js';
import { paperManifestName, readManifest, type Manifest } from './cache.js';
import { SLUG_PATTERN } from './discover.js';
import { FOLDER_MANIFEST } from './publish.js';
import { outputPath } from './write.js';

const editionPath = (out: string, slug: string, lang: string) => outputPath(out, `${slug}/${lang}.json`);

/** `stat`, or null where there is nothing or the path cannot be followed (a file where a folder should be). */
function statOrNull(path: string) {
  try {
    return statSync(path, { throwIfNoEntry: false }) ?? null;
  } catch {
    return null;
  }
}

const isFile = (path: string) => statOrNull(path)?.isFile() ?? false;

/** Slugs of the published paper folders of `out` (with their manifest) that hold at least one JSON edition, sorted. */
export function modelSlugs(out: string): string[] {
  let names: string[];
  try {
    names = readdirSync(out).sort();
  } catch {
    return [];
  }
  return names.filter(
    (name) => SLUG_PATTERN.test(name) && isFile(join(outputPath(out, name), FOLDER_MANIFEST)) && LANGS.some((lang) => isFile(editionPath(out, name, lang))),
  );
}

const summaryOf = ({ meta, glossary }: EditionSummary): EditionSummary => ({ meta, glossary });

/** What the cross-paper outputs need of a paper. */
export function summarize(set: PaperSet): PaperSummary {
  const editions: PaperSummary['editions'] = {};
  for (const lang of LANGS) if (set.editions[lang]) editions[lang] = summaryOf(set.editions[lang]);
  return { slug: set.slug, editions };
}

/** A paper manifest's summary, while the JSON editions it was made from are unchanged. */
export function cachedSummary(out: string, slug: string, manifest: Manifest | null): PaperSummary | null {
  const cached = manifest?.summary;
  return cached && cached.token === modelToken(out, slug) ? { slug, editions: cached.editions } : null;
}

/**
 * The summary of the JSON editions a build left for a paper: from its manifest
 * while they are unchanged, else read from them. A JSON edition that cannot be
 * read back (truncated, edited by hand) is a problem, and leaves the paper out.
 */
export function previousSummary(out: string, slug: string, problems: Diagnostic[]): PaperSummary | null {
  const cached = cachedSummary(out, slug, readManifest(out, paperManifestName(slug)));
  if (cached) return cached;
  const summary: PaperSummary = { slug, editions: {} };
  for (const lang of LANGS) {
    const path = editionPath(out, slug, lang);
    if (!isFile(path)) continue;
    try {
      const edition = JSON.parse(readFileSync(path, 'utf8')) as PaperJson;
      if (typeof edition?.meta?.title !== 'string') throw new Error('it has no meta.title');
      summary.editions[lang] = summaryOf(edition);
    } catch (e) {
      const shown = join(out, slug, `${lang}.json`);
      problems.push(diagnosticAt(Rules.outputEditionUnreadable, `Cannot read this JSON edition back (${(e as Error).message}): rebuild ${slug} with papers build --force`, shown));
      return null;
    }
  }
  return Object.keys(summary.editions).length > 0 ? summary : null;
}

/** A cheap token of a paper's JSON editions on disk (size and time of each). */
export function modelToken(out: string, slug: string): string {
  return LANGS.map((lang) => {
    const s = statSync(editionPath(out, slug, lang), { throwIfNoEntry: false });
    return s ? `${lang}:${s.size}:${s.mtimeMs}` : `${lang}:-`;
  }).join(' ');
}
