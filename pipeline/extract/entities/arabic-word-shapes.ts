/**
 * The shape of an Arabic word: its written forms without harakat and clitics,
 * whether it looks like a foreign name in Arabic letters or writes a dataset's
 * given name, whether it is shaped as a common noun, a verb, an adjective or a
 * "for …" word. Every family of rules asks these, so they sit below all of
 * them.
 */
import type { Token } from './tokens.js';
import { boundedMemo, WORDS_KEPT } from '../../text/memo.js';
import { fold, GENERIC, TITLES, type Sentence, MARKS, TANWEEN, NATIVE_LETTERS, WRITES_NAME, LISTED, FOREIGN_SURNAME_END, PAST_VERB } from './arabic-words.js';

/** "تحالف شيعي", "تحالف سياسي": an adjective without the article describes, it does not name. */
export function isIndefiniteAdjective(word: string): boolean {
  return !word.startsWith('ال') && /(?:ي|يه)$/u.test(word) && word.length > 3;
}

/**
 * "تجمع حاشد" (a massive rally), "تحالف واسع": an indefinite participle of the fa'il shape describes a common noun,
 * unless a noun with the article follows it, whose it is ("عملية حارس الازدهار").
 */
export function isIndefiniteParticiple(x: Sentence, n: number): boolean {
  const key = x.toks[n].key;
  const construct = x.inSentence(n + 1) && x.gapOk(n, n + 1) && (x.toks[n + 1].key.startsWith('ال') || x.covered.has(n + 1));
  return /^[^ا]ا[^ا]{2}$/u.test(key) && !x.given.has(key) && !x.covered.has(n) && !construct;
}

/** Plurals of the mafa'il shape, nouns that end in -ي as nisbas do ("مباني", "مراعي"). */
const BROKEN_PLURAL = /^م\p{L}ا\p{L}ي$/u;

/**
 * An adjective agrees with its noun: after a feminine noun (جزيرة، منطقة، مجموعة) a word in -ي without -ة is no
 * adjective of it but a name ("جزيرة بالي", "منطقة واداي", "مجموعة أداني"; "منطقة عسكرية" is one), unless it is a
 * plural ("منطقة مباني").
 */
export function unagreeing(head: string, key: string): boolean {
  return head.endsWith('ه') && isIndefiniteAdjective(key) && !key.endsWith('يه') && !BROKEN_PLURAL.test(key);
}

/** Verbal nouns with the article: "الإنتاج", "الإدارة" (إفعال, إفعالة), "الاستثمار" (استفعال), "التمويل" (تفعيل). */
const VERBAL_NOUN = /^ال(?:ا\p{L}{1,2}ا\p{L}ه?|است\p{L}{2}ا\p{L}|ت\p{L}{2}ي\p{L})$/u;
/**
 * Verbal nouns of the تفعيل shape without the article ("تمويل", funding); given names of this shape (تيسير) are
 * given names first. The إفعال shape is not one: foreign names write it too (أولاف، إيفان).
 */
const BARE_VERBAL_NOUN = /^ت\p{L}{2}ي\p{L}$/u;
/** A noun in -a with a pronoun joined to it: "طاقته" (its capacity), "قواتها". */
const POSSESSED = /ت(?:ه|ها|هم|هما)$/u;

/**
 * A word shaped as a common noun is no word of a person's name: one with tanween ("شرقًا"), "for the …"
 * ("للنفط"), a verbal noun (with the article, or of the تفعيل shape without: "تمويل"), a noun with a pronoun joined to it
 * ("طاقته"), or a word in -iyya ("المسؤولية", "الاقتصادية", "تقنية"): family
 * names with the article are nisbas in -i, and foreign names in Arabic letters end in ه, not ة ("بارنييه").
 * Given names that end so (نادية) are given names first.
 */
export function commonNounShaped(x: Sentence, n: number): boolean {
  const t = x.toks[n];
  const raw = x.b.text.slice(t.start, t.end);
  if (TANWEEN.test(raw)) return true;
  if (x.given.has(t.key)) return false;
  const plain = raw.replace(MARKS, '');
  // A title in the accusative, written without its tanween, is the role a name is given ("عيّن … مودافادي وزيرا").
  const role = /^\p{L}{3,}ا$/u.test(t.key) && TITLES.has(t.key.slice(0, -1));
  return role || t.key.startsWith('لل') || VERBAL_NOUN.test(t.key) || BARE_VERBAL_NOUN.test(t.key) || (/ية$/u.test(plain) && t.key.length > 4) || (POSSESSED.test(plain) && !foreignLooking(plain));
}

/**
 * A word with the article that may be an adjective: isAdjective's, a plural nisba (الدنماركيين), or the shapes
 * fa'il and fi'al (السريع، الكبار) or a participle (المستقل).
 */
export function describes(key: string): boolean {
  return isAdjective(key) || /^ال(?:\p{L}+(?:يين|يون)|\p{L}{2}[يا]\p{L}|م\p{L}{3,})$/u.test(key);
}

/** "للطاقة", "لحقوق", "لشؤون", "لإنقاذ" (not "لاحقًا"): the "for …" word of a name. */
export function forPhrase(key: string): boolean {
  return key.startsWith('لل') || (/^ل[^ا]/u.test(key) && key.length >= 4) || /^لا...+[^ا]$/u.test(key);
}

/** An adjective with the article: one of the lists, a nisba (الدولية، الأفريقي), or a feminine or elative form (المتحدة، الأعلى، العليا); not a plural in -اه (المياه). */
export function isAdjective(key: string): boolean {
  return key.startsWith('ال') && (GENERIC.has(key) || /(?:ي|يه|[^ا]ه|يا)$/u.test(key));
}

