/**
 * A memo of a pure function of a code point (a class, a property test), for
 * code that asks it of every character of a paper: texts repeat few distinct
 * characters. Never stale; bounded: past `limit` code points, a new one is
 * computed each time it comes.
 */
export function codePointMemo<T>(compute: (codePoint: number) => T, limit = 8192): (codePoint: number) => T {
  const memo = new Map<number, T>();
  return (codePoint) => {
    let found = memo.get(codePoint);
    if (found === undefined) {
      found = compute(codePoint);
      if (memo.size < limit) memo.set(codePoint, found);
    }
    return found;
  };
}
