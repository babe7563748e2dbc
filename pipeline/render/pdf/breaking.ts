/**
 * Paragraph-wide line breaking (Knuth–Plass, through `tex-linebreak`) and English
 * hyphenation (Liang's patterns, through `hyphen` with TeX's en-us patterns).
 *
 * A paragraph is a sequence of break units (what may not be split by a line
 * break: a word with its trailing space, a URL piece). Each unit is a box; its
 * trailing space is glue that may stretch up to half an em and shrink by a third
 * of itself; a break between two units with no space between them (after a
 * slash, a dash) costs a little; a unit that may be hyphenated is a box per
 * syllable with a flagged penalty between them. The breaks chosen minimize the
 * paragraph's demerits (TeX's), so spacing is even across lines.
 */
import texLinebreak from 'tex-linebreak';
import hyphenEnUs from 'hyphen/en-us/index.js';
import { boundedMemo } from '../../text/memo.js';

/** What line breaking knows of a unit (pt). */
export interface BreakUnit {
  /** Width without the trailing white space. */
  width: number;
  /** Width of the trailing white space (0 for none) and how far it may stretch and shrink. */
  space: number;
  stretch: number;
  shrink: number;
  /** A line must end after this unit. */
  required: boolean;
  /** Widths of its syllables when it may be hyphenated (summing to about `width`), with the hyphen's width. */
  syllables?: { widths: number[]; hyphen: number };
}

/** Where a line ends: after unit `unit`, or inside it after syllable `syllable` (with a hyphen). */
export interface LineEnd {
  unit: number;
  syllable?: number;
}

type Item = { type: 'box'; width: number } | { type: 'glue'; width: number; stretch: number; shrink: number } | { type: 'penalty'; width: number; cost: number; flagged: boolean };

/** A break between two units that are not separated by a space (after a slash or a dash). */
const JOINED_BREAK = 50;
/** A hyphenation break, and two in a row. */
const HYPHEN_BREAK = 200;
const DOUBLE_HYPHEN = 3000;
/** The last line fills with glue this wide (in pt): it is never stretched. */
const FILL = 1e5;

/**
 * The line ends of the best breaking in which no space grows beyond its stretch (the
 * adjustment ratio stays within `maxRatio`), or undefined when there is none. With
 * `maxRatio` null, the best breaking whatever it costs.
 */
export function breakParagraph(units: readonly BreakUnit[], lineWidth: number, maxRatio: number | null): LineEnd[] | undefined {
  const items: Item[] = [];
  /** Per item, the line end it stands for. */
  const ends: (LineEnd | undefined)[] = [];
  const push = (item: Item, end?: LineEnd) => {
    items.push(item);
    ends.push(end);
  };
  units.forEach((u, k) => {
    const last = k === units.length - 1;
    if (u.syllables) {
      u.syllables.widths.forEach((w, s) => {
        push({ type: 'box', width: w });
        if (s < u.syllables!.widths.length - 1) push({ type: 'penalty', width: u.syllables!.hyphen, cost: HYPHEN_BREAK, flagged: true }, { unit: k, syllable: s });
      });
    } else push({ type: 'box', width: u.width });
    if (last) return;
    if (u.required) {
      push({ type: 'glue', width: 0, stretch: FILL, shrink: 0 });
      push(texLinebreak.forcedBreak(), { unit: k });
    } else if (u.space > 0) push({ type: 'glue', width: u.space, stretch: u.stretch, shrink: u.shrink }, { unit: k });
    else push({ type: 'penalty', width: 0, cost: JOINED_BREAK, flagged: false }, { unit: k });
  });
  push({ type: 'glue', width: 0, stretch: FILL, shrink: 0 });
  push(texLinebreak.forcedBreak(), { unit: units.length - 1 });
  let breaks: number[];
  try {
    breaks = texLinebreak.breakLines(items, lineWidth, { maxAdjustmentRatio: maxRatio, initialMaxAdjustmentRatio: maxRatio ?? 1, doubleHyphenPenalty: DOUBLE_HYPHEN });
  } catch (e) {
    if (e instanceof texLinebreak.MaxAdjustmentExceededError) return undefined;
    throw e;
  }
  // The first breakpoint is the paragraph's start.
  return breaks.slice(1).map((b) => ends[b]!);
}

/** Hyphens may be put this many letters from a word's ends (TeX's \lefthyphenmin, \righthyphenmin). */
const LEFT = 2;
const RIGHT = 3;

/** Lower-case Latin words, hyphenated first; then capitalised ones (names, a sentence's first word); abbreviations keep whole. */
const LOWER_CASE = /^[a-z][a-z\u00df-\u00ff’']*$/u;
const CAPITALISED = /^[A-Z\u00c0-\u00de][a-z\u00df-\u00ff’']+$/u;

/** A unit's word and the punctuation around it (a quotation mark, a bracket, a comma, a full stop). */
const WRAPPED = /^(\p{P}*)(.*?)(\p{P}*)$/su;

/**
 * The lengths of a word's syllables but the last, by Liang's patterns. A word is hyphenated once:
 * a paper repeats its words, and a paragraph that needs hyphens asks for its words' twice (common
 * words first, then names too).
 */
const syllableLengths = boundedMemo(
  (word: string): number[] =>
    hyphenEnUs
      .hyphenateSync(word, { hyphenChar: '\u00ad' })
      .split('\u00ad')
      .slice(0, -1)
      .map((part) => part.length),
  50_000,
);

/**
 * UTF-16 offsets inside `unit` (a word with the punctuation around it) where it may be
 * hyphenated (after which a hyphen is drawn): lower-case words, and capitalised ones too
 * when `capitalised`.
 */
export function hyphenationPoints(unit: string, capitalised = false): number[] {
  const [, before, word] = WRAPPED.exec(unit)!;
  if (word.length < LEFT + RIGHT || !(LOWER_CASE.test(word) || (capitalised && CAPITALISED.test(word)))) return [];
  const points: number[] = [];
  let at = 0;
  for (const length of syllableLengths(word)) {
    at += length;
    if (at >= LEFT && word.length - at >= RIGHT) points.push(before.length + at);
  }
  return points;
}
