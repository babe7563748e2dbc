/**
 * `papers index [output]`: remake the cross-paper outputs (site index,
 * collection glossary…) from every JSON edition in the output folder. The last
 * step of a sharded CI build, once the shards' outputs are gathered in one folder.
 */
import { statSync } from 'node:fs';
import { optionalInteger, parseFormats } from './args.js';
import type { Registration } from './command.js';
import { EXIT, UsageError } from './errors.js';
import { outputFailure } from './output-failure.js';
import { printable } from './printable.js';
import { countBySeverity, formatDiagnostic, plural, sortDiagnostics } from './report.js';

interface Flags {
  format?: string;
  lockTimeout?: string;
}

export const registerIndex: Registration = (program, finish) => {
  program
    .command('index')
    .summary('remake the site index and collection glossary from the JSON editions in an output folder')
    .description('Remake the cross-paper outputs (index.html, index.ar.html, glossary.*) from every JSON edition in the output folder: the last step of a sharded CI build (docs/ci.md).')
    .argument('[output]', 'the output folder', 'output')
    .option('--format <list>', 'formats, comma-separated (json, html, pdf; default: all)')
    .option('--lock-timeout <s>', 'how long to wait for a build running on the same folder (default 1800)')
    .action(async (out: string, flags: Flags) => finish(await run(out, flags)));
};

async function run(out: string, flags: Flags): Promise<number> {
  const stat = statSync(out, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`no such folder: ${out}`);
  const formats = parseFormats(flags.format);
  const lockTimeout = optionalInteger(flags.lockTimeout, '--lock-timeout', 1000);
  const { indexAll } = await import('../batch/batch.js');
  const started = performance.now();
  try {
    const result = await indexAll(out, formats, { onLockWait: () => console.error(printable(`papers: waiting for the build already running on ${out}…`)) }, lockTimeout);
    const diagnostics = sortDiagnostics(result.diagnostics);
    for (const d of diagnostics) console.error(formatDiagnostic(d));
    const counts = countBySeverity(diagnostics);
    console.error(`indexed ${plural(result.papers, 'paper')}; ${plural(counts.error, 'error')}; ${plural(result.outputs.length, 'file')} written in ${((performance.now() - started) / 1000).toFixed(2)}s`);
    return counts.error > 0 ? EXIT.failed : EXIT.ok;
  } catch (e) {
    return outputFailure(e, out);
  }
}
