/**
 * Dates of the Hijri calendar in Arabic text ("15 رمضان 1445هـ", "رمضان
 * 1445 هـ"), with their Gregorian value, so that a paper dating an event by
 * the Hijri calendar gives it the same entity as one that dates it by the
 * Gregorian. Gulf editors often write both ("… 1445هـ الموافق 25 مارس
 * 2024م"); the two then name one date.
 *
 * The calendar is Umm al-Qura, the one Saudi Arabia publishes, as ICU (in
 * Node's Intl) computes it; the text is folded (pipeline/text/fold.ts), and
 * the year must carry its هـ so that a month name alone (صفر is also "zero",
 * رجب and شعبان are given names) is never read as a date.
 */
const MONTHS: Record<string, number> = {
  'محرم': 1, 'صفر': 2, 'ربيع الاول': 3, 'ربيع الثاني': 4, 'ربيع الاخر': 4, 'جمادي الاولي': 5, 'جمادي الاول': 5,
  'جمادي الثانيه': 6, 'جمادي الاخره': 6, 'جمادي الاخر': 6, 'رجب': 7, 'شعبان': 8, 'رمضان': 9, 'شوال': 10,
  'ذو القعده': 11, 'ذي القعده': 11, 'ذو الحجه': 12, 'ذي الحجه': 12,
};
const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})`;
const HIJRI = new RegExp(`(?<![\\p{L}\\d])(?:(\\d{1,2})\\s+)?(?:[وبفل]?(?:شهر\\s+))?[وبفل]?${MONTH}\\s+(?:(?:عام|سنه)\\s+)?(1[34]\\d\\d)\\s?ه(?![\\p{L}\\d])`, 'gu');

const CALENDAR = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' });
const DAY_MS = 86_400_000;
/** 1 Muharram 1 AH, the calendar's epoch, in ms since 1970 (16 July 622, Julian). */
const EPOCH = Date.UTC(622, 6, 19);
const MEAN_YEAR = 354.36667;
const MEAN_MONTH = 29.530589;

function hijriOf(ms: number): [number, number, number] {
  const parts = Object.fromEntries(CALENDAR.formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  return [+parts.year, +parts.month, +parts.day];
}

/** The Gregorian day (ms since 1970) of a Hijri date, or null when the month has no such day. */
function gregorian(year: number, month: number, day: number): number | null {
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
    const [year, month] = [+m[3], MONTHS[m[2]]];
    const at = m[1] ? m.index : m.index + m[0].indexOf(m[2]);
    const end = m.index + m[0].length;
    if (m[1]) {
      const day = gregorian(year, month, +m[1]);
      if (day !== null && +m[1] <= 30) hits.push({ start: at, end, value: iso(day) });
      continue;
    }
    const first = gregorian(year, month, 1);
    const next = month === 12 ? gregorian(year + 1, 1, 1) : gregorian(year, month + 1, 1);
    if (first !== null && next !== null) hits.push({ start: at, end, value: { from: iso(first), to: iso(next - DAY_MS) } });
  }
  return hits;
}
