/**
 * A file-system error that reached the top of a command or of a paper's build
 * is the state of a file or a disk (a source nobody may read, a full disk, a
 * folder that cannot be made), not a bug: it becomes a diagnostic naming the
 * file and what to do, with a rule id, instead of "internal error".
 */
import { diagnosticAt } from './diagnostics.js';
import type { Diagnostic } from './paper.js';
import { Rules } from './rules.js';

/** Calls that only read, and codes that can only come from writing. */
const READS = new Set(['read', 'scandir', 'opendir', 'stat', 'lstat', 'fstat', 'realpath', 'readlink', 'access']);
const WRITE_CODES = new Set(['ENOSPC', 'EDQUOT', 'EROFS', 'EFBIG']);

const WHY: Record<string, string> = {
  ENOENT: 'it does not exist',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  EIO: 'the disk reported an input/output error',
  ELOOP: 'too many symbolic links',
  ENAMETOOLONG: 'the name is too long',
  EMFILE: 'too many files are open',
};

/**
 * The diagnostic for a file-system error (an Error with an errno code and the
 * call that failed), or null for anything else. `within` names where it
 * happened when the error has no path of its own (a read or write of an open
 * file); without either, the diagnostic is the working folder's.
 */
export function ioFailure(error: unknown, within?: string): Diagnostic | null {
  const e = error as NodeJS.ErrnoException;
  if (!(error instanceof Error) || !e.code || !e.syscall || !/^E[A-Z]+$/.test(e.code)) return null;
  const path = e.path ?? within ?? '.';
  const what = e.path ?? 'a file';
  const why = `${e.code}: ${WHY[e.code] ?? e.syscall}`;
  if (WRITE_CODES.has(e.code) || (!READS.has(e.syscall) && e.syscall !== 'open')) {
    return diagnosticAt(Rules.outputUnwritable, `Cannot write ${what} (${why}): free some space or choose another --out`, path);
  }
  if (READS.has(e.syscall)) return diagnosticAt(Rules.sourceUnreadable, `Cannot read ${what} (${why}): check that it exists and that you may read it`, path);
  return diagnosticAt(Rules.ioError, `Cannot open ${what} (${why}): check the path and its permissions`, path);
}
