/** Path checks shared by the finding of papers and the reading of their files. */
import { realpathSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';

/** The real path (links resolved), or null when there is none (missing, a broken link, a loop). */
export function realOrNull(path: string): string | null {
  try {
    return realpathSync(path);
  } catch {
    return null;
  }
}

/** Whether `path` is `root` or below it. */
export const within = (root: string, path: string): boolean => {
  const r = relative(root, path);
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
};
