/**
 * Finding termbase phrases in running text, whatever the spelling details:
 * the text and the phrases are folded (pipeline/text/fold.ts) and matches are
 * mapped back to exact offsets of the original text: English phrases in Latin
 * script, Arabic phrases in Arabic script.
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

const LATIN = /\p{Script=Latin}/u;
const ARABIC = /\p{Script=Arabic}/u;

/**
 * The matcher for a termbase (the stages use the one their resources keep,
 * ../resources.ts). Both scripts are searched whatever the paper's language:
 * English papers quote Arabic terms and Arabic papers give Latin
 * transliterations, often in parentheses after the term (counted once, see
 * dropGlossRepeats).
 */
export function matcherFor(termbase: TermbaseEntry[]): Matcher {
  const latin = latinMatcher(phrasesOf(termbase, 'en'));
  const arabic = arabicMatcher(phrasesOf(termbase, 'ar'));
  return (text) => {
    const found = [...(LATIN.test(text) ? latin(text) : []), ...(ARABIC.test(text) ? arabic(text) : [])];
    return found.sort((a, b) => a.start - b.start);
  };
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
