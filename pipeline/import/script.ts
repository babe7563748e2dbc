/** Which writing system a piece of text is in, by counting letters. */
import type { Lang } from '../model/langs.js';

const ARABIC_LETTER = /[\p{Script=Arabic}]/gu;
const LATIN_LETTER = /[\p{Script=Latin}]/gu;

export function arabicLetters(text: string): number {
  return text.match(ARABIC_LETTER)?.length ?? 0;
}

export function latinLetters(text: string): number {
  return text.match(LATIN_LETTER)?.length ?? 0;
}

export function isArabic(text: string): boolean {
  return arabicLetters(text) > latinLetters(text);
}

/** The body's language: Arabic when Arabic letters outnumber Latin ones. */
export function detectLang(text: string): Lang {
  return isArabic(text) ? 'ar' : 'en';
}

