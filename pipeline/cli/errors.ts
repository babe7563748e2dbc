/**
 * The three ways a command ends in failure, each with its exit code:
 * - a usage mistake (exit 2): an unknown command or option, a bad value, a
 *   path that cannot be a paper; one line and a pointer to `--help`;
 * - a problem with the input or the output (exit 1): a diagnostic line
 *   `file[:line:col] error message [rule-id]`, like a paper's problems;
 * - anything else is a bug (exit 70), and asks for a report.
 */
import type { Diagnostic } from '../model/paper.js';

export class UsageError extends Error {}

/** A file or folder the command cannot read or write: reported as a diagnostic, exit 1. */
export class InputError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(diagnostic.message);
  }
}

export const EXIT = { ok: 0, failed: 1, usage: 2, internal: 70 } as const;
