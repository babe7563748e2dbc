/**
 * The Unicode Bidirectional Algorithm (UAX #9) through bidi-js.
 *
 * Levels are resolved once per paragraph (they depend on the whole paragraph);
 * reordering is applied per laid-out line (rule L2 works on lines).
 *
 * Most paragraphs need no algorithm: one with no right-to-left letter, Arabic number
 * or explicit formatting character resolves to level 0 throughout in a left-to-right
 * paragraph (European numbers after L or sos L become L by W7, neutrals take the
 * embedding direction by N1–N2); one with no left-to-right letter, number or explicit
 * formatting character resolves to level 1 throughout in a right-to-left paragraph.
 * Both are recognised by the characters' bidi classes alone, read per UTF-16 unit as
 * bidi-js reads them (test/pdf-bidi.test.ts compares the two on generated text).
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
  /** bidi-js's result, absent when every character has the paragraph's level. */
  result?: EmbeddingLevels;
}

/** The bidi class bit of a character (bidi-js's bitmask). */
const classOf = (ch: string): number => bidi.getBidiCharType(ch);
const L = classOf('a');
const RIGHT = classOf('\u05d0') | classOf('\u0627'); // R, AL
const EN = classOf('1');
const AN = classOf('\u0660');
// Embeddings, overrides, isolates, their terminators, and paragraph separators.
const EXPLICIT = [...'\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2029'].reduce((m, c) => m | classOf(c), 0);

/** Bidi classes by UTF-16 unit, as bidi-js reads them (getBidiCharType takes a string, which costs an allocation). */
const unitClasses = new Map<number, number>();

function unitClass(code: number): number {
  let found = unitClasses.get(code);
  if (found === undefined) unitClasses.set(code, (found = classOf(String.fromCharCode(code))));
  return found;
}

/** The union of the bidi classes of the text's UTF-16 units. */
function classesIn(text: string): number {
  let mask = 0;
  for (let i = 0; i < text.length; i++) mask |= unitClass(text.charCodeAt(i));
  return mask;
}

/** Resolve embedding levels; 'auto' takes the direction of the first strong character (rules P2–P3). */
export function paragraphLevels(text: string, base: Direction | 'auto'): ParagraphLevels {
  const classes = classesIn(text);
  if (!(classes & (RIGHT | AN | EXPLICIT)) && base !== 'rtl') return { direction: 'ltr', levels: new Uint8Array(text.length) };
  if (!(classes & (L | EN | AN | EXPLICIT)) && (base === 'rtl' || (base === 'auto' && classes & RIGHT))) return { direction: 'rtl', levels: new Uint8Array(text.length).fill(1) };
  // bidi-js splits at paragraph separators; callers pass one paragraph with no U+2029 or line feed.
  const result = bidi.getEmbeddingLevels(text, base);
  const level = result.paragraphs[0]?.level ?? (base === 'rtl' ? 1 : 0);
  return { direction: level % 2 ? 'rtl' : 'ltr', levels: result.levels, result };
}

/** Logical indices of text[start..end) in visual (left-to-right) order. */
export function visualOrder(text: string, para: ParagraphLevels, start: number, end: number): number[] {
  const order: number[] = new Array(end - start);
  if (!para.result) {
    // One level throughout: the line as it is, or reversed.
    const rtl = para.direction === 'rtl';
    for (let i = start; i < end; i++) order[i - start] = rtl ? end - 1 - (i - start) : i;
    return order;
  }
  for (let i = start; i < end; i++) order[i - start] = i;
  for (const [from, to] of bidi.getReorderSegments(text, para.result, start, end - 1)) {
    for (let a = from - start, b = to - start; a < b; a++, b--) {
      const swap = order[a];
      order[a] = order[b];
      order[b] = swap;
    }
  }
  return order;
}
