/**
 * Running a bundle (dist/bundle/*.cjs) as one script compiled with V8's code
 * cache: the bytecode a training build saved at compile time (train.ts), so a
 * cold process neither parses the 3 MB bundle nor compiles the functions the
 * build calls. V8 only checks that a cache was made for a source of the same
 * length, so each cache file is named after a hash of the bundle's content: a
 * rebuilt bundle never meets the bytecode of an older one.
 */
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { threadId } from 'node:worker_threads';

export interface BundleRun {
  script: Script;
  /** Where this bundle's cache is (or would be) kept. */
  cacheFile: string;
  /** Whether a cache was found and V8 took it. */
  cacheUsed: boolean;
}

/** dist/code-cache beside dist/bundle. */
export const cacheDirOf = (bundle: string) => join(dirname(dirname(bundle)), 'code-cache');
const cacheStem = (bundle: string) => basename(bundle, '.cjs');

/**
 * The bundle's source, as compiled (without its `#!` line), and its cache file.
 * V8 also refuses a cache made under other flags than the running process's;
 * a `variant` names a cache made under other flags than the default ones.
 */
function sourceOf(bundle: string, variant: string): { source: string; cacheFile: string } {
  const bytes = readFileSync(bundle);
  // rolldown writes the bundle in ASCII (rolldown.config.mjs), which reads as Latin-1 many times
  // faster than Node 20 decodes it as UTF-8 (docs/performance.md).
  const source = (isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8')).replace(/^#!.*/, '');
  const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  return { source, cacheFile: join(cacheDirOf(bundle), `${cacheStem(bundle)}-${hash}${variant ? `.${variant}` : ''}.bin`) };
}

/** Compile the bundle, with its cache (of that variant) when there is one. */
export function compileBundle(bundle: string, variant = ''): BundleRun {
  const { source, cacheFile } = sourceOf(bundle, variant);
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  // The same wrapper as Node's own CommonJS loader, on the first line so that line numbers stay right.
  // No import() in the bundle (rolldown.config.mjs): from a cache, V8 would run it without a loader.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  return { script, cacheFile, cacheUsed: cachedData !== undefined && !script.cachedDataRejected };
}

/** Compile the bundle and run it as the CommonJS module it is; with what it exported (module.exports). */
export function runBundle(bundle: string, variant = ''): BundleRun & { exports: unknown } {
  const run = compileBundle(bundle, variant);
  const module = { exports: {} as unknown };
  run.script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
  return { ...run, exports: module.exports };
}

/**
 * Save what V8 has compiled of the bundle so far (call it when the training
 * build is over, under the flags the cache is for), removing the caches of
 * earlier bundles of the same name.
 */
export function writeCodeCache(run: BundleRun): number {
  const dir = dirname(run.cacheFile);
  mkdirSync(dir, { recursive: true });
  const [, stem, hash] = /^(.*)-([0-9a-f]{16})[.a-z-]*\.bin$/.exec(basename(run.cacheFile))!;
  for (const name of readdirSync(dir)) if (name.startsWith(`${stem}-`) && !name.startsWith(`${stem}-${hash}`)) rmSync(join(dir, name));
  const data = run.script.createCachedData();
  // Two workers of one training build save the same cache: the thread keeps their temporary files apart.
  const tmp = `${run.cacheFile}.${process.pid}.${threadId}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, run.cacheFile);
  return data.length;
}
