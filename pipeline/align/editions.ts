/**
 * Linking the two editions of one paper after both went through the stages:
 * align them, record the pairs in both models, and refresh each model's
 * diagnostics with what the alignment reported.
 */
import type { VFile } from 'vfile';
import { toDiagnostic } from '../model/diagnostics.js';
import type { Paper } from '../model/paper.js';
import { alignPapers } from './index.js';
import { linkEntities } from './entity-links.js';
import { projectEntities } from './entity-projection.js';

export interface Edition {
  paper: Paper;
  file: VFile;
}

export function linkEditions(editions: Edition[]): void {
  const en = editions.find((e) => e.paper.meta.lang === 'en');
  const ar = editions.find((e) => e.paper.meta.lang === 'ar');
  if (!en || !ar) return;
  const { alignment } = alignPapers(en.paper, ar.paper, { en: en.file, ar: ar.file });
  linkEntities(en.paper, ar.paper, alignment);
  projectEntities(en.paper, ar.paper, ar.file, alignment);
  for (const edition of [en, ar]) {
    edition.paper.alignment = alignment;
    edition.paper.diagnostics = edition.file.messages.map((m) => toDiagnostic(m, edition.paper.meta.source));
  }
}
