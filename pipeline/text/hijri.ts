/**
 * The Hijri calendar as Arabic editors write it: its month names (folded,
 * pipeline/text/fold.ts) and the Gregorian day of a Hijri date, by the Umm
 * al-Qura calendar Saudi Arabia publishes, as ICU (in Node's Intl) computes
 * it. Shared by import (a masthead's Hijri date line) and extract (Hijri dates
 * in running text).
 */
/** Folded month names → month number; the second and sixth months have several spellings. */
export const HIJRI_MONTHS: Record<string, number> = {
  'محرم': 1, 'صفر': 2, 'ربيع الاول': 3, 'ربيع الثاني': 4, 'ربيع الاخر': 4, 'جمادي الاولي': 5, 'جمادي الاول': 5,
  'جمادي الثانيه': 6, 'جمادي الاخره': 6, 'جمادي الاخر': 6, 'رجب': 7, 'شعبان': 8, 'رمضان': 9, 'شوال': 10,
  'ذو القعده': 11, 'ذي القعده': 11, 'ذو الحجه': 12, 'ذي الحجه': 12,
};
/** A regular-expression source matching a folded month name, as one group, longest names first. */
export const HIJRI_MONTH = `(${Object.keys(HIJRI_MONTHS).sort((a, b) => b.length - a.length).join('|')})`;

const CALENDAR = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
const DAY_MS = 86_400_000;
/** 1 Muharram 1 AH, the calendar's epoch: 16 July 622 (Julian), 19 July in the proleptic Gregorian calendar Date uses. */
const EPOCH = Date.UTC(622, 6, 19);
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;

function hijriOf(ms: number): [number, number, number] {
  const parts = Object.fromEntries(CALENDAR.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return [+parts.year, +parts.month, +parts.day];
}

/** The Gregorian day (ms since 1970, UTC) of a Hijri date, or null when its month has no such day. */
export function hijriToGregorian(year: number, month: number, day: number): number | null {
  // The mean year and month put the estimate within two days; the calendar itself settles it.
  let ms = EPOCH + Math.round((year - 1) * MEAN_YEAR + (month - 1) * MEAN_MONTH + day - 1) * DAY_MS;
  for (let step = 0; step < 6; step++) {
    const [y, m, d] = hijriOf(ms);
    const off = (year - y) * 355 + (month - m) * 30 + (day - d);
    if (off === 0) return ms;
    ms += Math.sign(off) * Math.min(Math.abs(off), 30) * DAY_MS;
  }
  return null;
}

/** The first and last Gregorian days (ms since 1970, UTC) of a Hijri month. */
export function hijriMonthSpan(year: number, month: number): [number, number] | null {
  const first = hijriToGregorian(year, month, 1);
  const next = month === 12 ? hijriToGregorian(year + 1, 1, 1) : hijriToGregorian(year, month + 1, 1);
  return first === null || next === null ? null : [first, next - DAY_MS];
}
