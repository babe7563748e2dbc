/**
 * One build at a time per output folder. `output/.lock` is created exclusively
 * (O_EXCL) and holds the owner's pid, host and (on Linux) the time its process
 * started. A second build waits for it to go away; a lock left by a process
 * that no longer runs on this host (killed, crashed, interrupted: SIGINT ends a
 * build at once) is stale and is broken, even when its pid has since been
 * given to another process. Output files are written by rename anyway,
 * so a reader never sees half a file; the lock keeps two builds from
 * interleaving the files of one paper and from racing on the cache manifests.
 */
import { lstatSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { makeDirs } from './write.js';

export const LOCK_FILE = '.lock';

export interface LockHolder {
  pid: number;
  host: string;
  /** When the process started, in clock ticks since boot (Linux); absent where that cannot be read. */
  started?: string;
}

export interface LockOptions {
  /** Give up after this long (ms) while another live build holds the lock. */
  timeoutMs: number;
  /** Called once when the lock is busy and the build starts waiting. */
  onWait?: (holder: LockHolder | null) => void;
}

/** The output folder's lock cannot be taken: the build stops before writing anything. */
export class LockError extends Error {}

export class LockTimeoutError extends LockError {}

/** What stands at the lock's path when it is not a file (a lock is always a regular file). */
function notALock(path: string): string | null {
  try {
    const stat = lstatSync(path);
    return stat.isFile() ? null : stat.isDirectory() ? 'a folder' : stat.isSymbolicLink() ? 'a symbolic link' : 'not a regular file';
  } catch {
    return null; // released meanwhile
  }
}

/** A lock being written is empty for an instant; one that stays unreadable this long was abandoned. */
const UNREADABLE_STALE_MS = 5_000;
const POLL_MS = 100;

function parseHolder(text: string): LockHolder | null {
  try {
    const holder = JSON.parse(text) as LockHolder;
    return Number.isInteger(holder.pid) && typeof holder.host === 'string' ? holder : null;
  } catch {
    return null;
  }
}

/** Field 22 of /proc/<pid>/stat: the process's start time, which tells it from a later process given the same pid. */
function startTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

function isRunning(holder: LockHolder): boolean {
  const started = holder.started === undefined ? undefined : startTime(holder.pid);
  if (started !== undefined) return started === holder.started;
  try {
    process.kill(holder.pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isStale(path: string, holder: LockHolder | null): boolean {
  if (holder) return holder.host === hostname() && !isRunning(holder);
  const age = Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
  return age > UNREADABLE_STALE_MS;
}

/**
 * Move a stale lock aside, then check that what was moved is the lock judged
 * stale: if another build broke it first and already took a fresh lock, that
 * fresh lock is put back.
 */
function breakStale(path: string, stale: string): void {
  const aside = `${path}.${process.pid}.stale`;
  try {
    renameSync(path, aside);
  } catch {
    return; // already gone
  }
  const moved = (() => {
    try {
      return readFileSync(aside, 'utf8');
    } catch {
      return stale;
    }
  })();
  if (moved === stale) rmSync(aside, { force: true });
  else renameSync(aside, path);
}

/** Take the lock of `out` (waiting while another build holds it); returns its release function. */
export async function acquireLock(out: string, options: LockOptions): Promise<() => void> {
  const dir = resolve(out);
  makeDirs(dir);
  const path = join(dir, LOCK_FILE);
  const mine = JSON.stringify({ pid: process.pid, host: hostname(), started: startTime(process.pid) } satisfies LockHolder);
  const deadline = Date.now() + options.timeoutMs;
  let waiting = false;
  for (;;) {
    try {
      writeFileSync(path, mine, { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    // No build makes anything but a file there, and no build would ever remove it: waiting would be forever.
    const what = notALock(path);
    if (what) throw new LockError(`${join(out, LOCK_FILE)} is ${what}, not a build's lock: remove it, then build again`);
    let text: string | null = null;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      // Released between our attempt and our read: try again.
    }
    const holder = text === null ? null : parseHolder(text);
    const stale = text !== null && isStale(path, holder);
    if (stale) breakStale(path, text!);
    else if (text !== null && !waiting) {
      options.onWait?.(holder);
      waiting = true;
    }
    if (Date.now() > deadline) {
      const who = holder ? `pid ${holder.pid} on ${holder.host}` : 'another process';
      throw new LockTimeoutError(`${out} is locked by another build (${who}); wait for it to finish, or delete ${join(out, LOCK_FILE)} if no build is running`);
    }
    // Every turn waits a little and lets signals in, even one that only retries.
    await sleep(stale || text === null ? 1 : POLL_MS);
  }

  const release = (): void => {
    process.off('exit', release);
    try {
      if (readFileSync(path, 'utf8') === mine) rmSync(path);
    } catch {
      // Already gone: nothing to release.
    }
  };
  process.on('exit', release);
  return release;
}
