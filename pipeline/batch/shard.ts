/**
 * Splitting the papers across CI machines: `--shard i/n` (1 ≤ i ≤ n) builds
 * the papers whose slug hashes to i−1 modulo n. A paper's shard depends only
 * on its own slug and n, so adding or removing a paper never moves another
 * one, and every machine computes the same split without talking to the others.
 */
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based, as in a CI matrix. */
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!(count >= 1 && index >= 1 && index <= count)) throw new RangeError(`Shard '${text}' is not of the form i/n with 1 ≤ i ≤ n (e.g. 2/4)`);
  return { index, count };
}

export function shardOf(slug: string, count: number): number {
  return (createHash('sha256').update(slug).digest().readUInt32BE(0) % count) + 1;
}

export const inShard = (slug: string, shard: Shard | undefined): boolean => !shard || shardOf(slug, shard.count) === shard.index;
