/** Shared set-up for the alignment tests: run both editions through the pipeline and collect what alignPapers reports. */
import type { VFile } from 'vfile';
import { processText } from '../pipeline/process.js';
import { alignPapers, type Alignment } from '../pipeline/align/index.js';
import type { Entity, EntityType, GlossaryEntry, Lang, Paper, Span } from '../pipeline/model/paper.js';

export interface Edition {
  text: string;
  file: VFile;
  paper: Paper;
}

/**
 * Run one edition through every stage. `bare` drops what the entity and
 * glossary stages found, so a synthetic test controls exactly which entities
 * and terms each side has (see addEntity, addTerm).
 */
export function edition(text: string, lang: Lang, { bare = false, slug = 'align-test' } = {}): Edition {
  const { file, paper } = processText(text, { slug, lang, source: `source/${slug}/${lang}.md` });
  if (!paper) throw new Error(`${lang} edition did not parse: ${file.messages.map(String).join('; ')}`);
  if (bare) {
    paper.entities = [];
    paper.glossary = [];
  }
  return { text, file, paper };
}

export interface Found {
  ruleId: string;
  line: number | undefined;
  reason: string;
}

/** Messages the alignment added to a file (the pipeline's own messages are left out). */
export function alignMessages(file: VFile): Found[] {
  return file.messages
    .filter((m) => m.ruleId?.startsWith('align-'))
    .map((m) => ({ ruleId: m.ruleId!, line: m.line ?? undefined, reason: m.reason }));
}

export function align(en: Edition, ar: Edition): { result: Alignment; en: Found[]; ar: Found[] } {
  const result = alignPapers(en.paper, ar.paper, { en: en.file, ar: ar.file });
  return { result, en: alignMessages(en.file), ar: alignMessages(ar.file) };
}

/** 1-based line of the first occurrence of `needle` in `text`. */
export function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`not found: ${needle}`);
  return text.slice(0, at).split('\n').length;
}

function spansOf(ed: Edition, surface: string): Span[] {
  const spans: Span[] = [];
  for (let at = ed.text.indexOf(surface); at >= 0; at = ed.text.indexOf(surface, at + 1)) {
    spans.push({ text: surface, start: at, end: at + surface.length, line: lineOf(ed.text, surface, at), column: 1, section: null, block: null });
  }
  return spans;
}

/**
 * Record an entity the way the entities stage does (a gazetteer entry with its
 * mentions), so the alignment checks can be tested on their own.
 */
export function addEntity(ed: Edition, id: string, type: EntityType, names: { en: string; ar: string }, surface: string, value?: string): void {
  const entity: Entity = { id, type, name: names[ed.paper.meta.lang], names, source: 'gazetteer', mentions: spansOf(ed, surface) };
  if (value) entity.value = value;
  ed.paper.entities.push(entity);
}

/** Record a termbase term and its occurrences the way the glossary stage does. */
export function addTerm(ed: Edition, id: string, term: { en: string; ar: string }, surface: string): void {
  const occurrences = spansOf(ed, surface);
  const entry: GlossaryEntry = { id, term, definition: { en: 'x', ar: 'x' }, variants: { en: [], ar: [] }, source: 'termbase', count: occurrences.length, first: occurrences[0] ?? null, occurrences };
  ed.paper.glossary.push(entry);
}
