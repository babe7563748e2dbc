/**
 * The English word list of `an-array-of-english-words` (~275,000 sorted,
 * lower-case a–z words), used as a tie-breaker by the importer (hyphens),
 * discovery (common words are not names) and glossary candidates.
 *
 * A paper asks a few hundred words, so the list is never parsed into strings
 * or a Set (that cost ~1.3 s of a cold build): the file is read as text once,
 * the start of each entry noted in a typed array, and the sorted
 * entries binary-searched in place.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

interface WordList {
  text: string;
  /** Offset of the first letter of each entry, in list order. */
  starts: Uint32Array;
}

let loaded: WordList | undefined;

function wordList(): WordList {
  if (loaded) return loaded;
  const text = readFileSync(createRequire(import.meta.url).resolve('an-array-of-english-words'), 'utf8');
  const starts: number[] = [];
  // Entries are `"word"` separated by commas: jump from opening quote to opening quote.
  for (let open = text.indexOf('"'); open >= 0; open = text.indexOf('"', text.indexOf('"', open + 1) + 1)) starts.push(open + 1);
  return (loaded = { text, starts: Uint32Array.from(starts) });
}

/** Is a word (any case) in the list? */
export function isEnglishWord(word: string): boolean {
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return false;
  const { text, starts } = wordList();
  let lo = 0;
  let hi = starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const start = starts[mid];
    const entry = text.slice(start, text.indexOf('"', start));
    if (entry === w) return true;
    if (entry < w) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
