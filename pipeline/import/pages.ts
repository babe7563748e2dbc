/**
 * Page furniture that a converter leaves between paragraphs: page-break marks,
 * page numbers standing alone (`12`, `Page 3 of 10`, `- 4 -`, `٥`, `iv`) and
 * running headers or footers. A running line carries the page number more
 * often than not (`4 | Rasanah`, `Rasanah | 7`), so lines are compared with
 * their numbers masked; a line that prints a page number beside a short label
 * is its own evidence of being furniture, and a short line repeating the
 * paper's title or publisher is a running header even when seen once.
 * Dropping it lets the text cut around it be joined again.
 */
import type { VFile } from 'vfile';
import { blockText, type Block } from './lines.js';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { asciiDigits } from '../text/digits.js';
import { titleKey } from './text.js';

/** A roman numeral up to 39, as front-matter pages are numbered. */
const ROMAN = '(?:(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3}))';
const NUMBER = `(?:\\d{1,4}|${ROMAN})`;
export const PAGE_NUMBER = new RegExp(
  `^\\s*(?:(?:page|p\\.|صفحة|الصفحة)\\s*)?[-–—|]?\\s*${NUMBER}\\s*[-–—|]?\\s*(?:(?:of|\\/|من)\\s*\\d{1,4})?\\s*$`,
  'iu',
);
/** A page number at one end of a short label, set off by a bar, a dash or a
 * spaced dash or a wide gap: `4 | Rasanah`, `Rasanah | 4`, `Policy Brief — 12`,
 * `Page 4 | Name` (not `COVID-19`). */
const SEPARATOR = '(?:\\s*[|•·]\\s*|\\s+[-–—]\\s+|\\s{3,}|\\s*\\t\\s*)';
const PAGE_LABEL = new RegExp(
  `^\\s*(?:(?:page|p\\.)\\s*)?${NUMBER}${SEPARATOR}(\\S.*?)\\s*$|^\\s*(\\S.*?)${SEPARATOR}(?:(?:page|p\\.)\\s*)?${NUMBER}\\s*$`,
  'iu',
);
/** A running header repeats on at least this many pages. */
const RUNNING_MIN = 3;
const RUNNING_MAX_WORDS = 12;
/** The label beside a page number is a name, not a sentence. */
const LABEL_MAX_WORDS = 8;

function isRunningCandidate(block: Block): boolean {
  return (
    block.kind === 'paragraph' &&
    block.lines.length === 1 &&
    blockText(block).trim().split(/\s+/u).length <= RUNNING_MAX_WORDS
  );
}

function isPageNumber(block: Block): boolean {
  if (block.lines.length !== 1) return false;
  const text = asciiDigits(blockText(block).trim());
  // `- 4 -` reads as a list item to Markdown; a dash on both sides says otherwise.
  const kind = block.kind === 'paragraph' || (block.kind === 'list' && /^[-–—].*[-–—]$/u.test(text));
  return kind && PAGE_NUMBER.test(text);
}

/** The label of a line that prints a page number beside it, if it is one. */
function pageLabel(text: string): string | undefined {
  const match = PAGE_LABEL.exec(asciiDigits(text));
  const label = match?.[1] ?? match?.[2];
  if (!label || /[.!?؟:;,]$/u.test(label) || !/\p{L}/u.test(label)) return undefined;
  return label.split(/\s+/u).length <= LABEL_MAX_WORDS ? label : undefined;
}

/**
 * The line with its page number masked when it prints one, so that every
 * page's copy is one key (other numbers stay: `Figure 1` is not `Figure 2`).
 */
function runningKey(text: string): string {
  if (!pageLabel(text)) return text.replace(/\s+/gu, ' ');
  return asciiDigits(text)
    .replace(/\d+/gu, '#')
    .replace(new RegExp(`^${ROMAN}(?=\\s*[|•·–—-])|(?<=[|•·–—-]\\s*)${ROMAN}$`, 'iu'), '#')
    .replace(/\s+/gu, ' ');
}

/**
 * Running headers and footers by key: the same short line on at least three
 * pages, or on two when one of them stands next to a page number or page
 * break or prints its own page number.
 */
