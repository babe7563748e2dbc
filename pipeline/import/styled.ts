/**
 * A heading the converter left as a paragraph because it only saw its style:
 * a short line set wholly in bold (`**1. Background of the Crisis**`) or in
 * capitals (`BACKGROUND OF THE CRISIS`), alone between blank lines, without a
 * final stop. Bold at the start of a longer line is a lead-in, not a heading.
 */
import { blockText, type Block } from './lines.js';
import { plainText, wordCount } from './text.js';
import { isAllCaps } from './titlecase.js';

/** A heading is a label: longer lines are prose set in bold. */
const MAX_WORDS = 12;
const BOLD_LINE = /^\s*(\*\*|__)(?=\S)([^*_]*?\S)\1\s*$/u;
/** A caption or a source line set in bold is no heading (`**Figure 1: Seats by party**`). */
const CAPTION = /^(?:figure|fig\.|table|chart|graph|map|source|sources|note|photo|image|شكل|جدول|المصدر|خريطة)\b/iu;
/** `1.` or `2.1` before the heading's words gives its depth. */
const NUMBER = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+\S/u;

/** The depth a heading's printed number gives (`2.` → 1, `2.1` → 2), if it has one. */
export function numberDepth(text: string): number | undefined {
  const number = NUMBER.exec(text);
  return number ? number[1].split('.').length : undefined;
}

export interface StyledHeading {
  text: string;
  /** 1 for `1.` or no number, 2 for `1.1`, … */
  depth: number;
  capitals: boolean;
}

export function styledHeading(block: Block): StyledHeading | undefined {
  if (block.lines.length !== 1 || (block.kind !== 'paragraph' && block.kind !== 'list')) return undefined;
  const raw = blockText(block).trim();
  const text = plainText(raw);
  const depth = numberDepth(text);
  // A list item is a heading only when numbered and in capitals (`1. BACKGROUND`).
  if (block.kind === 'list' && !(depth && isAllCaps(text))) return undefined;
  if (!text || wordCount(text) > MAX_WORDS || /[.,;:]$/u.test(text) || CAPTION.test(text)) return undefined;
  const capitals = isAllCaps(text);
  if (!capitals && !BOLD_LINE.test(raw)) return undefined;
  return { text, depth: depth ?? 1, capitals };
}
