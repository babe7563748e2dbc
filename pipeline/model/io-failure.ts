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

/** The diagnostic for a file-system error (an Error with a code and a path), or null for anything else. */
export function ioFailure(error: unknown, shownPath?: string): Diagnostic | null {
  const e = error as NodeJS.ErrnoException;
  if (!(error instanceof Error) || !e.code || !e.path || !/^E[A-Z]+$/.test(e.code)) return null;
  const why = WHY[e.code] ?? e.code;
  const path = shownPath ?? e.path;
  if (WRITE_CODES.has(e.code) || (e.syscall && !READS.has(e.syscall) && e.syscall !== 'open')) {
    return diagnosticAt(Rules.outputUnwritable, `Cannot write ${e.path} (${e.code}: ${why}): free some space or choose another --out`, path);
  }
  if (e.syscall && READS.has(e.syscall)) {
    return diagnosticAt(Rules.sourceUnreadable, `Cannot read ${e.path} (${e.code}: ${why}): check that it exists and that you may read it`, path);
  }
  return diagnosticAt(Rules.ioError, `Cannot open ${e.path} (${e.code}: ${why}): check the path and its permissions`, path);
}
