/**
 * Nesting-depth guard, run on the decoded text before anything parses it.
 *
 * Why: the parsers are not safe against pathological nesting. micromark's time
 * grows with the square of the nesting depth (1,000 nested block quotes take
 * seconds, 10,000 minutes), the mdast utilities recurse once per level and
 * overflow the stack, and the yaml package aborts the whole process (out of
 * memory, uncatchable) on a 10,000-deep flow sequence in the front matter. No
 * paper nests anywhere near MAX_NESTING, so a file that does is a converter
 * accident or hostile: it is refused at the line where the limit is crossed.
 *
 * The scan is a cheap over-estimate, line by line, not a parser:
 * - block containers: `>` and list markers at the start of a line, plus the
 *   indentation before a list marker (each list level needs ≥ 2 columns);
 * - inline: within a paragraph, `[` opens and `]` closes; a run of `*`, `_`
 *   or `~` opens as many levels as it is long when followed by a non-space and
 *   closes them when preceded by one;
 * - front matter: `[`/`{` nesting and indentation of the YAML block.
 * Fenced code is skipped.
 *
 * The same pass counts footnote definitions and block quotes. micromark's time
 * grows with their number times the length of the document (each container
 * splices the whole event list: thousands of them take seconds to minutes,
 * docs/performance.md). Papers have tens of notes and a few quotes; a converter
 * that turns every line into a quote makes thousands. Above MAX_CONTAINERS
 * the file is refused (`source-too-many-containers`) at the first one too many.
 *
 * It also measures tables. Every cell is a paragraph of its own to lay out on
 * a PDF page, where a column narrower than a word is broken letter by letter,
 * so a table of hundreds of rows and columns takes a build many seconds and
 * gigabytes, and can run a batch worker out of memory (docs/performance.md).
 * A table wider than MAX_TABLE_COLUMNS cannot be read on a page, and more
 * than MAX_TABLE_CELLS cells is a data set, not a paper's table: both are
 * refused (`source-table-too-large`) at the row where the limit is crossed.
 */
import type { VFile } from 'vfile';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';

/** Deepest nesting accepted (block containers, inline constructs, YAML). */
export const MAX_NESTING = 100;
/** Most footnote definitions and block quotes (together) accepted in one file. */
export const MAX_CONTAINERS = 1000;
/** Most columns of one table. */
export const MAX_TABLE_COLUMNS = 32;
/** Most table cells (every table together) in one file. */
export const MAX_TABLE_CELLS = 20_000;

const CONTAINER_PREFIX = /^(?:[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$)))+/;
const LIST_MARKER_AFTER_INDENT = /^[ \t]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const DELIMITER_RUN = /[*_~]+/y;
const FOOTNOTE_DEFINITION = /^[ \t]*\[\^[^\]]+\]:/;
/** A GFM table's delimiter row (`| --- | :-: |`), which makes the line above it a header. */
const TABLE_DELIMITER = /^ {0,3}(?=[^|]*\|)\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

interface Excess {
  line: number;
  column: number;
  /** Too deep (with what nests), too many containers, too wide or too big a table. */
  kind: 'deep' | 'containers' | 'columns' | 'cells';
  what?: string;
}

/**
 * Reports `source-too-deep` when the text nests deeper than MAX_NESTING,
 * `source-too-many-containers` when it has more than MAX_CONTAINERS footnote
 * definitions and block quotes, or `source-table-too-large` for a table past
 * MAX_TABLE_COLUMNS or MAX_TABLE_CELLS (errors), and returns false; true when none.
 */
export function checkNesting(file: VFile, text: string): boolean {
  const excess = findExcess(text.split('\n'));
  if (!excess) return true;
  const place = { line: excess.line, column: excess.column };
  if (excess.kind === 'columns') {
    report(file, Rules.sourceTableTooLarge, `A table with more than ${MAX_TABLE_COLUMNS} columns: no page can show them side by side. Split it into narrower tables, or publish the data as a file and link to it`, place);
  } else if (excess.kind === 'cells') {
    report(file, Rules.sourceTableTooLarge, `More than ${MAX_TABLE_CELLS.toLocaleString('en')} table cells in this file (counted to this row): that is a data set, not a paper's table. Publish the data as a file and link to it, or keep a summary table`, place);
  } else if (excess.kind === 'containers') {
    report(
      file,
      Rules.sourceTooManyContainers,
      `More than ${MAX_CONTAINERS} footnote definitions and block quotes (this is number ${MAX_CONTAINERS + 1}): the Markdown parser slows down with their number times the paper's length, and no paper needs this many. It is usually a conversion accident (every line made a quote); merge them, or split the paper`,
      place,
    );
  } else {
    report(file, Rules.sourceTooDeep, `${excess.what!} nest deeper than ${MAX_NESTING} levels here: no paper needs this; it is usually a conversion accident. Flatten the structure`, place);
  }
  return false;
}

