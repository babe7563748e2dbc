/**
 * Line-break opportunities by the Unicode Line Breaking Algorithm (UAX #14).
 */
import LineBreaker from 'linebreak';

export interface BreakOpportunity {
  /** UTF-16 offset where a line may start. */
  position: number;
  /** Mandatory (after U+2028 LINE SEPARATOR, which the layout uses for hard breaks). */
  required: boolean;
}

/** Break opportunities of `text` in order; the last one is always at text.length. */
export function breakOpportunities(text: string): BreakOpportunity[] {
  const breaker = new LineBreaker(text);
  const found: BreakOpportunity[] = [];
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) {
    found.push({ position: b.position, required: b.required });
  }
  return found;
}
