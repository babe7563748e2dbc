/**
 * Checks on one aligned pair of units: what a faithful translation keeps
 * unchanged. Each finding is reported where it can be fixed: a differing number
 * or date at the number, in each file; a missing entity or term in the file
 * that lacks it; a differing citation count at the block in both files, a
 * target cited on one side only at its link.
 */
import type { VFile } from 'vfile';
import type { Lang } from '../model/paper.js';
import { report } from '../model/diagnostics.js';
import { Rules, type Rule } from '../model/rules.js';
import { targetHost, type Occurrence, type Unit } from './units.js';
import type { NumberToken } from './numbers.js';
import { location } from 'vfile-location';

export type Side = { lang: Lang; unit: Unit; file: VFile };

export const LANGUAGE: Record<Lang, string> = { en: 'English', ar: 'Arabic' };
const KIND: Record<string, string> = { heading: 'heading', paragraph: 'paragraph', list: 'list', listItem: 'list item' };

export const kindName = (unit: Unit): string => KIND[unit.kind] ?? unit.kind;
/** "the Arabic paragraph (line 12)": how a message names the counterpart. */
export const counterpart = (side: Side): string => `the ${LANGUAGE[side.lang]} ${kindName(side.unit)} (line ${side.unit.start.line})`;

const locations = new WeakMap<VFile, ReturnType<typeof location>>();
/** Line and column of a source offset (the index of a file is built once). */
function pointAt(file: VFile, offset: number) {
  let index = locations.get(file);
  if (!index) locations.set(file, (index = location(file)));
  return index.toPoint(offset) ?? undefined;
}

/** Numbers and dates must be the same on both sides, whatever the digits they are written in. */
export function checkNumbers(a: Side, b: Side): void {
  const reportUnmatched = (from: Side, to: Side): void => {
    const seen = new Set<string>();
    for (const n of from.unit.numbers) {
      if (n.ordinal || to.unit.keys.numbers.has(n.value) || to.unit.words.has(n.value) || seen.has(n.value)) continue;
      seen.add(n.value);
      report(from.file, Rules.alignNumberMismatch, `Number ${n.text} is not in ${counterpart(to)}${numbersList(to.unit.numbers)}`, pointAt(from.file, n.start));
    }
  };
  reportUnmatched(a, b);
  reportUnmatched(b, a);
  // Month and day names are not digits: compare the extracted dates too, when the digits already agree.
  const [na, nb] = [a.unit.keys.numbers, b.unit.keys.numbers];
  const sameNumbers = na.size === nb.size && [...na].every((x) => nb.has(x));
  if (sameNumbers && a.unit.dates.length > 0 && b.unit.dates.length > 0) {
    const reportDates = (from: Side, to: Side): void => {
      // A range (2006/2011) may be two dates on the other side, and the other way round: compare end points.
      const there = to.unit.dates.flatMap((o) => o.id.split('/'));
      for (const d of from.unit.dates) {
        if (d.id.split('/').every((end) => there.some((o) => sameDate(end, o)))) continue;
        report(from.file, Rules.alignNumberMismatch, `Date “${d.label}” (${d.id}) is not in ${counterpart(to)}`, pointAt(from.file, d.span.start));
      }
    };
    reportDates(a, b);
    reportDates(b, a);
  }
}

function numbersList(numbers: NumberToken[]): string {
  const values = [...new Set(numbers.map((n) => n.text))];
  return values.length > 0 ? `, which has ${values.join(', ')}` : ', which has no number';
}

/** `2022` and `2022-07` agree (one side is less precise); `2022-07` and `2022-06` do not. */
const sameDate = (x: string, y: string): boolean => x === y || x.startsWith(`${y}-`) || y.startsWith(`${x}-`);

/** Citations pair up one to one: same count, and every real target cited on both sides. */
export function checkCitations(a: Side, b: Side): void {
  const ca = a.unit.citations;
  const cb = b.unit.citations;
  if (ca.length !== cb.length) {
    for (const [here, there] of [[a, b], [b, a]] as const) {
      report(
        here.file,
        Rules.alignCitationMismatch,
        `${capitalize(kindName(here.unit))} has ${plural(here.unit.citations.length, 'citation')}; ${counterpart(there)} has ${there.unit.citations.length}`,
        here.unit.start,
      );
    }
    return;
  }
  // Pair equal targets first, then targets on the same site (editions often cite a site's page in their own language).
  const left = ca.filter((c) => c.target !== null);
  const right = cb.filter((c) => c.target !== null);
  for (const match of [(x: string, y: string) => x === y, (x: string, y: string) => targetHost(x) === targetHost(y)]) {
    for (let i = left.length - 1; i >= 0; i--) {
      const j = right.findIndex((r) => match(left[i].target!, r.target!));
      if (j < 0) continue;
      left.splice(i, 1);
      right.splice(j, 1);
    }
  }
  for (const [rest, here, there] of [[left, a, b], [right, b, a]] as const) {
    for (const c of rest) {
      report(here.file, Rules.alignCitationMismatch, `Citation target ${c.target} is not cited in ${counterpart(there)}`, c.start);
    }
  }
}

/**
 * An entity or term named on one side only. Reported in the file that lacks it,
 * and only when that language has a name for it (otherwise the extractor could
 * not have found it there).
 */
export function checkOccurrences(a: Side, b: Side, pick: (u: Unit) => Occurrence[], nameIn: (id: string, lang: Lang) => string | undefined, what: string, rule: Rule): void {
  for (const [from, to] of [[a, b], [b, a]] as const) {
    const present = new Set(pick(to.unit).map((o) => o.id));
    const done = new Set<string>();
    for (const o of pick(from.unit)) {
      const name = nameIn(o.id, to.lang);
      if (present.has(o.id) || done.has(o.id) || !name) continue;
      done.add(o.id);
      report(to.file, rule, `${capitalize(what)} “${name}” (${o.id}; “${o.label}” there) is in ${counterpart(from)} but not in this ${kindName(to.unit)}`, to.unit.start);
    }
  }
}

/** Paired headings of different levels put the section at different places in the outline. */
export function checkHeadingDepth(a: Side, b: Side): void {
  if (a.unit.kind !== 'heading' || a.unit.depth === b.unit.depth) return;
  for (const [here, there] of [[a, b], [b, a]] as const) {
    report(here.file, Rules.alignHeadingDepth, `Heading is level ${here.unit.depth}; ${counterpart(there)} is level ${there.unit.depth}`, here.unit.start);
  }
}

export const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
