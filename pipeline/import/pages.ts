/**
 * Page furniture that a converter leaves between paragraphs: page-break marks,
 * page numbers standing alone (`12`, `Page 3 of 10`, `- 4 -`, `٥`) and running
 * headers or footers (the same short line repeated on page after page).
 */
import type { VFile } from 'vfile';
import { blockText, type Block } from './lines.js';
import { report } from './report.js';
import { asciiDigits } from './script.js';

const PAGE_NUMBER = /^\s*(?:(?:page|p\.|صفحة|الصفحة)\s*)?[-–—|]?\s*\d{1,3}\s*[-–—|]?\s*(?:(?:of|\/|من)\s*\d{1,3})?\s*$/iu;
/** A running header repeats on at least this many pages. */
const RUNNING_MIN = 3;
const RUNNING_MAX_WORDS = 12;

function isRunningCandidate(block: Block): boolean {
  return (
    block.kind === 'paragraph' &&
    block.lines.length === 1 &&
    blockText(block).trim().split(/\s+/u).length <= RUNNING_MAX_WORDS
  );
}

function isPageNumber(block: Block): boolean {
  return block.kind === 'paragraph' && block.lines.length === 1 && PAGE_NUMBER.test(asciiDigits(blockText(block).trim()));
}

/**
 * A running header or footer: the same short line on at least three pages,
 * or on two when one of them stands next to a page number or page break.
 */
function runningLines(blocks: Block[]): Set<string> {
  const seen = new Map<string, { count: number; byPageMark: boolean }>();
  blocks.forEach((block, i) => {
    if (!isRunningCandidate(block)) return;
    const key = blockText(block).trim();
    const entry = seen.get(key) ?? { count: 0, byPageMark: false };
    entry.count++;
    entry.byPageMark ||= [blocks[i - 1], blocks[i + 1]].some((b) => b && (b.kind === 'pagebreak' || isPageNumber(b)));
    seen.set(key, entry);
  });
  const keys = [...seen].filter(([, e]) => e.count >= RUNNING_MIN || (e.count >= 2 && e.byPageMark));
  return new Set(keys.map(([key]) => key));
}

export function dropPageFurniture(blocks: Block[], file: VFile): Block[] {
  const running = runningLines(blocks);
  return blocks.filter((block) => {
    const text = blockText(block).trim();
    const place = { line: block.lines[0].line, column: 1 };
    if (block.kind === 'pagebreak') {
      report(file, 'info', 'import-page-break', 'dropped a page-break mark', place);
      return false;
    }
    if (isPageNumber(block)) {
      report(file, 'info', 'import-page-number', `dropped page number '${text}'`, place);
      return false;
    }
    if (isRunningCandidate(block) && running.has(text)) {
      report(file, 'info', 'import-running-header', `dropped running header or footer '${text}'`, place);
      return false;
    }
    return true;
  });
}
