/**
 * Numbers written in a block, with their source offsets, in a form that
 * compares across scripts: ٢٠٢٢, ۲۰۲۲ and 2022 are the same number, so are
 * 1,500 and ١٬٥٠٠, and 2.5 and ٢٫٥.
 */
import type { Nodes, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { sourceRange } from '../extract/annotate.js';

export interface NumberToken {
  /** Canonical value: ASCII digits, no grouping, "." as decimal point. */
  value: string;
  /** As written. */
  text: string;
  start: number;
  end: number;
}

/** Grouped thousands (1,500 / ١٬٥٠٠) or plain digits, with an optional decimal part. */
const NUMBER = /\d{1,3}(?:[,\u066C]\d{3})+(?:[.\u066B]\d+)?|\d+(?:[.\u066B]\d+)?/gu;
const ANY_DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;
/** Arabic-Indic (U+0660–0669) and Eastern Arabic-Indic (U+06F0–06F9) digits: the low four bits are the value. */
const NON_ASCII_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/gu;
/** A Hijri year (1445هـ) is an addition Arabic papers make; it has no English counterpart to check. */
const HIJRI_SUFFIX = /^\s?هـ/u;

export function canonicalNumber(digits: string): string {
  const plain = digits.replace(/[,\u066C]/gu, '').replace('\u066B', '.');
  const [whole, fraction] = plain.split('.');
  const int = whole.replace(/^0+(?=\d)/u, '');
  const frac = fraction?.replace(/0+$/u, '');
  return frac ? `${int}.${frac}` : int;
}

/** Every number in the text of `node`, in document order. */
export function numbersIn(node: Nodes, file: VFile): NumberToken[] {
  const out: NumberToken[] = [];
  visit(node, 'text', (text: Text) => {
    if (!ANY_DIGIT.test(text.value)) return;
    // One UTF-16 unit for one: offsets in the ASCII form are offsets in the text.
    const ascii = text.value.replace(NON_ASCII_DIGIT, (d) => String(d.charCodeAt(0) & 0xf));
    for (const match of ascii.matchAll(NUMBER)) {
      const from = match.index;
      const to = from + match[0].length;
      if (HIJRI_SUFFIX.test(text.value.slice(to))) continue;
      const range = sourceRange(file, text, from, to);
      const start = range?.[0] ?? text.position?.start.offset ?? 0;
      out.push({ value: canonicalNumber(match[0]), text: text.value.slice(from, to), start, end: range?.[1] ?? start });
    }
  });
  return out;
}
