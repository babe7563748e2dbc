/**
 * Words of a text with their search keys, for matching names whatever their
 * spelling details. Keys come from the shared folding (pipeline/text/fold.ts)
 * plus, for Latin script, transliteration variants (./translit.ts); offsets
 * stay those of the original text so matches wrap exactly what the paper says.
 */
import type { Lang } from '../../model/paper.js';
import { arabicCliticForms, foldArabic, foldLatin } from '../../text/fold.js';
import { latinKey } from './translit.js';

export interface Token {
  /** [start, end) in the text; an English possessive `'s` is left out. */
  start: number;
  end: number;
  /** Search key of the word. */
  key: string;
  /** The word folded but not respelled (for dictionary look-ups). */
  lower: string;
  /**
   * Arabic: keys of the word without its attached clitics (و ف ب ل ك ال),
   * with the offset where each form starts. A name may begin with such a word.
   */
  bare?: { key: string; start: number }[];
  /** First letter is a capital (Latin script). */
  cap: boolean;
  /** Every letter is a capital (acronyms, ALL-CAPS titles). */
  upper: boolean;
  possessive: boolean;
}

// Invisible format characters (zero-width joiners, soft hyphens) that converters leave inside a word belong to it; folding drops them.
// "H&M", "AT&T", "P&O": an ampersand between capitals with no space is inside one word.
const LATIN_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\p{Cf}]*(?:(?<=\p{Lu})&\p{Lu}+)*(?:['’ʼʿ‘`´][\p{L}\p{M}\p{Cf}]+)*/gu;
const ARABIC_WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}\p{Cf}\u0640]*/gu;
const POSSESSIVE = /['’ʼ]s$/iu;
/** Transliterated article forms (sun-letter assimilation) when hyphenated to the next word. */
const ARTICLES = new Set(['al', 'el', 'ul', 'as', 'ash', 'ad', 'adh', 'an', 'ar', 'at', 'ath', 'az', 'ath']);

export function tokenize(text: string, lang: Lang): Token[] {
  return lang === 'ar' ? arabicTokens(text) : latinTokens(text);
}

/** Web addresses written out in a text ("https://…/Egypt/…", "www.…"). */
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()\[\]]+/giu;

/** Where a text writes out web addresses, as [start, end) ranges. */
export function urlRanges(text: string): [number, number][] {
  return text.includes('/') || /www\./i.test(text) ? [...text.matchAll(URL)].map((m): [number, number] => [m.index, m.index + m[0].length]) : [];
}

/** The words of a block of text, less those of the web addresses it writes out: a path's words name nothing. */
export function textTokens(text: string, lang: Lang): Token[] {
  const tokens = tokenize(text, lang);
  const urls = urlRanges(text);
  return urls.length ? tokens.filter((t) => !urls.some(([s, e]) => t.start < e && s < t.end)) : tokens;
}

/** What a Latin word gives its tokens wherever it stands. */
interface LatinWord {
  lower: string;
  key: string;
  cap: boolean;
  upper: boolean;
  /** Starts with a lower-case letter. */
  lowerFirst: boolean;
}

/** Words recur through a paper: fold, respell and test each once (bounded: the cache is dropped when full). */
const latinWords = new Map<string, LatinWord>();
const LATIN_WORDS_LIMIT = 50_000;

function latinWord(word: string): LatinWord {
  let known = latinWords.get(word);
  if (known) return known;
  // Plain ASCII words (most of them) need no folding.
  const lower = /^[A-Za-z0-9]+$/.test(word) ? word.toLowerCase() : foldLatin(word).text;
  const cap = /^\p{Lu}/u.test(word);
  known = { lower, key: latinKey(lower), cap, upper: cap && word === word.toUpperCase(), lowerFirst: /^\p{Ll}/u.test(word) };
  if (latinWords.size >= LATIN_WORDS_LIMIT) latinWords.clear();
  latinWords.set(word, known);
  return known;
}

function latinTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(LATIN_WORD)) {
    let word = m[0];
    const possessive = POSSESSIVE.test(word) && word.length > 3;
    if (possessive) word = word.slice(0, -2);
    const start = m.index;
    const end = start + word.length;
    const { lower, key: spelled, cap, upper, lowerFirst } = latinWord(word);
    let key = spelled;
    // "as-Sadr", "ash-Shuhada": the article, whatever its assimilated spelling.
    if (ARTICLES.has(key) && /^[-‐‑]/u.test(text.slice(end, end + 1)) && (key === 'al' || key === 'el' || lowerFirst)) key = 'al';
    out.push({ start, end, key, lower, cap, upper, possessive });
  }
  return out;
}

