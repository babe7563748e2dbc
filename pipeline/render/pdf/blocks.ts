/**
 * Laid-out blocks: what the page flow stacks and the drawing writes.
 *
 * A block is one or more cells side by side (one for a paragraph, two for a
 * glossary row), each a laid-out paragraph with its own direction and
 * language. Single-cell blocks may break across pages; multi-cell blocks move
 * whole.
 */
import type { Direction } from './bidi.js';
import type { FaceScript } from './fonts.js';
import type { AnchoredSpan } from './inline.js';
import { layoutParagraph, type Align, type InlineStyle, type LaidLine, type ParagraphSpec } from './layout.js';

/** Structure types of tagged PDF (ISO 32000-1, 14.8.4) used by the editions. */
export type StructTag =
  | 'Document' | 'Div' | 'Span' | 'P' | 'H1' | 'H2' | 'H3' | 'H4' | 'H5' | 'H6' | 'BlockQuote' | 'Code' | 'Note' | 'Link'
  | 'L' | 'LI' | 'Lbl' | 'LBody' | 'TOC' | 'TOCI' | 'Table' | 'TR' | 'TH' | 'TD' | 'Figure' | 'Caption';

/** An image drawn as a block of its own, at a size in pt. */
export interface FigureArt {
  data: Uint8Array;
  x: number;
  width: number;
  height: number;
  /** What it shows, for readers who cannot see it (/Alt of its Figure element). */
  alt: string;
}

/** An element a block sits in (a list, its item), shared by the blocks that name the same key. */
export interface StructNode {
  tag: StructTag;
  key: string;
}

export interface Cell {
  /** Left edge of the cell's box, in pt from the page's left edge. */
  x: number;
  width: number;
  lines: LaidLine[];
  spans: AnchoredSpan[];
  lang: string;
}

export interface Block {
  cells: Cell[];
  /** The block's own structure element. */
  tag: StructTag;
  /** The elements it sits in, outermost first (under the document's). */
  path?: StructNode[];
  /** For a row of cells: each cell's element, inside the block's (TH, TD; P for cells side by side). */
  cellTags?: StructTag[];
  /** The element's ID (a note's, which PDF/UA requires). */
  id?: string;
  spaceBefore: number;
  spaceAfter: number;
  /** Never the last block on a page (headings, a table's header row). */
  keepWithNext?: boolean;
  /**
   * The run of blocks (entries of a list of sources, of an index, items of a list) this block
   * ends or continues: its last lines never go to a page alone.
   */
  group?: string;
  /** Named destination at the block's first line. */
  dest?: string;
  /** Bookmark for the PDF outline. */
  outline?: { title: string; depth: number };
  /** A label drawn beside the first line on the start side (list bullets and numbers). */
  label?: { line: LaidLine; x: number };
  /** Print the page number of this destination at the end of the block's last line (contents). */
  pageOf?: string;
  /** Rule drawn across the block's width above it. */
  ruleAbove?: boolean;
  /** A table's header row: repeated above this row when the row starts a page. */
  header?: Block;
  /** A header row repeated at the top of a page: a pagination artifact, not content. */
  repeated?: boolean;
  /** An image (the block then has no cells): moves to the next page whole. */
  figure?: FigureArt;
}

export interface TextSpec {
  spans: AnchoredSpan[];
  x: number;
  width: number;
  lang: string;
  /** The edition's direction: a paragraph holding any of its strong characters takes it. */
  direction: Direction;
  align: Align;
  leading: number;
  /** Told of each character no embedded face has. */
  missing?: ParagraphSpec['missing'];
}

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const STRONG: Record<Direction, RegExp> = {
  rtl: RTL_LETTER,
  ltr: /(?![\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}])\p{L}/u,
};

/** Web addresses and e-mail addresses: their letters are no language's words. */
const ADDRESS = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)\S+|[^\s@]+@[^\s@]+\.[^\s@]+/giu;

/**
 * The base direction of a paragraph: the edition's when the paragraph holds a strong
 * character of that direction (an Arabic paragraph opening with an English name stays
 * right-to-left) or none at all outside web and e-mail addresses (a source that is a
 * bare URL stays on the edition's side), else its first strong character's (an English
 * quotation in the Arabic edition is left-to-right).
 */
export function paragraphDirection(text: string, edition: Direction): Direction | 'auto' {
  const other: Direction = edition === 'rtl' ? 'ltr' : 'rtl';
  return STRONG[edition].test(text) || !STRONG[other].test(text.replace(ADDRESS, ' ')) ? edition : 'auto';
}

export function textCell(spec: TextSpec): Cell {
  const text = spec.spans.map((s) => s.text).join('');
  const direction = paragraphDirection(text, spec.direction);
  const defaultScript: FaceScript = spec.lang === 'ar' ? 'arabic' : 'latin';
  const laid = layoutParagraph({ spans: spec.spans, width: spec.width, direction, align: spec.align, leading: spec.leading, defaultScript, missing: spec.missing, hyphenate: spec.lang === 'en' });
  return { x: spec.x, width: spec.width, lines: laid.lines, spans: spec.spans, lang: spec.lang };
}

/** Spans of plain text in one style. */
export const plain = (text: string, style: InlineStyle): AnchoredSpan[] => [{ text, style }];

export const cellHeight = (cell: Cell): number => cell.lines.reduce((h, l) => h + l.height, 0);
export const blockHeight = (block: Block): number => Math.max(block.figure?.height ?? 0, ...block.cells.map(cellHeight));