/**
 * A verb after a place's name, whose letters foreign names have too: a past with a feminine subject ("فقدت"), a
 * present of four letters ("يهدد", "تفقد"; not "تيبه", which ends as names do), a past of three ("فقد").
 */
export function verbShaped(word: string, short = true): boolean {
  return PAST_VERB.test(word) || /^[يت]\p{L}{2}[^اويىه]$/u.test(word) || (short && /^\p{L}{2}[^اويى]$/u.test(word));
}

/** A word as written, without the harakat and tatweel and without the clitics before it (و ف, then ب ل ك; never the article). */
export interface Written {
  text: string;
  /** Offset in the block where it starts. */
  start: number;
  /** The clitics left out ("وب"). */
  clitics: string;
}

/** The written forms of each token of a block, by index: most rules read them, at each word and at the next. */
const writtenOf = new WeakMap<Token[], (readonly Written[] | undefined)[]>();

export function writtenForms(x: Sentence, n: number): readonly Written[] {
  let block = writtenOf.get(x.toks);
  if (!block) writtenOf.set(x.toks, (block = new Array<readonly Written[] | undefined>(x.toks.length)));
  const t = x.toks[n];
  return (block[n] ??= formsOf(x.b.text.slice(t.start, t.end), t.start));
}

function formsOf(raw: string, at: number): Written[] {
  const letters = [...raw.matchAll(/[^\u064B-\u065F\u0670\u0640]/gu)].map((m) => ({ c: m[0], at: at + m.index }));
  const out: Written[] = [];
  const add = (k: number) => {
    const text = letters.slice(k).map((l) => l.c).join('');
    if ([...text].length >= 3 && !text.startsWith('ال')) out.push({ text, start: letters[k].at, clitics: letters.slice(0, k).map((l) => l.c).join('') });
  };
  add(0);
  const conj = /^[وف]/u.test(letters[0]?.c ?? '') ? 1 : 0;
  if (conj) add(1);
  if (/^[بلك]/u.test(letters[conj]?.c ?? '')) add(conj + 1);
  return out;
}

/**
 * A word that may be part of a foreign name in Arabic letters: none of the letters such names do without, no
 * article, on no list, not ending as Arabic plurals and pronoun suffixes do (ات، ه; but French -ier is ييه, Sinhala
 * -singhe نغه, and José, André, René: خوسيه، أندريه، رينيه).
 */
export const foreignLooking = boundedMemo(looksForeign, WORDS_KEPT); // most rules ask it of each word and the next: one answer a word

function looksForeign(text: string): boolean {
  const key = fold(text)[0];
  return (!NATIVE_LETTERS.test(text) || FOREIGN_SURNAME_END.test(text)) && !text.startsWith('ال') && !/(?:ات|(?<!يي|نغ|وسي|ندري|ريني)ه)$/u.test(key) && !LISTED.some((set) => set.has(key));
}

/**
 * The word n, whole, may continue a foreign name: the second word if it looks foreign ("فلاديمير بوتين"),
 * a later one if it also ends as names written in Arabic letters often do, in a long vowel, -ng or a surname's ending
 * ("بوبكر كيتا", "شي جين بينغ", "بردي محمدوف"), not as the verb or noun after the name does.
 */
export function foreignWord(x: Sentence, n: number, later: boolean): boolean {
  const t = x.toks[n];
  const text = x.b.text.slice(t.start, t.end).replace(/[\u064B-\u065F\u0670\u0640]/gu, '');
  return [...text].length >= 3 && foreignLooking(text) && (!later || /(?:[اوي]|نغ)$/u.test(text) || FOREIGN_SURNAME_END.test(text));
}

/** "مانو توبو-روسن": a name's end after the words joined to its last by a hyphen, written as foreign names are. */
export function hyphenated(x: Sentence, j: number): number {
  while (x.free(j) && /^[-‐‑]$/u.test(x.b.text.slice(x.toks[j - 1].end, x.toks[j].start)) && foreignWord(x, j, false)) j++;
  return j;
}

/** The clause ends after the word n: a mark of punctuation, the sentence's end, or a word with و. */
export function clauseEndsAt(x: Sentence, n: number): boolean {
  if (!x.inSentence(n + 1)) return true;
  return /^\s*[،,.؛;:)]/u.test(x.b.text.slice(x.toks[n].end)) || (x.gapOk(n, n + 1) && /^و/u.test(x.toks[n + 1].key));
}

/** The word n, whole, writes a given name of the dataset ("إيزابيل" Isabel, "جورجيا" Georgia). */
export function writesGivenName(x: Sentence, n: number): boolean {
  const t = x.toks[n];
  const text = x.b.text.slice(t.start, t.end).replace(MARKS, '');
  return [...text].length >= 3 && !NATIVE_LETTERS.test(text) && (x.sounds.givenNames.written(text)?.score ?? 0) >= WRITES_NAME;
}

/**
 * The word n may be a one-word foreign name by itself ("ألبيمارل", "دولو"): foreign-looking, four letters or more,
 * no given name, and shaped as no verb, elative ("أكبر") or noun with a pronoun ("مكتبها").
 */
export function loneForeignName(x: Sentence, n: number): boolean {
  const key = x.toks[n].key;
  if (!x.free(n) || !foreignWord(x, n, false) || x.given.has(key) || commonNounShaped(x, n)) return false;
  const text = x.b.text.slice(x.toks[n].start, x.toks[n].end).replace(MARKS, '');
  return [...text].length >= 4 && !verbShaped(text) && !/^ا[^اوي]{3}$/u.test(key) && !/(?:ها|هم|هما)$/u.test(key);
}
