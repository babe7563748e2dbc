/**
 * Where the project config is: without the schema (zod), so that a build with
 * nothing to do finds out that there is no papers.yml, or which one it is,
 * without loading the validation.
 */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const CONFIG_FILE = 'papers.yml';

/**
 * The papers.yml that governs `from`: the nearest one in `from` or a folder
 * above it, else the nearest one at or above the working folder.
 */
export function findProjectConfig(from: string, cwd: string): string | null {
  for (const start of [resolve(cwd, from), resolve(cwd)]) {
    for (let dir = isDirectory(start) ? start : dirname(start); ; dir = dirname(dir)) {
      const candidate = join(dir, CONFIG_FILE);
      if (existsSync(candidate)) return candidate;
      if (dirname(dir) === dir) break;
    }
  }
  return null;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

