/** Ids and display names of date entities, from their ISO 8601 value. */
import type { DateHit } from './dates.js';

const EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** The month names of Gulf and Egyptian media (the publisher's house style). */
const AR = ['يناير', 'فبراير', 'مارس', 'أبريل', 'مايو', 'يونيو', 'يوليو', 'أغسطس', 'سبتمبر', 'أكتوبر', 'نوفمبر', 'ديسمبر'];

/** The id of a date is its ISO value; a range uses ISO 8601's `--` separator, which is safe in anchors. */
export function dateId(value: DateHit['value']): string {
  return typeof value === 'string' ? value : `${value.from}--${value.to}`;
}

export function dateNames(value: DateHit['value']): { en: string; ar: string } {
  if (typeof value !== 'string') return rangeNames(value.from, value.to);
  const [year, month, day] = value.split('-');
  if (!month) return { en: year, ar: year };
  const m = +month - 1;
  if (!day) return { en: `${EN[m]} ${year}`, ar: `${AR[m]} ${year}` };
  return { en: `${EN[m]} ${+day}, ${year}`, ar: `${+day} ${AR[m]} ${year}` };
}

/** A range named the way editors write one: what its ends share said once ("June 3–5, 2024", "September–October 2023", "2019–2022"). */
function rangeNames(from: string, to: string): { en: string; ar: string } {
  const [y1, m1, d1] = from.split('-');
  const [y2, m2, d2] = to.split('-');
  if (!m1 || !m2) return { en: `${from}–${to}`, ar: `${from}–${to}` };
  const [a, b] = [+m1 - 1, +m2 - 1];
  if (y1 === y2 && !d1 && !d2) return { en: `${EN[a]}–${EN[b]} ${y1}`, ar: `${AR[a]}–${AR[b]} ${y1}` };
  if (y1 === y2 && a === b && d1 && d2) return { en: `${EN[a]} ${+d1}–${+d2}, ${y1}`, ar: `${+d1}–${+d2} ${AR[a]} ${y1}` };
  const [first, last] = [dateNames(from), dateNames(to)];
  return { en: `${first.en} – ${last.en}`, ar: `${first.ar} – ${last.ar}` };
}
