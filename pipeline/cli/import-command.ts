/** `papers import <file> [--out <path>]`: converted paper → clean source; repairs reported on stderr. */
import { parseArgs } from 'node:util';
import { relative, sep } from 'node:path';
import { readSource } from '../source/read.js';
import { importConverted } from '../import/index.js';
import { writeAtomic } from '../batch/write.js';
import { toDiagnostic } from '../model/diagnostics.js';
import { formatDiagnostic } from './report.js';

export function importCommand(args: string[]): number {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { out: { type: 'string' } } });
  if (positionals.length !== 1) throw Object.assign(new TypeError('papers import takes exactly one file'), { code: 'ERR_PARSE_ARGS_USAGE' });
  const path = positionals[0];
  const shown = relative(process.cwd(), path).split(sep).join('/');
  const source = readSource(path, shown);
  let messages = source.messages;
  if (!source.messages.some((m) => m.fatal === true)) {
    const { markdown, file } = importConverted(String(source.value), source);
    messages = file.messages;
    if (values.out) writeAtomic(values.out, markdown);
    else process.stdout.write(markdown);
  }
  for (const m of messages) console.error(formatDiagnostic(toDiagnostic(m, shown)));
  return messages.some((m) => m.fatal === true) ? 1 : 0;
}
