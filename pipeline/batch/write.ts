/**
 * Writing outputs without ever leaving a half-written file: write a temporary
 * file beside the target, then rename it over the target (atomic on POSIX). A
 * failed build therefore keeps the previous good edition.
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { OutputFile } from '../render/context.js';

// pid, thread and counter: worker threads share the pid, and each has its own counter.
let counter = 0;

/**
 * `mkdir -p`, one level at a time. Node's own `{ recursive: true }` spins
 * forever (and ignores SIGTERM) where the kernel refuses to create a folder
 * whose parent exists, e.g. `--out /proc/x`; this fails at once with ENOENT.
 * A folder made meanwhile by another build or worker (EEXIST) is fine: two
 * builds started at once both make the output folder before taking its lock.
 */
export function makeDirs(dir: string): void {
  if (existsSync(dir)) return;
  const parent = dirname(dir);
  if (parent !== dir) makeDirs(parent);
  try {
    mkdirSync(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
}

export function writeAtomic(path: string, data: string | Uint8Array): void {
  makeDirs(dirname(path));
  const tmp = `${path}.${process.pid}.${threadId}.${counter++}.tmp`;
  try {
    writeFileSync(tmp, data);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** The temporary files of writeAtomic: `<target>.<pid>.<thread>.<n>.tmp`. */
const TEMPORARY = /\.\d+\.\d+\.\d+\.tmp$/;

/**
 * Remove the temporary files a killed build left behind (a worker ended in the
 * middle of a write). Only safe while holding the output folder's lock.
 */
export function removeTemporaries(outDir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(outDir, { recursive: true }) as string[];
  } catch {
    return [];
  }
  const left = names.filter((name) => TEMPORARY.test(name));
  for (const name of left) rmSync(join(outDir, name), { force: true });
  return left;
}

/** Resolve an output's path inside the output folder; refuses anything that would land outside it. */
export function outputPath(outDir: string, relativePath: string): string {
  const root = resolve(outDir);
  const full = resolve(join(root, relativePath));
  if (!full.startsWith(root + sep)) throw new Error(`Refusing to write outside the output folder: ${relativePath}`);
  return full;
}

export function writeOutputs(outDir: string, files: OutputFile[]): string[] {
  return files.map((f) => {
    const full = outputPath(outDir, f.path);
    writeAtomic(full, f.data);
    return f.path;
  });
}
