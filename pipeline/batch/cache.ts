/**
 * The incremental build's memory. Each paper has a manifest in
 * `output/.cache/papers/<slug>.json` holding a key (a hash of everything its
 * outputs depend on: its sources, locales/, the pipeline's code and
 * dependencies, the languages and formats asked for, SOURCE_DATE_EPOCH), the
 * outputs it wrote and the diagnostics it gave. A paper whose key is unchanged
 * and whose outputs all still exist is skipped, and its diagnostics are
 * replayed so `--strict` stays meaningful on a warm cache.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PaperSummary } from '../render/context.js';
import type { Diagnostic } from '../model/paper.js';
import type { PaperSource } from './discover.js';
import { outputPath, writeAtomic } from './write.js';
import { imageFiles } from './figures.js';

/** Bump when the manifest's meaning changes. */
const CACHE_VERSION = 2;

export const CACHE_DIR = '.cache';

export interface Manifest {
  key: string;
  /** Output paths relative to the output folder. */
  outputs: string[];
  diagnostics: Diagnostic[];
  /** A paper's sources when it was built. */
  sources?: SourceStamp[];
  /** The image files of its folder when it was built (a changed figure rebuilds the paper). */
  assets?: SourceStamp[];
  /** The stamp of the paper's folder this build published (publish.ts): a folder changed since is rebuilt. */
  stamp?: string;
  /** What the cross-paper outputs read of the paper, valid while its JSON editions still have this token (models.ts). */
  summary?: { token: string; editions: PaperSummary['editions'] };
}

/** What a key depends on besides the paper's own sources. */
export interface KeyOptions {
  langs: readonly string[];
  /** Undefined: every available format, which the pipeline's fingerprint already pins down. */
  formats: readonly string[] | undefined;
  cwd: string;
  localesDir: string;
  env: NodeJS.ProcessEnv;
  /** The project config every paper inherits from. */
  config: unknown;
}

/** A hash of parts, each length-prefixed so that ('ab','c') and ('a','bc') differ. */
export function hashParts(parts: Iterable<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part) : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** Every file below `dir` as (relative path, content), sorted: a folder's fingerprint. */
function* treeParts(dir: string, root = dir): Generator<string | Uint8Array> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) yield* treeParts(full, root);
    else if (entry.isFile()) {
      yield relative(root, full).split(sep).join('/');
      yield readFileSync(full);
    }
  }
}

export function hashTree(dir: string): string {
  return existsSync(dir) ? hashParts(treeParts(dir)) : 'none';
}

let pipelineHash: string | undefined;

/**
 * The pipeline's own fingerprint: package.json (version), the lock file
 * (dependency versions: fonts, pdfkit…) and every file of the code this module
 * runs from: the bundle folder (dist/bundle) or the pipeline folder
 * (dist/pipeline or the TypeScript sources). Computed once per process.
 */
export function pipelineFingerprint(): string {
  if (pipelineHash) return pipelineHash;
  const here = fileURLToPath(import.meta.url);
  const pipelineDir = here.endsWith('.cjs') ? dirname(here) : dirname(dirname(here));
  let root = pipelineDir;
  while (!existsSync(join(root, 'package.json')) && dirname(root) !== root) root = dirname(root);
  const file = (name: string) => (existsSync(join(root, name)) ? readFileSync(join(root, name)) : '');
  pipelineHash = hashParts([String(CACHE_VERSION), file('package.json'), file('package-lock.json'), hashTree(pipelineDir)]);
  return pipelineHash;
}

/** The key of everything a set of options contributes to every paper (computed once per build). */
export function optionsKey(options: KeyOptions): string {
  return hashParts([
    pipelineFingerprint(),
    hashTree(options.localesDir),
    options.langs.join(','),
    options.formats?.join(',') ?? 'all available',
    options.env.SOURCE_DATE_EPOCH ?? '',
    JSON.stringify(options.config),
  ]);
}

/**
 * One source as its paper's key saw it. Like git's index, the content hash is
 * reused while the file's size and modification time are unchanged, so a
 * build with nothing to do reads no source.
 */
export interface SourceStamp {
  /** As shown in diagnostics and stored in the model (relative to the folder the build ran in, posix). */
  path: string;
  /** Absolute: what the paper's source is, wherever later builds run from. */
  abs: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}

function stamp(path: string, shown: string, known: SourceStamp[] | undefined): SourceStamp {
  const { size, mtimeMs } = statSync(path);
  const same = known?.find((k) => k.abs === path && k.path === shown && k.size === size && k.mtimeMs === mtimeMs);
  return same ?? { path: shown, abs: path, size, mtimeMs, sha256: createHash('sha256').update(readFileSync(path)).digest('hex') };
}

/**
 * A paper's key: the options' key, its slug, and each source's shown path and
 * content (`known`: the stamps of the last build). Null when a source cannot
 * be read: the paper is then built, and the build reports why.
 */
export function paperKey(source: PaperSource, options: KeyOptions, base: string, known?: Pick<Manifest, 'sources' | 'assets'>): { key: string; sources: SourceStamp[]; assets: SourceStamp[] } | null {
  const stamps = (paths: string[], previous: SourceStamp[] | undefined): SourceStamp[] | null => {
    try {
      return paths.map((path) => stamp(path, relative(options.cwd, path).split(sep).join('/'), previous));
    } catch {
      return null;
    }
  };
  const sources = stamps(Object.keys(source.files).sort().map((lang) => source.files[lang as keyof typeof source.files]!), known?.sources);
  const assets = stamps(imageFiles(source.dir), known?.assets);
  if (!sources || !assets) return null;
  return { key: hashParts([base, source.slug, ...[...sources, ...assets].flatMap((s) => [s.path, s.sha256])]), sources, assets };
}

const manifestFile = (out: string, name: string) => outputPath(out, `${CACHE_DIR}/${name}.json`);
export const paperManifestName = (slug: string) => `papers/${slug}`;
export const COLLECTION_MANIFEST = 'collection';
export const LOCALES_MANIFEST = 'locales';

export function readManifest(out: string, name: string): Manifest | null {
  try {
    const m = JSON.parse(readFileSync(manifestFile(out, name), 'utf8')) as Manifest;
    return typeof m.key === 'string' && Array.isArray(m.outputs) && Array.isArray(m.diagnostics) ? m : null;
  } catch {
    return null;
  }
}

/** Whether a manifest has this key and every output it lists is still there. */
export function isFresh(out: string, manifest: Manifest, key: string): boolean {
  return manifest.key === key && manifest.outputs.every((p) => statSync(outputPath(out, p), { throwIfNoEntry: false })?.isFile());
}

export function freshManifest(out: string, name: string, key: string): Manifest | null {
  const m = readManifest(out, name);
  return m && isFresh(out, m, key) ? m : null;
}

export function removeManifest(out: string, name: string): void {
  rmSync(manifestFile(out, name), { force: true });
}

export function writeManifest(out: string, name: string, manifest: Manifest): void {
  writeAtomic(manifestFile(out, name), JSON.stringify(manifest) + '\n');
}
