/**
 * Dates that name a span in one expression: days of one month ("3–5 June
 * 2024", "from 10 to 12 July", "14 and 15 May", "June 3–5, 2024", "بين 3 و5
 * يونيو 2024", "من 10 إلى 12 يوليو") and months of one year ("March–April
 * 2023", "September and October 2023", "بين مارس ومايو 2024"). Each is one
 * mention whose value is the range, as "2013 and 2017" is. Read apart, the
 * first day lost its month and the first month its year, which the paper's
 * date then supplied: "September" of "September and October 2023" became the
 * paper's September.
 *
 * The readers only find the spans; dates.ts gives them their values, and a
 * span of days without a year is resolved like any year-less date.
 */
import { AR_B, AR_E, AR_MONTHS, AR_MONTHS_OR, AR_YEAR, DAY, EN_MONTHS, MONTH, YEAR } from './date-patterns.js';

export interface SpanMatch {
  start: number;
  end: number;
  /** Months of the span's ends (the same month for a span of days). */
  months: [number, number];
  /** Days of the span's ends, for a span of days. */
  days?: [number, number];
  year?: number;
}

const EN_SEP = '\\s*(?:[–—-]|\\bto\\b|\\band\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b)\\s*';
const EN_DAYS_MONTH = new RegExp(`\\b${DAY}${EN_SEP}${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?(?![\\p{L}\\d])`, 'giu');
const EN_MONTH_DAYS = new RegExp(`\\b${MONTH}\\s+${DAY}${EN_SEP}${DAY}(?:,?\\s+${YEAR})?(?![\\p{L}\\d])`, 'giu');
const EN_MONTHS_YEAR = new RegExp(`\\b${MONTH}${EN_SEP}${MONTH},?\\s+${YEAR}\\b`, 'giu');

const AR_SEP = '\\s*(?:[-–—]|و|الي|حتي)?\\s*';
// With indices (the d flag): the original text between the two ends is checked.
const AR_DAYS_MONTH = new RegExp(`${AR_B}(\\d{1,2})${AR_SEP}(\\d{1,2})\\s+[وبف]?${AR_MONTHS_OR}(?:\\s+(?:من\\s+)?(?:عام\\s+|سنه\\s+)?${AR_YEAR})?${AR_E}`, 'gud');
const AR_MONTHS_YEAR = new RegExp(`${AR_B}[وبفل]?${AR_MONTHS_OR}${AR_SEP}${AR_MONTHS_OR}\\s+(?:من\\s+)?(?:عام\\s+|سنه\\s+)?${AR_YEAR}${AR_E}`, 'gud');
/** In the original text, what may stand between the two ends of an Arabic span (folding turned its dashes into spaces). */
const AR_JOINS = /^\s*(?:[-–—]|و|إلى|الى|حتى)\s*$/u;

const enMonth = (m: string): number | undefined => (/^\p{Lu}/u.test(m) ? EN_MONTHS[m.toLowerCase().replace('.', '')] : undefined);

function span(start: number, end: number, months: [number | undefined, number | undefined], days?: [number, number], year?: string): SpanMatch | null {
  const [a, b] = months;
  if (a === undefined || b === undefined) return null;
  if (days ? a !== b || days[0] < 1 || days[0] >= days[1] || days[1] > 31 : a >= b) return null;
  return { start, end, months: [a, b], days, year: year ? +year : undefined };
}

/** The spans of English text. */
export function englishSpans(text: string): SpanMatch[] {
  const out: (SpanMatch | null)[] = [];
  for (const m of text.matchAll(EN_DAYS_MONTH)) out.push(span(m.index, m.index + m[0].length, [enMonth(m[3]), enMonth(m[3])], [+m[1], +m[2]], m[4]));
  for (const m of text.matchAll(EN_MONTH_DAYS)) out.push(span(m.index, m.index + m[0].length, [enMonth(m[1]), enMonth(m[1])], [+m[2], +m[3]], m[4]));
  for (const m of text.matchAll(EN_MONTHS_YEAR)) out.push(span(m.index, m.index + m[0].length, [enMonth(m[1]), enMonth(m[2])], undefined, m[3]));
  return out.filter((s) => s !== null);
}

/**
 * The spans of Arabic text, found on its folded form (`folded`, positions in
 * it) and checked against the original (`between`: the original text between
 * two folded positions).
 */
export function arabicSpans(folded: string, between: (start: number, end: number) => string): SpanMatch[] {
  const out: (SpanMatch | null)[] = [];
  const month = (a: string, b?: string): number | undefined => AR_MONTHS[a] ?? AR_MONTHS[b ?? ''];
  for (const m of folded.matchAll(AR_DAYS_MONTH)) {
    const at = m.indices as [number, number][];
    if (!AR_JOINS.test(between(at[1][1], at[2][0]))) continue;
    out.push(span(m.index, m.index + m[0].length, [month(m[3], m[4]), month(m[3], m[4])], [+m[1], +m[2]], m[5]));
  }
  for (const m of folded.matchAll(AR_MONTHS_YEAR)) {
    // A group that did not take part (the first month in one series only) has no indices.
    const at = m.indices as ([number, number] | undefined)[];
    if (!AR_JOINS.test(between((at[2] ?? at[1]!)[1], at[3]![0]))) continue;
    out.push(span(at[1]![0], m.index + m[0].length, [month(m[1], m[2]), month(m[3], m[4])], undefined, m[5]));
  }
  return out.filter((s) => s !== null);
}
