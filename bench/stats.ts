/** Figures every benchmark prints: medians and spreads of repeated runs. */

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** `median X ms (min Y, p90 Z)` of a list of times in milliseconds. */
export function summary(times: number[], digits = 2): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(digits);
  return `median ${median(times).toFixed(digits)} ms (min ${at(0)}, p90 ${at(0.9)})`;
}

