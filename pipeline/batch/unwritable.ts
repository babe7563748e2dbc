/**
 * An output folder the build cannot write to (a file where the folder should
 * be, a read-only disk, a place the kernel refuses such as /proc) is the
 * user's choice of `--out`, not a bug: it becomes a diagnostic with a rule id
 * and what to do, instead of "internal error".
 */
import { isAbsolute, relative, resolve } from 'node:path';
import type { Diagnostic } from '../model/paper.js';
import { diagnosticAt } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';

/** File-system refusals that say "not here"; anything else stays an internal error. */
const REFUSALS = new Set(['ENOTDIR', 'EISDIR', 'EEXIST', 'ENOENT', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EDQUOT', 'ENAMETOOLONG', 'ELOOP']);

/** Whether `path` is `out`, inside it, or one of the folders that must be made to reach it. */
function onTheWay(path: string, out: string): boolean {
  const [p, o] = [resolve(path), resolve(out)];
  const inside = (a: string, b: string) => {
    const r = relative(a, b);
    return r === '' || (!r.startsWith('..') && !isAbsolute(r));
  };
  return inside(o, p) || inside(p, o);
}

/** The `output-unwritable` diagnostic for an error writing to `out`, or null when the error is something else. */
export function unwritableOutput(error: unknown, out: string): Diagnostic | null {
  const e = error as NodeJS.ErrnoException;
  if (!(error instanceof Error) || !e.code || !REFUSALS.has(e.code) || !e.path || !onTheWay(e.path, out)) return null;
  const where = resolve(e.path) === resolve(out) ? '' : ` at ${e.path}`;
  return diagnosticAt(Rules.outputUnwritable, `Cannot write here (${e.code}${where}): choose another --out, or make ${out} a folder you can write to`, out);
}
