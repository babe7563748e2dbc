/**
 * `papers xliff export <paper> --to ar` and `papers xliff import <file.xlf>`:
 * a paper handed to a translator in their CAT tool's own format (XLIFF 2.1)
 * and the translation brought back as a source file (docs/cli.md).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { Command } from 'commander';
import { diagnosticAt, toDiagnostic } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { LANGS, type Lang } from '../model/langs.js';
import { oneOf } from './args.js';
import type { Finish, Registration } from './command.js';
import { EXIT, InputError, UsageError } from './errors.js';
import { printable } from './printable.js';
import { countBySeverity, formatDiagnostic, plural } from './report.js';

const posix = (p: string) => relative(process.cwd(), p).split(sep).join('/') || '.';

export const registerXliff: Registration = (program, finish) => {
  const xliff = program
    .command('xliff')
    .summary('hand a paper to a translator as XLIFF 2.1, and bring the translation back')
    .description('Translation files for CAT tools (OmegaT, Trados, memoQ, Phrase…): XLIFF 2.1 with one unit per heading, paragraph and table cell.')
    .addHelpText('after', '\nExamples:\n  papers xliff export source/my-paper --to ar      writes my-paper.en-ar.xlf\n  papers xliff import my-paper.en-ar.xlf            writes source/my-paper/ar.md');
  registerExport(xliff, finish);
  registerImport(xliff, finish);
};

function registerExport(xliff: Command, finish: Finish): void {
  xliff
    .command('export')
    .summary('write a paper edition as an XLIFF 2.1 file to translate')
    .description('Write the English (or Arabic) edition of a paper as XLIFF 2.1: one unit per block, inline markup as codes, glossary terms and entity names as notes and marks.')
    .argument('<paper>', 'a paper folder (source/<slug>/) or one of its <lang>.md files')
    .requiredOption('--to <lang>', `the language to translate into (${LANGS.join(', ')})`)
    .option('--out <file>', 'where to write the XLIFF (default: <slug>.<from>-<to>.xlf here)')
    .action(async (paper: string, flags: { to: string; out?: string }) => finish(await exportRun(paper, flags)));
}

function registerImport(xliff: Command, finish: Finish): void {
  xliff
    .command('import')
    .summary('write the translation in an XLIFF file as a paper source')
    .description("Write the translation in an XLIFF 2 file (made by 'papers xliff export' and translated in a CAT tool) as the paper's source in the target language, block for block.")
    .argument('<file>', 'the translated XLIFF file')
    .option('--out <file>', 'where to write the source (default: <lang>.md beside the original)')
    .option('--force', 'replace the file at --out if there is one')
    .action(async (file: string, flags: { out?: string; force?: boolean }) => finish(await importRun(file, flags)));
}

/** The paper's edition in the other language than `to`: a <lang>.md file given, or the folder's. */
function editionOf(paper: string, to: Lang): { path: string; from: Lang; slug: string } {
  const stat = statSync(paper, { throwIfNoEntry: false });
  if (!stat) throw new InputError(diagnosticAt(Rules.sourceNotFound, 'No such paper folder or file', paper));
  if (stat.isFile()) {
    const from = basename(paper, '.md') as Lang;
    if (!LANGS.includes(from)) throw new UsageError(`${paper} is not a <lang>.md file (${LANGS.map((l) => `${l}.md`).join(', ')})`);
    if (from === to) throw new UsageError(`${paper} is already in '${to}': export the other edition`);
    return { path: paper, from, slug: basename(dirname(resolve(paper))) };
  }
  if (!stat.isDirectory()) throw new UsageError(`${paper} is not a paper folder or file`);
  const from = LANGS.find((l) => l !== to && existsSync(join(paper, `${l}.md`)));
  if (!from) throw new InputError(diagnosticAt(Rules.sourceEmptyPaper, `No edition to translate into '${to}' in this folder (${LANGS.filter((l) => l !== to).map((l) => `${l}.md`).join(', ')})`, paper));
  return { path: join(paper, `${from}.md`), from, slug: basename(resolve(paper)) };
}

async function exportRun(paper: string, flags: { to: string; out?: string }): Promise<number> {
  const to = oneOf<Lang>(flags.to, '--to', LANGS);
  const edition = editionOf(paper, to);
  const out = flags.out ?? `${edition.slug}.${edition.from}-${to}.xlf`;
  if (out.trim() === '') throw new UsageError('--out needs a file name');
  const { exportXliff } = await import('../xliff/export.js');
  const { writeAtomic } = await import('../batch/write.js');
  const shown = posix(edition.path);
  const result = exportXliff(readFileSync(edition.path, 'utf8'), { slug: edition.slug, from: edition.from, to, source: shown });
  const errors = result.file.messages.filter((m) => m.fatal === true).map((m) => toDiagnostic(m, shown));
  for (const d of errors) console.error(formatDiagnostic(d));
  if (!result.xliff) {
    console.error(printable(`papers: ${shown} has errors: fix them (papers check ${shown}) before exporting it`));
    return EXIT.failed;
  }
  writeAtomic(out, result.xliff);
  console.error(printable(`wrote ${out}: ${plural(result.units, 'unit')} from ${shown} (${edition.from} → ${to}); translate it, then run papers xliff import ${out}`));
  return EXIT.ok;
}

async function importRun(path: string, flags: { out?: string; force?: boolean }): Promise<number> {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new InputError(diagnosticAt(Rules.sourceNotFound, 'No such file: give the translated XLIFF file', path));
  if (!stat.isFile()) throw new UsageError(`${path} is not a file: papers xliff import takes one XLIFF file`);
  const { importXliff } = await import('../xliff/import.js');
  const { writeAtomic } = await import('../batch/write.js');
  const shown = posix(path);
  const result = importXliff(readFileSync(path, 'utf8'), shown, (original) => (existsSync(original) ? readFileSync(original, 'utf8') : null));
  const diagnostics = result.file.messages.map((m) => toDiagnostic(m, shown));
  for (const d of diagnostics) console.error(formatDiagnostic(d));
  if (result.markdown === null || !result.lang) return EXIT.failed;
  const out = flags.out ?? (result.original ? join(dirname(result.original), `${result.lang}.md`) : `${result.lang}.md`);
  if (existsSync(out) && !flags.force) throw new UsageError(`${out} exists: pass --force to replace it, or --out to write elsewhere`);
  writeAtomic(out, result.markdown);
  const { translated, untranslated } = result.units;
  const c = countBySeverity(diagnostics);
  console.error(printable(`wrote ${out}: ${plural(translated, 'block')} translated${untranslated ? `, ${untranslated} kept in the original language` : ''}; ${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}`));
  return c.error > 0 ? EXIT.failed : EXIT.ok;
}
