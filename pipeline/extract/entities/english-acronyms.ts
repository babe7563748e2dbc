/**
 * Whether an acronym abbreviates a phrase's words (ECOWAS, IGAD), which makes
 * "X (ACRONYM)" one organization whatever names it holds. A matcher with its own
 * word list, apart from the phrase rules that call it.
 */
import { type PhraseContext, range } from './discover-words.js';

/** Words left out of an acronym ("Bahrain Institute for Rights and Democracy" is BIRD). */
const ACRONYM_SKIPS = new Set(['of', 'for', 'the', 'and', 'in', 'on', 'to', 'at', 'de', 'du', 'des', 'la', 'le', 'al', 'el', 'e', 'i', 'ol', 'ul', 'wa', 'wal']);

/** The phrase is followed by "(ACRONYM)" made of its initials. */
export function acronymFollows(x: PhraseContext, i: number, j: number): boolean {
  const acronym = /^\s*\((\p{Lu}[\p{Lu}\p{Ll}]{1,9}(?:-\p{Lu}{2,6})?)\)/u.exec(x.b.text.slice(x.toks[j - 1].end))?.[1];
  return !!acronym && acronymOf(acronym, range(i, j).map((n) => x.toks[n].lower));
}

/**
 * Whether an acronym abbreviates the words: each word that is not a particle
 * gives its first letter and may give more of its letters in order (ECOWAS:
 * Economic COmmunity of West African States; IGAD: InterGovernmental
 * Authority on Development); particles may give their initial or nothing.
 */
export function acronymOf(acronym: string, words: string[]): boolean {
  const letters = acronym.toLowerCase().replace(/[^\p{L}]/gu, '');
  const failed = new Set<string>();
  const match = (a: number, w: number): boolean => {
    if (w === words.length) return a === letters.length;
    const key = `${a} ${w}`;
    if (failed.has(key)) return false;
    const word = words[w].replace(/[^\p{L}]/gu, '');
    if (ACRONYM_SKIPS.has(words[w]) && match(a, w + 1)) return true;
    if (a < letters.length && word[0] === letters[a]) {
      // The word gives its initial and then k more letters found in order inside it.
      for (let k = 0, at = 1, b = a + 1; ; k++) {
        if (match(b, w + 1)) return true;
        if (b >= letters.length) break;
        at = word.indexOf(letters[b], at);
        if (at < 0) break;
        at++;
        b++;
      }
    }
    failed.add(key);
    return false;
  };
  return letters.length >= 2 && match(0, 0);
}

/**
 * "Lakas-CMD", "PML-N", "MQM-P", "JUI-F": capitalised words joined by hyphens, one of them an acronym, none known
 * and no number, name a party or its faction ("US-China" holds a known name, "F-16" a number, "HIV-AIDS" two acronyms).
 */
export function hyphenatedAcronym(x: PhraseContext, i: number, j: number): boolean {
  const { toks, b } = x;
  if (j - i < 2 || b.titleCase || !range(i + 1, j).every((n) => /^[-‐‑]$/u.test(b.text.slice(toks[n - 1].end, toks[n].start)))) return false;
  // A faction's letter or a word beside the acronym: two acronyms side by side are a pair of terms ("HIV-AIDS").
  const acronym = (n: number) => toks[n].upper && toks[n].end - toks[n].start >= 2;
  return range(i, j).every((n) => toks[n].cap && !x.covered.has(n) && !/\p{Nd}/u.test(toks[n].lower)) && range(i, j).some(acronym) && !range(i, j).every(acronym);
}
