/**
 * Numbers written in a block, with their source offsets, in a form that
 * compares across scripts: ٢٠٢٢, ۲۰۲۲ and 2022 are the same number, so are
 * 1,500 and ١٬٥٠٠, and 2.5 and ٢٫٥.
 */
import type { Nodes, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { foldArabic, unfoldRange } from '../text/fold.js';
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
    // foldArabic maps Arabic-Indic and Eastern Arabic-Indic digits to ASCII and remembers where each came from.
    const folded = foldArabic(text.value);
    for (const match of folded.text.matchAll(NUMBER)) {
      const [from, to] = unfoldRange(folded, match.index, match.index + match[0].length);
      if (HIJRI_SUFFIX.test(text.value.slice(to))) continue;
      const range = sourceRange(file, text, from, to);
      const start = range?.[0] ?? text.position?.start.offset ?? 0;
      out.push({ value: canonicalNumber(match[0]), text: text.value.slice(from, to), start, end: range?.[1] ?? start });
    }
  });
  return out;
}
