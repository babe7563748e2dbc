/**
 * End-to-end quality of the pipeline on papers it has never seen: the converted
 * texts of test/fixtures/unseen/ go through `importConverted`, then `buildAll`
 * (English editions, every available format), and the outputs are compared with
 * the hand-written gold next to each text (<name>.gold.json). Shared by
 * bench/unseen.ts (prints the figures) and test/unseen.test.ts (asserts bars).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { parse } from 'yaml';
import { importConverted } from '../pipeline/import/index.js';
import { buildAll } from '../pipeline/batch/batch.js';
import { availableFormats } from '../pipeline/render/registry.js';
import { FORMATS } from '../pipeline/render/context.js';

/** Read from the repository root, where both vitest and the bench scripts run. */
export const FIXTURES = join(process.cwd(), 'test', 'fixtures', 'unseen');

type EntityType = 'person' | 'organization' | 'place';
interface GoldEntity { type: EntityType; name: string; surfaces: string[] }
export interface Gold {
  frontMatter: { title: string; subtitle?: string; type: string; date: string; authors?: string[]; publisher: { name: { en: string; ar: string }; short?: string }; contactEmail?: string };
  /** The first and last words of the body as printed (masthead, contents and contact block lie outside). */
  body: { first: string; last: string };
  /** Running headers and footers that must not survive. */
  furniture: string[];
  /** [before the hyphen, after it, the word]. */
  joins: [string, string, string][];
  /** [end of the first half, start of the second]: one paragraph once imported. */
  paragraphJoins: [string, string][];
  headings: [number, string][];
  /** [depth, start of the item's text]. */
  listItems: [number, string][];
  placeholderLinks: number;
  entities: GoldEntity[];
  /** Names that may be found or not (generic groups, terms that are also bodies). */
  optionalEntities: string[];
  /** ISO values; a decade is its first three digits (`198` for the 1980s). */
  dates: { text: string; value: string }[];
  glossary: { expected: Record<string, number>; forbiddenInsideNames: Record<string, string> };
}

interface Mention { text: string }
interface JsonEntity { id: string; type: string; name: string; source: string; value?: unknown; mentions: Mention[] }
interface JsonGlossary { id: string; count: number; occurrences: Mention[] }
interface JsonEdition { meta: Record<string, unknown>; outline: unknown[]; entities: JsonEntity[]; glossary: JsonGlossary[]; diagnostics: { ruleId?: string; severity: string; message: string }[] }

export const names = (): string[] =>
  readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => f.slice(0, -4))
    .sort();

