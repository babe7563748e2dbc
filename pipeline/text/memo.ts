/**
 * A memo of a pure function, for code that asks it of every character or
 * word of a paper: texts repeat few distinct characters and, mostly, words.
 * Never stale; bounded: past `limit` keys, a new one is computed each time it
 * comes.
 */
export function boundedMemo<K, T>(compute: (key: K) => T, limit = 8192): (key: K) => T {
  const memo = new Map<K, T>();
  return (key) => {
    let found = memo.get(key);
    if (found === undefined) {
      found = compute(key);
      if (memo.size < limit) memo.set(key, found);
    }
    return found;
  };
}

/** A bounded memo of a pure function of a code point (a class, a property test). */
export const codePointMemo = <T>(compute: (codePoint: number) => T, limit = 8192): ((codePoint: number) => T) => boundedMemo<number, T>(compute, limit);

/** Distinct words a memo of a word's answer keeps: the vocabulary of the many papers of a batch. */
export const WORDS_KEPT = 1 << 16;
