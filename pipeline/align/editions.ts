/**
 * Linking the two editions of one paper after both went through the stages:
 * align them, record the pairs in both models, and refresh each model's
 * diagnostics with what the alignment reported. The papers given are left as
 * they are: linking returns new ones (an assembled Paper is never changed, so
 * a caller holding one, or a cache, sees the same model afterwards).
 */
import type { VFile } from 'vfile';
import { toDiagnostic } from '../model/diagnostics.js';
import type { Parent, Root } from 'mdast';
import type { AlignmentPair, Paper } from '../model/paper.js';
import { alignPapers } from './index.js';
import { linkEntities } from './entity-links.js';
import { blockTokens, heardElsewhere, projectEntities } from './entity-projection.js';
import { freePartialNames } from './partial-names.js';
import { dropUnsupportedPeople } from './unsupported-people.js';
import { projectArabicEntities } from './reverse-projection.js';

export interface Edition {
  paper: Paper;
  file: VFile;
}

export function linkEditions(given: readonly Edition[]): Edition[] {
  const [enGiven, arGiven] = [given.find((e) => e.paper.meta.lang === 'en'), given.find((e) => e.paper.meta.lang === 'ar')];
  if (!enGiven || !arGiven) return [...given];
  const [en, ar] = [enGiven, arGiven].map(({ paper, file }) => ({ paper: forLinking(paper), file }));
  const { alignment } = alignPapers(en.paper, ar.paper, { en: en.file, ar: ar.file });
  // Names are in the paragraphs of list items and footnotes, which the alignment pairs as wholes.
  const blocks = linkingBlocks(en.paper, ar.paper, alignment);
  const tokensOf = blockTokens();
  const retry = freePartialNames(en.paper, ar.paper, ar.file, blocks, tokensOf);
  linkEntities(en.paper, ar.paper, blocks, heardElsewhere(ar.paper, ar.file, tokensOf));
  projectEntities(en.paper, ar.paper, ar.file, blocks, retry, tokensOf);
  projectArabicEntities(en.paper, en.file, ar.paper, blocks);
  dropUnsupportedPeople(en.paper, en.file, ar.paper, blocks);
  for (const edition of [en, ar]) {
    edition.paper.alignment = alignment;
    edition.paper.diagnostics = edition.file.messages.map((m) => toDiagnostic(m, edition.paper.meta.source));
  }
  return given.map((e) => (e === enGiven ? en : e === arGiven ? ar : e));
}

/** A copy of a paper whose parts linking changes (the body's mention nodes, the entities and their mentions) are its own. */
function forLinking(paper: Paper): Paper {
  const { body, entities } = structuredClone({ body: paper.body, entities: paper.entities });
  return { ...paper, body, entities };
}

/** The block ids inside each block of a body (a list item's or a footnote's paragraphs), in document order. */
function innerBlocks(paper: Paper): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (node: Parent, outer: string[]): void => {
    for (const child of node.children) {
      const id = child.type === 'mention' || child.type === 'term' ? undefined : (child.data as { id?: string } | undefined)?.id;
      if (id) for (const o of outer) out.set(o, [...(out.get(o) ?? []), id]);
      if ('children' in child) walk(child as Parent, id ? [...outer, id] : outer);
    }
  };
  walk(paper.body as Root, []);
  return out;
}

/** The aligned pairs of blocks linking works on: the alignment's and the pairs of the blocks inside them. */
export function linkingBlocks(en: Paper, ar: Paper, alignment: AlignmentPair[]): AlignmentPair[] {
  return [...alignment, ...innerPairs(en, ar, alignment)];
}

/**
 * Pairs of the blocks inside two aligned blocks: the k-th with the k-th when both hold as many (a list item's
 * paragraph with its translation's), else each with each.
 */
function innerPairs(en: Paper, ar: Paper, alignment: AlignmentPair[]): AlignmentPair[] {
  const [inEn, inAr] = [innerBlocks(en), innerBlocks(ar)];
  return alignment.flatMap((pair) => {
    const [a, b] = [inEn.get(pair.en) ?? [], inAr.get(pair.ar) ?? []];
    if (a.length === b.length) return a.map((x, k) => ({ en: x, ar: b[k] }));
    return a.flatMap((x) => b.map((y) => ({ en: x, ar: y })));
  });
}
