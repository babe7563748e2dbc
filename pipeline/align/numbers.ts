/**
 * Numbers written in a block, with their source offsets, in a form that
 * compares across scripts: ٢٠٢٢, ۲۰۲۲ and 2022 are the same number, so are
 * 1,500 and ١٬٥٠٠, and 2.5 and ٢٫٥.
 */
import type { Nodes } from 'mdast';
import type { VFile } from 'vfile';
import { eachNode } from './nodes.js';
import { sourceRange } from '../extract/annotate.js';
import { asciiDigits } from '../text/digits.js';

export interface NumberToken {
  /** Canonical value: ASCII digits, no grouping, "." as decimal point. */
  value: string;
  /** As written. */
  text: string;
  start: number;
  end: number;
  /**
   * An English ordinal (2nd, 20th): Arabic writes those in words (الثانية،
   * العشرين), so one without a counterpart is not reported.
   */
  ordinal: boolean;
}

/** Grouped thousands (1,500 / ١٬٥٠٠) or plain digits, with an optional decimal part. */
const NUMBER = /\d{1,3}(?:[,\u066C]\d{3})+(?:[.\u066B]\d+)?|\d+(?:[.\u066B]\d+)?/gu;
const ANY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;
/** A Hijri year (1445هـ) is an addition Arabic papers make; it has no English counterpart to check. */
const HIJRI_SUFFIX = /^\s?هـ/u;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)\b/iu;

export function canonicalNumber(digits: string): string {
  const plain = digits.replace(/[,\u066C]/gu, '').replace('\u066B', '.');
  const [whole, fraction] = plain.split('.');
  const int = whole.replace(/^0+(?=\d)/u, '');
  const frac = fraction?.replace(/0+$/u, '');
  return frac ? `${int}.${frac}` : int;
}

/** Every number in the text of `node`, in document order. */
export function numbersIn(node: Nodes, file: VFile): NumberToken[] {
  const out: NumberToken[] = [];
  eachNode(node, (text) => {
    if (text.type !== 'text' || !ANY_DIGIT.test(text.value)) return;
    // One UTF-16 unit for one: offsets in the ASCII form are offsets in the text.
    const ascii = asciiDigits(text.value);
    for (const match of ascii.matchAll(NUMBER)) {
      const from = match.index;
      const to = from + match[0].length;
      if (HIJRI_SUFFIX.test(text.value.slice(to))) continue;
      const range = sourceRange(file, text, from, to);
      const start = range?.[0] ?? text.position?.start.offset ?? 0;
      const ordinal = ORDINAL_SUFFIX.test(text.value.slice(to));
      out.push({ value: canonicalNumber(match[0]), text: text.value.slice(from, to), start, end: range?.[1] ?? start, ordinal });
    }
  });
  return out;
}

/** Cardinal number words, so "five" or خمسة answers a 5 written in digits on the other side. */
const NUMBER_WORDS = new Map<string, number>(Object.entries({
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100,
  // Arabic, folded (no harakat; ة→ه, أ/إ/آ→ا, ى→ي): masculine and feminine forms, nominative and oblique.
  واحد: 1, واحده: 1, اثنان: 2, اثنين: 2, اثنتان: 2, اثنتين: 2, ثلاث: 3, ثلاثه: 3, اربع: 4, اربعه: 4, خمس: 5, خمسه: 5,
  ست: 6, سته: 6, سبع: 7, سبعه: 7, ثمان: 8, ثماني: 8, ثمانيه: 8, تسع: 9, تسعه: 9, عشر: 10, عشره: 10,
  عشرون: 20, عشرين: 20, ثلاثون: 30, ثلاثين: 30, اربعون: 40, اربعين: 40, خمسون: 50, خمسين: 50, ستون: 60, ستين: 60,
  سبعون: 70, سبعين: 70, ثمانون: 80, ثمانين: 80, تسعون: 90, تسعين: 90, مئه: 100, مائه: 100,
}));
const ARABIC_FOLD: Record<string, string> = { 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ة': 'ه', 'ى': 'ي' };
const HARAKAT_AND_TATWEEL = /[\u064B-\u0652\u0640]/gu;
const FOLDED_LETTERS = /[أإآةى]/gu;
/** Harakat, tatweel and folded letters are all inside words: the whole text is folded at once, then split. */
const NOT_IN_WORD = /[^\p{L}\p{M}]+/u;
/** Conjunctions and prepositions attached to an Arabic word (وخمسة، لثلاثة). */
const ARABIC_PREFIXES = new Set(['و', 'ف', 'ب', 'ل']);

/** Values of the number words in a text. */
export function numberWordsIn(text: string): Set<string> {
  const out = new Set<string>();
  const folded = text.toLowerCase().replace(HARAKAT_AND_TATWEEL, '').replace(FOLDED_LETTERS, (c) => ARABIC_FOLD[c]);
  for (const word of folded.split(NOT_IN_WORD)) {
    const value = NUMBER_WORDS.get(word) ?? (ARABIC_PREFIXES.has(word[0]) ? NUMBER_WORDS.get(word.slice(1)) : undefined);
    if (value !== undefined) out.add(String(value));
  }
  return out;
}
