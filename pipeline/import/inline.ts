/**
 * Repairs inside one line: doubled punctuation and stray spaces before
 * punctuation, and the report of placeholder links. Code spans, link
 * destinations and URLs are left alone (`../a`, `a ,b` in code mean what
 * they say).
 */
import type { VFile } from 'vfile';
import { columnOf, type Line } from './lines.js';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';

/**
 * Container marks at the start of a line (list markers, `>`), whose spaces
 * set the indent of what follows; a code span (a run of backticks up to the
 * same run); a link destination; an autolink or a raw HTML tag; a bare URL or
 * e-mail address.
 */
const PROTECTED =
  /^[ \t]*(?:(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$)|>[ \t]*)+|(?<!`)(`+)(?!`)[\s\S]*?(?<!`)\1(?!`)|\]\([^)]*\)|<[a-z][\w+.-]*:[^>\s]*>|<\/?[a-z][^>]*>|\b(?:https?:\/\/|www\.)[^\s)\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

function protectedRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(PROTECTED)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * `landscape..` (two periods, not an ellipsis), `,,`, `;;`, `::`, `،،`; or
 * spaces between a word and the punctuation that closes it (`aspects :`,
 * `Iraq ,`, Arabic `العراق ،`). The punctuation must be followed by a space,
 * a closing mark or the end of the line, so `.5` and ` ...` stay as they are.
 * Or several spaces between two words (`the  Iraqi`), where justified text
 * was taken apart.
 */
const SCAR =
  /(?<![.])(?<doubled>(?<mark>[.,;:،؛])\k<mark>)(?![.])|(?<=[\p{L}\p{N})\]"'”’*_])(?<space>[ \t\u00a0]+)(?=[,.;:!?،؛؟](?:[\s"'”’)\]*_]|$))|(?<=\S)(?<spaces> {2,})(?=\S)/gu;

export function repairPunctuation(line: Line, file: VFile): void {
  const ranges = protectedRanges(line.text);
  const inside = (i: number) => ranges.some(([a, b]) => i >= a && i < b);
  line.text = line.text.replace(SCAR, (match: string, ...args: unknown[]) => {
    const groups = args[args.length - 1] as Record<string, string | undefined>;
    const index = args[args.length - 3] as number;
    if (inside(index)) return match;
    const place = { line: line.line, column: columnOf(line, index) };
    if (groups.doubled) {
      report(file, Rules.importDoubledPunctuation, `replaced doubled '${match}' with '${match[0]}'`, place);
      return match[0];
    }
    if (groups.spaces) {
      report(file, Rules.importDoubleSpace, `replaced ${match.length} spaces between words with one`, place);
      return ' ';
    }
    report(file, Rules.importSpaceBeforePunctuation, 'removed space before punctuation', place);
    return '';
  });
}

/** `[text](#)` or `[text]()`: a citation whose target the converter lost. */
const PLACEHOLDER_LINK = /(?<!!)\[([^\]]+)\]\(\s*#?\s*\)/gu;

export function reportPlaceholderLinks(line: Line, file: VFile): void {
  for (const match of line.text.matchAll(PLACEHOLDER_LINK)) {
    report(
      file,
      Rules.importPlaceholderLink,
      `link '${match[1]}' has no target (kept as a citation without a source)`,
      { line: line.line, column: columnOf(line, match.index) },
    );
  }
}
