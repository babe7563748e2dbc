/**
 * The paper's sources as CSL-JSON (output/<slug>/citations.json), the format
 * reference managers (Zotero, Pandoc's citeproc) read. Only citations that
 * still point somewhere are sources: a usable URL, a footnote's or a
 * bibliography entry's text. Lost links (`#`) and malformed URLs are left out;
 * they are reported at build time. Everything here is read from the model: the
 * citations stage decided which URLs are usable and which date a note gives.
 */
import type { Citation, PaperJson } from '../../model/paper.js';
import type { PaperSetRenderer } from '../context.js';

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
    if (c.issued) item.issued = { 'date-parts': [c.issued.split('-').map(Number) as [number, ...number[]]] };
    if (c.sentence && c.kind !== 'bibliography') item.note = c.sentence;
    return item;
  });
}

function usableUrl(c: Citation): string | null {
  return c.malformed ? null : c.href;
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
