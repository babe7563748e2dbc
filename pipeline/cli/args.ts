/** Command-line values checked into typed options; a bad value is a UsageError (exit 2, with the usage). */
import { FORMATS, type Format } from '../render/context.js';

export class UsageError extends Error {}

export function parseList<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of items) if (!allowed.includes(item as T)) throw new UsageError(`Unknown ${what} '${item}': use ${allowed.join(', ')}`);
  return items as T[];
}

export function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if (!allowed.includes(value as T)) throw new UsageError(`Unknown ${what} '${value}': use ${allowed.join(', ')}`);
  return value as T;
}

export function positiveInteger(value: string, what: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${what} takes a whole number ≥ 1, not '${value}'`);
  return Number(value);
}

/** `--format a,b`, names checked; undefined without it (every format). */
export const parseFormats = (value: string | undefined): Format[] | undefined => parseList<Format>(value, FORMATS, 'format');
