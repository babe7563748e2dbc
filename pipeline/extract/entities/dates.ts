/**
 * Dates in running text, with their ISO 8601 value.
 *
 * Calendar expressions (January 29, 2024; October 2023; 2006 to 2011; 29
 * يناير 2024; أكتوبر 2023م) are read by patterns: they are exact and cost
 * nothing. A day or month without a year ("on 19 November", "in April") is
 * returned with `yearless` and resolved by the caller from the text before it
 * (date-context.ts: the nearest explicit date, and the paper's date only when
 * there is none); "N years ago" in the sentence counts back from the paper's
 * year. Relative expressions ("last year", "العام الماضي") are read from the
 * paper's date. Nothing inside a URL is a date.
 */
import type { Lang } from '../../model/paper.js';
import { foldArabic, unfoldRange } from '../../text/fold.js';
import { asciiDigits } from '../../text/digits.js';
import { urlRanges } from './tokens.js';
import { hijriDates } from './hijri-dates.js';
import { arabicSpans, englishSpans, type SpanMatch } from './date-ranges.js';
import { AR_B, AR_E, AR_MONTHS, AR_MONTHS_OR, AR_YEAR, DAY, EN_MONTHS, MONTH, pad, YEAR } from './date-patterns.js';

export interface DateHit {
  start: number;
  end: number;
  /** ISO 8601: 2024, 2024-01, 2024-01-29, or a range. A year-less date has the year of the paper's date rule until resolved. */
  value: string | { from: string; to: string };
  /** A month (and day, or span of days) written without its year. */
  yearless?: Yearless;
}

export interface Yearless {
  month: number;
  day?: number;
  /** The last day of a span of days ("10 to 12 July"). */
  toDay?: number;
  /** The weekday the text gives the day (0 = Sunday). */
  weekday?: number;
}

/** The value of a year-less date once its year is known. */
export function yearlessValue(year: number, { month, day, toDay }: Yearless): DateHit['value'] {
  if (day === undefined) return `${year}-${pad(month)}`;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return toDay === undefined ? iso : { from: iso, to: `${year}-${pad(month)}-${pad(toDay)}` };
}

/**
 * A month or day written without its year, valued for now with the latest
 * such month not after the paper's date (the caller resolves it from the text,
 * resolveYearless), or `back` years before the paper's year ("three years
 * ago"), which says the year itself: it is then not year-less.
 */
function yearlessHit(start: number, end: number, yearless: Yearless, today: string, back: number, fixed?: number): DateHit {
  if (fixed !== undefined) return { start, end, value: yearlessValue(fixed, yearless) };
  const value = yearlessValue(latestYear(yearless.month, today, back), yearless);
  return back > 0 ? { start, end, value } : { start, end, value, yearless };
}

/** Words before or after a month that place it from the paper's date ("last March", "March next year"; folded "مارس الماضي", "يناير الجاري", "مارس من العام الماضي"). */
const FROM_NOW_BEFORE = /\b(last|next|this)\s+$/i;
const FROM_NOW_AFTER = /^(?:\s+(last|next|this)\s+year\b|\s*(?:من\s+)?(?:(العام|السنه)\s+)?ال(ماضي|ماضيه|منصرم|منصرمه|مقبل|مقبله|قادم|قادمه|جاري|جاريه|حالي|حاليه)(?!\p{L}))/iu;

/**
 * The year of a month that the words around it place from the paper's date,
 * not from the story: "last March" and "مارس الماضي" are the latest March
 * before the paper's month, "next December" and "ديسمبر المقبل" the first
 * after it, "يناير الجاري" the paper's own; "March last year" and "مارس من
 * العام الماضي" count in years. Undefined when no such word is there.
 */
function fromPaperDate(before: string, after: string, month: number, today: string): number | undefined {
  const [year, current] = [+today.slice(0, 4), +today.slice(5, 7)];
  const inMonths = (shift: number): number => (shift < 0 ? (month < current ? year : year - 1) : shift > 0 ? (month > current ? year : year + 1) : year);
  const b = FROM_NOW_BEFORE.exec(before);
  if (b) return inMonths(EN_SHIFT[b[1].toLowerCase()]);
  const a = FROM_NOW_AFTER.exec(after);
  if (!a) return undefined;
  if (a[1]) return year + EN_SHIFT[a[1].toLowerCase()];
  const shift = AR_SHIFT[a[3].replace(/ه$/u, '')];
  return a[2] ? year + shift : inMonths(shift);
}

