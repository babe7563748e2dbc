/**
 * `papers serve [paths…]`: a local preview. Builds the papers, serves the
 * output folder on 127.0.0.1 (unless --host says otherwise), and on every
 * saved change rebuilds what changed and reloads the open pages. Builds the
 * HTML and JSON editions unless --format asks for more (a PDF edition takes
 * seconds to draw). Stops on Ctrl+C.
 */
import { existsSync } from 'node:fs';
import type { Format } from '../render/context.js';
import { LANGS, type Lang } from '../model/langs.js';
import { parseFormats, parseList } from './args.js';
import type { Registration } from './command.js';
import { EXIT, UsageError } from './errors.js';
import { checkOutputFolder, checkSourcePaths } from './paths.js';
import { printable } from './printable.js';
import { countBySeverity, formatDiagnostic, sortDiagnostics } from './report.js';

interface Flags {
  out: string;
  lang?: string;
  format?: string;
  host: string;
  port: string;
}

const PREVIEW_FORMATS: Format[] = ['html', 'json'];

export const registerServe: Registration = (program, finish) => {
  program
    .command('serve')
    .summary('preview: build, serve the output folder, rebuild and reload the open pages on save')
    .description('Build the papers under the paths (default source/), serve the output folder on 127.0.0.1, and rebuild and reload the pages open in a browser whenever a source or papers.yml is saved. Builds the HTML and JSON editions unless --format asks for more.')
    .argument('[paths...]', 'source folders, paper folders or <lang>.md files (default: source)')
    .option('--out <dir>', 'output folder', 'output')
    .option('--lang <list>', `languages, comma-separated (${LANGS.join(', ')}; default: all)`)
    .option('--format <list>', 'formats, comma-separated (json, html, pdf; default: html,json)')
    .option('--host <address>', 'the address to listen on', '127.0.0.1')
    .option('--port <n>', 'the port to listen on (0 for any free one)', '8000')
    .addHelpText('after', '\nExamples:\n  papers serve                          every paper in source/, at http://127.0.0.1:8000/\n  papers serve source/my-paper --port 0')
    .action(async (paths: string[], flags: Flags) => finish(await run(paths, flags)));
};

async function run(given: string[], flags: Flags): Promise<number> {
  const paths = given.length > 0 ? given : ['source'];
  if (given.length === 0 && !existsSync('source')) throw new UsageError("no source/ folder here: run papers in the project's folder, or give the folder of the papers (papers serve <folder>)");
  checkSourcePaths(paths);
  const out = checkOutputFolder(flags.out, paths);
  if (!/^\d+$/.test(flags.port) || Number(flags.port) > 65535) throw new UsageError(`--port takes a port number (0 for any free one), not '${flags.port}'`);
  // The site's pages are made from the JSON editions: a preview always builds them.
  const formats = [...new Set<Format>([...(parseFormats(flags.format) ?? PREVIEW_FORMATS), 'json'])];
  const langs = parseList<Lang>(flags.lang, '--lang', LANGS, 'language') ?? [...LANGS];
  const { defaultJobs } = await import('../batch/pool.js');
  const { startPreview } = await import('../serve/preview.js');
  const preview = await startPreview({
    host: flags.host,
    port: Number(flags.port),
    build: { paths, out, langs, formats, jobs: defaultJobs() },
    onBuild: (result, seconds) => {
      // Only what this build did: a paper skipped as unchanged replays messages already shown.
      for (const d of sortDiagnostics(result.papers.filter((p) => p.status !== 'skipped').flatMap((p) => p.diagnostics))) console.error(formatDiagnostic(d));
      const counts = countBySeverity([...result.diagnostics, ...result.papers.flatMap((p) => p.diagnostics)]);
      const built = result.papers.filter((p) => p.status === 'built').length;
      const failed = result.papers.filter((p) => p.status === 'failed').length;
      console.error(`built ${built}, failed ${failed}; ${counts.error} errors, ${counts.warning} warnings in ${seconds.toFixed(2)}s`);
    },
    onError: (e) => console.error(printable(`papers: the build failed: ${e instanceof Error ? e.message : String(e)}`)),
  }).catch((e: unknown) => {
    if ((e as { code?: string }).code === 'EADDRINUSE') throw new UsageError(`port ${flags.port} on ${flags.host} is in use: choose another with --port (0 for any free one)`);
    throw e;
  });
  await preview.ready;
  console.log(printable(`Serving ${out} at ${preview.server.url} (rebuilds on save; Ctrl+C to stop)`));
  await new Promise<void>((done) => {
    process.once('SIGINT', () => done()).once('SIGTERM', () => done());
  });
  await preview.close();
  return EXIT.ok;
}