function findExcess(lines: string[]): Excess | null {
  let i = 0;
  if (lines[0]?.trimEnd() === '---') {
    const end = lines.findIndex((l, k) => k > 0 && (l.trimEnd() === '---' || l.trimEnd() === '...'));
    const stop = end < 0 ? lines.length : end;
    const found = yamlExcess(lines, 1, stop);
    if (found) return found;
    i = stop + 1;
  }
  let fence: string | null = null;
  let inline = 0;
  let containers = 0;
  // Columns of the table being read (0 outside one), and cells of every table so far.
  let tableColumns = 0;
  let cells = 0;
  // The line before was a quote line: this one continues that quote (a lazy continuation line counts anew: an over-estimate).
  let quoted = false;
  for (; i < lines.length; i++) {
    const line = lines[i];
    const open = FENCE.exec(line);
    if (fence) {
      if (open && open[1][0] === fence[0] && open[1].length >= fence.length) fence = null;
      continue;
    }
    if (open) {
      fence = open[1];
      continue;
    }
    if (line.trim() === '') {
      inline = 0;
      quoted = false;
      tableColumns = 0;
      continue;
    }
    const prefix = CONTAINER_PREFIX.exec(line)?.[0] ?? '';
    const quote = prefix.includes('>');
    if ((quote && !quoted) || FOOTNOTE_DEFINITION.test(line.slice(prefix.length))) {
      if (++containers > MAX_CONTAINERS) return { line: i + 1, column: 1, kind: 'containers' };
    }
    const rest = line.slice(prefix.length);
    if (tableColumns === 0 && i > 0 && lines[i - 1].includes('|') && TABLE_DELIMITER.test(rest)) {
      tableColumns = rest.trim().replace(/^\||\|$/g, '').split('|').length;
      if (tableColumns > MAX_TABLE_COLUMNS) return { line: i + 1, column: 1, kind: 'columns' };
      cells += tableColumns; // the header row
    }
    if (tableColumns > 0 && (cells += tableColumns) > MAX_TABLE_CELLS) return { line: i + 1, column: 1, kind: 'cells' };
    quoted = quote;
    const markers = (prefix.match(/>|[-+*]|\d{1,9}[.)]/g) ?? []).length;
    const indent = LIST_MARKER_AFTER_INDENT.test(line) ? Math.floor(columns(line.match(/^[ \t]*/)![0]) / 2) : 0;
    if (markers + indent > MAX_NESTING) return { line: i + 1, column: 1, kind: 'deep', what: 'Block quotes and lists' };
    if (/^\s*(?:(?:\*\s*){3,}|(?:_\s*){3,}|(?:-\s*){3,})$/.test(line)) continue; // thematic break
    const found = inlineExcess(line, prefix.length, inline);
    if (typeof found !== 'number') return { ...found, line: i + 1, kind: 'deep' };
    inline = found;
  }
  return null;
}

/** New inline depth after the line, or the column where it exceeds the limit. */
function inlineExcess(line: string, from: number, start: number): number | { column: number; what: string } {
  let depth = start;
  for (let k = from; k < line.length; k++) {
    const c = line[k];
    if (c === '\\') {
      k++;
    } else if (c === '[') {
      if (++depth > MAX_NESTING) return { column: k + 1, what: 'Links and images' };
    } else if (c === ']') {
      depth = Math.max(0, depth - 1);
    } else if (c === '*' || c === '_' || c === '~') {
      DELIMITER_RUN.lastIndex = k;
      const run = DELIMITER_RUN.exec(line)![0].length;
      const before = line[k - 1];
      const after = line[k + run];
      if (before !== undefined && !/\s/u.test(before)) depth = Math.max(0, depth - run);
      if (after !== undefined && !/\s/u.test(after)) depth += run;
      if (depth > MAX_NESTING) return { column: k + 1, what: 'Emphasis and strikethrough' };
      k += run - 1;
    }
  }
  return depth;
}

function yamlExcess(lines: string[], from: number, to: number): Excess | null {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const line = lines[i];
    if (columns(line.match(/^[ \t]*/)![0]) > 2 * MAX_NESTING) return { line: i + 1, column: 1, kind: 'deep', what: 'Front-matter keys' };
    for (let k = 0; k < line.length; k++) {
      const c = line[k];
      if (c === '[' || c === '{') {
        if (++depth > MAX_NESTING) return { line: i + 1, column: k + 1, kind: 'deep', what: 'Front-matter lists and maps' };
      } else if (c === ']' || c === '}') {
        depth = Math.max(0, depth - 1);
      }
    }
  }
  return null;
}

function columns(indent: string): number {
  let n = 0;
  for (const c of indent) n = c === '\t' ? n + 4 - (n % 4) : n + 1;
  return n;
}