/** A weekday just before a day and month, in English or in folded Arabic (with its article: "أحد" alone is "one"). */
const WEEKDAY_BEFORE = /(?:\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)|(?:^|\s)(?:يوم\s+)?[وف]?ال(احد|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت))\s*[,،]?\s+(?:(?:the|الموافق)\s+)?$/iu;
const EN_WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const AR_WEEKDAYS = ['احد', 'اثنين', 'ثلاثاء', 'اربعاء', 'خميس', 'جمعه', 'سبت'];

/** The weekday (0 = Sunday) written just before position `at`, if any. */
function weekdayBefore(text: string, at: number): number | undefined {
  const m = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  if (!m) return undefined;
  return m[1] ? EN_WEEKDAYS.indexOf(m[1].toLowerCase()) : AR_WEEKDAYS.indexOf(m[2]);
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20 };

/** The first word of each month's name (كانون and تشرين name two months each), folded: a date's words, never a name's. */
export const ARABIC_MONTH_WORDS: ReadonlySet<string> = new Set(Object.keys(AR_MONTHS).map((name) => name.split(' ')[0]));
/** Month names that are also common words (مارس "exercised", آب "father"): dates only with a day or year. */
const AR_AMBIGUOUS = new Set(['مارس', 'اب']);
const AR_NUMBER_WORDS: Record<string, number> = { 'عام': 1, 'سنه': 1, 'عامين': 2, 'سنتين': 2, 'ثلاث': 3, 'ثلاثه': 3, 'اربع': 4, 'اربعه': 4, 'خمس': 5, 'خمسه': 5, 'ست': 6, 'سته': 6, 'سبع': 7, 'سبعه': 7, 'ثماني': 8, 'ثمانيه': 8, 'تسع': 9, 'تسعه': 9, 'عشر': 10, 'عشره': 10 };

/** After a number, words that make it a count, not a year ("2000 fighters", "1500 km"). */
const COUNTED = /^\s+(?:\w+\s+)?(?:people|persons|fighters|troops|soldiers|members|militants|men|women|children|families|deaths|casualties|dead|killed|wounded|seats|votes|voters|rockets|missiles|drones|attacks|strikes|km|kilometers|kilometres|miles|meters|metres|dollars|barrels|tons|tonnes|employees|workers|officers|prisoners|detainees|cases)\b/i;
/** The same after an Arabic number. */
const AR_COUNTED = /^\s*(?:مقاتل|عنصر|جندي|شخص|قتيل|جريح|مقعد|صاروخ|صواريخ|طائرة|كيلومتر|كم|دولار|برميل|طن|موظف|معتقل)/u;


/** Dates of one text. `today` is the paper's date (YYYY-MM-DD). */
export function findDates(text: string, lang: Lang, today: string): DateHit[] {
  // Arabic papers quote English titles and sources ("…, 12 May 2023"): their Latin month names are dates too.
  const hits = lang === 'ar' ? [...arabicDates(text, today), ...englishDates(text, today).filter((h) => /[a-z]/i.test(text.slice(h.start, h.end)))] : englishDates(text, today);
  // A web address's digits are paths and ids, not dates.
  const urls = urlRanges(text);
  return nonOverlapping(hits.filter((h) => !urls.some(([s, e]) => h.start < e && s < h.end)));
}

