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

export function dropPageFurniture(blocks: Block[], file: VFile): Block[] {
  const repeats = new Map<string, number>();
  for (const block of blocks) {
    if (!isRunningCandidate(block)) continue;
    const key = blockText(block).trim();
    repeats.set(key, (repeats.get(key) ?? 0) + 1);
  }
  return blocks.filter((block) => {
    const text = blockText(block).trim();
    const place = { line: block.lines[0].line, column: 1 };
    if (block.kind === 'pagebreak') {
      report(file, 'info', 'import-page-break', 'dropped a page-break mark', place);
      return false;
    }
    if (block.kind === 'paragraph' && block.lines.length === 1 && PAGE_NUMBER.test(asciiDigits(text))) {
      report(file, 'info', 'import-page-number', `dropped page number '${text}'`, place);
      return false;
    }
    if (isRunningCandidate(block) && (repeats.get(text) ?? 0) >= RUNNING_MIN) {
      report(file, 'info', 'import-running-header', `dropped running header or footer '${text}'`, place);
      return false;
    }
    return true;
  });
}
