/**
 * Text folding for matching names and terms whatever their spelling details.
 *
 * Folding maps text to a search form (no diacritics, one apostrophe-less,
 * case-less, hyphen-less spelling; Arabic without harakat, tatweel and letter
 * variants) while remembering, for every folded character, where it came from,
 * so a match in the folded text maps back to exact source offsets.
 */

export interface Folded {
  /** The search form. */
  text: string;
  /** map[i] = index in the original of folded character i; map[text.length] = original length. */
  map: number[];
}

/** Invisible format characters that converters and copy-paste leave inside words. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/u;
/** Apostrophe-like marks that spell hamza/ayn or nothing at all in transliterations. */
const APOSTROPHES = /['’‘ʼʻʿʾ`´′]/u;
const COMBINING = /\p{M}/u;

const ARABIC_LETTER_VARIANTS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ئ': 'ي',
  'ة': 'ه',
  'ؤ': 'و',
  'ک': 'ك', 'گ': 'ك',
  '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9',
  '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9',
};
/** Harakat, shadda, sukun, superscript alef, Quranic marks, tatweel. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/u;

/**
 * Folded form of each character seen so far, by code point, per folding (texts repeat few
 * distinct characters); null for a character that folds to itself and is not white space.
 * A pure function of the code point, so never stale; bounded: past MEMO_LIMIT characters,
 * a new one is folded each time it comes.
 */
type Memo = Map<number, string | null>;
const latinMemo: Memo = new Map();
const arabicMemo: Memo = new Map();
const MEMO_LIMIT = 8192;

function foldWith(text: string, foldChar: (ch: string) => string, memo: Memo): Folded {
  let out = '';
  const map: number[] = [];
  let lastWasSpace = true;
  // Start of the stretch of characters that fold to themselves, copied in one piece when it ends
  // (one string per character made a rope as long as the text).
  let same = -1;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    let folded = memo.get(cp);
    if (folded === undefined) {
      const ch = String.fromCodePoint(cp);
      folded = foldChar(ch);
      if (/^[\s\-‐‑‒–_]+$/u.test(folded)) folded = ' ';
      if (folded === ch && folded !== ' ') folded = null;
      if (memo.size < MEMO_LIMIT) memo.set(cp, folded);
    }
    if (folded === null) {
      if (same < 0) same = i;
      // One map entry per UTF-16 unit of the output: offsets into `out` are code units,
      // and a character outside the BMP (𐀀, an emoji) takes two.
      map.push(i);
      if (size === 2) map.push(i);
      lastWasSpace = false;
      i += size;
      continue;
    }
    if (same >= 0) {
      out += text.slice(same, i);
      same = -1;
    }
    // Runs of space and hyphens fold to one space ("al-Sadr", "al Sadr", "Al‑Sadr").
    if (folded === ' ') folded = lastWasSpace ? '' : ' ';
    out += folded;
    for (let k = 0; k < folded.length; k++) map.push(i);
    if (folded) lastWasSpace = folded.endsWith(' ');
    i += size;
  }
  if (same >= 0) out += text.slice(same);
  map.push(text.length);
  return { text: out, map };
}

/** Latin-script search form: lower case, no diacritics, no apostrophes, hyphens as spaces. */
export function foldLatin(text: string): Folded {
  return foldWith(
    text,
    (ch) => {
      if (INVISIBLE.test(ch) || APOSTROPHES.test(ch)) return '';
      return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    },
    latinMemo,
  );
}

/** Arabic-script search form: no harakat or tatweel; alef, yaa, taa marbuta, hamza-seat and digit variants unified. */
/** Arabic presentation forms (ﻣﻘﺘﺪﻯ): the letters a PDF's text layer or an old converter leaves instead of the plain ones. */
const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE]/u;

export function foldArabic(text: string): Folded {
  return foldWith(text, function foldChar(ch): string {
    if (INVISIBLE.test(ch) || ARABIC_MARKS.test(ch)) return '';
    // Only a form that NFKC changes: some of the block (U+FBB2, a dot above) have no plain letter and would recurse forever.
    const plain = PRESENTATION_FORMS.test(ch) ? ch.normalize('NFKC') : ch;
    if (plain !== ch) return [...plain].map(foldChar).join('');
    const mapped = ARABIC_LETTER_VARIANTS[ch];
    if (mapped) return mapped;
    if (COMBINING.test(ch)) return '';
    if (APOSTROPHES.test(ch)) return '';
    return ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  }, arabicMemo);
}

/** Fold by the script of the language. */
export function fold(text: string, lang: 'en' | 'ar'): Folded {
  return lang === 'ar' ? foldArabic(text) : foldLatin(text);
}

/** Map a [start, end) range of folded text back to original offsets. */
export function unfoldRange(f: Folded, start: number, end: number): [number, number] {
  const from = f.map[start];
  const to = end > start ? f.map[end - 1] + 1 : from;
  return [from, to];
}

/**
 * Forms of one folded Arabic word without its attached clitics: the
 * conjunctions و/ف, the prepositions ب/ل/ك, and the article ال (لل = ل + ال).
 * The word itself comes first.
 */
export function arabicCliticForms(word: string): string[] {
  const forms = new Set<string>([word]);
  const stripArticle = (w: string): void => {
    if (w.startsWith('ال') && w.length > 3) forms.add(w.slice(2));
    if (w.startsWith('لل') && w.length > 3) forms.add(w.slice(2)).add('ال' + w.slice(2));
  };
  stripArticle(word);
  for (const conj of ['', 'و', 'ف']) {
    if (conj && !word.startsWith(conj)) continue;
    const afterConj = word.slice(conj.length);
    if (afterConj.length < 2) continue;
    forms.add(afterConj);
    stripArticle(afterConj);
    for (const prep of ['ب', 'ل', 'ك']) {
      if (afterConj.startsWith(prep) && afterConj.length > 3) {
        const rest = afterConj.slice(1);
        forms.add(rest);
        stripArticle(rest);
      }
    }
  }
  return [...forms];
}
