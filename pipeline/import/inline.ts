/**
 * Repairs inside one line: doubled punctuation and stray spaces before
 * punctuation, and the report of placeholder links. Code spans, link
 * destinations and URLs are left alone (`../a`, `a ,b` in code mean what
 * they say).
 */
import type { VFile } from 'vfile';
import { columnOf, type Line } from './lines.js';
import { report } from './report.js';

const PROTECTED = /`+[^`]*`+|\]\([^)]*\)|<[a-z][\w+.-]*:[^>\s]*>|\b(?:https?:\/\/|www\.)[^\s)\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

function protectedRanges(text: string): Array<[number, number]> {
  return [...text.matchAll(PROTECTED)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * `landscape..` (two periods, not an ellipsis), `,,`, `;;`, `::`, `،،`; or
 * spaces between a word and the punctuation that closes it (`aspects :`,
 * `Iraq ,`, Arabic `العراق ،`). The punctuation must be followed by a space,
 * a closing mark or the end of the line, so `.5` and ` ...` stay as they are.
 */
const SCAR =
  /(?<![.])(?<doubled>(?<mark>[.,;:،؛])\k<mark>)(?![.])|(?<=[\p{L}\p{N})\]"'”’*_])(?<space>[ \t\u00a0]+)(?=[,.;:!?،؛؟](?:[\s"'”’)\]*_]|$))/gu;

export function repairPunctuation(line: Line, file: VFile): void {
  const ranges = protectedRanges(line.text);
  const inside = (i: number) => ranges.some(([a, b]) => i >= a && i < b);
  line.text = line.text.replace(SCAR, (match: string, ...args: unknown[]) => {
    const groups = args[args.length - 1] as Record<string, string | undefined>;
    const index = args[args.length - 3] as number;
    if (inside(index)) return match;
    const place = { line: line.line, column: columnOf(line, index) };
    if (groups.doubled) {
      report(file, 'info', 'import-doubled-punctuation', `replaced doubled '${match}' with '${match[0]}'`, place);
      return match[0];
    }
    report(file, 'info', 'import-space-before-punctuation', 'removed space before punctuation', place);
    return '';
  });
}

/** Typographic ligatures (`ﬁ`, `ﬂ`, `ﬀ`, …) that PDF text extraction keeps as one character. */
const LIGATURE = /[\ufb00-\ufb06]/gu;
/** Arabic presentation forms: the shaped glyphs (`ﺍﻟﻌﺮﺍﻕ`) of a PDF instead of letters. */
const PRESENTATION_FORMS = /[\ufb50-\ufdff\ufe70-\ufefc]+/gu;
/** Tatweel (kashida) between Arabic letters: justification stretched into the text (`الــدولــة`). */
/** Embedding, override and isolate controls that PDF extraction wraps around right-to-left runs. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]+/gu;
const TATWEEL = /(?<=\p{Script=Arabic})\u0640+(?=\p{Script=Arabic})/gu;
const SOFT_HYPHEN = /\u00ad/gu;

/**
 * Characters of the PDF's typesetting: ligatures and Arabic presentation
 * forms become their letters, bidirectional embedding controls and a tatweel
 * that stretched a justified Arabic line disappear, a soft hyphen inside a line disappears and one at the end of a
 * line becomes a hyphen, for the joining rule to decide.
 */
export function repairCharacters(line: Line, file: VFile): void {
  line.text = line.text.replace(LIGATURE, (match: string, index: number) => {
    const letters = match.normalize('NFKC');
    report(file, 'info', 'import-ligature', `replaced ligature '${match}' with '${letters}'`, {
      line: line.line,
      column: columnOf(line, index),
    });
    return letters;
  });
  line.text = line.text.replace(PRESENTATION_FORMS, (match: string, index: number) => {
    const letters = match.normalize('NFKC');
    report(file, 'info', 'import-arabic-forms', `replaced Arabic presentation forms '${match}' with letters '${letters}'`, {
      line: line.line,
      column: columnOf(line, index),
    });
    return letters;
  });
  line.text = line.text.replace(BIDI_CONTROLS, (_match: string, index: number) => {
    report(file, 'info', 'import-bidi-controls', 'removed bidirectional embedding controls left by the PDF', {
      line: line.line,
      column: columnOf(line, index),
    });
    return '';
  });
  line.text = line.text.replace(TATWEEL, (match: string, index: number) => {
    report(file, 'info', 'import-tatweel', 'removed a justification tatweel', { line: line.line, column: columnOf(line, index) });
    return '';
  });
  line.text = line.text.replace(SOFT_HYPHEN, (match: string, index: number, text: string) => {
    const atEnd = /^[ \t]*$/u.test(text.slice(index + 1));
    report(file, 'info', 'import-soft-hyphen', atEnd ? 'turned a soft hyphen at the line end into a hyphen' : 'removed a soft hyphen', {
      line: line.line,
      column: columnOf(line, index),
    });
    return atEnd ? '-' : '';
  });
}

/** `[text](#)` or `[text]()`: a citation whose target the converter lost. */
const PLACEHOLDER_LINK = /(?<!!)\[([^\]]+)\]\(\s*#?\s*\)/gu;

export function reportPlaceholderLinks(line: Line, file: VFile): void {
  for (const match of line.text.matchAll(PLACEHOLDER_LINK)) {
    report(
      file,
      'warning',
      'import-placeholder-link',
      `link '${match[1]}' has no target (kept as a citation without a source)`,
      { line: line.line, column: columnOf(line, match.index) },
    );
  }
}
