/**
 * Global sequence alignment (Needleman–Wunsch) of two lists.
 *
 * Translation keeps the order of blocks, so aligning two editions is aligning
 * two sequences: a missing paragraph is a gap, and the best place for the gap is
 * the one that makes every other pair look most alike.
 */

/** One step of an alignment: both sides paired, or one side with no counterpart. */
export type Step = { a: number; b: number } | { a: number; b: null } | { a: null; b: number };

/**
 * Align `a` and `b` maximizing the sum of `score(i, j)` over pairs plus `gap`
 * (negative) per unpaired item. `score` returns null where a pair is not
 * allowed at all (a heading never pairs with a paragraph).
 * Ties are broken the same way every time (pair first, then skip in `a`), so
 * the result is deterministic.
 */
export function alignSequences(n: number, m: number, score: (i: number, j: number) => number | null, gap: number): Step[] {
  const width = m + 1;
  const best = new Float64Array((n + 1) * width);
  // 0 = pair (diagonal), 1 = skip a[i-1] (up), 2 = skip b[j-1] (left)
  const move = new Uint8Array((n + 1) * width);
  for (let i = 1; i <= n; i++) {
    best[i * width] = i * gap;
    move[i * width] = 1;
  }
  for (let j = 1; j <= m; j++) {
    best[j] = j * gap;
    move[j] = 2;
  }
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const s = score(i - 1, j - 1);
      let value = s === null ? -Infinity : best[(i - 1) * width + j - 1] + s;
      let step = 0;
      const up = best[(i - 1) * width + j] + gap;
      if (up > value) {
        value = up;
        step = 1;
      }
      const left = best[i * width + j - 1] + gap;
      if (left > value) {
        value = left;
        step = 2;
      }
      best[i * width + j] = value;
      move[i * width + j] = step;
    }
  }
  const steps: Step[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const step = move[i * width + j];
    if (step === 0) steps.push({ a: --i, b: --j });
    else if (step === 1) steps.push({ a: --i, b: null });
    else steps.push({ a: null, b: --j });
  }
  return steps.reverse();
}