function runningKeys(blocks: Block[]): Set<string> {
  const seen = new Map<string, { count: number; byPageMark: boolean }>();
  const count = (text: string, byPageMark: boolean) => {
    const key = runningKey(text);
    const entry = seen.get(key) ?? { count: 0, byPageMark: false };
    entry.count++;
    entry.byPageMark ||= byPageMark || pageLabel(text) !== undefined;
    seen.set(key, entry);
  };
  blocks.forEach((block, i) => {
    if (isRunningCandidate(block)) {
      count(blockText(block).trim(), [blocks[i - 1], blocks[i + 1]].some((b) => b && (b.kind === 'pagebreak' || isPageNumber(b))));
    } else if (block.kind === 'paragraph') {
      for (const line of block.lines) if (pageLabel(line.text.trim())) count(line.text.trim(), true);
    }
  });
  const keys = [...seen].filter(([, e]) => e.count >= RUNNING_MIN || (e.count >= 2 && e.byPageMark));
  return new Set(keys.map(([key]) => key));
}

/**
 * Is this one-line paragraph a running line? `names` are the paper's own
 * title and publisher names: a line that is one of them (with or without its
 * page number) stands in the body only as a header or footer.
 */
function isRunning(block: Block, running: Set<string>, names: Set<string>): boolean {
  return isRunningCandidate(block) && isRunningLine(blockText(block).trim(), running, names);
}

function isRunningLine(text: string, running: Set<string>, names: Set<string>): boolean {
  if (running.has(runningKey(text))) return true;
  // The page number may stand beside the name with no separator (`4 Rasanah`).
  const label = pageLabel(text) ?? asciiDigits(text).replace(/^\d{1,4}\s+|\s+\d{1,4}$/gu, '');
  const parts = [label, ...label.split(/\s*[|•·–—]\s*/u)];
  return parts.some((part) => names.has(titleKey(part)));
}

/**
 * A header or footer that the converter ran into a paragraph, on a line of
 * its own between the lines of the text (`deputy` / `4 | Rasanah` /
 * `chairman`): only a line that prints its page number (or says `Page 4`),
 * so that a line of text that happens to be short is never taken.
 */
function dropInnerLines(block: Block, running: Set<string>, names: Set<string>, file: VFile): boolean {
  if (block.kind !== 'paragraph' || block.lines.length < 2) return false;
  const before = block.lines.length;
  block.lines = block.lines.filter((line) => {
    const text = line.text.trim();
    const explicit = /^(?:page|p\.)\s*\d|^[-–—]\s*\d{1,4}\s*[-–—]$/iu.test(text) && PAGE_NUMBER.test(asciiDigits(text));
    if (!explicit && !(pageLabel(text) && isRunningLine(text, running, names))) return true;
    report(file, explicit ? Rules.importPageNumber : Rules.importRunningHeader, `dropped ${explicit ? 'page number' : 'running header or footer'} '${text}' inside a paragraph`, {
      line: line.line,
      column: 1,
    });
    return false;
  });
  return block.lines.length < before;
}

/** A title's part before its colon is a running header when it has this many words. */
const SHORT_TITLE_MIN_WORDS = 3;

/** The names a running line may repeat: each, and a title's part before its colon. */
function nameKeys(names: string[]): Set<string> {
  const short = (n: string) => n.split(/:\s/u)[0];
  const all = names.flatMap((n) => (short(n).split(/\s+/u).length >= SHORT_TITLE_MIN_WORDS ? [n, short(n)] : [n]));
  return new Set(all.map(titleKey).filter(Boolean));
}

export interface Furniture {
  blocks: Block[];
  /** Did the text show its pages (a page-break mark, a page number, a running line)? */
  paged: boolean;
}

export function dropPageFurniture(blocks: Block[], file: VFile, knownNames: string[] = []): Furniture {
  const running = runningKeys(blocks);
  const names = nameKeys(knownNames);
  const inner = blocks.map((block) => dropInnerLines(block, running, names, file)).some(Boolean);
  const kept = blocks.filter((block) => {
    const text = blockText(block).trim();
    const place = { line: block.lines[0].line, column: 1 };
    if (block.kind === 'pagebreak') {
      report(file, Rules.importPageBreak, 'dropped a page-break mark', place);
      return false;
    }
    if (isPageNumber(block)) {
      report(file, Rules.importPageNumber, `dropped page number '${text}'`, place);
      return false;
    }
    if (isRunning(block, running, names)) {
      report(file, Rules.importRunningHeader, `dropped running header or footer '${text}'`, place);
      return false;
    }
    return true;
  });
  return { blocks: kept, paged: inner || kept.length < blocks.length };
}
