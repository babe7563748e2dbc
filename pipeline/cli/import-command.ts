/** `papers import <file> [--out <path>]`: converted paper → clean source; repairs reported on stderr, errors last, then a summary. */
import { statSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { diagnosticAt, toDiagnostic } from '../model/diagnostics.js';
import type { Diagnostic } from '../model/paper.js';
import { Rules } from '../model/rules.js';
import type { Registration } from './command.js';
import { EXIT, InputError, UsageError } from './errors.js';
import { printable } from './printable.js';
import { countBySeverity, formatDiagnostic, plural } from './report.js';

export const registerImport: Registration = (program, finish) => {
  program
    .command('import')
    .summary('turn a paper converted from PDF (pdftotext) into a clean source file')
    .description('Turn a paper converted from PDF into a clean Markdown source with front matter; each repair is reported on stderr (docs/import.md).')
    .argument('<file>', 'the converted text')
    .option('--out <path>', 'where to write the source (default: standard output)')
    .addHelpText('after', '\nExample:\n  pdftotext -layout paper.pdf paper.txt && papers import paper.txt --out source/my-paper/en.md')
    .action(async (file: string, flags: { out?: string }) => finish(await run(file, flags)));
};

const ORDER = { info: 0, warning: 1, error: 2 } as const;

async function run(path: string, flags: { out?: string }): Promise<number> {
  const shown = relative(process.cwd(), path).split(sep).join('/');
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new InputError(diagnosticAt(Rules.sourceNotFound, 'No such file: give the text converted from the PDF', shown));
  if (!stat.isFile()) throw new UsageError(`${path} is ${stat.isDirectory() ? 'a folder' : 'not a regular file'}: papers import takes one converted file`);
  if (flags.out !== undefined && flags.out.trim() === '') throw new UsageError('--out needs a file name (e.g. --out source/my-paper/en.md)');
  const { readSource } = await import('../source/read.js');
  const { importConverted } = await import('../import/index.js');
  const { writeAtomic } = await import('../batch/write.js');
  const source = readSource(path, shown);
  let messages = source.messages;
  if (!source.messages.some((m) => m.fatal === true)) {
    const { markdown, file } = importConverted(String(source.value), source);
    messages = file.messages;
    if (flags.out) writeAtomic(flags.out, markdown);
    else process.stdout.write(markdown);
  }
  // Repairs first, errors last: the lines a reader sees above the summary are the ones to act on.
  const diagnostics: Diagnostic[] = messages.map((m) => toDiagnostic(m, shown)).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  const c = countBySeverity(diagnostics);
  console.error(printable(`imported ${shown}${flags.out ? ` to ${flags.out}` : ''}: ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}, ${plural(c.info, 'repair')}`));
  return c.error > 0 ? EXIT.failed : EXIT.ok;
}