/** Names compared without case, article, apostrophes or hyphens: `Ja’far` = `Ja'far` = `Jafar`. */
export function fold(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʿʾ`]/gu, '')
    .replace(/\b(al|el|the)[- ]/gu, '')
    .replace(/[-\s]+/gu, ' ')
    .trim();
}

/** Words of Markdown or plain text, markup and in-word hyphens ignored. */
export function words(text: string): string[] {
  const plain = text.replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1').replace(/(\p{L})-(\p{L})/gu, '$1$2');
  return [...plain.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0].toLowerCase());
}

/** Longest common subsequence length of two word lists. */
export function lcs(a: string[], b: string[]): number {
  let prev = new Uint32Array(b.length + 1);
  let cur = new Uint32Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** The gold body: the printed body, furniture dropped, split words joined, list and heading glyphs removed. */
export function goldBody(text: string, gold: Gold): string {
  let body = text.slice(text.indexOf(gold.body.first), text.indexOf(gold.body.last) + gold.body.last.length);
  for (const line of gold.furniture) body = body.split('\n').filter((l) => l.trim() !== line).join('\n');
  body = body.replace(/^\s*\d+\s*$/gmu, '');
  for (const [a, b, word] of gold.joins) body = body.replace(new RegExp(`${a}-\\s+${b}`, 'u'), word);
  return body.replace(/^\s*(#+|[■▪•◦]|o(?= ))\s*/gmu, '').replace(/\*+/gu, '');
}

export interface ImportScore {
  frontMatterWrong: string[];
  wordsKept: number;
  wordsExtra: number;
  brokenWords: string[];
  furnitureLeft: string[];
  paragraphJoinsMissed: string[];
  headingsWrong: string[];
  listItemsWrong: string[];
  placeholderLinks: { found: number; expected: number };
}

function scoreImport(text: string, markdown: string, gold: Gold): ImportScore {
  const m = /^---\n([\s\S]*?)\n---\n\n?([\s\S]*)$/u.exec(markdown);
  const fm = (m ? parse(m[1]) : {}) as Record<string, any>;
  const body = m ? m[2] : markdown;
  const expected = gold.frontMatter;
  const frontMatterWrong: string[] = [];
  const check = (key: string, want: unknown, got: unknown) => {
    if (want !== undefined && JSON.stringify(want) !== JSON.stringify(got)) frontMatterWrong.push(`${key}: want ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
  };
  check('title', expected.title, fm.title);
  check('subtitle', expected.subtitle, fm.subtitle);
  check('type', expected.type, fm.type);
  check('date', expected.date, fm.date instanceof Date ? fm.date.toISOString().slice(0, 10) : fm.date);
  check('authors', expected.authors, fm.authors);
  check('publisher.name.en', expected.publisher.name.en, fm.publisher?.name?.en);
  check('publisher.name.ar', expected.publisher.name.ar, fm.publisher?.name?.ar);
  check('publisher.short', expected.publisher.short, fm.publisher?.short);
  check('publisher.contact.email', expected.contactEmail, fm.publisher?.contact?.email);

  const want = words(goldBody(text, gold));
  const got = words(body);
  const kept = lcs(want, got);
  const paragraphs = body.split(/\n\s*\n/u);
  const inOneParagraph = (a: string, b: string) => paragraphs.some((p) => p.replace(/\s+/gu, ' ').includes(a) && p.replace(/\s+/gu, ' ').includes(b) && p.indexOf(a) < p.lastIndexOf(b));
  const headings = [...body.matchAll(/^(#{1,6}) (.*)$/gmu)].map((h) => [h[1].length, h[2].trim()] as [number, string]);
  const items = [...body.matchAll(/^( *)- (.*)$/gmu)].map((i) => [i[1].length / 2, i[2]] as [number, string]);
  return {
    frontMatterWrong,
    wordsKept: kept / want.length,
    wordsExtra: got.length - kept,
    brokenWords: gold.joins.filter(([, , word]) => !new RegExp(`\\b${word}\\b`, 'u').test(body)).map(([a, b]) => `${a}-|${b}`),
    furnitureLeft: gold.furniture.filter((f) => body.includes(f)),
    paragraphJoinsMissed: gold.paragraphJoins.filter(([a, b]) => !inOneParagraph(a, b)).map(([a, b]) => `${a} | ${b}`),
    headingsWrong: [
      ...gold.headings.filter(([level, t]) => !headings.some(([l, h]) => l === level && h === t)).map(([l, t]) => `want ${'#'.repeat(l)} ${t}, got ${headings.find(([, h]) => h === t)?.[0] ?? 'none'}`),
      ...headings.filter(([, h]) => !gold.headings.some(([, t]) => t === h)).map(([l, h]) => `unexpected ${'#'.repeat(l)} ${h}`),
    ],
    listItemsWrong: gold.listItems
      .filter(([depth, start]) => !items.some(([d, t]) => d === depth && t.startsWith(start)))
      .map(([d, s]) => `want depth ${d} '${s}…', got ${items.find(([, t]) => t.startsWith(s))?.[0] ?? 'none'}`),
    placeholderLinks: { found: (body.match(/\]\(#?\)/gu) ?? []).length, expected: gold.placeholderLinks },
  };
}

export interface TypeScore { gold: number; found: number; output: number; correct: number; missed: string[]; spurious: string[]; split: string[]; wrongType: string[] }
export interface EntityScore { byType: Record<EntityType, TypeScore>; dates: { gold: number; found: number; missed: string[]; spurious: string[] }; glossary: { expected: number; found: number; missed: string[]; insideNames: string[] } }

function surfaceOwner(golds: GoldEntity[], text: string): GoldEntity | undefined {
  return golds.find((g) => g.surfaces.some((s) => fold(s) === fold(text)));
}

function scoreEntities(edition: JsonEdition, gold: Gold): EntityScore {
  const types: EntityType[] = ['person', 'organization', 'place'];
  const optional = new Set(gold.optionalEntities.map(fold));
  const byType = {} as Record<EntityType, TypeScore>;
  for (const type of types) {
    const golds = gold.entities.filter((g) => g.type === type);
    const outs = edition.entities.filter((e) => e.type === type);
    const score: TypeScore = { gold: golds.length, found: 0, output: 0, correct: 0, missed: [], spurious: [], split: [], wrongType: [] };
    for (const g of golds) {
      const hits = outs.filter((e) => e.mentions.some((m) => g.surfaces.some((s) => fold(s) === fold(m.text))));
      if (hits.length) score.found++;
      else {
        const other = edition.entities.find((e) => e.type !== type && e.mentions.some((m) => g.surfaces.some((s) => fold(s) === fold(m.text))));
        score.missed.push(other ? `${g.name} (as ${other.type})` : g.name);
      }
      const covered = new Set(g.surfaces.filter((s) => hits.some((e) => e.mentions.some((m) => fold(m.text) === fold(s)))));
      if (hits.length > 1) score.split.push(`${g.name} → ${hits.map((e) => e.id).join(', ')}`);
      else if (covered.size < g.surfaces.length && hits.length === 1) score.split.push(`${g.name}: ${g.surfaces.filter((s) => !covered.has(s)).join(', ')} not merged`);
    }
    for (const e of outs) {
      if (e.mentions.every((m) => optional.has(fold(m.text)))) continue;
      score.output++;
      if (e.mentions.every((m) => surfaceOwner(golds, m.text))) score.correct++;
      else if (e.mentions.some((m) => surfaceOwner(gold.entities, m.text))) score.wrongType.push(`${e.name} as ${type}`);
      else score.spurious.push(`${e.name} [${e.mentions.map((m) => m.text).join('; ')}]`);
    }
    byType[type] = score;
  }

  const outDates = edition.entities.filter((e) => e.type === 'date');
  const values = (v: unknown): string[] => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v as Record<string, string>) : []);
  const decade = (v: string) => (/^\d{3}$/u.test(v) ? [v, `${v}0s`, `${v}0`] : [v]);
  const dateFound = (d: { text: string; value: string }) =>
    outDates.some((e) => values(e.value).some((v) => decade(d.value).includes(v)) && e.mentions.some((m) => m.text.includes(d.text.replace(/^the /u, '')) || d.text.includes(m.text)));
  const missedDates = gold.dates.filter((d) => !dateFound(d)).map((d) => `${d.text} (${d.value})`);
  const spuriousDates = outDates.filter((e) => !gold.dates.some((d) => e.mentions.some((m) => m.text.includes(d.text.replace(/^the /u, '')) || d.text.includes(m.text)))).map((e) => `${e.mentions[0]?.text} → ${JSON.stringify(e.value)}`);

  const found = new Map(edition.glossary.map((g) => [g.id, g]));
  const missedTerms = Object.entries(gold.glossary.expected).filter(([id, n]) => (found.get(id)?.count ?? 0) < n).map(([id, n]) => `${id} ${found.get(id)?.count ?? 0}/${n}`);
  const insideNames = Object.entries(gold.glossary.forbiddenInsideNames)
    .filter(([id, name]) => found.get(id)?.occurrences.some((o) => name.includes(o.text)))
    .map(([id, name]) => `${id} inside '${name}'`);
  return {
    byType,
    dates: { gold: gold.dates.length, found: gold.dates.length - missedDates.length, missed: missedDates, spurious: spuriousDates },
    glossary: { expected: Object.keys(gold.glossary.expected).length, found: Object.keys(gold.glossary.expected).length - missedTerms.length, missed: missedTerms, insideNames },
  };
}

export interface PaperReport { name: string; importErrors: string[]; import: ImportScore; build: { status: string; errors: string[]; outputs: string[] }; entities: EntityScore | null }
export interface Report { papers: PaperReport[]; formatsMissing: string[]; crash: string | null }

/** Imports and builds every unseen paper into a temporary folder and scores the result. */
export async function evaluate(): Promise<Report> {
  const root = mkdtempSync(join(tmpdir(), 'papers-unseen-'));
  try {
    const sources = join(root, 'source');
    const imported = new Map<string, { text: string; markdown: string; errors: string[] }>();
    for (const name of names()) {
      const text = readFileSync(join(FIXTURES, `${name}.txt`), 'utf8');
      const { markdown, file } = importConverted(text, new VFile({ path: `${name}.txt` }));
      mkdirSync(join(sources, name), { recursive: true });
      writeFileSync(join(sources, name, 'en.md'), markdown);
      imported.set(name, { text, markdown, errors: file.messages.filter((m) => m.fatal === true).map((m) => `${m.line}:${m.column} ${m.reason}`) });
    }
    let crash: string | null = null;
    let results: Awaited<ReturnType<typeof buildAll>>['papers'] = [];
    try {
      results = (await buildAll({ paths: [sources], out: join(root, 'out'), langs: ['en'], jobs: 1, force: true, cwd: root })).papers;
    } catch (error) {
      crash = error instanceof Error ? error.message : String(error);
    }
    const papers: PaperReport[] = [...imported].map(([name, { text, markdown, errors }]) => {
      const gold = JSON.parse(readFileSync(join(FIXTURES, `${name}.gold.json`), 'utf8')) as Gold;
      const result = results.find((r) => r.slug === name);
      let edition: JsonEdition | null = null;
      try {
        edition = JSON.parse(readFileSync(join(root, 'out', name, 'en.json'), 'utf8')) as JsonEdition;
      } catch {
        edition = null;
      }
      return {
        name,
        importErrors: errors,
        import: scoreImport(text, markdown, gold),
        build: {
          status: result?.status ?? 'missing',
          errors: (result?.diagnostics ?? []).filter((d) => d.severity === 'error').map((d) => `${d.line}:${d.column} ${d.message} [${d.ruleId}]`),
          outputs: (result?.outputs ?? []).map((o) => o.split('/').pop() ?? o).sort(),
        },
        entities: edition ? scoreEntities(edition, gold) : null,
      };
    });
    const available = new Set(availableFormats());
    return { papers, formatsMissing: FORMATS.filter((f) => !available.has(f)), crash };
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
