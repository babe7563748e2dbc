/**
 * Line-break opportunities by the Unicode Line Breaking Algorithm (UAX #14).
 */
import LineBreaker from 'linebreak';

/**
 * Each line-break opportunity of `text`, in order, as the UTF-16 offset where a line may
 * start and whether the break is mandatory (after U+2028 LINE SEPARATOR, which the
 * layout uses for hard breaks); the last one is always at text.length.
 */
export function eachBreak(text: string, visit: (position: number, required: boolean) => void): void {
  const breaker = new LineBreaker(text);
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) visit(b.position, b.required);
}
