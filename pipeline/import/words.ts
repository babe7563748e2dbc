/**
 * Evidence for deciding whether `xxx-` + `yyy` at a line or page break is one
 * word hyphenated by the typesetter (`govern-` + `ing`) or a compound with a
 * real hyphen (`Iran-` + `backed`, `non-` + `state`).
 */
import { isEnglishWord } from '../text/english-words.js';

/** How often each word and each hyphenated compound is written in the text. */
export interface WordCounts {
  words: Map<string, number>;
  compounds: Map<string, number>;
}

export function countWords(text: string): WordCounts {
  const words = new Map<string, number>();
  const compounds = new Map<string, number>();
  const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const match of text.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    const token = match[0].toLowerCase();
    if (token.includes('-')) add(compounds, token);
    else add(words, token);
  }
  return { words, compounds };
}

/**
 * Decide `prefix-` + `suffix` (suffix starting lower-case). In order:
 * 1. the document itself: the form it uses elsewhere wins (`pressure` vs
 *    `re-engage`);
 * 2. the English word list: a joined form that is a word is joined (`actively`);
 * 3. two words on both sides, or a capitalized prefix, keep the hyphen
 *    (`state-building`, `Iran-backed`);
 * 4. otherwise the typesetter broke a word: join.
 */
export function keepsHyphen(prefix: string, suffix: string, counts: WordCounts): boolean {
  const joined = (prefix + suffix).toLowerCase();
  const compound = `${prefix}-${suffix}`.toLowerCase();
  const asWord = counts.words.get(joined) ?? 0;
  const asCompound = counts.compounds.get(compound) ?? 0;
  if (asWord !== asCompound) return asCompound > asWord;
  if (!/^\p{Script=Latin}+$/u.test(joined)) return false;
  if (isEnglishWord(joined)) return false;
  if (/^\p{Lu}/u.test(prefix)) return true;
  return isEnglishWord(prefix) && isEnglishWord(suffix);
}
