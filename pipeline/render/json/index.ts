/**
 * The JSON edition: the Paper model serialized. Positions are removed from the
 * body (spans keep their own line/column/offsets); key order is the model's, so
 * the same paper always gives the same bytes.
 */
import type { Root } from 'mdast';
import type { Paper, PaperJson } from '../../model/paper.js';
import type { EditionRenderer } from '../context.js';

/**
 * Bodies without positions, by the body they were made from. A build needs
 * one for the paper set it keeps and one for the JSON edition: the body is
 * copied once and both share the copy. Bodies are not changed after the
 * stages (renderers only read them), so the copy stays true.
 */
const stripped = new WeakMap<Root, PaperJson['body']>();

export function toPaperJson(paper: Paper): PaperJson {
  let body = stripped.get(paper.body);
  if (!body) stripped.set(paper.body, (body = withoutPositions(paper.body) as PaperJson['body']));
  return { ...paper, body };
}

/** The JSON body already made from a model's body, if any (never makes one). */
export function strippedBody(body: Root): PaperJson['body'] | undefined {
  return stripped.get(body);
}

/**
 * What `JSON.parse(JSON.stringify(value))` gives, without `position` keys, made
 * in one walk instead of a string the size of the body and its parse.
 */
function withoutPositions(value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'object' || value === null) return typeof value === 'function' || typeof value === 'symbol' ? undefined : value;
  if ('toJSON' in value && typeof value.toJSON === 'function') return withoutPositions(value.toJSON());
  if (Array.isArray(value)) return value.map((item) => withoutPositions(item) ?? null);
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === 'position') continue;
    const copy = withoutPositions((value as Record<string, unknown>)[key]);
    if (copy !== undefined) out[key] = copy;
  }
  return out;
}

export function serializePaper(paper: Paper | PaperJson): string {
  const json = 'position' in paper.body ? toPaperJson(paper as Paper) : paper;
  return JSON.stringify(json, null, 2) + '\n';
}

export const renderJsonEdition: EditionRenderer = (paper, ctx) => [
  { path: `${ctx.slug}/${ctx.lang}.json`, data: serializePaper(paper) },
];
