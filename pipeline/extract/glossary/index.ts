/**
 * The glossary stage: every use of a termbase term in the paper is wrapped in
 * a `term` node (anchor `t-<id>-<n>`, `first` on the first use) and listed in
 * `file.data.glossary` with all the termbase says of it (both languages'
 * term, definition and spelling variants, the transliteration), so the
 * glossary exports never read the termbase themselves; terms the
 * termbase lacks are reported as `glossary-candidate` messages (see
 * candidates.ts and docs/glossary.md for why they stay out of the model).
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { extractPlugin, type ExtractOptions } from '../options.js';
import { textSlots, spanOf, wrapRanges, type Wrap } from '../annotate.js';
import type { GlossaryEntry, Span } from '../../model/paper.js';
import type { Term } from '../../model/mdast.js';
import { report } from '../../model/diagnostics.js';
import { Rules } from '../../model/rules.js';
import type { TermbaseEntry } from './termbase.js';
import { dropGlossRepeats } from './match.js';
import { resourcesOf } from '../resources.js';
import { findCandidates } from './candidates.js';
import '../../model/vfile-data.js';

export function glossaryTransform(tree: Root, file: VFile, options: ExtractOptions): void {
  const resources = resourcesOf(options);
  const byId = new Map(resources.termbase.map((t) => [t.id, t]));
  const match = resources.termMatcher;
  const occurrences = new Map<string, Span[]>();
  const wraps: Wrap[] = [];

  for (const slot of textSlots(tree)) {
    // Never nest a term in a term; code and raw HTML are not text nodes, so they are never searched.
    if (slot.ancestors.includes('term')) continue;
    const value = slot.node.value;
    // Inside a name, a term is part of the name ("Mohammad Shia' al-Sudani"), unless it opens it as a title ("Ayatollah …").
    const inName = slot.parent.type === 'mention';
    for (const m of dropGlossRepeats(value, match(value))) {
      if (m.id === null) continue;
      if (inName && (m.start > 0 || slot.parent.children[0] !== slot.node)) continue;
      const list = occurrences.get(m.id) ?? [];
      const anchor = `t-${m.id}-${list.length + 1}`;
      const span = spanOf(file, slot, m.start, m.end, anchor);
      if (!span) continue;
      list.push(span);
      occurrences.set(m.id, list);
      const term = m.id;
      const first = list.length === 1;
      wraps.push({ slot, start: m.start, end: m.end, make: (children) => ({ type: 'term', term, id: anchor, first, children }) as Term });
    }
  }
  wrapRanges(wraps, file);

  file.data.glossary = [...occurrences.keys()].sort().map((id) => entryOf(byId.get(id)!, occurrences.get(id)!));

  for (const c of findCandidates(tree, file, options.lang)) {
    const gloss = c.gloss ? `, glossed "${c.gloss}"` : '';
    const [reason, rule] =
      c.kind === 'organization'
        ? [`Organization name "${c.text}"${gloss} is not a term: add it to the gazetteer (locales/*/entities.json)`, Rules.glossaryEntityGloss] as const
        : [`Term candidate "${c.text}"${gloss} is not in the termbase: add it to locales/en/glossary.json and locales/ar/glossary.json`, Rules.glossaryCandidate] as const;
    const message = report(file, rule, reason, { line: c.span.line, column: c.span.column, offset: c.span.start });
    // Machine-readable for tools: the candidate and its proposed English gloss.
    message.actual = c.text;
    if (c.gloss) message.expected = [c.gloss];
  }
}

function entryOf(t: TermbaseEntry, spans: Span[]): GlossaryEntry {
  const entry: GlossaryEntry = {
    id: t.id,
    term: { en: t.en.term, ar: t.ar.term },
    definition: { en: t.en.definition, ar: t.ar.definition },
    variants: { en: [...t.en.variants], ar: [...t.ar.variants] },
    source: 'termbase',
    count: spans.length,
    first: spans[0] ?? null,
    occurrences: spans,
  };
  if (t.en.transliteration) entry.transliteration = t.en.transliteration;
  return entry;
}

/** Unified plugin running `glossaryTransform` (options: `extractPlugin`). */
export const remarkGlossary = extractPlugin('remarkGlossary', glossaryTransform);

export { termbaseProblems } from './termbase.js';
export { loadTermbase } from '../resources.js';
export type { TermbaseProblem, TermbaseEntry } from './termbase.js';
