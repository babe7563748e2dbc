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
import { warn } from '../model/diagnostics.js';
import { alignSequences } from './sequence.js';
import { lengthRatio, similarity } from './similarity.js';
import { excerpt, unitsOf, type Unit } from './units.js';
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
 * extra there" explains them better.
 */
const PAIR_COST = 0.5;
const GAP = -0.2;

export function alignPapers(en: Paper, ar: Paper, files: { en: VFile; ar: VFile }): Alignment {
  const units = { en: unitsOf(en, files.en), ar: unitsOf(ar, files.ar) };
  const leaves = (list: Unit[]) => list.flatMap((u) => (u.kind === 'list' ? u.items : [u]));
  const ratio = lengthRatio(leaves(units.en), leaves(units.ar));

  const entityNames = new Map<string, Partial<Record<Lang, string>>>();
  for (const entity of [...en.entities, ...ar.entities]) entityNames.set(entity.id, { ...entityNames.get(entity.id), ...entity.names });
  const entityName = (id: string, lang: Lang) => entityNames.get(id)?.[lang] || undefined;
  const termNames = new Map([...en.glossary, ...ar.glossary].map((g) => [g.id, g.term]));
  const termName = (id: string, lang: Lang) => termNames.get(id)?.[lang] || undefined;

  const result: Alignment = { alignment: [], unmatched: { en: [], ar: [] } };

  const alignLevel = (a: Unit[], b: Unit[], ends: { en: Point; ar: Point }): void => {
    const steps = alignSequences(a.length, b.length, (i, j) => {
      const s = similarity(a[i], b[j], ratio);
      return s === null ? null : s - PAIR_COST;
    }, GAP);
    steps.forEach((step, k) => {
      if (step.a !== null && step.b !== null) {
        const x: Side = { lang: 'en', unit: a[step.a], file: files.en };
        const y: Side = { lang: 'ar', unit: b[step.b], file: files.ar };
        result.alignment.push({ en: x.unit.id, ar: y.unit.id });
        if (x.unit.kind === 'list') {
          alignLevel(x.unit.items, y.unit.items, { en: x.unit.end, ar: y.unit.end });
          return;
        }
        checkHeadingDepth(x, y);
        checkNumbers(x, y);
        checkCitations(x, y);
        checkOccurrences(x, y, (u) => u.entities, entityName, 'entity', 'align-entity-missing');
        checkOccurrences(x, y, (u) => u.terms, termName, 'term', 'align-term-missing');
        return;
      }
      // One side only: where would it go on the other side? Before the next block that does have a counterpart there.
      const [lang, other]: [Lang, Lang] = step.a !== null ? ['en', 'ar'] : ['ar', 'en'];
      const unit = step.a !== null ? a[step.a] : b[step.b!];
      const next = steps.slice(k + 1).find((s) => (other === 'ar' ? s.b : s.a) !== null);
      const nextUnit = next ? (other === 'ar' ? b[next.b!] : a[next.a!]) : undefined;
      const where = nextUnit ? nextUnit.start : ends[other];
      const here: Side = { lang, unit, file: files[lang] };
      result.unmatched[lang].push(unit.id);
      warn(
        files[other],
        `Missing ${kindName(unit)}: ${counterpart(here)} “${excerpt(unit)}” has no counterpart in this file; it belongs ${nextUnit ? 'before' : 'at'} line ${where.line}`,
        'align-missing-block',
        where,
      );
      warn(
        files[lang],
        `${capitalize(kindName(unit))} has no counterpart in the ${LANGUAGE[other]} edition (it would go ${nextUnit ? 'before' : 'at'} line ${where.line} there)`,
        'align-extra-block',
        unit.start,
      );
    });
  };

  checkPublicationDate(en, ar, files);
  const end = (list: Unit[], file: VFile): Point => list.at(-1)?.end ?? { line: String(file.value).split('\n').length, column: 1 };
  alignLevel(units.en, units.ar, { en: end(units.en, files.en), ar: end(units.ar, files.ar) });
  return result;
}

/** Both editions of one paper carry the same publication date; a differing one is reported at `date:` in each file. */
function checkPublicationDate(en: Paper, ar: Paper, files: { en: VFile; ar: VFile }): void {
  if (en.meta.date === ar.meta.date) return;
  for (const [paper, other, file] of [[en, ar, files.en], [ar, en, files.ar]] as const) {
    warn(file, `Publication date ${paper.meta.date} differs from the ${LANGUAGE[other.meta.lang]} edition's ${other.meta.date}`, 'align-meta-mismatch', dateLine(paper));
  }
}

/** Where `date:` is written in the front matter (the front matter's first line when not found). */
function dateLine(paper: Paper): Point | undefined {
  const yaml = paper.body.children.find((n) => n.type === 'yaml');
  if (!yaml?.position) return undefined;
  const index = yaml.value.split('\n').findIndex((line) => /^date\s*:/u.test(line));
  return { line: yaml.position.start.line + 1 + Math.max(0, index), column: 1 };
}
