/**
 * What the stages leave on `file.data` as a paper goes through the pipeline.
 * `assemblePaper` turns it, with the tree, into the Paper model.
 */
import type { Citation, Entity, Figure, GlossaryEntry, PaperMeta, Section } from './paper.js';

declare module 'vfile' {
  interface DataMap {
    /** Validated front matter plus slug, dir and source path (set by the front-matter stage). */
    meta: PaperMeta;
    outline: Section[];
    entities: Entity[];
    citations: Citation[];
    glossary: GlossaryEntry[];
    figures: Figure[];
  }
}

export {};
