/**
 * Derive the test corpus (test/fixtures/corpus/{dev,dev2,dev3,dev4,heldout,heldout2,heldout3,heldout4}/<slug>/) from its
 * hand annotation: `<lang>.annotated.md` → `<lang>.md` (the plain source) and
 * `<lang>.gold.json` (the gold mentions, see bench/corpus/annotated.ts), then
 * check it and print its figures.
 *
 *   npx tsc -p . && node dist/bench/corpus/derive.js [--check] [--markdown] [--warnings] [--hints] [paper dirs…]
 *
 * --check writes nothing and fails when a derived file is not what the
 * annotation gives. Checks: the annotation is sound; every gold mention's text
 * is on its line of the plain source; the front matter's lang is the file's;
 * both editions name the same entities (same ids, same date values); the plain
 * source goes through processText with no error (a paper without a publisher
 * inherits the one of the repository's papers.yml, as any paper under it does).
 * Figures: body words, mentions and distinct entities by type, wrapped or not,
 * publisher or not, and the share of distinct entities the gazetteer
 * (locales/{en,ar}/entities.json, names and aliases) does not know.
 */
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { processText } from '../../pipeline/process.js';
import { fold } from '../../pipeline/text/fold.js';
import { deriveAnnotated, misplaced, type GoldMention } from './annotated.js';

type Lang = 'en' | 'ar';
const LANGS: Lang[] = ['en', 'ar'];
const ROOT = process.cwd();
export const CORPUS = join(ROOT, 'test', 'fixtures', 'corpus');
const NAME_TYPES = ['person', 'organization', 'place'] as const;

export function corpusPapers(): string[] {
  const out: string[] = [];
  for (const set of ['dev', 'dev2', 'dev3', 'dev4', 'heldout', 'heldout2', 'heldout3', 'heldout4']) {
    const dir = join(CORPUS, set);
    if (!existsSync(dir)) continue;
    for (const slug of readdirSync(dir).sort()) if (statSync(join(dir, slug)).isDirectory()) out.push(join(dir, slug));
  }
  return out;
}

const ABOUT = (set: string, lang: Lang) =>
  `${set.startsWith('heldout') ? 'Held-out corpus paper: only ever measured, never used to tune rules or fill the gazetteer' : 'Development corpus paper (may be used to tune entity discovery)'}. ` +
  `Every mention of a person, organization or place (entity: slug of the English full name, the same id in both editions) and every date with its ISO value, ` +
  `annotated by hand inline in ${lang}.annotated.md (see test/fixtures/corpus/README.md: titles, possessive 's${lang === 'ar' ? ', and the prefixes و ف ب ل ك' : ''} left out${lang === 'ar' ? ' (but ل + ال stays fused inside, as in للقوات)' : ''}; ` +
  `a name inside a longer name counts only as the longer name; demonyms not; a mention split by a line break keeps it in its text).`;

export interface Gazetteer {
  names: Record<Lang, Set<string>>;
  ids: Set<string>;
}

export function loadGazetteer(): Gazetteer {
  const names: Record<Lang, Set<string>> = { en: new Set(), ar: new Set() };
  const ids = new Set<string>();
  for (const lang of LANGS) {
    const entries = JSON.parse(readFileSync(join(ROOT, 'locales', lang, 'entities.json'), 'utf8')) as Record<string, { name?: string; aliases?: string[] }>;
    for (const [id, e] of Object.entries(entries)) {
      ids.add(id);
      for (const n of [e.name, ...(e.aliases ?? [])]) if (n) names[lang].add(fold(n, lang).text.trim());
    }
  }
  return { names, ids };
}

const bodyOf = (source: string): string => {
  const end = source.indexOf('\n---', 4);
  return end < 0 ? source : source.slice(source.indexOf('\n', end + 1) + 1);
};

/** Words of the body: whitespace-separated tokens with a letter or digit, not URLs. */
function words(source: string): number {
  return bodyOf(source)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w) && !/https?:\/\//.test(w) && !/^\|?[-:|]+$/.test(w)).length;
}

