/**
 * Global sequence alignment (Needleman–Wunsch, with the 2:1 and 1:2 steps of
 * Gale–Church sentence alignment) of two lists.
 *
 * Translation keeps the order of blocks, so aligning two editions is aligning
 * two sequences: a missing paragraph is a gap, a paragraph the translator cut
 * in two is a 1:2 step, and the best place for either is the one that makes
 * every other pair look most alike.
 */

/** One step of an alignment: the indices of `a` and of `b` it takes (0, 1 or 2 of each, never none of both). */
export interface Step {
  a: number[];
  b: number[];
}

export interface Scoring {
  /** Score of pairing a[i] with b[j]; null where the pair is not allowed (a heading and a paragraph). */
  pair: (i: number, j: number) => number | null;
  /** Score (negative) of an item left unpaired. */
  gap: number;
  /**
   * Score of an item left unpaired after the other list has ended (default:
   * `gap`). Higher than `gap` when one list is expected to stop short (a
   * partial translation): its last items then pair where they belong, not with
   * look-alikes further on in the other list.
   */
  endGap?: number;
  /** Score of pairing a[i..i+da) with b[j..j+db), (da, db) being (2, 1) or (1, 2); null where not allowed. */
  merge?: (i: number, j: number, da: number, db: number) => number | null;
}

/** Moves in the order ties are broken: a pair first, then a skip in `a`, in `b`, then the merges. */
const MOVES: ReadonlyArray<readonly [number, number]> = [[1, 1], [1, 0], [0, 1], [2, 1], [1, 2]];

/** Align `a` (length n) and `b` (length m) maximizing the total score; deterministic. */
export function alignSequences(n: number, m: number, scoring: Scoring): Step[] {
  const width = m + 1;
  const best = new Float64Array((n + 1) * width).fill(-Infinity);
  const move = new Uint8Array((n + 1) * width);
  best[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let value = -Infinity;
      let chosen = 0;
      for (let k = 0; k < MOVES.length; k++) {
        const [da, db] = MOVES[k];
        if (i < da || j < db) continue;
        const before = best[(i - da) * width + (j - db)];
        if (before === -Infinity) continue;
        const s = stepScore(scoring, i - da, j - db, da, db, n, m);
        if (s === null || before + s <= value) continue;
        value = before + s;
        chosen = k;
      }
      best[i * width + j] = value;
      move[i * width + j] = chosen;
    }
  }
  const steps: Step[] = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [da, db] = MOVES[move[i * width + j]];
    i -= da;
    j -= db;
    steps.push({ a: range(i, da), b: range(j, db) });
  }
  return steps.reverse();
}

function stepScore(scoring: Scoring, i: number, j: number, da: number, db: number, n: number, m: number): number | null {
  if (da === 1 && db === 1) return scoring.pair(i, j);
  if (db === 0) return j === m ? (scoring.endGap ?? scoring.gap) : scoring.gap;
  if (da === 0) return i === n ? (scoring.endGap ?? scoring.gap) : scoring.gap;
  return scoring.merge?.(i, j, da, db) ?? null;
}

const range = (start: number, length: number): number[] => Array.from({ length }, (_, k) => start + k);
