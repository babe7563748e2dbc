/**
 * How alike an English unit and an Arabic unit are, from what survives
 * translation: the kind of block, its length relative to the whole paper's
 * length ratio, and the numbers, citations, entities and terms it carries.
 */
import type { Unit } from './units.js';

/** A length off by this factor from the paper's ratio scores zero on length. */
const LENGTH_TOLERANCE = Math.log(3);

/** Letters of the Arabic edition per letter of the English one, over the given units. */
export function lengthRatio(en: Unit[], ar: Unit[]): number {
  const total = (units: Unit[]) => units.reduce((sum, u) => sum + u.size, 0);
  const a = total(en);
  const b = total(ar);
  return a > 0 && b > 0 ? b / a : 1;
}

function jaccard(a: Set<string>, b: Set<string>): number | null {
  let common = 0;
  for (const x of a) if (b.has(x)) common++;
  const union = a.size + b.size - common;
  return union === 0 ? null : common / union;
}

const ratioScore = (x: number, y: number): number | null => (x === 0 && y === 0 ? null : Math.min(x, y) / Math.max(x, y));

/**
 * Similarity in [0, 1], or null when the two cannot be counterparts (a heading
 * and a paragraph). Headings of different levels may pair, at half the score:
 * a translator who demoted a heading still translated it.
 */
export function similarity(en: Unit, ar: Unit, ratio: number): number | null {
  if (en.kind !== ar.kind) return null;
  let sum = 0;
  let weight = 0;
  const add = (value: number | null, w: number): void => {
    if (value === null) return;
    sum += value * w;
    weight += w;
  };
  const expected = Math.max(1, en.size * ratio);
  const off = Math.abs(Math.log(Math.max(1, ar.size) / expected));
  add(Math.max(0, 1 - off / LENGTH_TOLERANCE), 2);
  add(jaccard(en.keys.numbers, ar.keys.numbers), 1.5);
  add(ratioScore(en.citations.length, ar.citations.length), 1);
  add(ratioScore(en.questions, ar.questions), 1);
  add(jaccard(en.keys.entities, ar.keys.entities), 1);
  add(jaccard(en.keys.terms, ar.keys.terms), 0.5);
  if (en.kind === 'list') add(ratioScore(en.items.length, ar.items.length), 2);
  const score = weight > 0 ? sum / weight : 0;
  return en.kind === 'heading' && en.depth !== ar.depth ? score / 2 : score;
}
