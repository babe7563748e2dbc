/**
 * Headlines quoted in a paragraph (a title in a note: "Red Sea Crisis Pushes Up Freight Rates"), where every
 * word has a capital, so capitals do not mark names.
 */
import type { BlockText } from '../block-text.js';

/** Quoted runs of Title Case words in each block: a headline cited in a note, where capitals say nothing. */
const headlines = new WeakMap<BlockText, [number, number][]>();
const QUOTED = /["“«‘']([^"“”«»‘’']{8,200})["”»’']/gu;

export function inHeadline(b: BlockText, at: number): boolean {
  let spans = headlines.get(b);
  if (!spans) {
    spans = [];
    for (const m of b.text.matchAll(QUOTED)) {
      const words = m[1].split(/\s+/u).filter((w) => /\p{L}{4,}/u.test(w));
      if (words.length >= 3 && words.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.75 * words.length) spans.push([m.index, m.index + m[0].length]);
    }
    headlines.set(b, spans);
  }
  return spans.some(([s, e]) => at >= s && at < e);
}