/** An Arabic word's key and clitic forms, each form with its offset in the word. */
interface ArabicWord {
  key: string;
  forms: { key: string; at: number }[];
}

/** Words recur through a paper: fold each once (bounded: the cache is dropped when full). */
const arabicWords = new Map<string, ArabicWord>();
const ARABIC_WORDS_LIMIT = 50_000;

function arabicWord(word: string): ArabicWord {
  let known = arabicWords.get(word);
  if (known) return known;
  const folded = foldArabic(word);
  const key = folded.text;
  const forms = arabicCliticForms(key).map((form) => {
    // A clitic form is a suffix of the word, or ال + a suffix (لل → ل + ال): that one starts at the لل, where
    // the article's alif was dropped, so "للحوثيين" is the mention, not "حوثيين" without its article.
    return { key: form, at: folded.map[key.length - form.length] ?? 0 };
  });
  if (arabicWords.size >= ARABIC_WORDS_LIMIT) arabicWords.clear();
  arabicWords.set(word, (known = { key, forms }));
  return known;
}

function arabicTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(ARABIC_WORD)) {
    // A prefix joined to a Latin name ("وCNPC", "لـG42") is left out: the word is the name.
    const latin = /^[\u0621-\u064a\u0640]{1,3}(?=[A-Za-z])/u.exec(m[0])?.[0].length ?? 0;
    const word = m[0].slice(latin);
    const { key, forms } = arabicWord(word);
    const start = m.index + latin;
    const bare = forms.map((f) => ({ key: f.key, start: start + f.at }));
    // A Latin name or acronym quoted in Arabic text ("(DILF)", "Libya's central bank") keeps its capitals, which
    // Latin names and acronyms are matched by.
    const upper = /^\p{Lu}[\p{Lu}\d-]*$/u.test(word);
    out.push({ start, end: start + word.length, key, lower: key, bare, cap: /^\p{Lu}/u.test(word), upper, possessive: false });
  }
  return out;
}

/** Text between two tokens that still lets them belong to one name: spaces, hyphens, apostrophes. */
export function joinable(gap: string): boolean {
  // "Mellitah Oil & Gas": an ampersand between spaces joins the words of a name too.
  return (/^[\s\p{Cf}\-‐‑–'’ʼʿ‘]*$/u.test(gap) || /^ & $/u.test(gap)) && !/\n/.test(gap);
}

/** Between tokens `a` and `a + 1`, a middle initial's full stop ("Múte B. Egede"): a capital letter after a name word, then a capitalised word. */
export function afterInitial(text: string, toks: Token[], a: number): boolean {
  const [prev, t, next] = [toks[a - 1], toks[a], toks[a + 1]];
  return !!prev && !!next && t.upper && t.end - t.start === 1 && prev.cap && next.cap && joinable(gapAfter(text, prev, t)) && text.slice(t.end, next.start) === '. ';
}

/** The text between a token and the next one (after a possessive's 's). */
export function gapAfter(text: string, t: Token, next: Token): string {
  return text.slice(t.possessive ? t.end + 2 : t.end, next.start);
}

/**
 * For each sentence, the tokens wholly inside it as a range [first, end) of
 * `toks`. Both lists are in text order, so one pass serves every sentence
 * (filtering all tokens per sentence made a long paragraph quadratic).
 */
export function sentenceTokens(toks: Token[], sentences: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let first = 0;
  for (const [s, e] of sentences) {
    while (first < toks.length && toks[first].start < s) first++;
    let end = first;
    while (end < toks.length && toks[end].end <= e) end++;
    out.push([first, end]);
  }
  return out;
}

/** Keys of a name as a sequence, for building a lexicon with the same tokenizer as the text. */
export function nameKeys(name: string, lang: Lang): string[] {
  const tokens = tokenize(name, lang);
  return tokens.map((t, n) => (n < tokens.length - 1 ? wordKey(t) : t.key));
}

/** A word's key inside a name, before its last word: a possessive keeps its 's ("Lloyd's List" is not "Lloyd List"). */
export function wordKey(t: Token): string {
  return t.possessive ? `${t.key}'s` : t.key;
}
