/**
 * What the HTML renderer needs to know besides the Paper: the edition's
 * language and strings, and which sibling editions exist (for the language
 * switch, `hreflang` alternates and the PDF/JSON links).
 */
import type { TFunction } from 'i18next';
import type { Lang } from '../../model/paper.js';

export interface HtmlContext {
  lang: Lang;
  t: TFunction;
  slug: string;
  /** Languages this paper has an HTML edition in (the current one included). */
  languages: readonly Lang[];
  /** Whether the PDF and JSON editions of this language are built alongside. */
  pdf: boolean;
  json: boolean;
}

/** File names of a paper's editions inside `output/<slug>/`. */
export const editionFile = (lang: Lang, ext: 'html' | 'pdf' | 'json'): string => `${lang}.${ext}`;

/** Where an edition lives relative to `output/`. */
export const editionPath = (slug: string, lang: Lang, ext: 'html' | 'pdf' | 'json'): string => `${slug}/${editionFile(lang, ext)}`;

/** The shared stylesheet, relative to `output/`. */
export const STYLESHEET = 'assets/paper.css';
