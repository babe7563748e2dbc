/**
 * The paper's sources as CSL-JSON (output/<slug>/citations.json), the format
 * reference managers (Zotero, Pandoc's citeproc) read. Only citations that
 * still point somewhere are sources: a usable URL, a footnote's or a
 * bibliography entry's text. Lost links (`#`) and malformed URLs are left out;
 * they are reported at build time.
 */
import type { Citation, PaperJson } from '../../model/paper.js';
import type { PaperSetRenderer } from '../context.js';
import { findDates } from '../../extract/entities/dates.js';
import { classifyTarget } from '../../extract/citations/url.js';

export interface CslItem {
  id: string;
  type: 'webpage' | 'document';
  title: string;
  URL?: string;
  issued?: { 'date-parts': [number, ...number[]][] };
  note?: string;
  language: string;
  'citation-number': number;
}

export function cslItems(paper: Pick<PaperJson, 'meta' | 'citations'>): CslItem[] {
  const lang = paper.meta.lang;
  return paper.citations.filter(isSource).map((c) => {
    const url = usableUrl(c);
    const item: CslItem = { id: c.id, type: url ? 'webpage' : 'document', title: c.text || (url ?? ''), language: lang, 'citation-number': c.number };
    if (url) item.URL = url;
    // A footnote or entry usually carries its publication date ("Reuters, 12 March 2023").
    const issued = c.kind === 'footnote' || c.kind === 'bibliography' ? findDates(c.text, lang, paper.meta.date)[0]?.value : undefined;
    if (typeof issued === 'string') item.issued = { 'date-parts': [issued.split('-').map(Number) as [number, ...number[]]] };
    if (c.sentence && c.kind !== 'bibliography') item.note = c.sentence;
    return item;
  });
}

function usableUrl(c: Citation): string | null {
  return c.href !== null && classifyTarget(c.href) === 'ok' ? c.href : null;
}

function isSource(c: Citation): boolean {
  return usableUrl(c) !== null || ((c.kind === 'footnote' || c.kind === 'bibliography') && c.text.length > 0);
}

/** CSL-JSON of one edition, stable and diff-friendly. */
export function renderCsl(paper: Pick<PaperJson, 'meta' | 'citations'>): string {
  return JSON.stringify(cslItems(paper), null, 2) + '\n';
}

/** citations.json of a paper: from the English edition when there is one (the sources are the same in both). */
export const cslRenderer: PaperSetRenderer = {
  name: 'csl',
  formats: ['json'],
  render: (set) => {
    const edition = set.editions.en ?? set.editions.ar;
    return edition ? [{ path: `${set.slug}/citations.json`, data: renderCsl(edition) }] : [];
  },
};
