/**
 * Text that a page or line break cut in two is put back together:
 * - a word hyphenated by the typesetter (`govern-` / `ing`) is joined, a real
 *   compound (`Iran-` / `backed`) keeps its hyphen (see `keepsHyphen`);
 * - a paragraph that ends without terminal punctuation and is followed by one
 *   that starts in lower case (`Sadr seeks to` / `promote …`) is one paragraph;
 *   before a capital, only when it ends in a function word (`between Maliki
 *   and` / `Sadr …`) or is long and stops on a bare word; in Arabic, which has
 *   no case, when it is long or ends in a function word. Either way the text
 *   before the cut must read as cut prose (see `looksCut`): a blank line
 *   between two short paragraphs is CommonMark, not a scar.
 */
import type { VFile } from 'vfile';
import { endOf, LIST_ITEM, type Block, type Line } from './lines.js';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { isArabic } from './script.js';
import { styledHeading } from './styled.js';
import { keepsHyphen, type WordCounts } from './words.js';

/** A line ending in a letter and a hyphen (not `--`, not ` -`). */
const HYPHEN_END = /(\p{L}+)-$/u;
const FIRST_WORD = /^\p{L}[\p{L}\p{M}'’]*/u;

/**
 * Words after which an English sentence cannot end; a paragraph ending in one
 * continues on the next page even when that page starts with a capital
 * (`between Maliki and` / `Sadr …`).
 */
const EN_FUNCTION_WORDS = new Set(
  ('a an the and or but nor of to in on at by for from with into onto over under between among ' +
    'against as that which who whom whose this these those its his her their our your is are was ' +
    'were be been being has have had will would could should may might can not than both either ' +
    'neither such via per within without toward towards upon during after before since until ' +
    'through across about including whether while whereas if').split(' '),
);
const AR_FUNCTION_WORDS = new Set(
  'في من على إلى الى عن أن ان إن التي الذي الذين اللذين مع بين حول ضد عبر خلال منذ حتى لدى كما أو او ثم بل لكن قد لم لن ما هذا هذه ذلك تلك و'.split(' '),
);
/** A long Arabic paragraph without final punctuation is taken as cut when it
 * has at least this many words (Arabic has no case to tell a continuation). */
const AR_MIN_WORDS = 12;
/** The same for an English paragraph followed by one that starts with a capital. */
const EN_MIN_WORDS = 20;
/**
 * Text cut at the foot of a page fills the rest of that page: a paragraph (or
 * list item) of fewer words is taken as whole (`aaa` / `bbb` are two
 * paragraphs) unless it stops on a function word, the text shows its pages
 * (page numbers, running lines, page-break marks) or a hyphen cuts a word.
 */
const CUT_MIN_WORDS = 8;
/** Ending on a function word says "cut" from this many words (`_ _ _ a` is no sentence). */
const FUNCTION_END_MIN_WORDS = 3;
/** A one-line paragraph shorter than this without a final stop may be a heading. */
const HEADING_MAX_WORDS = 8;

/** The line without trailing emphasis, link destinations, closing quotes and
 * note numbers, so its last character is the one a reader sees last. */
function visibleEnd(text: string): string {
  let end = text.trimEnd();
  for (let previous = ''; previous !== end; ) {
    previous = end;
    end = end
      .replace(/\]\([^)]*\)$/u, '')
      .replace(/\[\^[^\]]+\]$|\[\d{1,3}\]$|<sup>[^<]*<\/sup>$/u, '')
      .replace(/(?<=[.!?؟])\d{1,3}$/u, '')
      .replace(/[*_~`"”’»'\]]+$/u, '')
      .trimEnd();
  }
  return end;
}

function visibleStart(text: string): string {
  return text.replace(LIST_ITEM, '').replace(/^[\s*_"“‘«(\[]+/u, '');
}

function isTerminated(text: string): boolean {
  // A closing parenthesis ends no sentence on its own: `(2006 to 2011)` + `and …`.
  return /[.!?…:;؟؛۔]$/u.test(visibleEnd(text));
}

function lastWord(text: string): string {
  return (/[\p{L}\p{M}]+$/u.exec(visibleEnd(text))?.[0] ?? '').toLowerCase();
}

function wordsIn(block: Block): number {
  return block.lines.map((l) => l.text).join(' ').split(/\s+/u).length;
}

/**
 * Does the text before a possible cut (a paragraph, or a list's last item)
 * read as prose that a page cut? Long enough, or a sentence of a few words
 * stopping on a function word (`Clashes broke out between`).
 */
function looksCut(block: Block): boolean {
  const items = block.lines.filter((l) => LIST_ITEM.test(l.text));
  const lines = block.kind === 'list' && items.length ? block.lines.slice(block.lines.indexOf(items.at(-1)!)) : block.lines;
  const words = lines.map((l) => l.text).join(' ').split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  // The function word must be the line's last text, not a link's (`[a](<b>c)`).
  const end = lines.at(-1)!.text.trimEnd();
  const last = /\p{L}$/u.test(end) ? lastWord(end) : '';
  return words >= CUT_MIN_WORDS || (words >= FUNCTION_END_MIN_WORDS && (EN_FUNCTION_WORDS.has(last) || AR_FUNCTION_WORDS.has(last)));
}

/** One short line without a final stop: a heading the converter left as a paragraph. */
function headingLike(block: Block): boolean {
  return block.lines.length === 1 && wordsIn(block) < HEADING_MAX_WORDS && !isTerminated(block.lines[0].text);
}

/** Does `next` continue the sentence that `target` leaves open? A line set
 * wholly in bold or capitals is a heading: nothing continues into or out of it. */
function continuesText(target: Block, next: Block, paged: boolean): boolean {
  if (!paged && !looksCut(target)) return false;
  return !styledHeading(target) && !styledHeading(next) && continues(target, next);
}

function continues(target: Block, next: Block): boolean {
  const last = target.lines.at(-1)!.text;
  if (isTerminated(last)) return false;
  const start = visibleStart(next.lines[0].text);
  const end = visibleEnd(last);
  if (isArabic(last) && isArabic(start)) {
    if (!/^\p{Script=Arabic}/u.test(start)) return false;
    return AR_FUNCTION_WORDS.has(lastWord(last)) || (wordsIn(target) >= AR_MIN_WORDS && !headingLike(next));
  }
  if (/^\p{Ll}/u.test(start)) return /[\p{L}\p{N},)\-–—]$/u.test(end);
  if (!/^[\p{Lu}\p{N}]/u.test(start)) return false;
  // Before a capital (a name, very often, in these papers) only a function
  // word or a long paragraph stopping on a bare word says the page cut it.
  return (
    EN_FUNCTION_WORDS.has(lastWord(last)) ||
    (/[\p{L}\p{N}]$/u.test(end) && wordsIn(target) >= EN_MIN_WORDS && !headingLike(next))
  );
}

function quote(text: string, side: 'end' | 'start'): string {
  const words = text.trim().split(/\s+/u);
  return side === 'end' ? `… ${words.slice(-3).join(' ')}` : `${words.slice(0, 3).join(' ')} …`;
}

/**
 * Join `next` onto the end of `last` at a hyphen; returns false when `last`
 * does not end in a hyphenated word or `next` does not start with a letter.
 */
function joinHyphenated(
  last: Line,
  next: Line,
  where: string,
  counts: WordCounts,
  file: VFile,
): boolean {
  const head = HYPHEN_END.exec(last.text.trimEnd());
  const start = FIRST_WORD.exec(next.text.trimStart());
  if (!head || !start || LIST_ITEM.test(next.text)) return false;
  const prefix = head[1];
  const suffix = start[0];
  const keep = /^\p{Lu}/u.test(suffix) || keepsHyphen(prefix, suffix, counts);
  const body = last.text.trimEnd();
  last.text = (keep ? body : body.slice(0, -1)) + next.text.trimStart();
  const hyphenAt = endOf(last);
  continueFrom(last, next);
  report(
    file,
    Rules.importJoinHyphenated,
    keep
      ? `joined '${prefix}-' + '${suffix}' across a ${where}, keeping the hyphen of the compound`
      : `joined '${prefix}-' + '${suffix}' across a ${where}`,
    hyphenAt,
  );
  return true;
}

/** After `next` was appended to `last`, the merged line ends where `next`
 * ended in the original: a later join reports that place. */
function continueFrom(last: Line, next: Line): void {
  last.line = next.line;
  last.original = next.original;
}

const JOINABLE = new Set(['paragraph', 'list']);

/** Words hyphenated at the end of a line inside one paragraph. */
function joinLines(block: Block, counts: WordCounts, file: VFile): void {
  for (let i = 0; i + 1 < block.lines.length; ) {
    if (joinHyphenated(block.lines[i], block.lines[i + 1], 'line break', counts, file)) {
      block.lines.splice(i + 1, 1);
    } else i++;
  }
}

export function joinBrokenText(blocks: Block[], counts: WordCounts, file: VFile, paged: boolean): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    if (JOINABLE.has(block.kind)) joinLines(block, counts, file);
    const previous = out.at(-1);
    // A thematic break between the two halves is the converter's page separator.
    const beforeRule = out.at(-2);
    const target = previous?.kind === 'rule' && beforeRule ? beforeRule : previous;
    if (!target || block.kind !== 'paragraph' || !JOINABLE.has(target.kind)) {
      out.push(block);
      continue;
    }
    const last = target.lines.at(-1)!;
    const [first, ...rest] = block.lines;
    const hyphenated = joinHyphenated(last, first, 'page break', counts, file);
    if (!hyphenated && continuesText(target, block, paged)) {
      report(
        file,
        Rules.importJoinParagraph,
        `joined a paragraph cut by a page break ('${quote(last.text, 'end')}' + '${quote(first.text, 'start')}')`,
        endOf(last),
      );
      last.text = `${last.text.trimEnd()} ${first.text.trimStart()}`;
      continueFrom(last, first);
    } else if (!hyphenated) {
      out.push(block);
      continue;
    }
    target.lines.push(...rest);
    if (target !== previous) {
      report(file, Rules.importPageBreak, 'dropped a thematic break that cut a paragraph', {
        line: previous!.lines[0].line,
        column: 1,
      });
      out.pop();
    }
  }
  return out;
}
