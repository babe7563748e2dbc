/**
 * The rows every glossary export is made from: one per term, merged across
 * the editions (and papers) that use it, with the spelling variants of the
 * termbase added. Built from the serialized model (PaperJson) alone, because
 * collection outputs are rebuilt from the cached JSON editions: the glossary
 * stage stored in each entry all a row shows.
 */
import type { Lang, GlossaryEntry } from '../../model/paper.js';
import type { EditionSummary } from '../context.js';
import { LANGS } from '../../model/langs.js';

export type Editions = Partial<Record<Lang, EditionSummary>>;

export interface PaperRef {
  slug: string;
  title: Partial<Record<Lang, string>>;
  editions: Editions;
}

export interface Use {
  slug: string;
  lang: Lang;
  /** Source path of the edition (e.g. source/<slug>/en.md). */
  source: string;
  count: number;
  first: { line: number; column: number; section: string | null; anchor: string | null; text: string } | null;
  /** Distinct spellings found, in order of first appearance. */
  forms: string[];
}

export interface Row {
  id: string;
  term: { en: string; ar: string };
  transliteration: string | null;
  definition: { en: string; ar: string };
  variants: { en: string[]; ar: string[] };
  count: number;
  /** One per edition using the term, papers by slug then English before Arabic. */
  uses: Use[];
}

export function paperRef(slug: string, editions: Editions): PaperRef {
  const title: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) if (editions[lang]) title[lang] = editions[lang].meta.title;
  return { slug, title, editions };
}

function useOf(slug: string, lang: Lang, paper: EditionSummary, g: GlossaryEntry): Use {
  const f = g.first;
  return {
    slug,
    lang,
    source: paper.meta.source,
    count: g.count,
    first: f ? { line: f.line, column: f.column, section: f.section, anchor: f.anchor ?? null, text: f.text } : null,
    forms: [...new Set(g.occurrences.map((o) => o.text))],
  };
}

/** Rows of the terms the given papers use, sorted by id. */
export function glossaryRows(papers: PaperRef[]): Row[] {
  const rows = new Map<string, Row>();
  for (const p of [...papers].sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0))) {
    for (const lang of LANGS) {
      const paper = p.editions[lang];
      if (!paper) continue;
      for (const g of paper.glossary) {
        if (g.source !== 'termbase' || g.count === 0) continue;
        let row = rows.get(g.id);
        if (!row) {
          row = { id: g.id, term: g.term, transliteration: g.transliteration ?? null, definition: g.definition, variants: g.variants, count: 0, uses: [] };
          rows.set(g.id, row);
        }
        row.count += g.count;
        row.uses.push(useOf(p.slug, lang, paper, g));
      }
    }
  }
  return [...rows.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
}
