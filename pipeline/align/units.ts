/**
 * The units two editions are aligned by: the top-level blocks of the body
 * (headings, paragraphs, lists, quotes, tables, …) and, inside a list, its
 * items. Each unit carries what a translation must keep: its kind, its length,
 * its numbers, its citations, the entities it names and the terms it uses.
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import type { Citation, Paper, Span } from '../model/paper.js';
import { numberWordsIn, numbersIn, type NumberToken } from './numbers.js';
import { eachNode } from './nodes.js';

export interface CitationRef {
  /** Normalized target URL; null when the target is lost (`#`, empty) or is a footnote. */
  target: string | null;
  start: Point;
}

export interface Occurrence {
  /** Entity or glossary id. */
  id: string;
  /** As written in the paper. */
  label: string;
  span: Span;
}

export interface Unit {
  /** Block id (`data.id`) the JSON edition pairs. */
  id: string;
  node: RootContent;
  /** `heading`, `paragraph`, `list`, `listItem`, … */
  kind: string;
  depth: number;
  start: Point;
  end: Point;
  /** Letters and digits in the text: what length ratios are computed from. */
  size: number;
  /** Question marks (? or ؟): questions stay questions in translation, and tell apart blocks of similar length. */
  questions: number;
  /** List items of a list; empty for every other unit. */
  items: Unit[];
  numbers: NumberToken[];
  citations: CitationRef[];
  entities: Occurrence[];
  /** Date entities' ISO values, with where they are written. */
  dates: Occurrence[];
  terms: Occurrence[];
  /** Distinct values of numbers, entities and terms: what similarity compares, computed once. */
  keys: { numbers: Set<string>; entities: Set<string>; terms: Set<string> };
  /** Values of numbers written in words: they answer digits on the other side but are not required there. */
  words: Set<string>;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Whether a BMP code point is a letter or digit, found on first use (a block's
 * text is counted character by character): 0 not known yet, 1 yes, 2 no. A
 * fixed table, so bounded; a character beyond the BMP is tested each time.
 */
const letterOrDigit = new Uint8Array(0x10000);

function isLetterOrDigit(cp: number): boolean {
  if (cp > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(cp));
  if (letterOrDigit[cp] === 0) letterOrDigit[cp] = LETTER_OR_DIGIT.test(String.fromCodePoint(cp)) ? 1 : 2;
  return letterOrDigit[cp] === 1;
}

/** UTF-16 units of the letters and digits of a text, and its question marks (? or ؟), counted without copying the text. */
function counts(text: string): { size: number; questions: number } {
  let size = 0;
  let questions = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    const units = cp > 0xffff ? 2 : 1;
    if (isLetterOrDigit(cp)) size += units;
    else if (cp === 0x3f || cp === 0x061f) questions++;
    i += units;
  }
  return { size, questions };
}

/** Raw HTML (comments, page markers) is not prose: editions may differ in it freely. */
const SKIPPED = new Set(['yaml', 'html', 'definition']);

function unitOf(node: RootContent, file: VFile, citations: Map<string, Citation>): Unit | null {
  const id = node.data?.id;
  if (!id || SKIPPED.has(node.type) || !node.position) return null;
  const items =
    node.type === 'list'
      ? node.children.map((item) => unitOf(item, file, citations)).filter((u): u is Unit => u !== null)
      : [];
  const text = toString(node);
  const { size, questions } = counts(text);
  return {
    id,
    node,
    kind: node.type,
    depth: node.type === 'heading' ? node.depth : 0,
    start: node.position.start,
    end: node.position.end,
    size,
    questions,
    items,
    numbers: node.type === 'list' ? [] : numbersIn(node, file),
    citations: node.type === 'list' ? [] : citationRefs(node, citations),
    entities: [],
    dates: [],
    terms: [],
    keys: { numbers: new Set(), entities: new Set(), terms: new Set() },
    words: node.type === 'list' ? new Set() : numberWordsIn(text),
  };
}

