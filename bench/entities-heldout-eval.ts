/**
 * Entity extraction on held-out papers: test/fixtures/entities/heldout/*.md,
 * written after the rules with names the gazetteer lacks on purpose (they are
 * never added to it), against the hand annotation in <paper>.gold.json.
 * Shared by bench/entities-heldout.ts (prints the figures and the misses) and
 * test/entities-heldout.test.ts (asserts the bars).
 *
 * A name mention counts when the output has a mention of that type with the
 * same line and text. Coreference is scored apart: every gold mention whose
 * entity the paper also names in another form (a surname, an acronym, "the
 * Assembly") must land in the same output entity as that entity's first mention.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { processText } from '../pipeline/process.js';
import type { Entity, Lang } from '../pipeline/model/paper.js';

export const HELDOUT = join(process.cwd(), 'test', 'fixtures', 'entities', 'heldout');
export const TYPES = ['person', 'organization', 'place'] as const;
type NameType = (typeof TYPES)[number];

interface GoldMention {
  line: number;
  text: string;
  type: NameType | 'date';
  entity: string;
  value?: string | { from: string; to: string };
}

export interface TypeScore {
  gold: number;
  output: number;
  correct: number;
  missed: string[];
  spurious: string[];
}

export interface PaperScore {
  name: string;
  lang: Lang;
  byType: Record<NameType, TypeScore>;
  dates: { gold: number; found: number; rightValue: number; output: number; wrong: string[] };
  links: { total: number; right: number; wrong: string[] };
  /** Gold entities the gazetteer knows (the papers are meant to have few). */
  known: string[];
}

export function heldoutPapers(dir = HELDOUT): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.gold.json')).map((f) => f.slice(0, -'.gold.json'.length)).sort();
}

/**
 * Options for gold files elsewhere (bench/corpus/score.ts): the folder of
 * `<name>.gold.json` and the language when the name does not end in `.ar`.
 */
export interface ScoreOptions {
  dir?: string;
  lang?: Lang;
}

export function scorePaper(name: string, options: ScoreOptions = {}): PaperScore {
  const gold = JSON.parse(readFileSync(join(options.dir ?? HELDOUT, `${name}.gold.json`), 'utf8')) as { source: string; mentions: GoldMention[] };
  const lang: Lang = options.lang ?? (name.endsWith('.ar') ? 'ar' : 'en');
  const text = readFileSync(join(process.cwd(), gold.source), 'utf8');
  const { paper, file } = processText(text, { slug: 'heldout', lang, source: gold.source });
  if (!paper) throw new Error(file.messages.map(String).join('\n'));
  const out = paper.entities.flatMap((e: Entity) => e.mentions.map((m) => ({ line: m.line, text: m.text, type: e.type, entity: e.id, source: e.source, value: e.value })));
  const key = (m: { line: number; text: string; type: string }) => `${m.line}\u0000${m.text}\u0000${m.type}`;
  const show = (m: { line: number; text: string }) => `${m.line}:${m.text}`;

  const byType = {} as Record<NameType, TypeScore>;
  for (const type of TYPES) {
    const want = gold.mentions.filter((m) => m.type === type);
    const got = out.filter((m) => m.type === type);
    const left = new Map<string, number>();
    for (const m of want) left.set(key(m), (left.get(key(m)) ?? 0) + 1);
    const spurious: string[] = [];
    let correct = 0;
    for (const m of got) {
      const n = left.get(key(m)) ?? 0;
      if (n > 0) {
        correct++;
        left.set(key(m), n - 1);
      } else spurious.push(show(m));
    }
    const missed = want.filter((m) => (left.get(key(m)) ?? 0) > 0 && left.set(key(m), left.get(key(m))! - 1)).map(show);
    byType[type] = { gold: want.length, output: got.length, correct, missed, spurious };
  }

  const goldDates = gold.mentions.filter((m) => m.type === 'date');
  const outDates = out.filter((m) => m.type === 'date');
  const dates = { gold: goldDates.length, found: 0, rightValue: 0, output: outDates.length, wrong: [] as string[] };
  for (const g of goldDates) {
    const hit = outDates.find((d) => d.line === g.line && d.text === g.text);
    if (!hit) dates.wrong.push(`${show(g)} missed`);
    else if (JSON.stringify(hit.value) !== JSON.stringify(g.value)) dates.wrong.push(`${show(g)} = ${JSON.stringify(hit.value)}`);
    if (hit) dates.found++;
    if (hit && JSON.stringify(hit.value) === JSON.stringify(g.value)) dates.rightValue++;
  }

  // Output entity of each gold mention (by line and text), then: do an entity's forms share one?
  const outEntity = (g: GoldMention) => out.find((m) => m.line === g.line && m.text === g.text && m.type === g.type)?.entity;
  const links = { total: 0, right: 0, wrong: [] as string[] };
  const names = gold.mentions.filter((m) => m.type !== 'date');
  for (const entity of new Set(names.map((m) => m.entity))) {
    const ms = names.filter((m) => m.entity === entity);
    if (new Set(ms.map((m) => m.text)).size < 2) continue;
    const head = outEntity(ms[0]);
    for (const m of ms.slice(1)) {
      links.total++;
      const id = outEntity(m);
      if (head && id === head) links.right++;
      else links.wrong.push(`${show(m)} → ${id ?? 'nothing'} (want ${head ?? '?'})`);
    }
  }
  const known = [...new Set(names.map((g) => out.find((m) => m.line === g.line && m.text === g.text && m.source === 'gazetteer')?.entity).filter((x): x is string => !!x))];
  return { name, lang, byType, dates, links, known };
}

export function scoreAll(): PaperScore[] {
  return heldoutPapers().map((name) => scorePaper(name));
}

/** Precision and recall of one type over some papers. */
export function totals(papers: PaperScore[], type: NameType): { precision: number; recall: number; gold: number } {
  const sum = (k: 'gold' | 'output' | 'correct') => papers.reduce((s, p) => s + p.byType[type][k], 0);
  return { precision: sum('correct') / Math.max(1, sum('output')), recall: sum('correct') / Math.max(1, sum('gold')), gold: sum('gold') };
}
