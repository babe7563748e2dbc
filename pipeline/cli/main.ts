/**
 * The `papers` command line (the commands are in commands.ts). Every failure
 * is one of three (errors.ts): a usage mistake (exit 2, one line pointing to
 * the command's --help), a problem with a paper or a file (exit 1, a
 * diagnostic line with its rule id), or a bug (exit 70, asking for a report).
 * No stack trace is shown (set PAPERS_DEBUG=1 to see one).
 */
import { CommanderError, type Command } from 'commander';
import { createProgram } from './program.js';
import type { CliHooks } from './command.js';
import { EXIT, InputError, UsageError } from './errors.js';
import { printable } from './printable.js';
import { formatDiagnostic } from './report.js';
import { ioFailure } from '../model/io-failure.js';

/** Runs the command line on `argv` (without node and the script); resolves to the exit code. */
export async function runCli(argv: string[], hooks: CliHooks = {}): Promise<number> {
  let code: number = EXIT.ok;
  const program = createProgram((c) => (code = c), hooks);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return code;
  } catch (e) {
    return failure(e, argv, program);
  }
}

/** `papers <command> [<subcommand>] --help` for the commands named on the line, or `papers --help`. */
function helpPointer(argv: string[], program: Command): string {
  const path = ['papers'];
  let command = program;
  for (const word of argv.filter((a) => !a.startsWith('-'))) {
    const sub = command.commands.find((c) => c.name() === word);
    if (!sub) break;
    path.push(word);
    command = sub;
  }
  return `${path.join(' ')} --help`;
}

/** Commander's message on one line: "error: unknown option '--froce'\n(Did you mean --force?)" → "unknown option '--froce' (did you mean --force?)". */
const commanderMessage = (message: string): string =>
  message
    .replace(/^error: /, '')
    .replace(/\n\(Did you mean (.*)\)/, ' (did you mean $1)')
    .replace(/\s*\n\s*/g, ' ');

function failure(e: unknown, argv: string[], program: Command): number {
  if (e instanceof CommanderError) {
    // --help and --version end here too, having printed what was asked.
    if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version') return EXIT.ok;
    // `papers help build` (exit code 0), or `papers` alone and a command without its subcommand (the help went to stderr).
    if (e.code === 'commander.help') return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    return usage(commanderMessage(e.message), argv, program);
  }
  if (e instanceof UsageError) return usage(e.message, argv, program);
  if (e instanceof InputError) {
    console.error(formatDiagnostic(e.diagnostic));
    return EXIT.failed;
  }
  const io = ioFailure(e);
  if (io) {
    console.error(formatDiagnostic(io));
    return EXIT.failed;
  }
  console.error(printable(`papers: internal error: ${e instanceof Error ? e.message : String(e)} (a bug in papers: set PAPERS_DEBUG=1 for details and report it)`));
  if (process.env.PAPERS_DEBUG) console.error(e);
  return EXIT.internal;
}

function usage(message: string, argv: string[], program: Command): number {
  console.error(printable(`papers: ${message}; see '${helpPointer(argv, program)}'`));
  return EXIT.usage;
}
