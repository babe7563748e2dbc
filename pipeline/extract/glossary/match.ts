/**
 * Finding termbase phrases in running text, whatever the spelling details:
 * the text and the phrases are folded (pipeline/text/fold.ts) and matches are
 * mapped back to exact offsets of the original text. One matcher per language:
 * Latin script for English sources, Arabic script for Arabic ones.
 */
import type { Lang } from '../../model/paper.js';
import type { TermbaseEntry } from './termbase.js';
import { searchPhrases } from './termbase.js';
import { latinMatcher } from './match-latin.js';
import { arabicMatcher } from './match-arabic.js';

export interface TermMatch {
  /** Offsets in the original text. */
  start: number;
  end: number;
  /** Term id; null for an `except` phrase (matched only so that it is not taken for the term). */
  id: string | null;
}

export type Matcher = (text: string) => TermMatch[];

/** A phrase to find, in the original spelling of the termbase. */
export interface Phrase {
  text: string;
  id: string | null;
}

/** Every phrase of one language; exceptions first so they win a tie, then terms in id order. */
export function phrasesOf(termbase: TermbaseEntry[], lang: Lang): Phrase[] {
  const out: Phrase[] = [];
  for (const entry of termbase) for (const text of entry[lang].except) out.push({ text, id: null });
  for (const entry of termbase) for (const text of searchPhrases(entry[lang])) out.push({ text, id: entry.id });
  return out;
}

const cache = new WeakMap<TermbaseEntry[], Partial<Record<Lang, Matcher>>>();

/** The matcher of a language for a termbase (built once per termbase). */
export function matcherFor(termbase: TermbaseEntry[], lang: Lang): Matcher {
  const byLang = cache.get(termbase) ?? {};
  cache.set(termbase, byLang);
  return (byLang[lang] ??= lang === 'ar' ? arabicMatcher(phrasesOf(termbase, lang)) : latinMatcher(phrasesOf(termbase, lang)));
}

/**
 * Drop a repetition of the same term as a parenthetical right after it
 * ("Wilayat al-Faqih (Guardianship of the Jurist)"): one use, glossed, counts once.
 */
export function dropGlossRepeats(text: string, matches: TermMatch[]): TermMatch[] {
  const out: TermMatch[] = [];
  for (const m of matches) {
    const prev = out[out.length - 1];
    if (prev && prev.id !== null && prev.id === m.id && /^\s*\(\s*$/u.test(text.slice(prev.end, m.start)) && /^\s*\)/u.test(text.slice(m.end))) continue;
    out.push(m);
  }
  return out;
}
