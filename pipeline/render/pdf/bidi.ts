/**
 * The Unicode Bidirectional Algorithm (UAX #9) through bidi-js.
 *
 * Levels are resolved once per paragraph (they depend on the whole paragraph);
 * reordering is applied per laid-out line (rule L2 works on lines).
 */
import bidiModule, { type EmbeddingLevels } from 'bidi-js';

// bidi-js is CommonJS whose module.exports is the factory; its types describe an ES default export.
const bidiFactory = bidiModule as unknown as typeof bidiModule.default;
const bidi = bidiFactory();

export type Direction = 'ltr' | 'rtl';

export interface ParagraphLevels {
  /** Resolved base direction of the paragraph. */
  direction: Direction;
  levels: Uint8Array;
  result: EmbeddingLevels;
}

/** Resolve embedding levels; 'auto' takes the direction of the first strong character (rules P2–P3). */
export function paragraphLevels(text: string, base: Direction | 'auto'): ParagraphLevels {
  // bidi-js splits at paragraph separators; callers pass one paragraph with no U+2029 or line feed.
  const result = bidi.getEmbeddingLevels(text, base);
  const level = result.paragraphs[0]?.level ?? (base === 'rtl' ? 1 : 0);
  return { direction: level % 2 ? 'rtl' : 'ltr', levels: result.levels, result };
}

/** Logical indices of text[start..end) in visual (left-to-right) order. */
export function visualOrder(text: string, para: ParagraphLevels, start: number, end: number): number[] {
  const order: number[] = [];
  for (let i = start; i < end; i++) order.push(i);
  for (const [from, to] of bidi.getReorderSegments(text, para.result, start, end - 1)) {
    const a = from - start;
    const b = to - start;
    order.splice(a, b - a + 1, ...order.slice(a, b + 1).reverse());
  }
  return order;
}

/** Characters of right-to-left runs that are drawn mirrored, e.g. '(' → ')' (rule L4). */
export function mirrored(text: string, para: ParagraphLevels): Map<number, string> {
  return bidi.getMirroredCharactersMap(text, para.levels);
}

/** The mirror image of a bracket-like character (an involution: mirroring twice gives it back). */
export function mirrorOf(codePoint: number): number {
  return bidi.getMirroredCharacter(String.fromCodePoint(codePoint))?.codePointAt(0) ?? codePoint;
}
