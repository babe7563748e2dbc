/**
 * The per-paper models a build leaves in the output folder: the JSON editions
 * `output/<slug>/<lang>.json`. The cross-paper outputs are made from them, so
 * they can be remade without processing a single paper again (after a partly
 * cached build, or by `papers index` after a sharded build).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { LANGS } from '../source/langs.js';
import type { PaperJson } from '../model/paper.js';
import type { PaperSet } from '../render/context.js';
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

/** The JSON editions a build left for a paper, if any. */
export function previousSet(out: string, slug: string): PaperSet | null {
  const set: PaperSet = { slug, editions: {} };
  for (const lang of LANGS) {
    try {
      set.editions[lang] = JSON.parse(readFileSync(editionPath(out, slug, lang), 'utf8')) as PaperJson;
    } catch {
      // No edition in this language (or an unreadable one, which the next build of the paper replaces).
    }
  }
  return Object.keys(set.editions).length > 0 ? set : null;
}

/** A cheap token of a paper's JSON editions on disk (size and time of each), for the collection's cache key. */
export function modelToken(out: string, slug: string): string {
  return LANGS.map((lang) => {
    const s = statSync(editionPath(out, slug, lang), { throwIfNoEntry: false });
    return s ? `${lang}:${s.size}:${s.mtimeMs}` : `${lang}:-`;
  }).join(' ');
}
