/**
 * A build of many papers: discover → keep this shard's share → skip the papers
 * whose cache entry is fresh → build the others (workers or this thread) →
 * record their cache entries → remake the cross-paper outputs from the
 * per-paper models when any of them changed. The output folder is locked for
 * the whole build. Nothing here loads the pipeline's stages: a build where
 * every paper is fresh never pays for them.
 */
import { dirname, join, relative, sep } from 'node:path';
import { defaultLocalesDir } from '../i18n/index.js';
import type { Diagnostic } from '../model/paper.js';
import { diagnosticAt, toDiagnostic } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import type { Format, PaperSummary } from '../render/context.js';
import type { BuildOptions, PaperResult } from './build.js';
import {
  COLLECTION_MANIFEST,
  freshManifest,
  hashParts,
  hashTree,
  isFresh,
  LOCALES_MANIFEST,
  optionsKey,
  paperKey,
  paperManifestName,
  pipelineFingerprint,
  readManifest,
  writeManifest,
  type KeyOptions,
} from './cache.js';
import { discoverPapers, type DiscoveryProblem, type PaperSource } from './discover.js';
import { acquireLock, type LockHolder } from './lock.js';
import { cachedSummary, modelSlugs, modelToken } from './models.js';
import { runPapers } from './pool.js';
import { removeTemporaries } from './write.js';
import { folderStamp, recoverStaging, removeEmptyStaging } from './publish.js';
import { pruneRemovedPapers } from './prune.js';
import { inShard } from './shard.js';
import { findProjectConfig } from '../source/config-file.js';
import type { ProjectConfig } from '../model/config.js';

export interface BuildResult {
  /** One per paper of this build (this shard's share), in slug order. */
  papers: PaperResult[];
  /** Problems not tied to one paper (discovery, locales, cross-paper outputs). */
  diagnostics: Diagnostic[];
  /** Files written, relative to the output folder. */
  outputs: string[];
  /** Whether the cross-paper outputs were remade, were fresh, or are not this build's job (check, shard). */
  collection: 'built' | 'skipped' | 'none';
}

export interface BuildHooks {
  /** The plan, once the cache has been consulted. */
  onStart?: (plan: { papers: number; toBuild: number }) => void;
  /** Each paper as it finishes (built, failed, checked) or is found fresh (skipped). */
  onPaper?: (result: PaperResult) => void;
  /** The output folder is locked by another build; this one waits. */
  onLockWait?: (holder: LockHolder | null) => void;
  /**
   * A lone paper of this many bytes of sources is about to be built in this
   * thread: the caller may tune the process for it (the CLI turns V8's
   * optimizing compiler off, launch/tiering.ts) and says whether it did, so
   * that the PDF worker starts under the same flags. The library never does.
   */
  onLonePaper?: (sourceBytes: number) => boolean;
}

/** How long a build waits for another one on the same output folder by default. */
const DEFAULT_LOCK_TIMEOUT_MS = 30 * 60_000;

const problemDiagnostic = (p: DiscoveryProblem): Diagnostic => diagnosticAt(p.rule, p.message, p.path);

const emptyIndex = (out: string): Diagnostic =>
  diagnosticAt(Rules.indexEmpty, `No JSON edition (<slug>/<lang>.json) in ${out}: run papers build first, or gather the shards' outputs here`, out);

const restoredDiagnostic = (out: string) => (slug: string): Diagnostic =>
  diagnosticAt(Rules.paperRestored, `A build was stopped while it replaced the editions of ${slug}: the previous ones were put back`, join(out, slug));

