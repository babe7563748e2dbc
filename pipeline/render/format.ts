/**
 * Dates and numbers for an edition's locale, shared by the HTML and PDF
 * editions. The calendar is pinned to the Gregorian one (an `ar-SA` default
 * would silently print Hijri dates) and the digits come from `numbers.digits`
 * of the edition's common.json.
 */
import type { TFunction } from 'i18next';
import type { Lang } from '../model/paper.js';

export function intlLocale(lang: Lang, t: TFunction): string {
  const digits = t('numbers.digits');
  return `${lang}-u-ca-gregory-nu-${digits}`;
}

/** An ISO calendar date (YYYY-MM-DD) as the edition's readers write it. */
export function formatDate(iso: string, lang: Lang, t: TFunction): string {
  const [y, m, d] = iso.split('-').map(Number);
  // UTC on both sides so the machine's time zone never shifts the day.
  return new Intl.DateTimeFormat(intlLocale(lang, t), { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Intl formatters are costly to build (ICU data) and pages format hundreds of numbers: one per locale. */
const numberFormats = new Map<string, Intl.NumberFormat>();

export function formatNumber(n: number, lang: Lang, t: TFunction): string {
  const locale = intlLocale(lang, t);
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  return format.format(n);
}
