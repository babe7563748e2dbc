/** Glossary as JSON: the rows, with where each term is used. */
import type { PaperRef, Row } from './rows.js';

export function glossaryJson(rows: Row[], papers: PaperRef[]): string {
  const doc = {
    papers: papers.map((p) => ({ slug: p.slug, title: p.title, editions: Object.keys(p.editions).sort() })).sort((a, b) => (a.slug < b.slug ? -1 : 1)),
    terms: rows.map((r) => ({
      id: r.id,
      term: r.term,
      transliteration: r.transliteration,
      definition: r.definition,
      variants: r.variants,
      count: r.count,
      papers: [...new Set(r.uses.map((u) => u.slug))],
      uses: r.uses,
    })),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}
