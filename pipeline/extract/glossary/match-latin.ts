/**
 * Latin-script term matching: one regular expression over folded text
 * (lower case, no diacritics or apostrophes, hyphens as spaces), longest
 * phrase first, whole words only, with the plural and possessive endings
 * English adds to borrowed words (marjas, fatwas, marja's → "marjas").
 */
import { foldLatin, unfoldRange } from '../../text/fold.js';
import { escapeRegExp } from '../../text/regexp.js';
import type { Matcher, Phrase, TermMatch } from './match.js';

/** Marks that belong to a transliterated word (ʿulamāʾ, marjaʿ) though they fold to nothing; ' and ’ may be quotes instead. */
const WORD_MARK = /[\p{M}ʿʾʼʻ]/u;

interface TrieNode {
  children: Map<string, TrieNode>;
  /** A phrase ends here. */
  end: boolean;
}

/**
 * The phrases as one expression shaped like a trie: at a position of the text only the
 * branch of its next character is tried, where an alternation of every phrase tried each
 * in turn. The longest phrase that matches (with the rest of the pattern) wins, as it did
 * with the phrases listed longest first: the phrases that can match at one position are
 * prefixes of one another, and a branch tries its longer continuations before ending.
 */
function trieSource(phrases: string[]): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const phrase of phrases) {
    let node = root;
    for (const ch of phrase) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  const source = (node: TrieNode): string => {
    const branches = [...node.children].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ch, child]) => escapeRegExp(ch) + source(child));
    if (node.end) branches.push('');
    return branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  };
  return source(root);
}

export function latinMatcher(phrases: Phrase[]): Matcher {
  const ids = new Map<string, string | null>();
  for (const p of phrases) {
    const key = foldLatin(p.text).text.trim();
    if (key && !ids.has(key)) ids.set(key, p.id);
  }
  if (ids.size === 0) return () => [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(${trieSource([...ids.keys()])})(?:e?s)?(?![\\p{L}\\p{N}])`, 'gu');
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