function englishDates(text: string, today: string): DateHit[] {
  const hits: DateHit[] = [];
  // Most sentences have no date at all: one cheap test spares the patterns below.
  if (!/\d|January|February|March|April|May|June|July|August|September|October|November|December|\b(?:last|this|next)\s+(?:year|month)\b|\byesterday\b/i.test(text)) return hits;
  const month = (m: string): number => EN_MONTHS[m.toLowerCase().replace('.', '')];
  const capital = (m: string): boolean => /^\p{Lu}/u.test(m);
  const push = (start: number, end: number, value: DateHit['value']): void => void hits.push({ start, end, value });

  for (const m of text.matchAll(new RegExp(`\\b${MONTH}\\s+${DAY},?\\s+${YEAR}\\b`, 'gi'))) {
    if (capital(m[1])) push(m.index, m.index + m[0].length, `${m[3]}-${pad(month(m[1]))}-${pad(+m[2])}`);
  }
  for (const m of text.matchAll(new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, 'gi'))) {
    if (capital(m[2])) push(m.index, m.index + m[0].length, `${m[3]}-${pad(month(m[2]))}-${pad(+m[1])}`);
  }
  for (const m of text.matchAll(new RegExp(`\\b${MONTH},?\\s+(?:of\\s+)?${YEAR}\\b`, 'gi'))) {
    if (capital(m[1])) push(m.index, m.index + m[0].length, `${m[2]}-${pad(month(m[1]))}`);
  }
  for (const m of text.matchAll(new RegExp(`\\b(?:from|between)\\s+${YEAR}\\s+(?:to|and|until|till|through)\\s+${YEAR}\\b`, 'gi'))) {
    const at = m.index + m[0].indexOf(m[1]);
    push(at, m.index + m[0].length, { from: m[1], to: m[2] });
  }
  for (const m of text.matchAll(new RegExp(`\\b${YEAR}\\s*[–—-]\\s*(\\d{4}|\\d{2})\\b`, 'g'))) {
    const to = m[2].length === 2 ? m[1].slice(0, 2) + m[2] : m[2];
    if (to > m[1]) push(m.index, m.index + m[0].length, { from: m[1], to });
  }
  for (const h of numericDates(text)) hits.push(h);
  // A fiscal year: FY2023, FY 2024/25, FY24.
  for (const m of text.matchAll(/\bFY\s?((?:19|20)?\d\d)(?:\/((?:19|20)?\d\d))?\b/g)) {
    const from = m[1].length === 2 ? `20${m[1]}` : m[1];
    const to = m[2] && String(+from + 1).endsWith(m[2]) ? String(+from + 1) : undefined;
    push(m.index, m.index + m[0].length, to ? { from, to } : from);
  }
  // "the 1980s": the decade as a range.
  for (const m of text.matchAll(/\b(1[89]\d|20\d)0s\b/g)) push(m.index, m.index + m[0].length, { from: `${m[1]}0`, to: `${m[1]}9` });
  const yearless = (start: number, end: number, mo: number, day?: number, back = 0, toDay?: number): void => {
    const fixed = fromPaperDate(text.slice(Math.max(0, start - 8), start), text.slice(end, end + 24), mo, today);
    hits.push(yearlessHit(start, end, { month: mo, day, toDay, weekday: day === undefined ? undefined : weekdayBefore(text, start) }, today, back, fixed));
  };
  for (const sp of englishSpans(text)) {
    if (sp.year !== undefined) push(sp.start, sp.end, spanValue(sp));
    else if (sp.days) yearless(sp.start, sp.end, sp.months[0], sp.days[0], 0, sp.days[1]);
  }
  for (const m of text.matchAll(new RegExp(`\\b${MONTH}\\s+${DAY}\\b(?!,?\\s*\\d)`, 'gi'))) {
    if (!capital(m[1]) || +m[2] > 31 || +m[2] < 1) continue;
    yearless(m.index, m.index + m[0].length, month(m[1]), +m[2]);
  }
  // "on 19 November": the day first.
  for (const m of text.matchAll(new RegExp(`\\b${DAY}\\s+(?:of\\s+)?${MONTH}\\b(?!\\.?,?\\s*\\d)`, 'gi'))) {
    // A day number before a capitalised "May" makes it the month.
    if (!capital(m[2]) || +m[1] > 31 || +m[1] < 1) continue;
    yearless(m.index, m.index + m[0].length, month(m[2]), +m[1]);
  }
  // A year between slashes is part of a document symbol (S/2024/65).
  for (const m of text.matchAll(new RegExp(`(?<![\\d.,$€£#/])\\b${YEAR}\\b(?![.,/]\\d|s\\b|%)`, 'g'))) {
    if (/(?:resolution|no\.?|number|law|article|decree|tower|base|route|page|pp?\.|flight|unit|code)\s*$/i.test(text.slice(Math.max(0, m.index - 14), m.index))) continue;
    if (COUNTED.test(text.slice(m.index + 4, m.index + 30))) continue;
    push(m.index, m.index + m[0].length, m[1]);
  }
  for (const m of text.matchAll(new RegExp(`\\b${MONTH}\\b`, 'g'))) {
    const word = m[1];
    if (!capital(word) || word.endsWith('.') || word.length < 3) continue;
    // "May" is a month only where a month is expected, never the modal verb.
    if (/^may$/i.test(word) && !/\b(?:in|of|since|until|till|by|during|early|late|mid|last|next|this|from|between)\s+$/i.test(text.slice(Math.max(0, m.index - 10), m.index))) continue;
    const back = yearsAgo(text.slice(m.index + word.length, m.index + word.length + 60));
    yearless(m.index, m.index + word.length, month(word), undefined, back);
  }
  hits.push(...relativeDates(text, today));
  return hits;
}

