/**
 * The paths a command is given, checked before anything runs: papers are read
 * from folders and `<lang>.md` files, and editions are written to a folder
 * that is neither one of those nor holds them (`--out source` would scatter
 * editions among the sources, `--out ""` or `--out .` over the project).
 */
import { statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { UsageError } from './errors.js';

/** Whether `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
  const r = relative(resolve(outer), resolve(inner));
  return r === '' || (!r.startsWith('..') && !isAbsolute(r));
}

/** Each path exists and is a folder or a regular file; a device, a FIFO or a socket is a usage mistake. */
export function checkSourcePaths(paths: string[]): void {
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) throw new UsageError(`no such file or folder: ${path}`);
    if (!stat.isDirectory() && !stat.isFile()) throw new UsageError(`${path} is not a folder or a file: give source/, a paper folder or a <lang>.md file`);
  }
}

/** The output folder, checked against the source paths. */
export function checkOutputFolder(out: string, paths: string[]): string {
  if (out.trim() === '') throw new UsageError('--out needs a folder name (e.g. --out output)');
  for (const path of paths) {
    const folder = statSync(path, { throwIfNoEntry: false })?.isFile() ? dirname(path) : path;
    if (within(out, folder)) throw new UsageError(`--out ${out} is inside the sources (${path}): editions would be written among them; choose a folder outside, e.g. --out output`);
    if (within(folder, out)) throw new UsageError(`--out ${out} holds the sources (${path}): a build there would write over the project; choose a folder of its own, e.g. --out output`);
  }
  return out;
}
