/**
 * Dates, numbers, lists and sorting for an edition's locale, shared by the
 * HTML and PDF editions. The calendar is pinned to the Gregorian one (an `ar-SA` default
 * would silently print Hijri dates) and the digits come from `numbers.digits`
 * of the edition's common.json.
 */
import type { TFunction } from 'i18next';
import type { Lang } from '../model/paper.js';

/** Locales by translator and language: `numbers.digits` is looked up once, not once per number. */
const locales = new WeakMap<TFunction, Partial<Record<Lang, string>>>();

export function intlLocale(lang: Lang, t: TFunction): string {
  let known = locales.get(t);
  if (!known) locales.set(t, (known = {}));
  return (known[lang] ??= `${lang}-u-ca-gregory-nu-${t('numbers.digits')}`);
}

/** Intl formatters are costly to build (ICU data) and pages format hundreds of numbers: one of each per locale. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

/** An ISO calendar date (YYYY-MM-DD) as the edition's readers write it. */
export function formatDate(iso: string, lang: Lang, t: TFunction): string {
  const [y, m, d] = iso.split('-').map(Number);
  const locale = intlLocale(lang, t);
  let format = dateFormats.get(locale);
  // UTC on both sides so the machine's time zone never shifts the day.
  if (!format) dateFormats.set(locale, (format = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })));
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

/** Small whole numbers as each locale writes them (note and mention numbers): ICU is asked once for each. */
const smallNumbers = new Map<string, string[]>();
const SMALL = 4096;

export function formatNumber(n: number, lang: Lang, t: TFunction): string {
  const locale = intlLocale(lang, t);
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)));
  if (!Number.isInteger(n) || n < 0 || n >= SMALL || Object.is(n, -0)) return format.format(n);
  let small = smallNumbers.get(locale);
  if (!small) smallNumbers.set(locale, (small = []));
  return (small[n] ??= format.format(n));
}

const collators = new Map<Lang, Intl.Collator>();
const listFormats = new Map<Lang, Intl.ListFormat>();

/** The edition language's collation (loading its ICU data is the costly part): one per language. */
export function collatorFor(lang: Lang): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) collators.set(lang, (collator = new Intl.Collator(lang)));
  return collator;
}

/** "A, B and C" in the edition's language: one formatter per language. */
export function formatList(items: string[], lang: Lang): string {
  let format = listFormats.get(lang);
  if (!format) listFormats.set(lang, (format = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' })));
  return format.format(items);
}