export async function buildAll(given: BuildOptions, hooks: BuildHooks = {}): Promise<BuildResult> {
  const cwd = given.cwd ?? process.cwd();
  const project = given.config === undefined ? await readProjectConfig(given.paths[0] ?? '.', cwd) : { config: given.config, root: given.configDir, diagnostics: [] };
  // A broken papers.yml would give every paper the wrong publisher: nothing is built until it is fixed.
  if (project.diagnostics.some((d) => d.severity === 'error')) return { papers: [], diagnostics: project.diagnostics, outputs: [], collection: 'none' };
  const options: BuildOptions = { ...given, config: project.config, configDir: project.root, langs: given.langs.filter((l) => project.config?.languages?.includes(l) ?? true) };
  const { papers: found, problems } = discoverPapers(options.paths, cwd, { followLinks: options.followLinks });
  // Problems that belong to no paper are reported once, by the first shard.
  const reportsGlobal = !options.shard || options.shard.index === 1;
  const sources = found.filter((s) => inShard(s.slug, options.shard));

  if (options.checkOnly) {
    const diagnostics = reportsGlobal ? [...problems.map(problemDiagnostic), ...(await localeProblems(options, null))] : [];
    hooks.onStart?.({ papers: sources.length, toBuild: sources.length });
    const papers = await runPapers(sources, options, (r) => hooks.onPaper?.(r), hooks.onLonePaper);
    return { papers, diagnostics, outputs: [], collection: 'none' };
  }
  const release = await acquireLock(options.out, { timeoutMs: options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS, onWait: hooks.onLockWait });
  try {
    // What a killed build left: half-written files, and staged or half-swapped paper folders.
    removeTemporaries(options.out);
    const restored = recoverStaging(options.out).map(restoredDiagnostic(options.out));
    const removed = pruneRemovedPapers(options.out, options.cwd ?? process.cwd(), new Set(found.map((s) => s.slug)));
    const diagnostics = [...(reportsGlobal ? [...problems.map(problemDiagnostic), ...(await localeProblems(options, options.out))] : []), ...restored, ...removed];
    const result = await buildLocked(sources, options, diagnostics, hooks);
    removeEmptyStaging(options.out);
    return result;
  } finally {
    release();
  }
}

async function buildLocked(sources: PaperSource[], options: BuildOptions, diagnostics: Diagnostic[], hooks: BuildHooks): Promise<BuildResult> {
  const { out } = options;
  const keyOptions: KeyOptions = {
    langs: options.langs,
    formats: options.formats,
    cwd: options.cwd ?? process.cwd(),
    localesDir: options.localesDir ?? defaultLocalesDir(),
    env: options.env ?? process.env,
    config: options.config ?? null,
  };
  const base = optionsKey(keyOptions);

  const keys = new Map<string, ReturnType<typeof paperKey>>();
  const results = new Map<string, PaperResult>();
  const stale: PaperSource[] = [];
  for (const source of sources) {
    const manifest = options.force ? null : readManifest(out, paperManifestName(source.slug));
    const key = paperKey(source, keyOptions, base, manifest ?? undefined);
    keys.set(source.slug, key);
    if (manifest && key && isFresh(out, manifest, key.key) && manifest.stamp === folderStamp(out, source.slug)) {
      // Its summary comes from the manifest just read, so the cross-paper outputs need not read it again.
      results.set(source.slug, { slug: source.slug, status: 'skipped', diagnostics: manifest.diagnostics, outputs: [], summary: cachedSummary(out, source.slug, manifest) });
    } else stale.push(source);
  }
  hooks.onStart?.({ papers: sources.length, toBuild: stale.length });
  for (const r of results.values()) hooks.onPaper?.(r);

  await runPapers(stale, options, (r) => {
    const key = keys.get(r.slug);
    if (r.status === 'built' && key) {
      const summary = r.summary && { token: modelToken(out, r.slug), editions: r.summary.editions };
      writeManifest(out, paperManifestName(r.slug), { key: key.key, outputs: r.outputs, diagnostics: r.diagnostics, sources: key.sources, assets: key.assets, stamp: r.stamp, ...(summary && { summary }) });
    }
    results.set(r.slug, r);
    hooks.onPaper?.(r);
  }, hooks.onLonePaper);

  const papers = sources.map((s) => results.get(s.slug)!);
  const outputs = papers.flatMap((p) => p.outputs);
  if (options.shard) return { papers, diagnostics, outputs, collection: 'none' };

  // The cross-paper outputs depend on every paper's model: a paper of this
  // build is represented by its key, any other paper in the output folder
  // (built by an earlier run, or failed now and kept) by its JSON editions' size and time.
  const current = new Map(papers.filter((p) => p.status !== 'failed').map((p) => [p.slug, keys.get(p.slug)?.key]));
  const slugs = [...new Set([...modelSlugs(out), ...current.keys()])].sort();
  const collectionKey = hashParts([base, ...slugs.flatMap((slug) => [slug, current.get(slug) ?? modelToken(out, slug)])]);
  const fresh = options.force ? null : freshManifest(out, COLLECTION_MANIFEST, collectionKey);
  if (fresh) return { papers, diagnostics: [...diagnostics, ...fresh.diagnostics], outputs, collection: 'skipped' };

  const inMemory = new Map(papers.flatMap((p): [string, PaperSummary][] => (p.summary ? [[p.slug, p.summary]] : [])));
  const collection = await remakeCollection(out, options, inMemory);
  if (!collection.diagnostics.some((d) => d.severity === 'error')) writeManifest(out, COLLECTION_MANIFEST, { key: collectionKey, ...collection });
  return { papers, diagnostics: [...diagnostics, ...collection.diagnostics], outputs: [...outputs, ...collection.outputs], collection: 'built' };
}