/** Units of a paper's body in document order, with entities and terms attached by source offset. */
export function unitsOf(paper: Paper, file: VFile): Unit[] {
  const citations = new Map(paper.citations.map((c) => [c.id, c]));
  const units = (paper.body as Root).children
    .map((node) => unitOf(node, file, citations))
    .filter((u): u is Unit => u !== null);
  const leaves = units.flatMap((u) => (u.kind === 'list' ? u.items : [u]));
  // Leaves are in document order: binary search for the last one starting at or before the offset.
  const leafAt = (offset: number): Unit | undefined => {
    let lo = 0;
    let hi = leaves.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((leaves[mid].start.offset ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    const leaf = leaves[lo];
    return leaf && (leaf.start.offset ?? 0) <= offset && offset < (leaf.end.offset ?? 0) ? leaf : undefined;
  };
  for (const entity of paper.entities) {
    for (const span of entity.mentions) {
      const leaf = leafAt(span.start);
      if (!leaf) continue;
      if (entity.type === 'date') {
        const value = typeof entity.value === 'string' ? entity.value : entity.value ? `${entity.value.from}/${entity.value.to}` : null;
        if (value) leaf.dates.push({ id: value, label: span.text, span });
      } else if (entity.source === 'gazetteer') {
        leaf.entities.push({ id: entity.id, label: span.text, span });
      }
    }
  }
  for (const entry of paper.glossary) {
    if (entry.source !== 'termbase') continue;
    for (const span of entry.occurrences) {
      const leaf = leafAt(span.start);
      if (leaf) leaf.terms.push({ id: entry.id, label: span.text, span });
    }
  }
  for (const leaf of leaves) {
    leaf.keys = {
      numbers: new Set(leaf.numbers.map((n) => n.value)),
      entities: new Set(leaf.entities.map((e) => e.id)),
      terms: new Set(leaf.terms.map((t) => t.id)),
    };
  }
  return units;
}

/**
 * Two consecutive paragraphs read as one: what a 1:2 alignment step compares
 * with the single paragraph of the other edition. Keeps the first one's id and
 * start, so findings land at the start of the pair.
 */
export function joinUnits(first: Unit, second: Unit): Unit {
  const union = (x: Set<string>, y: Set<string>) => new Set([...x, ...y]);
  return {
    ...first,
    end: second.end,
    size: first.size + second.size,
    questions: first.questions + second.questions,
    words: union(first.words, second.words),
    numbers: [...first.numbers, ...second.numbers],
    citations: [...first.citations, ...second.citations],
    entities: [...first.entities, ...second.entities],
    dates: [...first.dates, ...second.dates],
    terms: [...first.terms, ...second.terms],
    keys: {
      numbers: union(first.keys.numbers, second.keys.numbers),
      entities: union(first.keys.entities, second.keys.entities),
      terms: union(first.keys.terms, second.keys.terms),
    },
  };
}

/** Links and footnote references of a block, with their targets. */
function citationRefs(node: Nodes, citations: Map<string, Citation>): CitationRef[] {
  const refs: CitationRef[] = [];
  eachNode(node, (child) => {
    if (child.type !== 'link' && child.type !== 'linkReference' && child.type !== 'footnoteReference') return;
    const start = child.position?.start;
    if (!start) return;
    const cited = child.data?.citation ? citations.get(child.data.citation) : undefined;
    const href = cited ? (cited.placeholder ? null : cited.href) : child.type === 'link' ? child.url : null;
    refs.push({ target: child.type === 'footnoteReference' ? null : normalizeTarget(href), start });
  });
  return refs;
}

/** Compare URLs the way a reader would: scheme, `www.`, case of the host and a trailing slash do not matter. */
export function normalizeTarget(href: string | null | undefined): string | null {
  const raw = href?.trim();
  if (!raw || raw === '#') return null;
  try {
    const url = new URL(raw);
    const host = url.hostname.toLowerCase().replace(/^www\./u, '');
    return `${host}${url.pathname.replace(/\/+$/u, '')}${url.search}${url.hash}`;
  } catch {
    return raw;
  }
}

/** Host of a normalized target (`example.org/a/b` → `example.org`). */
export function targetHost(target: string): string {
  return target.split('/')[0];
}

/** The first words of a unit, to quote it in a message. */
export function excerpt(unit: Unit, words = 8): string {
  const all = toString(unit.node).trim().split(/\s+/u);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : all.join(' ');
}
