/**
 * The JSON edition: the Paper model serialized. Positions are removed from the
 * body (spans keep their own line/column/offsets); key order is the model's, so
 * the same paper always gives the same bytes.
 */
import type { Paper, PaperJson } from '../../model/paper.js';
import type { EditionRenderer } from '../context.js';

export function toPaperJson(paper: Paper): PaperJson {
  const body = JSON.parse(JSON.stringify(paper.body, (key, value) => (key === 'position' ? undefined : value)));
  return { ...paper, body };
}

export function serializePaper(paper: Paper | PaperJson): string {
  const json = 'position' in paper.body ? toPaperJson(paper as Paper) : paper;
  return JSON.stringify(json, null, 2) + '\n';
}

export const renderJsonEdition: EditionRenderer = (paper, ctx) => [
  { path: `${ctx.slug}/${ctx.lang}.json`, data: serializePaper(paper) },
];
