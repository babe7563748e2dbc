/**
 * Coreference: which entity a name that several entities share refers to.
 *
 * A surname alone ("Sadr") or a shared alias goes to the candidate the paper
 * has talked about most up to that point (ties: the most recent); before any of
 * them is named, to the one the paper names in full most often, then to the
 * gazetteer's order (the most prominent bearer of a surname is listed first).
 */
import type { NameSense } from './lexicon.js';

export interface Occurrence {
  candidates: NameSense[];
}

export function resolveAll(occurrences: Occurrence[], order: Map<string, number>): (string | null)[] {
  const entitiesOf = (o: Occurrence): string[] => [...new Set(o.candidates.map((c) => c.entity))];
  const fullNames = new Map<string, number>();
  for (const o of occurrences) {
    const ids = entitiesOf(o);
    if (ids.length === 1 && o.candidates.some((c) => c.kind === 'name')) fullNames.set(ids[0], (fullNames.get(ids[0]) ?? 0) + 1);
  }
  const seen = new Map<string, number>();
  const lastAt = new Map<string, number>();
  return occurrences.map((o, at) => {
    const ids = entitiesOf(o);
    // A full name beats a surname it shares with others ("Muhammad Sadiq al-Sadr" is never just "Sadr").
    const named = o.candidates.filter((c) => c.kind === 'name').map((c) => c.entity);
    const pool = named.length > 0 ? [...new Set(named)] : ids;
    const chosen = pool.length === 1 ? pool[0] : pick(pool, seen, lastAt, fullNames, order);
    seen.set(chosen, (seen.get(chosen) ?? 0) + 1);
    lastAt.set(chosen, at);
    return chosen;
  });
}

function pick(pool: string[], seen: Map<string, number>, lastAt: Map<string, number>, fullNames: Map<string, number>, order: Map<string, number>): string {
  const score = (id: string): number[] => [seen.get(id) ?? 0, lastAt.get(id) ?? -1, fullNames.get(id) ?? 0, -(order.get(id) ?? Number.MAX_SAFE_INTEGER)];
  return [...pool].sort((a, b) => {
    const sa = score(a);
    const sb = score(b);
    for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sb[i] - sa[i];
    return a < b ? -1 : a > b ? 1 : 0;
  })[0];
}