/**
 * The year of a month named without one: `back` years before the paper's year
 * when the text says "N years ago", else the latest such month not after `today`.
 */
export function latestYear(month: number, today: string, back: number): number {
  const year = +today.slice(0, 4);
  if (back > 0) return year - back;
  return month <= +today.slice(5, 7) ? year : year - 1;
}

function yearsAgo(after: string): number {
  const m = /^[^.;:]{0,40}?\b(\d+|[a-z]+)\s+years?\s+ago\b/i.exec(after);
  if (!m) return 0;
  return /^\d+$/.test(m[1]) ? +m[1] : NUMBER_WORDS[m[1].toLowerCase()] ?? 0;
}

const EN_RELATIVE = /\b(?:(last|this|next)\s+(year|month)|yesterday)\b/gi;
const EN_SHIFT: Record<string, number> = { last: -1, this: 0, next: 1 };

function relativeDates(text: string, today: string): DateHit[] {
  return [...text.matchAll(EN_RELATIVE)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    value: m[2] ? relativeValue(m[2].toLowerCase() === 'month' ? 'month' : 'year', EN_SHIFT[m[1].toLowerCase()], today) : relativeValue('day', -1, today),
  }));
}

/** The Arabic date patterns, on folded text (the month and year fragments and word edges are date-patterns.ts's). */
const AR_DAY_MONTH_YEAR = new RegExp(`${AR_B}(\\d{1,2})\\s+(?:من\\s+)?[وبف]?${AR_MONTHS_OR}\\s+(?:من\\s+)?(?:عام\\s+|سنه\\s+)?${AR_YEAR}${AR_E}`, 'gu');
const AR_MONTH_YEAR = new RegExp(`${AR_B}[وبفل]?(?:شهر\\s+)?${AR_MONTHS_OR}\\s+(?:من\\s+)?(?:عام\\s+|سنه\\s+)?${AR_YEAR}${AR_E}`, 'gu');
const AR_FROM_TO = new RegExp(`${AR_B}[وف]?(?:من|بين)\\s+(?:(?:عامي|عام|سنتي|سنه)\\s+)?${AR_YEAR}\\s+(?:(?:الي|حتي)\\s+|و\\s?)(?:عام\\s+)?${AR_YEAR}${AR_E}`, 'gu');
// Folding makes a dash a space: the dash is looked for in the original.
const AR_YEAR_RANGE = new RegExp(`${AR_B}${AR_YEAR}\\s*[-–—]?\\s*${AR_YEAR}${AR_E}`, 'gu');
const AR_DAY_MONTH = new RegExp(`${AR_B}(\\d{1,2})\\s+(?:من\\s+)?[وبف]?${AR_MONTHS_OR}${AR_E}`, 'gu');
const AR_YEAR_ALONE = new RegExp(`${AR_B}[وبفل]?${AR_YEAR}${AR_E}`, 'gu');
const AR_MONTH_ALONE = new RegExp(`${AR_B}[وبفل]?${AR_MONTHS_OR}${AR_E}`, 'gu');
/** "الأول من يناير" (the first of January), with or without its year. */
const AR_FIRST_OF = new RegExp(`${AR_B}[وبف]?(?:ال)?اول\\s+من\\s+(?:شهر\\s+)?${AR_MONTHS_OR}(?:\\s+(?:عام\\s+|سنه\\s+)?${AR_YEAR})?${AR_E}`, 'gu');
/** "العام الماضي", "الشهر المقبل", "هذا العام", "أمس": read from the paper's date, as "last year" is in English. */
const AR_RELATIVE = new RegExp(`${AR_B}[وف]?[بل]?(?:ال(عام|سنه|شهر)\\s+ال(ماضي|ماضيه|منصرم|منصرمه|مقبل|مقبله|قادم|قادمه|حالي|حاليه|جاري|جاريه)|(?:هذا|هذه)\\s+ال(عام|سنه|شهر)|(امس|البارحه))${AR_E}`, 'gu');
const AR_SHIFT: Record<string, number> = { ماضي: -1, منصرم: -1, مقبل: 1, قادم: 1, حالي: 0, جاري: 0 };

