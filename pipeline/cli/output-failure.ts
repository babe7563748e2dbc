/**
 * What stops a command before it writes anything, because of the output
 * folder rather than a paper: a folder that cannot be written (a diagnostic
 * with its rule id) or one another build keeps locked. One line each, exit 1.
 */
import { LockError } from '../batch/lock.js';
import { unwritableOutput } from '../batch/unwritable.js';
import { printable } from './printable.js';
import { formatDiagnostic } from './report.js';

/** Reports `e` and gives the exit code; an error that is neither is rethrown (an internal error). */
export function outputFailure(e: unknown, out: string): number {
  const unwritable = unwritableOutput(e, out);
  if (unwritable) console.error(formatDiagnostic(unwritable));
  else if (e instanceof LockError) console.error(printable(`papers: ${e.message}`));
  else throw e;
  return 1;
}
