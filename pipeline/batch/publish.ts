/**
 * A paper's outputs change together or not at all. Everything a build makes
 * of a paper (its editions, glossary, citations, bilingual page) lives in
 * `output/<slug>/`; a build writes the whole new folder under
 * `output/.staging/`, with a manifest of every file's hash written last, and
 * swaps it in with two renames (the published folder aside, the new one in).
 * A build killed at any moment leaves either folder whole; the next build
 * (holding the output folder's lock) puts back a published folder a killed
 * swap had moved aside, and throws away every other staged folder.
 *
 * The manifest (`output/<slug>/manifest.json`) stamps the folder with the
 * hashes of the sources its editions were made from and of each file, so
 * anyone can check that a folder is one version: the site index reads only
 * folders that have one. Its name is not hidden: tools that gather shards'
 * outputs (CI artifacts) often leave dot files out.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, cpSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Lang } from '../model/langs.js';
import type { OutputFile } from '../render/context.js';
import { makeDirs, outputPath } from './write.js';
import { SLUG_PATTERN } from './discover.js';

export const STAGING_DIR = '.staging';
export const FOLDER_MANIFEST = 'manifest.json';

export interface FolderManifest {
  slug: string;
  /** sha256 of each source the editions were made from, by language. */
  sources: Partial<Record<Lang, string>>;
  /** sha256 of every other file of the folder, by its path inside the folder. */
  files: Record<string, string>;
}

export interface Publication {
  slug: string;
  sources: Partial<Record<Lang, string>>;
  /** Files made by this build, paths relative to the output folder, every one below `<slug>/`. */
  outputs: OutputFile[];
  /** Whether an entry of the published folder that this build did not make stays (a language or format it left out). */
  keep: (name: string) => boolean;
}

export const sha256 = (data: string | Uint8Array): string => createHash('sha256').update(data).digest('hex');

/** lstat, or null when nothing is there (a dangling link is something). */
export const lstatOrNull = (path: string) => {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
};

/** A file-system error as Node makes them, for a place the build will not write over. */
const refusal = (code: string, path: string, message: string): NodeJS.ErrnoException => Object.assign(new Error(`${code}: ${message}, ${path}`), { code, path });

export function readFolderManifest(folder: string): FolderManifest | null {
  try {
    const m = JSON.parse(readFileSync(join(folder, FOLDER_MANIFEST), 'utf8')) as FolderManifest;
    return typeof m.slug === 'string' && m.files && typeof m.files === 'object' && m.sources && typeof m.sources === 'object' ? m : null;
  } catch {
    return null;
  }
}

/** The published folder's manifest bytes hashed: what the build cache records of the version it wrote. */
export function folderStamp(out: string, slug: string): string | null {
  try {
    return sha256(readFileSync(join(outputPath(out, slug), FOLDER_MANIFEST)));
  } catch {
    return null;
  }
}

const sorted = <T>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** Bring a kept entry of the published folder into the staged one: a hard link (no copy) where the file system allows. */
function carry(from: string, to: string, name: string, files: Record<string, string>): void {
  const stat = lstatSync(from);
  if (stat.isDirectory()) {
    cpSync(from, to, { recursive: true, verbatimSymlinks: true });
    for (const inner of readdirSync(to, { recursive: true }) as string[]) {
      const path = join(to, inner);
      if (lstatSync(path).isFile()) files[`${name}/${inner.split('\\').join('/')}`] = sha256(readFileSync(path));
    }
    return;
  }
  if (!stat.isFile()) return;
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
  files[name] = sha256(readFileSync(to));
}

/**
 * Publish a paper's new version: stage the folder, then swap it in. Returns the
 * stamp of the folder (see folderStamp). Throws a file-system error (with its
 * code and path) when it cannot; the published folder is then untouched.
 */
