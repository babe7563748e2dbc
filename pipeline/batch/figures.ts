/**
 * The image files a paper's editions show, copied into its output folder
 * under the path the source gives them (so `![…](charts/gdp.png)` works in
 * the HTML edition as written), and stamped into the build cache's key so a
 * changed image rebuilds its paper.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Paper } from '../model/paper.js';
import type { OutputFile } from '../render/context.js';
import { folderAssets } from '../source/assets.js';
import { FIGURE_NAME } from '../source/figures-stage.js';

/** Folders below a paper's folder searched for images: deeper ones are not a paper's figures. */
const MAX_DEPTH = 4;

/** The figures of every edition, read from the paper's folder, and those that have gone since the paper was read. */
export function figureOutputs(slug: string, dir: string, papers: Paper[]): { outputs: OutputFile[]; gone: string[] } {
  const read = folderAssets(dir);
  const srcs = [...new Set(papers.flatMap((p) => (p.figures ?? []).map((f) => f.src)))].sort();
  const outputs: OutputFile[] = [];
  const gone: string[] = [];
  for (const src of srcs) {
    const got = read(src);
    if (got.ok) outputs.push({ path: `${slug}/${src}`, data: got.bytes });
    else gone.push(src);
  }
  return { outputs, gone };
}

/** Every image file of a paper's folder (absolute paths, sorted): what its build key must cover besides the sources. */
export function imageFiles(dir: string, depth = 0): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  const out: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory() && depth < MAX_DEPTH) out.push(...imageFiles(full, depth + 1));
    else if (entry.isFile() && FIGURE_NAME.test(entry.name)) out.push(full);
  }
  return out;
}
