/**
 * Bilingual alignment stage: pair the blocks of the English and Arabic editions
 * of one paper, report blocks with no counterpart at their line in both files,
 * and check each pair for what a translation must keep (numbers and dates,
 * citations, named entities, glossary terms).
 *
 * Pure: reads the two Papers, adds messages to the two files, returns the
 * pairs the JSON editions carry (`alignment`).
 */
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import type { AlignmentPair, Lang, Paper } from '../model/paper.js';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { alignSequences, type Step } from './sequence.js';
import { lengthRatio, similarity } from './similarity.js';
import { excerpt, joinUnits, unitsOf, type Unit } from './units.js';
import { capitalize, checkCitations, checkHeadingDepth, checkNumbers, checkOccurrences, counterpart, kindName, LANGUAGE, type Side } from './compare.js';

export interface Alignment {
  /** Pairs of block ids (headings, blocks, list items) in document order. */
  alignment: AlignmentPair[];
  /** Block ids with no counterpart in the other edition. */
  unmatched: { en: string[]; ar: string[] };
}

/**
 * Pairing costs. A pair scores its similarity (0..1) minus PAIR_COST, an
 * unpaired block GAP: two blocks of the same kind pair unless they are so unlike
 * (similarity below PAIR_COST + 2 × GAP = 0.1) that "one missing here, one
 * extra there" explains them better. A paragraph paired with two consecutive
 * paragraphs (a translator's split or merge) pays SPLIT_COST more, so it wins
 * only when the two read as one far better than either reads alone.
 */
const PAIR_COST = 0.5;
const GAP = -0.2;
const SPLIT_COST = 0.25;

/**
 * How many times the length ratio is re-estimated from the blocks an
 * alignment paired. The paper-wide ratio is wrong for an edition that
 * translates only part of the other (a partial translation: its ratio is the
 * share translated, not the languages' ratio), and a wrong ratio makes every
 * length look off, so that blocks are split, merged or left unpaired at
 * random; the ratio of the paired blocks alone is the languages' own.
 */
const RATIO_REFINEMENTS = 2;

/** At least this many paired blocks before their ratio is trusted over the paper-wide one. */
const MIN_PAIRS_FOR_RATIO = 3;

/**
 * An edition whose paper-wide length ratio is off by more than this factor
 * from its paired blocks' ratio stops short of the other (it is a partial
 * translation, declared or not): a block left over at the end then costs
 * END_GAP instead of GAP, so that the translated part pairs as a prefix.
 */
const TRUNCATED_RATIO = 1.25;
const END_GAP = GAP / 4;

export function alignPapers(en: Paper, ar: Paper, files: { en: VFile; ar: VFile }): Alignment {
  const units = { en: unitsOf(en, files.en), ar: unitsOf(ar, files.ar) };

  const entityNames = new Map<string, Partial<Record<Lang, string>>>();
  for (const entity of [...en.entities, ...ar.entities]) entityNames.set(entity.id, { ...entityNames.get(entity.id), ...entity.names });
  const entityName = (id: string, lang: Lang) => entityNames.get(id)?.[lang] || undefined;
  const termNames = new Map([...en.glossary, ...ar.glossary].map((g) => [g.id, g.term]));
  const termName = (id: string, lang: Lang) => termNames.get(id)?.[lang] || undefined;

  const result: Alignment = { alignment: [], unmatched: { en: [], ar: [] } };

  /** The checks every aligned pair goes through (a joined pair of paragraphs counts as one). */
  const checkPair = (x: Side, y: Side): void => {
    checkHeadingDepth(x, y);
    checkNumbers(x, y);
    checkCitations(x, y);
    checkOccurrences(x, y, (u) => u.entities, entityName, 'entity', Rules.alignEntityMissing);
    checkOccurrences(x, y, (u) => u.terms, termName, 'term', Rules.alignTermMissing);
  };

  const paperRatio = lengthRatio(leaves(units.en), leaves(units.ar));
  const ratio = pairedRatio(units.en, units.ar, paperRatio);

  // An edition marked `translation: partial` translates the other's first part: what follows its last translated block is its tail.
  const partial = ([en, ar] as const).find((p) => p.meta.translation === 'partial')?.meta.lang;
  const truncated = partial !== undefined || Math.abs(Math.log(paperRatio / ratio)) > Math.log(TRUNCATED_RATIO);
  /** The blocks of each edition after the last block paired at the top level. */
  const tails: Record<Lang, Unit[]> = { en: [], ar: [] };

  const alignLevel = (a: Unit[], b: Unit[], ends: { en: Point; ar: Point }, top = false): void => {
    const { steps, joinedA, joinedB } = alignUnits(a, b, ratio, top && truncated ? END_GAP : GAP);
    const lastPair = steps.findLastIndex((step) => step.a.length > 0 && step.b.length > 0);
    steps.forEach((step, k) => {
      if (step.a.length > 0 && step.b.length > 0) {
        for (const i of step.a) for (const j of step.b) result.alignment.push({ en: a[i].id, ar: b[j].id });
        const x: Side = { lang: 'en', unit: step.a.length === 2 ? joinedA[step.a[0]]! : a[step.a[0]], file: files.en };
        const y: Side = { lang: 'ar', unit: step.b.length === 2 ? joinedB[step.b[0]]! : b[step.b[0]], file: files.ar };
        if (step.a.length === 2) reportSplit(y, step.a.map((i) => a[i]), x);
        else if (step.b.length === 2) reportSplit(x, step.b.map((j) => b[j]), y);
        else if (x.unit.kind === 'list') return alignLevel(x.unit.items, y.unit.items, { en: x.unit.end, ar: y.unit.end });
        return checkPair(x, y);
      }
      const lang: Lang = step.a.length > 0 ? 'en' : 'ar';
      const unit = lang === 'en' ? a[step.a[0]] : b[step.b[0]];
      result.unmatched[lang].push(unit.id);
      if (top && k > lastPair) {
        tails[lang].push(unit);
        // Not yet translated: summed up by reportCoverage, not block by block.
        if (otherOf(lang) === partial) return;
      }
      reportUnmatched({ lang, unit, file: files[lang] }, placeInOther(steps.slice(k + 1), { en: a, ar: b }, lang, ends), files);
    });
  };

  checkPublicationDate(en, ar, files);
  checkPublisherSite(en, ar, files);
  const end = (list: Unit[], file: VFile): Point => list.at(-1)?.end ?? { line: String(file.value).split('\n').length, column: 1 };
  const ends = { en: end(units.en, files.en), ar: end(units.ar, files.ar) };
  alignLevel(units.en, units.ar, ends, true);
  for (const lang of ['en', 'ar'] as const) {
    const other = otherOf(lang);
    // A translation stopped short: a whole section or more left (a last paragraph missing is reported as such).
    const stopped = tails[lang].some((u) => u.kind === 'heading') || (partial === other && tails[lang].length > 0);
    if (stopped) reportCoverage(units[lang], tails[lang], { lang: other, file: files[other], end: ends[other], declared: partial === other });
  }
  return result;
}

