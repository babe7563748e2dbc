/**
 * Which renderer makes which output. The build reads this table. Each
 * renderer is loaded on first use: a build of the JSON editions never loads
 * the PDF renderer (fonts, HarfBuzz) and the cross-paper outputs load only
 * what they draw, which is most of the cost of a cold process.
 */
import { FORMATS, type CollectionRenderer, type EditionRenderer, type Format, type PaperSetRenderer } from './context.js';

/** A module loaded once, on the first call. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
}

export const EDITION_RENDERERS: Record<Format, () => Promise<EditionRenderer>> = {
  json: once(async () => (await import('./json/index.js')).renderJsonEdition),
  html: once(async () => (await import('./html/index.js')).renderHtmlEdition),
  pdf: once(async () => (await import('./pdf/index.js')).renderPdfEdition),
};

/**
 * Getting a renderer ready ahead of its first edition (fonts, shaper, the
 * code paths of a first layout), for a worker that has time while the paper
 * is still being processed. The editions it then makes are the same bytes.
 */
export const WARM_UP: Partial<Record<Format, () => Promise<void>>> = {
  pdf: once(async () => (await import('./pdf/index.js')).preloadPdf()),
};

export const PAPER_SET_RENDERERS: (() => Promise<PaperSetRenderer>)[] = [
  once(async () => (await import('./glossary/index.js')).paperGlossaryRenderer),
  once(async () => (await import('./csl/index.js')).cslRenderer),
  once(async () => (await import('./html/bilingual.js')).bilingualRenderer),
];

export const COLLECTION_RENDERERS: (() => Promise<CollectionRenderer>)[] = [
  once(async () => (await import('./html/index.js')).htmlSite),
  once(async () => (await import('./glossary/index.js')).collectionGlossaryRenderer),
];

/** Every format has a renderer. */
export const availableFormats = (): Format[] => [...FORMATS];
