/**
 * A publication date as printed on a masthead (`MAY 05, 2024`, `5 May 2024`,
 * `2024-05-05`, `05/05/2024`, `٥ مايو ٢٠٢٤`, `5 أيار 2024`) as an ISO 8601
 * calendar date. A month without a day (`May 2024`) is taken as its first day
 * and marked partial so that the importer can warn.
 */
import { asciiDigits } from '../text/digits.js';
import { foldArabic } from '../text/fold.js';
import { HIJRI_MONTH } from '../text/hijri.js';
import { plainText } from './text.js';

export interface ParsedDate {
  iso: string;
  partial: boolean;
}

const EN_MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];
/** Gregorian month names as written in Egypt and the Gulf, and in the Levant and Iraq. */
const AR_MONTHS: Array<[string, number]> = [
  ['يناير', 1], ['كانون الثاني', 1], ['فبراير', 2], ['شباط', 2], ['مارس', 3], ['آذار', 3],
  ['أبريل', 4], ['ابريل', 4], ['إبريل', 4], ['نيسان', 4], ['مايو', 5], ['أيار', 5], ['ايار', 5],
  ['يونيو', 6], ['يونيه', 6], ['حزيران', 6], ['يوليو', 7], ['يوليه', 7], ['تموز', 7],
  ['أغسطس', 8], ['اغسطس', 8], ['آب', 8], ['سبتمبر', 9], ['أيلول', 9], ['ايلول', 9],
  ['أكتوبر', 10], ['اكتوبر', 10], ['تشرين الأول', 10], ['نوفمبر', 11], ['تشرين الثاني', 11],
  ['ديسمبر', 12], ['كانون الأول', 12],
];

const EN_MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?';
const AR_MONTH = `(${AR_MONTHS.map(([name]) => name).sort((a, b) => b.length - a.length).join('|')})`;
const ORDINAL = '(?:st|nd|rd|th)?';

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/u, '');
  const arabic = AR_MONTHS.find(([n]) => n === name);
  if (arabic) return arabic[1];
  return EN_MONTHS.findIndex((m) => m.startsWith(lower.slice(0, 3))) + 1;
}

type Shape = { pattern: RegExp; read: (m: RegExpExecArray) => [number, number, number] };

/** [year, month, day]; day 0 means the day is not printed. */
const SHAPES: Shape[] = [
  { pattern: new RegExp(`\\b${EN_MONTH}\\s+(\\d{1,2})${ORDINAL},?\\s+(\\d{4})\\b`, 'iu'), read: (m) => [+m[3], monthNumber(m[1]), +m[2]] },
  { pattern: new RegExp(`\\b(\\d{1,2})${ORDINAL}\\s+(?:of\\s+)?${EN_MONTH},?\\s+(\\d{4})\\b`, 'iu'), read: (m) => [+m[3], monthNumber(m[2]), +m[1]] },
  { pattern: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/u, read: (m) => [+m[1], +m[2], +m[3]] },
  {
    // Day first, as printed outside the US, unless the first number cannot be a month's day.
    pattern: /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/u,
    read: (m) => (+m[2] > 12 ? [+m[3], +m[1], +m[2]] : [+m[3], +m[2], +m[1]]),
  },
  { pattern: new RegExp(`(?<!\\p{L})(\\d{1,2})\\s+${AR_MONTH}\\s*،?\\s*(\\d{4})`, 'u'), read: (m) => [+m[3], monthNumber(m[2]), +m[1]] },
  { pattern: new RegExp(`(?<!\\p{L})${AR_MONTH}\\s+(\\d{1,2})\\s*[،,]?\\s*(\\d{4})`, 'u'), read: (m) => [+m[3], monthNumber(m[1]), +m[2]] },
  { pattern: new RegExp(`\\b${EN_MONTH},?\\s+(\\d{4})\\b`, 'iu'), read: (m) => [+m[2], monthNumber(m[1]), 0] },
  { pattern: new RegExp(`(?<!\\p{L})${AR_MONTH}\\s*،?\\s*(\\d{4})`, 'u'), read: (m) => [+m[2], monthNumber(m[1]), 0] },
];

/** Words that may stand beside a date on its line. */
const LABELS =
  /\b(?:date|published|issued|on|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|التاريخ|تاريخ النشر|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|(?<!\p{L})(?:م|نُ?شرت?|صدرت?|في)(?![\p{L}\p{M}])/giu;

function valid(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2200 || month < 1 || month > 12) return false;
  return day === 0 || day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The date when the line is a date and little else; undefined otherwise. */
export function parseDateLine(line: string): ParsedDate | undefined {
  const text = asciiDigits(plainText(line));
  for (const { pattern, read } of SHAPES) {
    const match = pattern.exec(text);
    if (!match) continue;
    const rest = (text.slice(0, match.index) + text.slice(match.index + match[0].length))
      .replace(LABELS, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (rest) return undefined;
    const [year, month, day] = read(match);
    if (!valid(year, month, day)) return undefined;
    return { iso: `${year}-${pad(month)}-${pad(day || 1)}`, partial: day === 0 };
  }
  return undefined;
}

/** A folded Hijri month name in a line; all of them, to take them out. */
const HIJRI_MONTH_IN = new RegExp(`(?<!\\p{L})${HIJRI_MONTH}(?!\\p{L})`, 'u');
const HIJRI_MONTHS_IN = new RegExp(HIJRI_MONTH_IN.source, 'gu');

/** A Hijri date line (`26 شوال 1445 هـ`): printed beside the Gregorian date on Arabic mastheads. */
export function isHijriDateLine(line: string): boolean {
  const text = foldArabic(asciiDigits(plainText(line)).replace(LABELS, ' ')).text;
  const rest = text.replace(HIJRI_MONTHS_IN, ' ').replace(/\b1[34]\d\d\b|\b\d{1,2}\b|ه(?!\p{L})/gu, ' ');
  return HIJRI_MONTH_IN.test(text) && /\b1[34]\d\d\b/u.test(text) && !/[\p{L}\p{N}]/u.test(rest);
}
