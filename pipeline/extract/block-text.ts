/**
 * The running text of each block (paragraph, heading, list item …) with a map
 * back to the text slots it came from, split into sentences.
 *
 * Names and citations need more context than one text node gives (a sentence
 * crosses emphasis and links), while annotation nodes can only wrap a range of
 * one text node; this keeps both views and converts between them.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { textSlots, type TextSlot } from './annotate.js';

export interface Piece {
  slot: TextSlot;
  /** Offset of the slot's first character in the block text. */
  from: number;
}

export interface BlockText {
  block: string | null;
  section: string | null;
  text: string;
  pieces: Piece[];
  /** [start, end) of each sentence in `text`, in order, covering all of it (segmented when first read). */
  readonly sentences: [number, number][];
  /** True for headings and ALL-CAPS lines, where capitals say nothing about names. */
  titleCase: boolean;
}

const segmenters = new Map<string, Intl.Segmenter>();
function sentenceSegmenter(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) segmenters.set(lang, (s = new Intl.Segmenter(lang, { granularity: 'sentence' })));
  return s;
}

/**
 * ICU's sentence iterator gets slow on long strings: past ≈ 130,000 characters
 * every break costs time in proportion to the whole text, so a paragraph of a
 * few hundred kilobytes takes seconds (docs/performance.md). Long texts are
 * therefore segmented in windows. A break depends only on the text from the
 * previous break on (ICU restarts its rules there) and on a short look-ahead,
 * so breaks at least MARGIN before a window's end are final and the next
 * window starts at the last of them. Texts up to WINDOW characters (every
 * real paragraph) are segmented whole.
 */
const WINDOW = 16_384;
const MARGIN = 2_048;

/** Sentence ranges of a text (ICU rules, which know "Dr." and decimal points but not every abbreviation). */
export function sentenceRanges(text: string, lang: string): [number, number][] {
  const segmenter = sentenceSegmenter(lang);
  const starts: number[] = [];
  let from = 0;
  let size = WINDOW;
  for (;;) {
    const to = Math.min(text.length, from + size);
    const found: number[] = [];
    for (const seg of segmenter.segment(text.slice(from, to))) found.push(from + seg.index);
    if (to === text.length) {
      starts.push(...found);
      break;
    }
    const final = found.filter((at) => at <= to - MARGIN);
    // One sentence fills the window: look further.
    if (final.length < 2) {
      size *= 2;
      continue;
    }
    starts.push(...final.slice(0, -1));
    from = final[final.length - 1];
    size = WINDOW;
  }
  // "Múte B. Egede", "Kofi A. Annan": ICU ends a sentence at a middle initial, which ends none.
  const kept = starts.filter((at, i) => i === 0 || !MIDDLE_INITIAL.test(text.slice(Math.max(0, at - 40), at)) || !/^\p{Lu}\p{Ll}/u.test(text.slice(at)));
  return kept.map((start, i) => [start, kept[i + 1] ?? text.length]);
}

/** A given name and an initial with its full stop, at the end of a text. */
const MIDDLE_INITIAL = /(?:^|\s)\p{Lu}[\p{Ll}\p{M}]+\s+\p{Lu}\.\s+$/u;

/** What a block's text says of itself, whatever the tree around it. */
interface TextFacts {
  sentences?: [number, number][];
  /** ALL-CAPS: no lower-case letter and at least three capitals. */
  shouting: boolean;
}

/**
 * Facts by language and text, per file: entities, citations and the glossary each read
 * the blocks, which the annotations between them leave the same text. Sentences are
 * segmented (ICU, the costly part) only for a block whose sentences are read.
 */
const factsByFile = new WeakMap<VFile, Map<string, Map<string, TextFacts>>>();

function factsOf(file: VFile, lang: string): Map<string, TextFacts> {
  let byLang = factsByFile.get(file);
  if (!byLang) factsByFile.set(file, (byLang = new Map()));
  let facts = byLang.get(lang);
  if (!facts) byLang.set(lang, (facts = new Map()));
  return facts;
}

const shouting = (text: string): boolean => !/\p{Ll}/u.test(text) && /\p{Lu}[^\p{Lu}]*\p{Lu}[^\p{Lu}]*\p{Lu}/u.test(text);

class Block implements BlockText {
  text = '';
  pieces: Piece[] = [];
  titleCase = false;
  facts: TextFacts = { shouting: false };

  constructor(
    readonly block: string | null,
    readonly section: string | null,
    private readonly lang: string,
  ) {}

  get sentences(): [number, number][] {
    return (this.facts.sentences ??= sentenceRanges(this.text, this.lang));
  }
}

