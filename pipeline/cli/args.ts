/** Command-line values checked into typed options; a bad value is a UsageError (exit 2). */
import { FORMATS, type Format } from '../render/context.js';
import { UsageError } from './errors.js';

/** `a,b`, each checked against `allowed`; undefined without the option; at least one name when given. */
export function parseList<T extends string>(value: string | undefined, option: string, allowed: readonly T[], what: string): T[] | undefined {
  if (value === undefined) return undefined;
  const items = [...new Set(value.split(',').map((s) => s.trim()).filter(Boolean))];
  if (items.length === 0) throw new UsageError(`${option} needs at least one ${what}: ${allowed.join(', ')}`);
  for (const item of items) if (!allowed.includes(item as T)) throw new UsageError(`unknown ${what} '${item}' for ${option}: use ${allowed.join(', ')}`);
  return items as T[];
}

export function oneOf<T extends string>(value: string, option: string, allowed: readonly T[]): T {
  if (!allowed.includes(value as T)) throw new UsageError(`${option} takes ${allowed.join(', ')}, not '${value}'`);
  return value as T;
}

export function positiveInteger(value: string, option: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`${option} takes a whole number ≥ 1, not '${value}'`);
  return Number(value);
}

/** An optional whole number ≥ 1, times `scale` (seconds to milliseconds). */
export const optionalInteger = (value: string | undefined, option: string, scale = 1): number | undefined =>
  value === undefined ? undefined : positiveInteger(value, option) * scale;

/** `--format a,b`, names checked; undefined without it (every format). */
export const parseFormats = (value: string | undefined): Format[] | undefined => parseList<Format>(value, '--format', FORMATS, 'format');
