/**
 * Growing the gazetteer: the entities discovery found across papers (not in
 * the gazetteer), with how often and where, and their name in the other
 * language when the two editions were linked; and the entry that accepting
 * one adds to locales/en/entities.json and locales/ar/entities.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Entity, Lang, Paper } from '../../model/paper.js';

export interface EntityCandidate {
  id: string;
  type: Exclude<Entity['type'], 'date'>;
  names: Partial<Record<Lang, string>>;
  /** How sure the other language's name is (entity-links.ts), when it came from a link. */
  confidence?: number;
  mentions: number;
  papers: string[];
}

/** Discovered entities of some papers (both editions of each, linked), one candidate per id, most mentioned first. */
export function collectCandidates(papers: { slug: string; editions: Paper[] }[]): EntityCandidate[] {
  const byId = new Map<string, EntityCandidate>();
  for (const { slug, editions } of papers) {
    for (const paper of editions) {
      for (const e of paper.entities) {
        if (e.type === 'date' || e.source !== 'discovered') continue;
        const c = byId.get(e.id) ?? { id: e.id, type: e.type, names: {}, mentions: 0, papers: [] };
        byId.set(e.id, c);
        c.names[paper.meta.lang] ??= e.name;
        for (const [lang, name] of Object.entries(e.names) as [Lang, string | undefined][]) if (name) c.names[lang] ??= name;
        if (e.linkConfidence !== undefined) c.confidence = Math.max(c.confidence ?? 0, e.linkConfidence);
        c.mentions += e.mentions.length;
        if (!c.papers.includes(slug)) c.papers.push(slug);
      }
    }
  }
  return [...byId.values()].sort((a, b) => b.papers.length - a.papers.length || b.mentions - a.mentions || (a.id < b.id ? -1 : 1));
}

type Gazetteer = Record<string, { type?: string; name?: string; aliases?: string[]; description?: string }>;

/**
 * Add candidates to the gazetteer files of a locales directory: the English
 * entry has the type (and the English name when there is one), the Arabic
 * entry the Arabic name. Entries already there are left as they are.
 * Returns the ids added.
 */
export function acceptCandidates(candidates: EntityCandidate[], localesDir: string): string[] {
  const read = (lang: Lang): Gazetteer => JSON.parse(readFileSync(join(localesDir, lang, 'entities.json'), 'utf8')) as Gazetteer;
  const en = read('en');
  const ar = read('ar');
  const added: string[] = [];
  for (const c of candidates) {
    if (en[c.id]) continue;
    en[c.id] = { type: c.type, ...(c.names.en ? { name: c.names.en } : {}) };
    if (c.names.ar) ar[c.id] = { name: c.names.ar };
    added.push(c.id);
  }
  for (const [lang, data] of [['en', en], ['ar', ar]] as const) writeFileSync(join(localesDir, lang, 'entities.json'), `${JSON.stringify(data, null, 2)}\n`);
  return added;
}

const CSV_COLUMNS = ['id', 'type', 'en', 'ar', 'confidence', 'mentions', 'papers'] as const;

/** RFC 4180 CSV, one candidate a row. */
export function candidatesCsv(candidates: EntityCandidate[]): string {
  const cell = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const rows = candidates.map((c) => [c.id, c.type, c.names.en ?? '', c.names.ar ?? '', c.confidence?.toString() ?? '', String(c.mentions), c.papers.join(' ')].map(cell).join(','));
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** One line a candidate, for a person to read. */
export function candidatesText(candidates: EntityCandidate[]): string {
  return candidates
    .map((c) => {
      const other = c.names.en && c.names.ar ? `${c.names.en} / ${c.names.ar}${c.confidence !== undefined ? ` (${c.confidence})` : ''}` : (c.names.en ?? c.names.ar ?? c.id);
      return `${c.type.padEnd(12)} ${c.id}  ${other}  ${c.mentions} mention${c.mentions === 1 ? '' : 's'} in ${c.papers.join(', ')}`;
    })
    .join('\n');
}
