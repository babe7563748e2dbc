/** Digits as the pipeline compares them. */

/** Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9) digits as ASCII digits: the low four bits of each are its value. */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06f0-\u06f9]/gu, (d) => String(d.codePointAt(0)! & 0xf));
}
