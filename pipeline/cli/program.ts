/**
 * The command-line program (commander): every command of commands.ts, help
 * for each (`papers build --help`, `papers help build`), `--version`, and a
 * suggestion for a mistyped command or option. Errors are not printed here:
 * main.ts turns each into one line.
 */
import { Command } from 'commander';
import { COMMANDS } from './commands.js';
import type { CliHooks, Finish } from './command.js';
import { packageVersion } from './version.js';

export function createProgram(finish: Finish, hooks: CliHooks = {}): Command {
  const program = new Command('papers')
    .description('The publication pipeline of bilingual (English and Arabic) position papers: HTML, PDF and JSON editions, glossaries and translation files.')
    .usage('<command> [options]')
    .version(packageVersion(), '-v, --version', 'print the version of papers')
    .helpOption('-h, --help', 'print this help')
    .helpCommand('help [command]', 'print the help of a command')
    // Inherited by every command registered below.
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ outputError: () => undefined })
    .addHelpText('after', "\nEvery problem is one line, file:line:col severity message [rule-id] (docs/rules.md).\nExit codes: 0 done, 1 a problem in a paper or a file, 2 a usage mistake, 70 a bug in papers.\nRun 'papers <command> --help' for a command's options.");
  for (const register of COMMANDS) register(program, finish, hooks);
  return program;
}
