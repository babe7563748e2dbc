/**
 * `papers index [output]`: remake the cross-paper outputs (site index,
 * collection glossary…) from every JSON edition in the output folder. The last
 * step of a sharded CI build, once the shards' outputs are gathered in one folder.
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { indexAll } from '../batch/batch.js';
import { parseFormats, positiveInteger, UsageError } from './args.js';
import { countBySeverity, formatDiagnostic, sortDiagnostics } from './report.js';
import { outputFailure } from './output-failure.js';

export async function indexCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { format: { type: 'string' }, 'lock-timeout': { type: 'string' } },
  });
  if (positionals.length > 1) throw new UsageError('papers index takes one output folder');
  const out = positionals[0] ?? 'output';
  if (!existsSync(out)) throw new UsageError(`No such folder: ${out}`);
  const formats = parseFormats(values.format);
  const lockTimeout = values['lock-timeout'] === undefined ? undefined : positiveInteger(values['lock-timeout'], '--lock-timeout') * 1000;
  const started = performance.now();
  try {
    const result = await indexAll(out, formats, { onLockWait: () => console.error(`papers: waiting for the build already running on ${out}…`) }, lockTimeout);
    const diagnostics = sortDiagnostics(result.diagnostics);
    for (const d of diagnostics) console.error(formatDiagnostic(d));
    const counts = countBySeverity(diagnostics);
    console.error(`indexed ${result.papers} papers; ${counts.error} errors; ${result.outputs.length} files written in ${((performance.now() - started) / 1000).toFixed(2)}s`);
    return counts.error > 0 ? 1 : 0;
  } catch (e) {
    return outputFailure(e, out);
  }
}