export function publishPaper(out: string, publication: Publication): string {
  const { slug } = publication;
  const target = outputPath(out, slug);
  const staging = join(resolve(out), STAGING_DIR);
  const fresh = join(staging, `${slug}.new`);
  const aside = join(staging, `${slug}.old`);
  const published = lstatOrNull(target);
  if (published && !published.isDirectory()) throw refusal('ENOTDIR', target, 'not a folder: a paper’s editions go in a folder of that name');

  makeDirs(staging);
  rmSync(fresh, { recursive: true, force: true });
  let manifest: string;
  try {
    manifest = stage(target, fresh, publication, published !== null);
  } catch (e) {
    // A write refused half-way (a full disk) frees what it took, and names the folder it could not write.
    rmSync(fresh, { recursive: true, force: true });
    const error = e as NodeJS.ErrnoException;
    if (error.code && !error.path) error.path = target;
    throw e;
  }

  if (published) {
    rmSync(aside, { recursive: true, force: true });
    renameSync(target, aside);
  }
  try {
    renameSync(fresh, target);
  } catch (e) {
    if (published) renameSync(aside, target);
    throw e;
  }
  rmSync(aside, { recursive: true, force: true });
  return sha256(manifest);
}

/** Write the new folder `fresh`: this build's files, the kept ones of the published folder `target`, the manifest last (returned). */
function stage(target: string, fresh: string, publication: Publication, published: boolean): string {
  const { slug } = publication;
  mkdirSync(fresh);
  const files: Record<string, string> = {};
  const made = new Set<string>();
  for (const output of publication.outputs) {
    if (!output.path.startsWith(`${slug}/`)) throw new Error(`An output of ${slug} outside its folder: ${output.path}`);
    const inner = output.path.slice(slug.length + 1);
    const path = join(fresh, inner);
    if (dirname(inner) !== '.') makeDirs(dirname(path));
    writeFileSync(path, output.data);
    files[inner] = sha256(output.data);
    made.add(inner.split('/')[0]);
  }
  const sources: FolderManifest['sources'] = { ...publication.sources };
  if (published) {
    const previous = readFolderManifest(target);
    for (const name of readdirSync(target)) {
      if (name === FOLDER_MANIFEST || made.has(name) || !publication.keep(name)) continue;
      carry(join(target, name), join(fresh, name), name, files);
      const lang = name.split('.')[0] as Lang;
      if (!(lang in sources) && previous?.sources[lang]) sources[lang] = previous.sources[lang];
    }
  }
  const manifest = JSON.stringify({ slug, sources: sorted(sources), files: sorted(files) } satisfies FolderManifest) + '\n';
  writeFileSync(join(fresh, FOLDER_MANIFEST), manifest);
  return manifest;
}

/** Take a paper's folder out of the output folder at once (moved aside, then deleted). */
export function unpublishPaper(out: string, slug: string): void {
  const target = outputPath(out, slug);
  if (!lstatOrNull(target)) return;
  const staging = join(resolve(out), STAGING_DIR);
  const gone = join(staging, `${slug}.gone`);
  makeDirs(staging);
  rmSync(gone, { recursive: true, force: true });
  renameSync(target, gone);
  rmSync(gone, { recursive: true, force: true });
}

/**
 * What a killed build left in the staging folder, put right. A published
 * folder moved aside by a swap that never finished goes back (the paper is
 * then one whole old version, which the build replaces if its sources
 * changed); everything else staged is thrown away. Only safe while holding
 * the output folder's lock. Returns the slugs rolled back.
 */
export function recoverStaging(out: string): string[] {
  const staging = join(resolve(out), STAGING_DIR);
  let names: string[];
  try {
    names = readdirSync(staging);
  } catch {
    return [];
  }
  const restored: string[] = [];
  for (const name of names) {
    const slug = name.endsWith('.old') ? name.slice(0, -'.old'.length) : null;
    const target = slug && SLUG_PATTERN.test(slug) ? outputPath(out, slug) : null;
    if (slug && target && !lstatOrNull(target)) {
      renameSync(join(staging, name), target);
      restored.push(slug);
    } else rmSync(join(staging, name), { recursive: true, force: true });
  }
  return restored;
}

/** Remove the staging folder once a build has left nothing in it, so a finished output folder holds only what is published. */
export function removeEmptyStaging(out: string): void {
  try {
    rmdirSync(join(resolve(out), STAGING_DIR));
  } catch {
    // Not there, or not empty (a paper's swap failed and left its folder for the next build to sort out).
  }
}
