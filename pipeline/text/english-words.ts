/**
 * The English word list of `an-array-of-english-words` (~275,000 sorted,
 * lower-case words), loaded once on first use.
 */
import { createRequire } from 'node:module';

let list: string[] | undefined;
let set: Set<string> | undefined;

function wordList(): string[] {
  return (list ??= createRequire(import.meta.url)('an-array-of-english-words') as string[]);
}

/** The words as a Set (built on first call; costs about as much again as loading the list). */
export function englishWords(): Set<string> {
  return (set ??= new Set(wordList()));
}

/** Is a word (any case) in the list? Binary search of the sorted list, so no Set needs building. */
export function isEnglishWord(word: string): boolean {
  if (set) return set.has(word.toLowerCase());
  const words = wordList();
  const w = word.toLowerCase();
  let lo = 0;
  let hi = words.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid] === w) return true;
    if (words[mid] < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
