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
  if (typeof value !== 'string') return { en: `${value.from}–${value.to}`, ar: `${value.from}–${value.to}` };
  const [year, month, day] = value.split('-');
  if (!month) return { en: year, ar: year };
  const m = +month - 1;
  if (!day) return { en: `${EN[m]} ${year}`, ar: `${AR[m]} ${year}` };
  return { en: `${EN[m]} ${+day}, ${year}`, ar: `${+day} ${AR[m]} ${year}` };
}
