/**
 * The English word list of `an-array-of-english-words` (~275,000 sorted,
 * lower-case a–z words), used as a tie-breaker by the importer (hyphens),
 * discovery (common words are not names) and glossary candidates.
 *
 * A paper asks a few hundred words, so the list is never parsed into strings
 * or a Set, nor indexed: either costs far more than all the look-ups of a
 * build (docs/performance.md). The file is read as text, once per process,
 * and binary-searched by character offset, each probe moved on to the start
 * of the next entry.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { boundedMemo, WORDS_KEPT } from './memo.js';

let loaded: string | undefined;

/** The list's JSON text: `["a","aa",…]`, sorted, a–z only (so one byte per character). */
function wordList(): string {
  return (loaded ??= readFileSync(createRequire(import.meta.url).resolve('an-array-of-english-words'), 'latin1'));
}

/** Offset of the first entry that starts at or after `offset`, or -1. */
function entryFrom(text: string, offset: number): number {
  if (offset <= 2) return 2; // after `["`
  const separator = text.indexOf(',"', offset - 2);
  return separator < 0 ? -1 : separator + 2;
}

const entryAt = (text: string, start: number) => text.slice(start, text.indexOf('"', start));

/** Is a word (any case) in the list? Discovery asks it of the same word in each rule and phrase: one answer a word. */
export const isEnglishWord = boundedMemo(listed, WORDS_KEPT);

function listed(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return false;
  const text = wordList();
  // The smallest offset whose next entry is not before `w`.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = entryFrom(text, mid);
    if (start < 0 || entryAt(text, start) >= w) hi = mid;
    else lo = start + 1;
  }
  const start = entryFrom(text, lo);
  return start >= 0 && entryAt(text, start) === w;
}
