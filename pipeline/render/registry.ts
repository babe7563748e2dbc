/**
 * Which renderer makes which output. The build reads this table; a format whose
 * edition renderer is null is refused by the CLI as not available yet.
 */
import type { CollectionRenderer, EditionRenderer, Format, PaperSetRenderer } from './context.js';
import { renderJsonEdition } from './json/index.js';
import { bilingualRenderer, htmlSite, renderHtmlEdition } from './html/index.js';
import { collectionGlossaryRenderer, paperGlossaryRenderer } from './glossary/index.js';
import { cslRenderer } from './csl/index.js';
import { renderPdfEdition } from './pdf/index.js';

export const EDITION_RENDERERS: Record<Format, EditionRenderer | null> = {
  json: renderJsonEdition,
  html: renderHtmlEdition,
  pdf: renderPdfEdition,
};

export const PAPER_SET_RENDERERS: PaperSetRenderer[] = [paperGlossaryRenderer, cslRenderer, bilingualRenderer];

export const COLLECTION_RENDERERS: CollectionRenderer[] = [htmlSite, collectionGlossaryRenderer];

export function availableFormats(): Format[] {
  return (Object.keys(EDITION_RENDERERS) as Format[]).filter((f) => EDITION_RENDERERS[f] !== null);
}
