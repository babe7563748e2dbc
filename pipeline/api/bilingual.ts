/**
 * Both editions of a paper through every stage, then aligned: what a build
 * does for one paper, without reading or writing files.
 */
import { linkEditions } from '../align/editions.js';
import type { AlignmentPair } from '../model/paper.js';
import { processText, type Processed, type ProcessOptions } from '../process.js';

export interface BilingualOptions {
  slug: string;
  /** The paths shown in diagnostics and stored in the models (default `<slug>/en.md`, `<slug>/ar.md`). */
  source?: { en?: string; ar?: string };
  localesDir?: ProcessOptions['localesDir'];
  resources?: ProcessOptions['resources'];
}

export interface ProcessedBilingual {
  en: Processed;
  ar: Processed;
  /**
   * Pairs of block ids of the two editions, in document order; null when an
   * edition could not be processed (its `paper` is null and its file says why).
   * Each paper's `alignment` holds the same pairs, and its diagnostics include
   * what the alignment found.
   */
  alignment: AlignmentPair[] | null;
}

export function processBilingual(en: string, ar: string, options: BilingualOptions): ProcessedBilingual {
  const { slug, localesDir, resources } = options;
  const edition = (text: string, lang: 'en' | 'ar') => processText(text, { slug, lang, source: options.source?.[lang] ?? `${slug}/${lang}.md`, localesDir, resources });
  const result: ProcessedBilingual = { en: edition(en, 'en'), ar: edition(ar, 'ar'), alignment: null };
  const { paper: enPaper } = result.en;
  const { paper: arPaper } = result.ar;
  if (!enPaper || !arPaper) return result;
  const [linkedEn, linkedAr] = linkEditions([
    { paper: enPaper, file: result.en.file },
    { paper: arPaper, file: result.ar.file },
  ]);
  return { en: { ...result.en, paper: linkedEn.paper }, ar: { ...result.ar, paper: linkedAr.paper }, alignment: linkedEn.paper.alignment ?? [] };
}