/** Hard-wrapped: most paragraph lines of the body end before column 80 and paragraphs run over several lines. */
function wrapped(source: string): boolean {
  const lines = bodyOf(source).split('\n').filter((l) => l && !/^(#|\||\[\^)/.test(l));
  const long = lines.filter((l) => [...l].length > 80).length;
  return lines.length > 0 && long / lines.length < 0.05;
}

const MONTHS_EN = 'January|February|March|April|May|June|July|August|September|October|November|December';
const MONTHS_AR = 'يناير|فبراير|مارس|أبريل|إبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين';
const COMMON = new Set('The A An In On At Of For And But Or If As By To From With Without This That These Those It Its Their There Then When While Where Which Who Whose What Why How Each Both Neither Either No Not Some Many Most More Few First Second Third Fourth Today Since After Before Under Over Between Among Against Unlike Like Yet Even Only All Any Such Than Through During Into Instead Although Because Until Once Outside Inside Within Beyond Behind Above Below Despite Three Two Four Five Six Ten One Several Every Its Our We They He She His Her Sources Source Note Notes Table Figure Total Key What'.split(' '));

/** Date-like words (a year, a month name) outside any date mention, and (English) capitalised words outside any mention: for a person to review. */
function hints(plain: string, mentions: GoldMention[], offsets: number[], lang: Lang): string[] {
  const body = plain.indexOf('\n---', 4) + 4;
  const covered = (at: number, type?: string) =>
    mentions.some((m, k) => (!type || (type === 'date') === (m.type === 'date')) && offsets[k] <= at && at < offsets[k] + m.text.length);
  const inUrl = (at: number) => {
    const start = plain.lastIndexOf(' ', at) + 1;
    const tok = plain.slice(Math.max(start, plain.lastIndexOf('\n', at) + 1), at + 1);
    return /(https?:|www\.|\/|\(|S\/)/.test(tok) && /[\/]/.test(tok);
  };
  const lineAt = (at: number) => plain.slice(0, at).split('\n').length;
  const out: string[] = [];
  const dateLike = new RegExp(`(?<![\\p{L}\\p{N}])((1[89]|20)\\d\\d|[١٢][٠-٩]{3}|${MONTHS_EN}|${MONTHS_AR})(?![\\p{L}\\p{N}])`, 'gu');
  for (const m of plain.slice(body).matchAll(dateLike)) {
    const at = body + m.index!;
    if (!covered(at, 'date') && !inUrl(at) && !/^\|/.test(plain.slice(plain.lastIndexOf('\n', at) + 1))) out.push(`date-like "${m[0]}" not in a date, line ${lineAt(at)}`);
  }
  if (lang === 'en') {
    for (const m of plain.slice(body).matchAll(/(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}'’-]*/gu)) {
      const at = body + m.index!;
      const before = plain.slice(Math.max(body, at - 3), at);
      const sentenceStart = /(^|[.:!?\n]\s*|[.:!?]["”]\s|^#+\s|\n[-*]\s|\d\.\s|\|\s*)$/.test(plain.slice(Math.max(body, at - 6), at)) || at === body;
      if (covered(at) || inUrl(at) || COMMON.has(m[0]) && sentenceStart) continue;
      if (/^(#+ |\| )/.test(plain.slice(plain.lastIndexOf('\n', at) + 1)) && COMMON.has(m[0])) continue;
      out.push(`capitalised "${m[0]}" outside mentions, line ${lineAt(at)}${before ? '' : ''}`);
    }
  }
  return out;
}

export interface PaperReport {
  set: string;
  slug: string;
  problems: string[];
  warnings: string[];
  hints: string[];
  stale: string[];
  words: Record<Lang, number>;
  wrapped: Record<Lang, boolean>;
  publisher: boolean;
  mentions: Record<Lang, Record<string, number>>;
  entities: Record<string, number>;
  known: string[];
  outside: number;
}

export function derivePaper(dir: string, write: boolean, gaz: Gazetteer): PaperReport {
  const set = relative(CORPUS, dir).split(/[\\/]/)[0];
  const slug = relative(join(CORPUS, set), dir);
  const report: PaperReport = {
    set, slug, problems: [], warnings: [], hints: [], stale: [], words: { en: 0, ar: 0 }, wrapped: { en: false, ar: false }, publisher: false,
    mentions: { en: {}, ar: {} }, entities: {}, known: [], outside: 0,
  };
  const gold: Partial<Record<Lang, GoldMention[]>> = {};
  for (const lang of LANGS) {
    const annotatedPath = join(dir, `${lang}.annotated.md`);
    if (!existsSync(annotatedPath)) {
      report.problems.push(`${lang}: no ${lang}.annotated.md`);
      continue;
    }
    const d = deriveAnnotated(readFileSync(annotatedPath, 'utf8'), { requireId: lang === 'ar' });
    report.problems.push(...d.problems.map((p) => `${lang}.annotated.md: ${p}`));
    for (const m of misplaced(d.plain, d.mentions)) report.problems.push(`${lang}: mention not on its line ${m.line}: ${JSON.stringify(m.text)}`);
    const source = relative(ROOT, join(dir, `${lang}.md`)).split('\\').join('/');
    const json = JSON.stringify({ source, about: ABOUT(set, lang), mentions: d.mentions }, null, 1) + '\n';
    for (const [file, content] of [[`${lang}.md`, d.plain], [`${lang}.gold.json`, json]] as const) {
      const path = join(dir, file);
      const old = existsSync(path) ? readFileSync(path, 'utf8') : null;
      if (old === content) continue;
      if (write) writeFileSync(path, content);
      else report.stale.push(file);
    }
    gold[lang] = d.mentions;

    // Front matter.
    const fm = d.plain.startsWith('---\n') ? (parseYaml(d.plain.slice(4, d.plain.indexOf('\n---', 4))) as Record<string, unknown>) : {};
    if (fm.lang !== lang) report.problems.push(`${lang}.md: front matter lang is ${String(fm.lang)}`);
    report.publisher = 'publisher' in fm;

    // The pipeline reads it (with the papers.yml that governs its path).
    const { paper, file } = processText(d.plain, { slug, lang, source });
    for (const m of file.messages) {
      if (m.fatal === true) report.problems.push(`${lang}.md: pipeline error: ${String(m)}`);
      else if (m.fatal === false) report.warnings.push(`${lang}.md: ${String(m)}`);
    }
    if (!paper) report.problems.push(`${lang}.md: the pipeline made no paper`);

    report.hints.push(...hints(d.plain, d.mentions, d.offsets, lang).map((h) => `${lang}: ${h}`));
    report.words[lang] = words(d.plain);
    report.wrapped[lang] = wrapped(d.plain);
    for (const m of d.mentions) report.mentions[lang][m.type] = (report.mentions[lang][m.type] ?? 0) + 1;
  }

  // Both editions name the same entities.
  if (gold.en && gold.ar) {
    const ids = (ms: GoldMention[]) => new Set(ms.map((m) => `${m.type}:${m.entity}`));
    const [en, ar] = [ids(gold.en), ids(gold.ar)];
    for (const x of en) if (!ar.has(x)) report.problems.push(`only in en: ${x}`);
    for (const x of ar) if (!en.has(x)) report.problems.push(`only in ar: ${x}`);
  }

  // Distinct named entities and the gazetteer.
  const all = LANGS.flatMap((lang) => (gold[lang] ?? []).filter((m) => m.type !== 'date').map((m) => ({ ...m, lang })));
  const byId = new Map<string, typeof all>();
  for (const m of all) byId.set(m.entity, [...(byId.get(m.entity) ?? []), m]);
  for (const [id, ms] of byId) {
    report.entities[ms[0].type] = (report.entities[ms[0].type] ?? 0) + 1;
    const types = new Set(ms.map((m) => m.type));
    if (types.size > 1) report.problems.push(`entity ${id} has several types: ${[...types].join(', ')}`);
    const knownName = ms.some((m) => gaz.names[m.lang].has(fold(m.text.replace(/^(the|The) /, ''), m.lang).text.trim()));
    if (knownName || gaz.ids.has(id)) report.known.push(id);
  }
  report.outside = byId.size ? (byId.size - report.known.length) / byId.size : 1;
  if (report.outside < 0.7) report.problems.push(`only ${(100 * report.outside).toFixed(0)} % of the entities are outside the gazetteer`);
  return report;
}

function main(): void {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const markdown = args.includes('--markdown');
  const dirs = args.filter((a) => !a.startsWith('--')).map((a) => resolve(a));
  const gaz = loadGazetteer();
  const reports = (dirs.length ? dirs : corpusPapers()).map((d) => derivePaper(d, !check, gaz));
  let failed = false;
  const rows: string[] = [];
  for (const r of reports) {
    const count = (lang: Lang) => NAME_TYPES.map((t) => r.mentions[lang][t] ?? 0).concat(r.mentions[lang].date ?? 0).join('/');
    const ent = NAME_TYPES.map((t) => r.entities[t] ?? 0).join('/');
    const pct = (100 * r.outside).toFixed(0);
    if (markdown) {
      rows.push(
        `| ${r.set} | ${r.slug} | ${r.words.en} / ${r.words.ar} | ${r.wrapped.en ? 'yes' : 'no'}${r.wrapped.en !== r.wrapped.ar ? ' (!)' : ''} | ${r.publisher ? 'yes' : 'no'} | ${count('en')} | ${count('ar')} | ${ent} | ${pct} % (${r.known.length} known) |`,
      );
    } else {
      console.log(
        `${r.set}/${r.slug}: words ${r.words.en}/${r.words.ar} · wrapped ${r.wrapped.en}/${r.wrapped.ar} · publisher ${r.publisher} · ` +
          `mentions p/o/l/d en ${count('en')} ar ${count('ar')} · entities p/o/l ${ent} · outside gazetteer ${pct} % (known: ${r.known.join(' ')})`,
      );
    }
    for (const p of r.problems) console.log(`  problem: ${p}`);
    if (args.includes('--hints')) for (const h of r.hints) console.log(`  hint: ${h}`);
    if (args.includes('--warnings')) for (const w of r.warnings) console.log(`  warning: ${w}`);
    for (const s of r.stale) console.log(`  stale: ${s} (run without --check)`);
    if (r.problems.length || r.stale.length) failed = true;
  }
  if (markdown) {
    console.log('| set | paper | words en / ar | wrapped | publisher | en mentions p/o/l/d | ar mentions p/o/l/d | entities p/o/l | outside gazetteer |');
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const row of rows) console.log(row);
  }
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && resolve(process.argv[1]).endsWith(join('bench', 'corpus', 'derive.js'))) main();
