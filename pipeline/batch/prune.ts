/**
 * Papers deleted from source/. A paper whose last build recorded sources that
 * are now all gone has the outputs it wrote and its manifest removed, so the
 * site index and the collection glossary drop it. A paper merely left out of
 * this build (by the paths given, or by --shard) keeps everything: its
 * sources still exist.
 */
import { existsSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Diagnostic } from '../model/paper.js';
import { diagnosticAt } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { CACHE_DIR, paperManifestName, readManifest, removeManifest } from './cache.js';
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
    if (!manifest || sources.length === 0 || sources.some((s) => existsSync(resolve(cwd, s.path)))) continue;
    const folders = new Set<string>();
    for (const path of manifest.outputs) {
      const full = outputPath(out, path);
      rmSync(full, { force: true });
      folders.add(dirname(full));
    }
    for (const folder of folders) if (existsSync(folder) && readdirSync(folder).length === 0) rmdirSync(folder);
    removeManifest(out, paperManifestName(slug));
    removed.push(
      diagnosticAt(
        Rules.paperRemoved,
        `${sources.map((s) => s.path).join(' and ')} no longer exist${sources.length === 1 ? 's' : ''}: the editions of ${slug} were removed from ${out}`,
        sources[0].path,
      ),
    );
  }
  return removed;
}
