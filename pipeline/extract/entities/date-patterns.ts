/**
 * The words and figures dates are written with, as regular-expression
 * fragments and tables shared by the date readers (dates.ts, date-ranges.ts):
 * English and Arabic month names (Arabic folded, pipeline/text/fold.ts),
 * years, days, and the word edges of Arabic, whose letters are not \w.
 */
export const EN_MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
export const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
export const YEAR = '(1[89]\\d\\d|20\\d\\d)';
export const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';

/** Folded Arabic month names (Egyptian and Levantine/Iraqi series) → month number. */
export const AR_MONTHS: Record<string, number> = {
  'يناير': 1, 'فبراير': 2, 'مارس': 3, 'ابريل': 4, 'مايو': 5, 'يونيو': 6, 'يونيه': 6, 'يوليو': 7, 'يوليه': 7, 'اغسطس': 8, 'سبتمبر': 9, 'اكتوبر': 10, 'نوفمبر': 11, 'ديسمبر': 12,
  'كانون الثاني': 1, 'شباط': 2, 'اذار': 3, 'نيسان': 4, 'ايار': 5, 'حزيران': 6, 'تموز': 7, 'اب': 8, 'ايلول': 9, 'تشرين الاول': 10, 'تشرين الثاني': 11, 'كانون الاول': 12,
};
export const AR_MONTH = `(${Object.keys(AR_MONTHS).sort((a, b) => b.length - a.length).join('|')})`;
/** A month in both series at once: "يونيو/حزيران". */
export const AR_MONTHS_OR = `${AR_MONTH}(?:\\s*/\\s*${AR_MONTH})?`;
export const AR_YEAR = '(1[89]\\d\\d|20\\d\\d)\\s?م?';
/** Word edges in Arabic text. */
export const AR_B = '(?<![\\p{L}\\d])';
export const AR_E = '(?![\\p{L}\\d])';

export const pad = (n: number): string => String(n).padStart(2, '0');
