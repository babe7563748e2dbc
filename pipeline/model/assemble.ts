/** Assemble the Paper model from the tree and what the stages left on the file. */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { SCHEMA_VERSION, type Paper } from './paper.js';
import { toDiagnostic } from './diagnostics.js';
import './vfile-data.js';

/** Returns null when the front matter was unusable (the file then carries the errors). */
export function assemblePaper(tree: Root, file: VFile, sourcePath: string): Paper | null {
  const meta = file.data.meta;
  if (!meta) return null;
  return {
    schemaVersion: SCHEMA_VERSION,
    meta,
    outline: file.data.outline ?? [],
    body: tree,
    entities: file.data.entities ?? [],
    citations: file.data.citations ?? [],
    glossary: file.data.glossary ?? [],
    ...(file.data.figures?.length ? { figures: file.data.figures } : {}),
    diagnostics: file.messages.map((m) => toDiagnostic(m, sourcePath)),
  };
}
