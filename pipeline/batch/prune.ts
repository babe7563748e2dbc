/**
 * Papers deleted from their source folder. A paper whose last build recorded
 * sources none of which exists any more has its folder and manifest removed,
 * so the site index and the collection glossary drop it. Sources are known by
 * their absolute paths: a build run from another folder, or given other
 * paths, never mistakes another paper for a removed one. A source that is
 * still there in any form (a broken link, a file that cannot be read) keeps
 * the paper: that build reports the problem and keeps its editions. A paper
 * merely left out of this build (by the paths given, or by --shard) keeps
 * everything too.
 */
import { readdirSync } from 'node:fs';
import { relative, sep } from 'node:path';
import type { Diagnostic } from '../model/paper.js';
import { diagnosticAt } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { CACHE_DIR, paperManifestName, readManifest, removeManifest } from './cache.js';
import { lstatOrNull, unpublishPaper } from './publish.js';
import { outputPath } from './write.js';

export function pruneRemovedPapers(out: string, cwd: string, present: ReadonlySet<string>): Diagnostic[] {
  let names: string[];
  try {
    names = readdirSync(outputPath(out, `${CACHE_DIR}/papers`));
  } catch {
    return [];
  }
  const removed: Diagnostic[] = [];
  for (const slug of names.filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -'.json'.length)).sort()) {
    if (present.has(slug)) continue;
    const manifest = readManifest(out, paperManifestName(slug));
    const sources = manifest?.sources ?? [];
    // A manifest without absolute paths cannot say which sources are gone.
    if (!manifest || sources.length === 0 || sources.some((s) => typeof s.abs !== 'string' || lstatOrNull(s.abs))) continue;
    unpublishPaper(out, slug);
    removeManifest(out, paperManifestName(slug));
    const shown = sources.map((s) => relative(cwd, s.abs).split(sep).join('/'));
    removed.push(diagnosticAt(Rules.paperRemoved, `${shown.join(' and ')} no longer exist${shown.length === 1 ? 's' : ''}: the editions of ${slug} were removed from ${out}`, shown[0]));
  }
  return removed;
}
