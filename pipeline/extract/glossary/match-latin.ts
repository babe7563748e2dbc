/**
 * Latin-script term matching: one regular expression over folded text
 * (lower case, no diacritics or apostrophes, hyphens as spaces), longest
 * phrase first, whole words only, with the plural and possessive endings
 * English adds to borrowed words (marjas, fatwas, marja's → "marjas").
 */
import { foldLatin, unfoldRange } from '../../text/fold.js';
import type { Matcher, Phrase, TermMatch } from './match.js';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Marks that belong to a transliterated word (ʿulamāʾ, marjaʿ) though they fold to nothing; ' and ’ may be quotes instead. */
const WORD_MARK = /[\p{M}ʿʾʼʻ]/u;

export function latinMatcher(phrases: Phrase[]): Matcher {
  const ids = new Map<string, string | null>();
  for (const p of phrases) {
    const key = foldLatin(p.text).text.trim();
    if (key && !ids.has(key)) ids.set(key, p.id);
  }
  if (ids.size === 0) return () => [];
  const alternatives = [...ids.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).map(escape);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${alternatives.join('|')})(?:e?s)?(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => {
    const folded = foldLatin(text);
    const out: TermMatch[] = [];
    for (const m of folded.text.matchAll(pattern)) {
      const id = ids.get(m[1]);
      if (id === undefined) continue;
      let [start, end] = unfoldRange(folded, m.index, m.index + m[0].length);
      while (start > 0 && /[ʿʾʼʻ]/u.test(text[start - 1])) start--;
      while (end < text.length && WORD_MARK.test(text[end])) end++;
      out.push({ start, end, id });
    }
    return out;
  };
}