/** Words after which an ambiguous month name ("مارس") can only be the month. */
const AR_BEFORE_MONTH = /(?:^|\s)[وف]?(?:في|بحلول|منذ|حتي|خلال|مطلع|منتصف|اواخر|اوائل|بدايه|نهايه|شهر)\s+$/u;

function arabicDates(text: string, today: string): DateHit[] {
  const f = foldArabic(text);
  const t = f.text;
  const hits: DateHit[] = [];
  const push = (start: number, end: number, value: DateHit['value']): void => {
    const [s, e] = unfoldRange(f, start, end);
    hits.push({ start: s, end: e, value });
  };
  const monthOf = (a: string, b?: string): number => AR_MONTHS[a] ?? AR_MONTHS[b ?? ''];
  for (const m of t.matchAll(AR_DAY_MONTH_YEAR)) {
    push(m.index, m.index + m[0].length, `${m[4]}-${pad(monthOf(m[2], m[3]))}-${pad(+m[1])}`);
  }
  for (const m of t.matchAll(AR_MONTH_YEAR)) {
    const at = m.index + m[0].indexOf(m[1]);
    push(at, m.index + m[0].length, `${m[3]}-${pad(monthOf(m[1], m[2]))}`);
  }
  // On the text itself, its digits made Western one for one: folding turns the hyphens of 05-06-2023 into spaces.
  hits.push(...numericDates(asciiDigits(text)));
  for (const h of hijriDates(t)) {
    const [s, e] = unfoldRange(f, h.start, h.end);
    // Folding drops the tatweel of "هـ"; the mention keeps it.
    hits.push({ start: s, end: text[e] === '\u0640' ? e + 1 : e, value: h.value });
  }
  for (const m of t.matchAll(AR_FROM_TO)) {
    const at = m.index + m[0].indexOf(m[1]);
    push(at, m.index + m[0].length, { from: m[1], to: m[2] });
  }
  for (const m of t.matchAll(AR_YEAR_RANGE)) {
    const [s, e] = unfoldRange(f, m.index, m.index + m[0].length);
    if (m[2] > m[1] && /\d\s*[-–—]\s*\d/u.test(text.slice(s, e).replace(/م/gu, ''))) push(m.index, m.index + m[0].length, { from: m[1], to: m[2] });
  }
  for (const m of t.matchAll(AR_YEAR_ALONE)) {
    if (AR_COUNTED.test(t.slice(m.index + m[0].length, m.index + m[0].length + 12))) continue;
    if (t[m.index - 1] === '/' || /^\/\d/u.test(t.slice(m.index + m[0].length))) continue;
    const at = m.index + m[0].indexOf(m[1]);
    push(at, m.index + m[0].length, m[1]);
  }
  const yearless = (start: number, end: number, mo: number, day: number | undefined, back: number, toDay?: number): void => {
    const [s, e] = unfoldRange(f, start, end);
    const fixed = fromPaperDate('', t.slice(end, end + 30), mo, today);
    hits.push(yearlessHit(s, e, { month: mo, day, toDay, weekday: day === undefined ? undefined : weekdayBefore(t, start) }, today, back, fixed));
  };
  const original = (start: number, end: number): string => text.slice(...unfoldRange(f, start, end));
  for (const sp of arabicSpans(t, original)) {
    if (sp.year !== undefined) push(sp.start, sp.end, spanValue(sp));
    else if (sp.days) yearless(sp.start, sp.end, sp.months[0], sp.days[0], 0, sp.days[1]);
  }
  for (const m of t.matchAll(AR_DAY_MONTH)) {
    if (+m[1] >= 1 && +m[1] <= 31) yearless(m.index, m.index + m[0].length, monthOf(m[2], m[3]), +m[1], 0);
  }
  for (const m of t.matchAll(AR_FIRST_OF)) {
    if (m[3]) push(m.index, m.index + m[0].length, `${m[3]}-${pad(monthOf(m[1], m[2]))}-01`);
    else yearless(m.index, m.index + m[0].length, monthOf(m[1], m[2]), 1, 0);
  }
  for (const m of t.matchAll(AR_RELATIVE)) {
    const at = m.index + (m[0].length - m[0].replace(/^[وف]?[بل]?(?=ال|هذ|امس)/u, '').length);
    const unit = m[1] ?? m[3];
    push(at, m.index + m[0].length, unit ? relativeValue(unit === 'شهر' ? 'month' : 'year', m[2] ? AR_SHIFT[m[2].replace(/ه$/u, '')] : 0, today) : relativeValue('day', -1, today));
  }
  for (const m of t.matchAll(AR_MONTH_ALONE)) {
    // "مارس" (exercised) and "آب" (father) alone are words; with the other series' name they are months.
    if (AR_AMBIGUOUS.has(m[1]) && !m[2] && !AR_BEFORE_MONTH.test(t.slice(Math.max(0, m.index - 12), m.index)) && !FROM_NOW_AFTER.test(t.slice(m.index + m[0].length, m.index + m[0].length + 30))) continue;
    const at = m.index + m[0].indexOf(m[1]);
    const ago = /^[^.؛:]{0,30}?قبل\s+(\d+|\p{L}+)\s+(?:سنوات|اعوام|سنه|عام|سنتين|عامين)/u.exec(t.slice(m.index + m[0].length));
    const back = ago ? (/^\d+$/.test(ago[1]) ? +ago[1] : AR_NUMBER_WORDS[ago[1]] ?? 0) : 0;
    yearless(at, m.index + m[0].length, monthOf(m[1], m[2]), undefined, back);
  }
  return hits;
}

