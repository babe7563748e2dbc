/**
 * Dates of the Hijri calendar in Arabic text ("15 رمضان 1445هـ", "رمضان
 * 1445 هـ"), with their Gregorian value, so that a paper dating an event by
 * the Hijri calendar gives it the same entity as one that dates it by the
 * Gregorian. Gulf editors often write both ("… 1445هـ الموافق 25 مارس
 * 2024م"); the two then name one date.
 *
 * The calendar is pipeline/text/hijri.ts's; the text is folded, and the year
 * must carry its هـ so that a month name alone (صفر is also "zero",
 * رجب and شعبان are given names) is never read as a date.
 */
import { HIJRI_MONTH, HIJRI_MONTHS, hijriMonthSpan, hijriToGregorian } from '../../text/hijri.js';

const HIJRI = new RegExp(`(?<![\\p{L}\\d])(?:(\\d{1,2})\\s+)?(?:[وبفل]?(?:شهر\\s+))?[وبفل]?${HIJRI_MONTH}\\s+(?:(?:عام|سنه)\\s+)?(1[34]\\d\\d)\\s?ه(?![\\p{L}\\d])`, 'gu');

const iso = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

export interface HijriHit {
  start: number;
  end: number;
  value: string | { from: string; to: string };
}

/** The Hijri dates of folded Arabic text: a day gives its Gregorian day, a month the span of days it covers. */
export function hijriDates(folded: string): HijriHit[] {
  const hits: HijriHit[] = [];
  if (!/\dه|\d\sه/u.test(folded)) return hits;
  for (const m of folded.matchAll(HIJRI)) {
    const [year, month] = [+m[3], HIJRI_MONTHS[m[2]]];
    const at = m[1] ? m.index : m.index + m[0].indexOf(m[2]);
    const end = m.index + m[0].length;
    if (m[1]) {
      const day = hijriToGregorian(year, month, +m[1]);
      if (day !== null && +m[1] <= 30) hits.push({ start: at, end, value: iso(day) });
      continue;
    }
    const span = hijriMonthSpan(year, month);
    if (span) hits.push({ start: at, end, value: { from: iso(span[0]), to: iso(span[1]) } });
  }
  return hits;
}