/** Leaf units: a list's items instead of the list. */
const leaves = (list: Unit[]): Unit[] => list.flatMap((u) => (u.kind === 'list' ? u.items : [u]));

/** Consecutive paragraphs joined, for the 2:1 and 1:2 steps (computed once per list, not once per cell). */
const joined = (list: Unit[]): (Unit | null)[] => list.map((u, i) => (u.kind === 'paragraph' && list[i + 1]?.kind === 'paragraph' ? joinUnits(u, list[i + 1]) : null));

/** The best alignment of two lists of units under a length ratio, with the joined paragraphs its 2:1 and 1:2 steps stand for. */
function alignUnits(a: Unit[], b: Unit[], ratio: number, endGap = GAP): { steps: Step[]; joinedA: (Unit | null)[]; joinedB: (Unit | null)[] } {
  const joinedA = joined(a);
  const joinedB = joined(b);
  const scored = (x: Unit | null, y: Unit | null, cost: number): number | null => {
    if (!x || !y) return null;
    const s = similarity(x, y, ratio);
    return s === null ? null : s - cost;
  };
  const steps = alignSequences(a.length, b.length, {
    pair: (i, j) => scored(a[i], b[j], PAIR_COST),
    gap: GAP,
    endGap,
    merge: (i, j, da) => (da === 2 ? scored(joinedA[i], b[j], PAIR_COST + SPLIT_COST) : scored(a[i], joinedB[j], PAIR_COST + SPLIT_COST)),
  });
  return { steps, joinedA, joinedB };
}

/** The length ratio of the blocks an alignment pairs, re-estimated RATIO_REFINEMENTS times from `paperRatio`. */
function pairedRatio(en: Unit[], ar: Unit[], paperRatio: number): number {
  let ratio = paperRatio;
  for (let round = 0; round < RATIO_REFINEMENTS; round++) {
    const pairs = alignUnits(en, ar, ratio).steps.filter((s) => s.a.length === 1 && s.b.length === 1);
    if (pairs.length < MIN_PAIRS_FOR_RATIO) break;
    ratio = lengthRatio(pairs.flatMap((s) => leaves([en[s.a[0]]])), pairs.flatMap((s) => leaves([ar[s.b[0]]])));
  }
  return ratio;
}

/** The other edition of `lang`. */
const otherOf = (lang: Lang): Lang => (lang === 'en' ? 'ar' : 'en');

/**
 * Where a block of `lang`'s edition with no counterpart would go in the other
 * edition: before the next block there that has one (in the `later` steps),
 * else at the end of the level (`ends`).
 */
function placeInOther(later: Step[], units: Record<Lang, Unit[]>, lang: Lang, ends: Record<Lang, Point>): { at: Point; before: boolean } {
  const other = otherOf(lang);
  const next = later.find((s) => (other === 'ar' ? s.b : s.a).length > 0);
  if (!next) return { at: ends[other], before: false };
  return { at: units[other][(other === 'ar' ? next.b : next.a)[0]].start, before: true };
}

