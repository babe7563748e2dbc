/**
 * The per-paper models a build leaves in the output folder: the JSON editions
 * `output/<slug>/<lang>.json`. The cross-paper outputs are made from them, so
 * they can be remade without processing a single paper again (after a partly
 * cached build, or by `papers index` after a sharded build). They read only a
 * summary of each edition (metadata and glossary), which the paper's build
 * manifest keeps while the JSON editions are unchanged: remaking them after
 * one paper changed does not re-read every other paper's editions.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { LANGS } from '../model/langs.js';
import type { PaperJson } from '../model/paper.js';
import type { EditionSummary, PaperSet, PaperSummary } from '../render/context.js';
import { paperManifestName, readManifest, type Manifest } from './cache.js';
import { SLUG_PATTERN } from './discover.js';
import { outputPath } from './write.js';

const editionPath = (out: string, slug: string, lang: string) => outputPath(out, `${slug}/${lang}.json`);

/** Slugs of the folders of `out` that hold at least one JSON edition, sorted. */
export function modelSlugs(out: string): string[] {
  let names: string[];
  try {
    names = readdirSync(out).sort();
  } catch {
    return [];
  }
  return names.filter((name) => SLUG_PATTERN.test(name) && LANGS.some((lang) => statSync(editionPath(out, name, lang), { throwIfNoEntry: false })?.isFile()));
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

/** The summary of the JSON editions a build left for a paper: from its manifest while they are unchanged, else read from them. */
export function previousSummary(out: string, slug: string): PaperSummary | null {
  const cached = cachedSummary(out, slug, readManifest(out, paperManifestName(slug)));
  if (cached) return cached;
  const summary: PaperSummary = { slug, editions: {} };
  for (const lang of LANGS) {
    try {
      summary.editions[lang] = summaryOf(JSON.parse(readFileSync(editionPath(out, slug, lang), 'utf8')) as PaperJson);
    } catch {
      // No edition in this language (or an unreadable one, which the next build of the paper replaces).
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
