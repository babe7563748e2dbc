/**
 * Files a paper's text refers to (its images), read from the paper's folder
 * and nowhere else: a path that leaves the folder, by `..`, an absolute path
 * or a symbolic link, is refused, since the build would publish that file.
 */
import { readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { realOrNull, within } from './paths.js';

/** Larger files are not a paper's figure (a scan or a video renamed): refused before they are read. */
export const MAX_ASSET_BYTES = 20 * 1024 * 1024;

export type AssetRead =
  | { ok: true; bytes: Uint8Array }
  | { ok: false; problem: 'missing' | 'outside' | 'too-large' };

/** Reads a file of the paper's folder by its path as the source writes it (relative, posix). */
export type AssetReader = (src: string) => AssetRead;

/** The path of `src` inside the paper's folder, posix and without `./`; null when it leads out. */
export function assetPath(src: string): string | null {
  if (src === '' || src.startsWith('/') || src.includes('\\') || /^[a-z]:/iu.test(src)) return null;
  const normal = posix.normalize(src);
  return normal === '..' || normal.startsWith('../') || normal === '.' ? null : normal;
}

/** A reader of the files below `folder` (the paper's folder). */
export function folderAssets(folder: string): AssetReader {
  let root: string | null | undefined;
  return (src) => {
    const path = assetPath(src);
    if (path === null) return { ok: false, problem: 'outside' };
    root ??= realOrNull(folder);
    const full = join(folder, ...path.split('/'));
    const real = realOrNull(full);
    if (root === null || real === null) return { ok: false, problem: 'missing' };
    if (!within(root, real)) return { ok: false, problem: 'outside' };
    const stat = statSync(real, { throwIfNoEntry: false });
    if (!stat?.isFile()) return { ok: false, problem: 'missing' };
    if (stat.size > MAX_ASSET_BYTES) return { ok: false, problem: 'too-large' };
    return { ok: true, bytes: readFileSync(real) };
  };
}
