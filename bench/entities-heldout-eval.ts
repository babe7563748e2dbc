/**
 * Entity extraction on held-out papers: test/fixtures/entities/heldout/*.md,
 * written after the rules with names the gazetteer lacks on purpose (they are
 * never added to it), against the hand annotation in <paper>.gold.json.
 * Shared by bench/entities-heldout.ts (prints the figures and the misses) and
 * test/entities-heldout.test.ts (asserts the bars).
 *
 * A name mention counts when the output has a mention of that type with the
 * same line and text (in Arabic, the same text but for a proclitic at its
 * start: see sameMention). Coreference is scored apart: every gold mention whose
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

/**
 * The forms of an Arabic mention text without a proclitic cluster at its
 * start: an optional و or ف, then an optional ب, ل or ك. ل before the article
 * drops the article's alif, so `لل` also reads as ل + ال (`للقوات` as
 * `القوات`) and, before a word that itself starts with ل, as ل + the whole
 * article (`للجنة` as `اللجنة`). The text itself is always one of its forms;
 * a form shorter than two letters is not.
 */
function withoutProclitics(text: string): Set<string> {
  const forms = new Set([text]);
  const add = (form: string) => {
    if ([...form].length >= 2) forms.add(form);
  };
  for (const conjunction of ['', 'و', 'ف']) {
    if (!text.startsWith(conjunction)) continue;
    const rest = text.slice(conjunction.length);
    add(rest);
    for (const preposition of ['ب', 'ل', 'ك']) {
      if (!rest.startsWith(preposition)) continue;
      const word = rest.slice(preposition.length);
      add(word);
      if (preposition === 'ل' && word.startsWith('ل')) {
        add(`ا${word}`);
        add(`ال${word}`);
      }
    }
  }
  return forms;
}

/**
 * Are two mentions (gold and output, in either order) the same mention? The
 * same line and, in English, the same text. In Arabic a proclitic joined to a
 * name may be reported inside the mention or left out of it (`لإثيوبيا` or
 * `إثيوبيا`, `للقوات المسلحة` or `القوات المسلحة`, `وبموسكو` or `موسكو`), so the
 * texts are the same when they are equal after removing a proclitic cluster
 * from the start of each (see withoutProclitics). Every comparison of a gold
 * mention with an output mention in the scorers goes through this function.
 */
export function sameMention(a: { line: number; text: string }, b: { line: number; text: string }, lang: Lang): boolean {
  if (a.line !== b.line) return false;
  if (a.text === b.text) return true;
  if (lang !== 'ar') return false;
  const forms = withoutProclitics(a.text);
  for (const form of withoutProclitics(b.text)) if (forms.has(form)) return true;
  return false;
}

/** The first mention of `list` that is the same mention as `target` (sameMention), one with the very same text first. */
export function findMention<T extends { line: number; text: string }>(list: readonly T[], target: { line: number; text: string }, lang: Lang): T | undefined {
  let loose: T | undefined;
  for (const m of list) {
    if (!sameMention(target, m, lang)) continue;
    if (m.text === target.text) return m;
    loose ??= m;
  }
  return loose;
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
  return scoreEntities(name, lang, gold.mentions, paper.entities);
}

/** The score of a paper's entities (from processText, or after linkEditions) against its gold mentions. */
export function scoreEntities(name: string, lang: Lang, goldMentions: GoldMention[], entities: Entity[]): PaperScore {
  const gold = { mentions: goldMentions };
  const out = entities.flatMap((e: Entity) => e.mentions.map((m) => ({ line: m.line, text: m.text, type: e.type, entity: e.id, source: e.source, value: e.value })));
  const show = (m: { line: number; text: string }) => `${m.line}:${m.text}`;

  const byType = {} as Record<NameType, TypeScore>;
  for (const type of TYPES) {
    const want = gold.mentions.filter((m) => m.type === type);
    const got = out.filter((m) => m.type === type);
    // Each output mention takes the first gold mention left that is the same mention.
    const left = [...want];
    const spurious: string[] = [];
    let correct = 0;
    for (const m of got) {
      const g = findMention(left, m, lang);
      if (g) {
        correct++;
        left.splice(left.indexOf(g), 1);
      } else spurious.push(show(m));
    }
    byType[type] = { gold: want.length, output: got.length, correct, missed: left.map(show), spurious };
  }

  const goldDates = gold.mentions.filter((m) => m.type === 'date');
  const outDates = out.filter((m) => m.type === 'date');
  const dates = { gold: goldDates.length, found: 0, rightValue: 0, output: outDates.length, wrong: [] as string[] };
  for (const g of goldDates) {
    const hit = findMention(outDates, g, lang);
    if (!hit) dates.wrong.push(`${show(g)} missed`);
    else if (JSON.stringify(hit.value) !== JSON.stringify(g.value)) dates.wrong.push(`${show(g)} = ${JSON.stringify(hit.value)}`);
    if (hit) dates.found++;
    if (hit && JSON.stringify(hit.value) === JSON.stringify(g.value)) dates.rightValue++;
  }

  // Output entity of each gold mention (by line and text), then: do an entity's forms share one?
  const outEntity = (g: GoldMention) => findMention(out.filter((m) => m.type === g.type), g, lang)?.entity;
  const links = { total: 0, right: 0, wrong: [] as string[] };
  const names = gold.mentions.filter((m) => m.type !== 'date');
  for (const entity of new Set(names.map((m) => m.entity))) {
    const ms = names.filter((m) => m.entity === entity);
    // Several forms (not counting a proclitic: للقوات is القوات), else nothing to link.
    if (!ms.some((m) => !sameMention({ line: 0, text: ms[0].text }, { line: 0, text: m.text }, lang))) continue;
    const head = outEntity(ms[0]);
    for (const m of ms.slice(1)) {
      links.total++;
      const id = outEntity(m);
      if (head && id === head) links.right++;
      else links.wrong.push(`${show(m)} → ${id ?? 'nothing'} (want ${head ?? '?'})`);
    }
  }
  const fromGazetteer = out.filter((m) => m.source === 'gazetteer');
  const known = [...new Set(names.map((g) => findMention(fromGazetteer, g, lang)?.entity).filter((x): x is string => !!x))];
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

/** What a paper's score misses, finds wrongly and dates wrongly, one line each (the scripts' detail under a paper's figures). */
export function printMisses(p: PaperScore): void {
  for (const type of TYPES) {
    const s = p.byType[type];
    if (s.missed.length) console.log(`  ${type} missed: ${s.missed.join(' · ')}`);
    if (s.spurious.length) console.log(`  ${type} spurious: ${s.spurious.join(' · ')}`);
  }
  if (p.dates.wrong.length) console.log(`  dates: ${p.dates.wrong.join(' · ')}`);
  if (p.links.wrong.length) console.log(`  links: ${p.links.wrong.join(' · ')}`);
  console.log(`  known to the gazetteer (${p.known.length}): ${p.known.join(' ')}`);
}