/** papers.yml for a build from `from`, its folder, and its problems as diagnostics (none when there is no such file). */
async function readProjectConfig(from: string, cwd: string): Promise<{ config: ProjectConfig | null; root?: string; diagnostics: Diagnostic[] }> {
  const path = findProjectConfig(from, cwd);
  if (!path) return { config: null, diagnostics: [] };
  const shown = relative(cwd, path).split(sep).join('/');
  const { loadProjectConfig } = await import('../source/config.js');
  const { config, file } = loadProjectConfig(path, shown);
  return { config, root: dirname(path), diagnostics: file.messages.map((m) => toDiagnostic(m, shown)) };
}

/**
 * The checks of locales/ (missing strings, incomplete termbase entries). They
 * depend only on locales/ and the pipeline, so a build caches their result
 * (`out`), and loads the checks only when locales/ or the pipeline changed.
 */
async function localeProblems(options: BuildOptions, out: string | null): Promise<Diagnostic[]> {
  const cwd = options.cwd ?? process.cwd();
  const localesDir = options.localesDir ?? defaultLocalesDir();
  const key = hashParts([pipelineFingerprint(), hashTree(localesDir), localesDir, cwd]);
  const cached = out ? freshManifest(out, LOCALES_MANIFEST, key) : null;
  if (cached) return cached.diagnostics;
  const { localeDiagnostics } = await import('./locale-checks.js');
  const diagnostics = localeDiagnostics(options.localesDir, cwd);
  if (out) writeManifest(out, LOCALES_MANIFEST, { key, outputs: [], diagnostics });
  return diagnostics;
}

/** Loads the renderers only when the cross-paper outputs must be remade. */
async function remakeCollection(out: string, options: BuildOptions, inMemory: ReadonlyMap<string, PaperSummary>) {
  const { collectionSets, renderCollection } = await import('./collection.js');
  const problems: Diagnostic[] = [];
  const result = await renderCollection(out, collectionSets(out, problems, inMemory, options.langs), options.formats, projectInfo(options.config, options.configDir), options.localesDir);
  return { ...result, diagnostics: [...problems, ...result.diagnostics] };
}

/** What the cross-paper outputs read of papers.yml. */
function projectInfo(config: ProjectConfig | null | undefined, root: string | undefined) {
  return { site: config?.site, publisher: config?.publisher, languages: config?.languages, root };
}

/**
 * `papers index`: the cross-paper outputs from every JSON edition in `out`
 * (after the shards of a CI build were gathered there).
 */
export async function indexAll(out: string, formats: Format[] | undefined, hooks: Pick<BuildHooks, 'onLockWait'> = {}, lockTimeoutMs = DEFAULT_LOCK_TIMEOUT_MS): Promise<{ papers: number; outputs: string[]; diagnostics: Diagnostic[] }> {
  const release = await acquireLock(out, { timeoutMs: lockTimeoutMs, onWait: hooks.onLockWait });
  try {
    // A paper folder that a killed build had moved aside goes back before the index is made from the folders.
    removeTemporaries(out);
    const problems: Diagnostic[] = recoverStaging(out).map(restoredDiagnostic(out));
    removeEmptyStaging(out);
    const { collectionSets, renderCollection } = await import('./collection.js');
    const sets = collectionSets(out, problems);
    // Without a paper there is nothing to index: an empty site would hide a wrong path or a failed download.
    if (sets.length === 0) return { papers: 0, outputs: [], diagnostics: problems.some((d) => d.severity === 'error') ? problems : [...problems, emptyIndex(out)] };
    const project = await readProjectConfig('.', process.cwd());
    const result = await renderCollection(out, sets, formats, projectInfo(project.config, project.root));
    return { papers: sets.length, outputs: result.outputs, diagnostics: [...problems, ...result.diagnostics] };
  } finally {
    release();
  }
}
