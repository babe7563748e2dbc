/**
 * What a command module gives the program: a registration that adds the
 * command to it, with its arguments, options, help text and action. A new
 * command is one module with such a function and one line in commands.ts.
 * The action resolves to the exit code; the module imports what the command
 * runs inside the action, so that `papers --help` loads none of it.
 */
import type { Command } from 'commander';

/** Reports the exit code of the command that ran. */
export type Finish = (code: number) => void;

/** What the executable that runs the CLI gives it (launch/cli.ts): choices a library must not make for its caller. */
export interface CliHooks {
  /** Asked before a build of one paper, with its sources' size; whether it changed the process for it (launch/tiering.ts). */
  onLonePaper?: (sourceBytes: number) => boolean;
}

export type Registration = (program: Command, finish: Finish, hooks: CliHooks) => void;
