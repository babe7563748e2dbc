/**
 * Page furniture of a PDF, found by where it is and how often it repeats:
 * running heads and feet (the same text at the top or foot of several pages,
 * numbers masked), page numbers, and the header and footer a browser prints
 * (`12/7/26, 1:56 PM`, the page's address, `3/14`).
 */
import type { VFile } from 'vfile';
import { report } from '../../model/diagnostics.js';
import { Rules, type Rule } from '../../model/rules.js';
import { PAGE_NUMBER } from '../pages.js';
import { asciiDigits } from '../../text/digits.js';
import { MARKS, type TextLine } from './lines.js';

/** Furniture lives in this share of the page at its top and at its foot. */
const MARGIN_ZONE = 0.12;
/** A running line repeats on at least this share of the pages (and on two). */
const RUNNING_SHARE = 0.25;
/** A browser's print header: a date and a time. */
const PRINT_DATE = /^\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]\.?M\.?)?$/iu;
/** A browser's print footer: the address of a local page (a web page's address repeats, and is a running line), and `page/pages`. */
const PRINT_ADDRESS = /^(?:file|about|data):\S*$/iu;
const PAGE_OF = /^\d{1,4}\s*\/\s*\d{1,4}$/u;

const key = (line: TextLine) => asciiDigits(line.text).toLowerCase().replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim();

export interface PageLines {
  number: number;
  height: number;
  lines: TextLine[];
}

function inMargin(line: TextLine, page: PageLines): 'top' | 'foot' | undefined {
  if (line.y < MARGIN_ZONE * page.height) return 'top';
  if (line.y > (1 - MARGIN_ZONE) * page.height) return 'foot';
  return undefined;
}

/** Drops the furniture from every page; returns how many lines went. */
export function dropFurniture(pages: PageLines[], file: VFile): number {
  const seen = new Map<string, Set<number>>();
  for (const page of pages) {
    for (const line of page.lines) {
      const zone = inMargin(line, page);
      if (!zone) continue;
      const k = `${zone}:${key(line)}`;
      if (!seen.has(k)) seen.set(k, new Set());
      seen.get(k)!.add(page.number);
    }
  }
  const minPages = Math.max(2, Math.ceil(RUNNING_SHARE * pages.length));
  const dropped = new Map<string, { rule: Rule; text: string; pages: number[] }>();
  let count = 0;
  for (const page of pages) {
    const rowSizes = new Map<number, number>();
    for (const line of page.lines) rowSizes.set(line.row, (rowSizes.get(line.row) ?? 0) + 1);
    page.lines = page.lines.filter((line) => {
      const zone = inMargin(line, page);
      if (!zone) return true;
      const text = line.text.replace(MARKS, '').trim();
      // A number beside other text on its row is a cell or a contents entry's page, not the page's number.
      const pageNumber = (PAGE_NUMBER.test(asciiDigits(text)) || PAGE_OF.test(text)) && rowSizes.get(line.row) === 1;
      const printed = PRINT_DATE.test(text) || PRINT_ADDRESS.test(text);
      const running = (seen.get(`${zone}:${key(line)}`)?.size ?? 0) >= minPages;
      if (!pageNumber && !printed && !running) return true;
      const rule = pageNumber ? Rules.importPageNumber : Rules.importRunningHeader;
      const k = pageNumber ? 'page numbers' : key(line);
      const entry = dropped.get(k) ?? { rule, text, pages: [] as number[] };
      entry.pages.push(page.number);
      dropped.set(k, entry);
      count++;
      return false;
    });
  }
  for (const [k, { rule, text, pages: on }] of dropped) {
    const what = k === 'page numbers' ? 'page numbers' : printedBy(text) ? `the browser's print ${text.length > 40 ? 'line' : `line '${text}'`}` : `running line '${text}'`;
    report(file, rule, `dropped ${what} on ${pagesSaid(on)}`);
  }
  return count;
}

const printedBy = (text: string) => PRINT_DATE.test(text) || PRINT_ADDRESS.test(text);

function pagesSaid(pages: number[]): string {
  if (pages.length === 1) return `page ${pages[0]}`;
  return `${pages.length} pages (${pages[0]}–${pages.at(-1)})`;
}
