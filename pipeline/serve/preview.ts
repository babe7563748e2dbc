/**
 * `papers serve`: build, serve the output folder, and on every saved change
 * to a source (or papers.yml) rebuild and reload the pages open in a
 * browser. The build is the ordinary one, so its cache rebuilds only the
 * papers that changed; files are watched with chokidar. Open pages reload
 * once the changed paper is written, and again when the site's pages and
 * search index (which take longer on a large site) are remade.
 */
import { resolve } from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { buildAll, type BuildHooks, type BuildResult } from '../batch/batch.js';
import type { BuildOptions } from '../batch/build.js';
import { findProjectConfig } from '../source/config-file.js';
import { startServer, type PreviewServer, type ServeOptions } from './server.js';

export interface PreviewOptions extends ServeOptions {
  build: BuildOptions;
  /** Each build as it finishes (the first one too). */
  onBuild?: (result: BuildResult, seconds: number) => void;
  /** A build that threw (an unwritable output folder…). */
  onError?: (error: unknown) => void;
}

export interface Preview {
  server: PreviewServer;
  /** Resolves once the watcher is ready: changes from then on are seen. */
  ready: Promise<void>;
  close: () => Promise<void>;
}

/** How long to wait after a change for the editor's other writes (a save can be several events). */
const SETTLE_MS = 60;

export async function startPreview(options: PreviewOptions): Promise<Preview> {
  const cwd = options.build.cwd ?? process.cwd();
  const run = async (build: BuildOptions, hooks: BuildHooks = {}): Promise<BuildResult | null> => {
    const started = performance.now();
    try {
      const result = await buildAll(build, hooks);
      options.onBuild?.(result, (performance.now() - started) / 1000);
      return result;
    } catch (e) {
      options.onError?.(e);
      return null;
    }
  };
  await run(options.build);
  const server = await startServer(options.build.out, { host: options.host, port: options.port, live: true });

  // Rebuilds run one at a time, in this thread: a change during a build queues one more.
  let timer: NodeJS.Timeout | undefined;
  let building: Promise<void> | null = null;
  let again = false;
  const rebuild = (): void => {
    if (building) {
      again = true;
      return;
    }
    building = (async () => {
      do {
        again = false;
        // A page reloads as soon as its paper is written; the site's pages and search index follow, then a second reload.
        const result = await run({ ...options.build, jobs: 1 }, { onPaper: (r) => r.status === 'built' && server.reload() });
        if (result?.collection === 'built') server.reload();
      } while (again);
      building = null;
    })();
  };
  const out = resolve(cwd, options.build.out);
  const config = findProjectConfig(options.build.paths[0] ?? '.', cwd);
  const watched = [...options.build.paths.map((p) => resolve(cwd, p)), ...(config ? [config] : [])];
  const watcher: FSWatcher = watch(watched, {
    ignoreInitial: true,
    // The output folder may sit inside a watched one; the build's own writes are no edit.
    ignored: (path) => path === out || path.startsWith(out + '/') || /(^|\/)\.[^/]+$|~$|\.swp$/.test(path),
  });
  watcher.on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(rebuild, SETTLE_MS);
  });
  const ready = new Promise<void>((done) => watcher.once('ready', () => done()));
  return {
    server,
    ready,
    close: async () => {
      clearTimeout(timer);
      await watcher.close();
      await building;
      await server.close();
    },
  };
}