/** A block on one side only: said in the other file, where it belongs, and in its own. */
function reportUnmatched(here: Side, place: { at: Point; before: boolean }, files: Record<Lang, VFile>): void {
  const other = otherOf(here.lang);
  const { unit } = here;
  const where = `${place.before ? 'before' : 'at'} line ${place.at.line}`;
  report(files[other], Rules.alignMissingBlock, `Missing ${kindName(unit)}: ${counterpart(here)} “${excerpt(unit)}” has no counterpart in this file; it belongs ${where}`, place.at);
  report(files[here.lang], Rules.alignExtraBlock, `${capitalize(kindName(unit))} has no counterpart in the ${LANGUAGE[other]} edition (it would go ${where} there)`, unit.start);
}

/** One paragraph (`single`) translated as two (`parts`, in `joined`'s file): said in both files. */
function reportSplit(single: Side, parts: Unit[], joined: Side): void {
  const lines = `lines ${parts[0].start.line} and ${parts[1].start.line}`;
  report(single.file, Rules.alignSplitBlock, `Paragraph is two paragraphs in the ${LANGUAGE[joined.lang]} edition (${lines}): split it there too, or join those`, single.unit.start);
  report(joined.file, Rules.alignSplitBlock, `These two paragraphs (${lines}) are one in the ${LANGUAGE[single.lang]} edition (line ${single.unit.start.line}): join them, or split that one`, parts[0].start);
}

/**
 * One line on how far a translation goes, when the other edition goes on for
 * a section or more after its last translated block: `ar: 3 of 8 sections
 * translated (…)`, at the end of the translation. Sections are the other
 * edition's highest-level headings.
 */
function reportCoverage(all: Unit[], tail: Unit[], translation: { lang: Lang; file: VFile; end: Point; declared: boolean }): void {
  const headings = all.filter((u) => u.kind === 'heading');
  const depth = Math.min(...headings.map((u) => u.depth));
  const sections = headings.filter((u) => u.depth === depth);
  const untranslated = tail.filter((u) => u.kind === 'heading' && u.depth === depth).length;
  const source = LANGUAGE[otherOf(translation.lang)];
  const blocks = `${all.length - tail.length} of ${all.length} blocks of the ${source} edition`;
  const share = sections.length > 0 ? `${sections.length - untranslated} of ${sections.length} sections translated (${blocks})` : `${blocks} translated`;
  const advice = translation.declared
    ? '; the rest is not reported block by block (translation: partial)'
    : `; if the translation is still in progress, add "translation: partial" to this file's front matter to have this line instead of a warning for each block after line ${translation.end.line}`;
  report(translation.file, Rules.alignCoverage, `${translation.lang}: ${share}${advice}`, translation.end);
}

/** Both editions of one paper carry the same publication date; a differing one is reported at `date:` in each file. */
function checkPublicationDate(en: Paper, ar: Paper, files: { en: VFile; ar: VFile }): void {
  if (en.meta.date === ar.meta.date) return;
  for (const [paper, other, file] of [[en, ar, files.en], [ar, en, files.ar]] as const) {
    report(file, Rules.alignMetaMismatch, `Publication date ${paper.meta.date} differs from the ${LANGUAGE[other.meta.lang]} edition's ${other.meta.date}`, keyLine(paper, 'date'));
  }
}

/** Both editions give the publisher one site, scheme included (http in one and https in the other is one of them wrong). */
function checkPublisherSite(en: Paper, ar: Paper, files: { en: VFile; ar: VFile }): void {
  const [a, b] = [en.meta.publisher.site, ar.meta.publisher.site];
  if (!a || !b || a === b) return;
  const rest = (url: string) => url.replace(/^https?:\/\//u, '');
  for (const [paper, other, file] of [[en, ar, files.en], [ar, en, files.ar]] as const) {
    const [mine, theirs] = [paper.meta.publisher.site!, other.meta.publisher.site!];
    const what = rest(mine) === rest(theirs) ? 'write the same URL, https://, in both' : 'the editions have one publisher';
    report(file, Rules.alignMetaMismatch, `Publisher site ${mine} differs from the ${LANGUAGE[other.meta.lang]} edition's ${theirs}: ${what}`, keyLine(paper, 'site'));
  }
}

/** Where a front-matter key (`date:`, or `site:` inside `publisher:`) is written (the front matter's first line when not found). */
function keyLine(paper: Paper, key: string): Point | undefined {
  const yaml = paper.body.children.find((n) => n.type === 'yaml');
  if (!yaml?.position) return undefined;
  const index = yaml.value.split('\n').findIndex((line) => new RegExp(`^\\s*${key}\\s*:`, 'u').test(line));
  return { line: yaml.position.start.line + 1 + Math.max(0, index), column: 1 };
}
