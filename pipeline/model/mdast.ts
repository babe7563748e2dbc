/**
 * mdast extensions used by the Paper model's body.
 *
 * The extract stages annotate the tree itself rather than keeping side tables of
 * offsets, so every renderer (HTML, PDF, JSON) reads one structure and none of
 * them re-runs extraction:
 * - `mention`: a span naming an entity (person, organization, place, date);
 * - `term`: a span using a glossary term;
 * - `data.id` / `data.section` on blocks: stable anchors and the section a block is in;
 * - `data.citation` on links, footnote references and bare URLs: the citation id;
 * - `data.figure` on images of the paper's folder, `data.alone` on a paragraph that is only an image.
 */
import type { PhrasingContent } from 'mdast';

export interface Mention {
  type: 'mention';
  /** Entity id (a key of locales/<lang>/entities.json, or a discovered id). */
  entity: string;
  /** Anchor id of this mention, unique in the document. */
  id: string;
  children: PhrasingContent[];
  data?: import('mdast').Data;
  position?: import('unist').Position;
}

export interface Term {
  type: 'term';
  /** Glossary term id (a key of locales/<lang>/glossary.json, or a candidate id). */
  term: string;
  /** Anchor id of this occurrence, unique in the document. */
  id: string;
  /** True on the first occurrence in the document: editions mark it as the defining instance. */
  first: boolean;
  children: PhrasingContent[];
  data?: import('mdast').Data;
  position?: import('unist').Position;
}

declare module 'mdast' {
  interface Data {
    /** Stable, unique anchor id of a block (headings: the section id). */
    id?: string;
    /** Id of the section (heading) the node belongs to; absent before the first heading. */
    section?: string;
    /** Citation id on links, footnote references and bare URLs. */
    citation?: string;
    /** On an image of the paper's folder: its entry in the Paper's `figures` (by `src`). */
    figure?: string;
    /** On a paragraph holding only an image: the image is a figure, shown as a block with its caption. */
    alone?: boolean;
  }
  interface PhrasingContentMap {
    mention: Mention;
    term: Term;
  }
  interface RootContentMap {
    mention: Mention;
    term: Term;
  }
}
