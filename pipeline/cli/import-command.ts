/**
 * `papers import <file> [--out <path>] [--lang en|ar] [--slug <slug>]`: a PDF,
 * Word file or converted text → a clean source file; each repair and each
 * thing to check on stderr (repairs first, errors last), then one summary
 * line. Exit 0 when the source builds (warnings allowed), 1 when it cannot
 * build yet or the input cannot be read, 2 for a usage error.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { toDiagnostic } from '../model/diagnostics.js';
import { LANGS, type Lang } from '../model/langs.js';
import type { Diagnostic } from '../model/paper.js';
import type { Registration } from './command.js';
import { EXIT, UsageError } from './errors.js';
import { printable } from './printable.js';
import { countBySeverity, formatDiagnostic } from './report.js';

interface ImportFlags {
  out?: string;
  lang?: string;
  slug?: string;
}

export const registerImport: Registration = (program, finish) => {
  program
    .command('import')
    .summary('turn a PDF, a Word file or converted text into a clean source file')
    .description(
      'Turn a PDF, a Word file (.docx) or text a converter made into a Markdown source with front matter; the kind is read from the file, not its name. Each repair and each thing to check is reported on stderr, then one summary line (docs/import.md).',
    )
    .argument('<file>', 'the PDF, Word file or converted text')
    .option('--out <path>', 'where to write the source (default: standard output)')
    .option('--lang <lang>', `the paper's language when its letters cannot tell (${LANGS.join(', ')})`)
    .option('--slug <slug>', 'write source/<slug>/<lang>.md (instead of --out)')
    .addHelpText('after', '\nExamples:\n  papers import paper.pdf --slug my-paper\n  papers import paper.docx --out source/my-paper/ar.md --lang ar')
    .action(async (file: string, flags: ImportFlags) => finish(await run(file, flags)));
};

const SLUG = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;
const ORDER = { info: 0, warning: 1, error: 2 } as const;

const shownPath = (path: string) => relative(process.cwd(), path).split(sep).join('/') || path;

/**
 * The input's bytes. A path that is no file, is missing or cannot be read is
 * a usage error (exit 2, #16): the command was given the wrong path, and no
 * source exists yet for a diagnostic to point into.
 */
function readInput(path: string): Uint8Array {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`no such file: ${path} (give the PDF, Word file or converted text to import)`);
  if (!stat.isFile()) throw new UsageError(`${path} is ${stat.isDirectory() ? 'a folder' : 'not a regular file'}: papers import takes one file`);
  try {
    return readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new UsageError(`${path} cannot be read (${code}): check its permissions`);
  }
}

function checkFlags(flags: ImportFlags): Lang | undefined {
  if (flags.slug !== undefined && flags.out !== undefined) throw new UsageError('give --out or --slug, not both');
  if (flags.out !== undefined && flags.out.trim() === '') throw new UsageError('--out needs a file name (e.g. --out source/my-paper/en.md)');
  if (flags.slug !== undefined && !SLUG.test(flags.slug)) throw new UsageError(`--slug takes letters, digits and single hyphens, not '${flags.slug}'`);
  if (flags.lang !== undefined && !(LANGS as readonly string[]).includes(flags.lang)) throw new UsageError(`Unknown language '${flags.lang}': use ${LANGS.join(', ')}`);
  return flags.lang as Lang | undefined;
}

async function run(path: string, flags: ImportFlags): Promise<number> {
  const lang = checkFlags(flags);
  const shown = shownPath(path);
  const bytes = readInput(path);
  const { projectConfigFor } = await import('../source/config.js');
  const { importFile } = await import('../import/file.js');
  const { writeAtomic } = await import('../batch/write.js');
  // --slug writes source/<slug>/<lang>.md, the language being the one found when --lang is not given.
  const folder = flags.slug === undefined ? undefined : join('source', flags.slug);
  const config = projectConfigFor(flags.out ?? folder ?? '.') ?? undefined;
  const written = folder ?? flags.out;
  const { markdown, file, kind, media } = await importFile(bytes, { path: shown, config, lang, extractMedia: written !== undefined });
  const out = folder ? join(folder, `${lang ?? (/^lang: ar$/mu.test(markdown) ? 'ar' : 'en')}.md`) : flags.out;
  if (markdown) {
    // The images first: a source that names them is never there before they are.
    if (out) for (const m of media) writeAtomic(join(dirname(out), ...m.path.split('/')), m.data);
    if (out) writeAtomic(out, markdown);
    else process.stdout.write(markdown);
  }
  // Repairs first, errors last: the lines a reader sees above the summary are the ones to act on.
  const diagnostics: Diagnostic[] = file.messages.map((m) => toDiagnostic(m, shown)).sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  const counts = countBySeverity(diagnostics);
  const where = markdown ? ` → ${out ? shownPath(out) : 'stdout'}` : '';
  console.error(printable(`imported ${shown} (${kind})${where}: ${counts.info} repairs, ${counts.warning} to check, ${counts.error} errors`));
  return counts.error ? EXIT.failed : EXIT.ok;
}
