/**
 * Headings: emphasis wrapped around a whole heading is removed
 * (`## **Motives**` → `## Motives`), and levels are made consistent: the title
 * lives in the front matter, the body's top-level sections are `##`.
 *
 * With a printed table of contents, the headings it lists are the top-level
 * sections; every other heading goes below the section it is in, keeping its
 * depth relative to that section's heading as the converter printed it, but
 * never above it (converters print levels by font size, which is noisy).
 * Without one, the shallowest level in the body becomes `##` and the others
 * keep their distance to it. In both cases a heading is never more than one
 * level deeper than the heading before it. A source file's levels (input
 * with front matter) are its author's: they change only when the file shows
 * converter headings (a printed contents, headings set in bold).
 */
import type { VFile } from 'vfile';
import type { ContentsEntry } from './contents.js';
import { blockText, serialize, type Block } from './lines.js';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { numberDepth, styledHeading } from './styled.js';
import { plainText, titleKey } from './text.js';
import { bodySpellings, isAllCaps, titleCase } from './titlecase.js';
import { asciiDigits } from '../text/digits.js';

const TOP = 2;
const DEEPEST = 6;
const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$|^ {0,3}(#{1,6})[ \t]*$/u;
/** The whole heading wrapped in emphasis markers, possibly in several runs. */
const WRAPPED = /^(?:(\*{1,3}|_{1,3})(?=\S)[^*_]*?\S\1\s*)+$/u;
const EMPHASIS = /(\*{1,3}|_{1,3})(?=\S)([^*_]*?\S)\1/gu;
const BOLD = /(\*\*|__)(?=\S)(.*?\S)\1/gu;

interface Heading {
  block: Block;
  level: number;
  text: string;
}

function parse(block: Block): Heading {
  const match = ATX.exec(block.lines[0].text)!;
  return { block, level: (match[1] ?? match[3]).length, text: match[2] ?? '' };
}

function write(heading: Heading, level: number, text: string): void {
  heading.block.lines[0].text = `${'#'.repeat(level)} ${text}`;
}

/**
 * Bold is removed anywhere in a heading (a heading is already set in bold);
 * italic only when it wraps the whole heading, since inside one it marks a
 * term (`The *Wilayat al-Faqih* Doctrine`). In a source file, only emphasis
 * wrapping the whole heading is the converter's: bold inside is the author's.
 */
function unwrap(heading: Heading, converted: boolean, file: VFile): boolean {
  if (!converted && !WRAPPED.test(heading.text)) return false;
  let text = heading.text.replace(BOLD, '$2');
  if (WRAPPED.test(text)) text = text.replace(EMPHASIS, '$2');
  text = text.replace(/\s+/gu, ' ').trim();
  if (text === heading.text) return false;
  report(file, Rules.importHeadingBold, `removed emphasis markers in heading '${text}'`, {
    line: heading.block.lines[0].line,
    column: 1,
  });
  heading.text = text;
  return true;
}

/** Does a heading's text match a contents entry (an entry may be cut short)? */
function matches(entryKey: string, key: string): boolean {
  if (!entryKey || !key) return false;
  if (entryKey === key) return true;
  const [short, long] = entryKey.length < key.length ? [entryKey, key] : [key, entryKey];
  return long.startsWith(short) && short.length >= 0.8 * long.length;
}

/**
 * A long heading that the converter broke into two headings in a row is one
 * heading again: when together they are a contents entry that neither is
 * alone, or, in converted text, when the second half starts in lower case.
 */
function joinSplitHeadings(blocks: Block[], entries: ContentsEntry[], converted: boolean, file: VFile): Block[] {
  const keys = entries.map((e) => titleKey(e.title));
  const listed = (text: string) => keys.some((k) => matches(k, titleKey(text)));
  const out: Block[] = [];
  for (const block of blocks) {
    const previous = out.at(-1);
    if (block.kind !== 'heading' || previous?.kind !== 'heading') {
      out.push(block);
      continue;
    }
    const [first, second] = [parse(previous), parse(block)];
    const joined = `${first.text.trimEnd()} ${second.text.trimStart()}`;
    const byContents = listed(joined) && !listed(first.text) && !listed(second.text);
    const byCase = converted && first.level === second.level && /^\p{Ll}/u.test(plainText(second.text));
    if (!byContents && !byCase) {
      out.push(block);
      continue;
    }
    previous.lines[0].text = `${'#'.repeat(first.level)} ${joined}`;
    report(file, Rules.importHeadingJoin, `joined heading '${plainText(joined)}' that a line break had cut in two`, {
      line: block.lines[0].line,
      column: 1,
    });
  }
  return out;
}

/** Paragraphs that are a contents entry on their own become headings. */
function promoteEntries(blocks: Block[], entries: ContentsEntry[], file: VFile): void {
  const headingKeys = blocks.filter((b) => b.kind === 'heading').map((b) => titleKey(parse(b).text));
  const missing = entries.map((e) => titleKey(e.title)).filter((k) => !headingKeys.some((h) => matches(k, h)));
  for (const block of blocks) {
    if (block.kind !== 'paragraph' || block.lines.length !== 1) continue;
    const key = titleKey(blockText(block));
    if (!missing.some((k) => matches(k, key))) continue;
    const text = plainText(blockText(block));
    block.kind = 'heading';
    block.lines[0].text = `${'#'.repeat(TOP)} ${text}`;
    report(file, Rules.importHeadingPromote, `made '${text}' a heading: the table of contents lists it`, {
      line: block.lines[0].line,
      column: 1,
    });
  }
}

/** Target levels from a table of contents. */
function levelsFromContents(headings: Heading[], entries: ContentsEntry[]): number[] {
  const keys = entries.map((e) => ({ key: titleKey(e.title), depth: e.depth }));
  let section: { source: number; level: number } | undefined;
  // Headings before the first listed one: their own shallowest level is the top.
  const firstListed = headings.findIndex((h) => keys.some((k) => matches(k.key, titleKey(h.text))));
  const preamble = headings.slice(0, Math.max(0, firstListed));
  const preambleTop = Math.min(...preamble.map((h) => h.level));
  return headings.map((h) => {
    const entry = keys.find((k) => matches(k.key, titleKey(h.text)));
    if (entry) {
      const level = TOP + entry.depth - 1;
      section = { source: h.level, level };
      return level;
    }
    if (!section) return TOP + h.level - preambleTop;
    return section.level + Math.max(1, h.level - section.source);
  });
}

/**
 * Without a contents: a numbered heading's depth is its number's
 * (`2.1` under `2.`), whatever font size the converter saw; the other
 * headings keep their distance to the shallowest level.
 */
function levelsFromSource(headings: Heading[]): number[] {
  const top = Math.min(...headings.map((h) => h.level));
  const depths = headings.map((h) => numberDepth(plainText(h.text)));
  const numbered = depths.filter((d) => d !== undefined).length >= 2;
  return headings.map((h, i) => {
    const depth = depths[i];
    return numbered && depth ? TOP + depth - 1 : TOP + h.level - top;
  });
}

/**
 * A line set wholly in bold or capitals and followed by a paragraph is a
 * heading (see `styledHeading`); its number
 * gives its depth, and capitals are title-cased.
 */
function promoteStyledLines(blocks: Block[], spellings: Map<string, string>, file: VFile): void {
  blocks.forEach((block, i) => {
    const next = blocks[i + 1];
    const styled = styledHeading(block);
    if (!styled || next?.kind !== 'paragraph' || styledHeading(next)) return;
    const text = styled.capitals ? titleCase(styled.text, spellings) : styled.text;
    block.kind = 'heading';
    block.lines[0].text = `${'#'.repeat(TOP + styled.depth - 1)} ${text}`;
    report(file, Rules.importHeadingPromote, `made '${text}' a heading: a short line set wholly in ${styled.capitals ? 'capitals' : 'bold'}`, {
      line: block.lines[0].line,
      column: 1,
    });
  });
}

export interface HeadingOptions {
  /** Converted text, not a source file: promote lines set in bold or
   * capitals, and title-case headings printed in capitals. */
  converted?: boolean;
}

/** A heading printed in capitals (`## THE POSITIONS OF IRAN`) in title case. */
function titleCaseCapitals(heading: Heading, spellings: Map<string, string>, file: VFile): void {
  if (!isAllCaps(plainText(heading.text))) return;
  heading.text = titleCase(heading.text, spellings);
  report(file, Rules.importHeadingCase, `title-cased heading '${plainText(heading.text)}' printed in capitals`, {
    line: heading.block.lines[0].line,
    column: 1,
  });
}

/** A section number as a layout prints it before a heading: `4`, `4.1` and a space, no stop. */
const LAYOUT_NUMBER = /^([\d\u0660-\u0669]+(?:\.[\d\u0660-\u0669]+)*) (?=\S)/u;

const numberParts = (n: string) => n.split('.').map((part) => Number(asciiDigits(part)));

/** `next` follows `previous` in an outline's numbering: its first child (2 → 2.1) or the next at some depth (2.1 → 2.2, 2.2 → 3). */
function follows(previous: number[], next: number[]): boolean {
  if (next.length === previous.length + 1) return previous.every((p, i) => p === next[i]) && next.at(-1) === 1;
  const k = next.length - 1;
  return next.length <= previous.length && previous.slice(0, k).every((p, i) => p === next[i]) && next[k] === previous[k] + 1;
}

/**
 * Section numbers a layout put before the headings (`1 Summary`, `4.1 West`:
 * the browser print of an HTML edition, pandoc's or LaTeX's numbered
 * sections): the headings that open the body all carry one, without a stop,
 * in the outline's order (1, 2, 2.1, 2.2, 3 …), and the headings after them
 * (back matter) none. The editions number sections themselves, so these go
 * once they gave the levels; an author's own numbering (`1. Background`, or
 * numbers on some headings only) stays.
 */
function dropLayoutNumbers(headings: Heading[], file: VFile): void {
  const numbers = headings.map((h) => LAYOUT_NUMBER.exec(h.text)?.[1]);
  const first = numbers.findIndex((n) => n === undefined);
  const count = first < 0 ? numbers.length : first;
  if (count < 2 || numbers.slice(count).some((n) => n !== undefined)) return;
  let previous: number[] = [];
  for (const n of numbers.slice(0, count)) {
    const parts = numberParts(n!);
    if (!follows(previous, parts)) return;
    previous = parts;
  }
  for (const heading of headings.slice(0, count)) {
    heading.text = heading.text.replace(LAYOUT_NUMBER, '');
    write(heading, parse(heading.block).level, heading.text);
  }
  report(file, Rules.importHeadingNumber, `removed the section numbers printed before ${count} headings (1 to ${numbers[count - 1]}): the editions number sections themselves`, {
    line: headings[0].block.lines[0].line,
    column: 1,
  });
}

export function normalizeHeadings(input: Block[], entries: ContentsEntry[], file: VFile, options: HeadingOptions = {}): Block[] {
  const converted = options.converted === true;
  const blocks = joinSplitHeadings(input, entries, converted, file);
  if (entries.length) promoteEntries(blocks, entries, file);
  // After the contents entries: a styled line the contents does not list is
  // a sub-section, placed under its section like any unlisted heading.
  const spellings = converted ? bodySpellings(serialize(blocks)) : new Map<string, string>();
  if (converted) promoteStyledLines(blocks, spellings, file);
  const headings = blocks.filter((b) => b.kind === 'heading').map(parse);
  const unwrapped = headings.map((heading) => unwrap(heading, converted, file)).some(Boolean);
  if (converted) for (const heading of headings) titleCaseCapitals(heading, spellings, file);
  // Levels are the converter's (font sizes) only in converted text, or where
  // its marks show: a printed contents, headings set in bold. A source
  // file's own levels mean what they say.
  if (!converted && !entries.length && !unwrapped) return blocks;
  // The printed contents is better evidence than the converter's levels,
  // which follow font sizes: headings it lists as peers are peers, even when
  // it lists every heading of the paper.
  const listed = headings.some((h) => entries.some((e) => matches(titleKey(e.title), titleKey(h.text))));
  const targets = listed ? levelsFromContents(headings, entries) : levelsFromSource(headings);
  let previous = TOP - 1;
  headings.forEach((heading, i) => {
    const level = Math.min(targets[i], previous + 1, DEEPEST);
    previous = level;
    write(heading, level, heading.text);
    if (level === heading.level) return;
    report(
      file,
      Rules.importHeadingLevel,
      `changed heading '${plainText(heading.text)}' from level ${heading.level} to ${level}${listed && targets[i] === TOP ? ' (a section in the table of contents)' : ''}`,
      { line: heading.block.lines[0].line, column: 1 },
    );
  });
  dropLayoutNumbers(headings, file);
  return blocks;
}