/** A relative date's value: the paper's year, month or day (`today`) moved by `shift` of them. */
function relativeValue(unit: 'year' | 'month' | 'day', shift: number, today: string): string {
  const [year, month, day] = today.split('-').map(Number);
  if (unit === 'year') return String(year + shift);
  if (unit === 'month') return new Date(Date.UTC(year, month - 1 + shift, 1)).toISOString().slice(0, 7);
  return new Date(Date.UTC(year, month - 1, day + shift)).toISOString().slice(0, 10);
}

/** Day, month and year in figures: 2024-01-29, 2024/4/2, 15/3/2024, 05.06.2023. */
const YEAR_FIRST = /(?<![\d/.-])((?:19|20)\d\d)([/.-])(\d{1,2})\2(\d{1,2})(?![\d/-]|\.\d)/g;
const YEAR_LAST = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d\d)(?![\d/-]|\.\d)/g;
/** A fiscal or school year: 2023/24, 2024/2025. */
const YEAR_PAIR = /(?<![\d/.-])((?:19|20)\d\d)\/((?:19|20)?\d\d)(?![\d/])/g;

/**
 * Dates written in figures, and a year paired with the next one by a slash
 * (a fiscal year, 2023/24). With the year last, the day comes first, as Arab,
 * British and European editors write it (15/3/2024), unless only the other
 * order makes a date (03/15/2024). A figure that is not a day of its month
 * (S/2024/65, 2024-13-01) is not a date.
 */
function numericDates(text: string): DateHit[] {
  const hits: DateHit[] = [];
  const iso = (y: string, mo: number, d: number): string | null => {
    const date = new Date(Date.UTC(+y, mo - 1, d));
    return mo >= 1 && mo <= 12 && date.getUTCDate() === d ? `${y}-${pad(mo)}-${pad(d)}` : null;
  };
  const add = (m: RegExpMatchArray, value: string | null): void => {
    if (value) hits.push({ start: m.index!, end: m.index! + m[0].length, value });
  };
  for (const m of text.matchAll(YEAR_FIRST)) add(m, iso(m[1], +m[3], +m[4]));
  for (const m of text.matchAll(YEAR_LAST)) add(m, iso(m[4], +m[3], +m[1]) ?? iso(m[4], +m[1], +m[3]));
  for (const m of text.matchAll(YEAR_PAIR)) {
    const to = String(+m[1] + 1);
    if (to.endsWith(m[2])) hits.push({ start: m.index, end: m.index + m[0].length, value: { from: m[1], to } });
  }
  return hits;
}

/** A span's value when it has its year: a range of days or of months. */
function spanValue({ months, days, year }: SpanMatch): DateHit['value'] {
  if (!days) return { from: `${year}-${pad(months[0])}`, to: `${year}-${pad(months[1])}` };
  return { from: `${year}-${pad(months[0])}-${pad(days[0])}`, to: `${year}-${pad(months[1])}-${pad(days[1])}` };
}

/** Longest first; a shorter hit inside a longer one is the same date read partially. */
function nonOverlapping(hits: DateHit[]): DateHit[] {
  const sorted = [...hits].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: DateHit[] = [];
  for (const h of sorted) if (!kept.some((k) => h.start < k.end && k.start < h.end)) kept.push(h);
  return kept.sort((a, b) => a.start - b.start);
}
