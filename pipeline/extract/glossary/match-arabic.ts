/**
 * Arabic-script term matching. Arabic attaches conjunctions, prepositions,
 * the article and pronoun or plural endings to the word itself, so phrases are
 * matched word by word on folded text (no harakat, unified alef/yaa/taa
 * marbuta): each word of the text is analysed into possible stems with
 * `arabicCliticForms`, and a match covers whole words (والمرجعية, لمرجعيته).
 */
import { arabicCliticForms, foldArabic, unfoldRange } from '../../text/fold.js';
import type { Matcher, Phrase, TermMatch } from './match.js';

export interface Token {
  stem: string;
  /** The phrase writes the article: the text must have it too (الفقه is the field, فقه may be any "understanding"). */
  article: boolean;
}

interface Compiled {
  id: string | null;
  tokens: Token[];
  size: number;
  /** The single word of a short phrase as written, hamza seats kept, article removed. */
  seat: string | null;
  order: number;
}

export interface Analysis extends Token {
  /** The stem was found by removing an ending, which short stems may not be. */
  suffixed: boolean;
}

const WORD = /[\u0621-\u064A\u066E-\u06D3\u06FA-\u06FC]+/gu;

/** Whether a UTF-16 unit is a letter of WORD. */
const isWordUnit = (c: number): boolean => (c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06fc);

/** The words (WORD) of a folded text, found by a scan (a match object per word was most of the matcher's garbage). */
function wordsOf(text: string): { start: number; end: number; value: string }[] {
  const words: { start: number; end: number; value: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isWordUnit(text.charCodeAt(i))) continue;
    const start = i;
    while (i + 1 < text.length && isWordUnit(text.charCodeAt(i + 1))) i++;
    words.push({ start, end: i + 1, value: text.slice(start, i + 1) });
  }
  return words;
}
const MARKS = /[\p{M}\u0640]/gu;
/** Pronoun and number endings; ة is written ت before them (مرجعيته). */
const ENDINGS = ['هما', 'كما', 'هم', 'هن', 'كم', 'نا', 'ها', 'ات', 'ون', 'ين', 'ان', 'ه', 'ك'];
/** Stems this short are too easily another word once an ending is removed. */
const MIN_SUFFIXED_STEM = 4;
const MAX_SEAT_CHECKED = 4;
const MEMO_LIMIT = 50_000;

const light = (s: string): string => s.replace(MARKS, '');

/** A phrase's word: its stem, and whether it writes the article. */
export function token(word: string): Token {
  return word.startsWith('ال') && word.length > 3 ? { stem: word.slice(2), article: true } : { stem: word, article: false };
}

/**
 * The stems a word of text may be: without its clitics, its article, and a
 * pronoun or number ending, ة written ت before the ending. `marbuta` is the
 * letter ة stands for in the text analysed (ه once folded).
 */
export function analyse(word: string, marbuta = 'ه'): Analysis[] {
  const out: Analysis[] = [];
  for (const form of arabicCliticForms(word)) {
    const t = token(form);
    out.push({ ...t, suffixed: false });
    for (const ending of ENDINGS) {
      if (!t.stem.endsWith(ending) || t.stem.length - ending.length < MIN_SUFFIXED_STEM - 1) continue;
      const rest = t.stem.slice(0, -ending.length);
      out.push({ stem: rest, article: t.article, suffixed: true });
      if (rest.endsWith('ت')) out.push({ stem: rest.slice(0, -1) + marbuta, article: t.article, suffixed: true });
    }
  }
  return out;
}

/** Whether a word of text analysed as `a` is the phrase's word `t` (a phrase with the article needs it in the text). */
export const accepts = (a: Analysis, t: Token): boolean =>
  a.stem === t.stem && (!t.article || a.article) && (!a.suffixed || t.stem.length >= MIN_SUFFIXED_STEM);

export function arabicMatcher(phrases: Phrase[]): Matcher {
  const index = new Map<string, Compiled[]>();
  const seen = new Set<string>();
  phrases.forEach((p, order) => {
    const folded = foldArabic(p.text).text.trim();
    const words = folded.match(WORD);
    if (!words || seen.has(words.join(' '))) return;
    seen.add(words.join(' '));
    const tokens = words.map(token);
    const single = tokens.length === 1 && tokens[0].stem.length <= MAX_SEAT_CHECKED;
    const writtenWords = light(p.text).trim().split(/\s+/u);
    const seat = single ? token(writtenWords[0] ?? '').stem : null;
    const compiled: Compiled = { id: p.id, tokens, size: tokens.reduce((n, t) => n + t.stem.length, 0), seat, order };
    const list = index.get(tokens[0].stem) ?? [];
    list.push(compiled);
    index.set(tokens[0].stem, list);
  });
  const better = (a: Compiled, b: Compiled): boolean =>
    a.tokens.length !== b.tokens.length ? a.tokens.length > b.tokens.length : a.size !== b.size ? a.size > b.size : a.order < b.order;

  // Words recur through a paper and across papers: analyse each once (bounded, the cache is simply dropped when full).
  const memo = new Map<string, Analysis[]>();
  const analysed = (word: string): Analysis[] => {
    let a = memo.get(word);
    if (!a) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(word, (a = analyse(word)));
    }
    return a;
  };

  return (text) => {
    const folded = foldArabic(text);
    const words = wordsOf(folded.text);
    const analyses = words.map((w) => analysed(w.value));
    const adjacent = (i: number): boolean => words[i + 1].start === words[i].end + 1 && folded.text.charCodeAt(words[i].end) === 0x20;
    const out: TermMatch[] = [];
    for (let i = 0; i < words.length; ) {
      let best: Compiled | null = null;
      for (const a of analyses[i]) {
        for (const c of index.get(a.stem) ?? []) {
          if (best && !better(c, best)) continue;
          if (!accepts(a, c.tokens[0]) || i + c.tokens.length > words.length) continue;
          let ok = true;
          for (let k = 1; ok && k < c.tokens.length; k++) ok = adjacent(i + k - 1) && analyses[i + k].some((x) => accepts(x, c.tokens[k]));
          if (ok && c.seat !== null && !seatAgrees(text, folded, words[i], c.seat)) ok = false;
          if (ok) best = c;
        }
      }
      if (!best) {
        i++;
        continue;
      }
      const last = words[i + best.tokens.length - 1];
      let [start, end] = unfoldRange(folded, words[i].start, last.end);
      while (end < text.length && /[\p{M}\u0640]/u.test(text[end])) end++;
      out.push({ start, end, id: best.id });
      i += best.tokens.length;
    }
    return out;
  };
}

/**
 * Folding merges hamza seats, so إمام (imam) and أمام (in front of) fold alike.
 * For short words, a seat the source writes must be the term's.
 */
function seatAgrees(text: string, folded: ReturnType<typeof foldArabic>, word: { start: number; end: number }, seat: string): boolean {
  const [from, to] = unfoldRange(folded, word.start, word.end);
  const written = light(text.slice(from, to));
  return !/[أإآ]/u.test(written) || written.includes(seat);
}