/** A text node's value with each line ending (a soft break inside a paragraph) as spaces, keeping its length. */
export function softBreaksAsSpaces(value: string): string {
  return value.includes('\n') || value.includes('\r') ? value.replace(/[\r\n]/g, ' ') : value;
}

/**
 * Group the text slots of the tree by block. Consecutive slots are joined as
 * they read: directly when only inline markup separates them in the source,
 * with a line break when a blank line does (e.g. two paragraphs of one list
 * item), with a space across table cells and lines. Line breaks inside a
 * text node are soft breaks and read as spaces.
 */
export function blockTexts(tree: Root, file: VFile, lang: string): BlockText[] {
  const source = String(file.value);
  const out: Block[] = [];
  let current: Block | null = null;
  let lastEnd: number | undefined;
  for (const slot of textSlots(tree)) {
    const start = slot.node.position?.start.offset;
    if (!current || current.block !== slot.block || slot.block === null) {
      current = new Block(slot.block, slot.section, lang);
      out.push(current);
      lastEnd = undefined;
    }
    if (current.text && lastEnd !== undefined && start !== undefined) {
      const gap = source.slice(lastEnd, start);
      if (/\n\s*\n/.test(gap)) current.text += '\n';
      // Table cells of one row, or lines of a block quote: separate words, not one.
      else if (/[|\n]/.test(gap)) current.text += ' ';
    }
    current.pieces.push({ slot, from: current.text.length });
    // A soft line break is a space (hard-wrapped sources): names, sentences and dates run on over it.
    // One character for one, so offsets in the block text stay offsets in the node.
    current.text += softBreaksAsSpaces(slot.node.value);
    if (slot.ancestors.includes('heading')) current.titleCase = true;
    lastEnd = slot.node.position?.end.offset;
  }
  const facts = factsOf(file, lang);
  for (const b of out) {
    let known = facts.get(b.text);
    if (!known) facts.set(b.text, (known = { shouting: shouting(b.text) }));
    b.facts = known;
    if (known.shouting) b.titleCase = true;
  }
  return out;
}

/** Number of leading items of a list in order for which `before` holds (binary search: long paragraphs have thousands). */
function countBefore<T>(items: T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(items[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The piece holding character `at` of the block text (the last one starting at or before it). */
export function pieceAt(b: BlockText, at: number): Piece | null {
  const n = countBefore(b.pieces, (p) => p.from <= at);
  return n > 0 ? b.pieces[n - 1] : null;
}

/** The sentence of the block containing character `at`, trimmed. */
/** Longest sentence a citation keeps whole (characters); longer ones are cut to this much around the citation. */
export const MAX_SENTENCE = 600;

/**
 * The sentence holding offset `at`, at most MAX_SENTENCE characters: a block
 * without sentence breaks (a converter that lost the full stops, thousands of
 * links in one paragraph) would otherwise give every citation the whole block,
 * and an edition quadratic in size. A cut sentence is cut at spaces, marked
 * with `…`, and keeps the text around `at`.
 */
export function sentenceAt(b: BlockText, at: number): string {
  // Sentences cover the text in order: the first one ending after `at` holds it.
  const range = b.sentences[countBefore(b.sentences, ([, e]) => e <= at)] ?? b.sentences[b.sentences.length - 1];
  if (!range) return '';
  const [start, end] = range;
  if (end - start <= MAX_SENTENCE) return b.text.slice(start, end).trim();
  const from = Math.max(start, Math.min(at - MAX_SENTENCE / 2, end - MAX_SENTENCE));
  const to = Math.min(end, from + MAX_SENTENCE);
  const cutAtSpace = (text: string, head: boolean, tail: boolean): string => {
    const first = head ? text.search(/\s/u) : -1;
    const last = tail ? text.search(/\s\S*$/u) : -1;
    return text.slice(first > 0 ? first : 0, last > first ? last : text.length).trim();
  };
  const clipped = cutAtSpace(b.text.slice(from, to), from > start, to < end);
  return `${from > start ? '…' : ''}${clipped}${to < end ? '…' : ''}`;
}

/** Block-text offset of a source offset (for nodes without text, like footnote references). */
export function blockOffsetOfSource(b: BlockText, sourceOffset: number): number | null {
  let best: number | null = null;
  for (const p of b.pieces) {
    const s = p.slot.node.position?.start.offset;
    const e = p.slot.node.position?.end.offset;
    if (s === undefined || e === undefined) continue;
    if (s <= sourceOffset) best = p.from + Math.min(sourceOffset - s, p.slot.node.value.length);
    if (e >= sourceOffset) break;
  }
  return best;
}
