/**
 * Entity extraction on the test corpus (test/fixtures/corpus/{dev,heldout}/),
 * scored against its gold the way bench/entities-heldout.ts scores the
 * held-out papers (bench/entities-heldout-eval.ts), plus cross-language
 * linking: for every gold entity named in both editions, are the output
 * entities of its first English and first Arabic mention one entity (the
 * same id, or each other's counterpart after linkEditions)?
 * Also: how many gold mentions split by a hard line break the output has, and
 * the Arabic edition scored again as a build publishes it, after linkEditions
 * (names it found through the English edition, pipeline/align/).
 * Output and gold mentions are compared by sameMention (entities-heldout-eval.ts):
 * the same line and text, but for a proclitic at the start of an Arabic one.
 * Papers without a publisher inherit the one of the repository's papers.yml.
 *
 *   npx tsc -p . && node dist/bench/corpus/score.js [dev|heldout] [--quiet]
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { processText } from '../../pipeline/process.js';
import { linkEditions } from '../../pipeline/align/editions.js';
import type { Lang } from '../../pipeline/model/paper.js';
import { linkingBlocks } from '../../pipeline/align/editions.js';
import { CAUSES, linkFailures, outEntity, printCauses, type Failure } from './link-causes.js';
import { printMisses, scoreEntities, scorePaper, totals, TYPES, type PaperScore } from '../entities-heldout-eval.js';
import { corpusPapers } from './derive.js';
import type { GoldMention } from './annotated.js';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
/** Group the one-id failures by cause (link-causes.ts), per paper and per set. */
const causes = args.includes('--causes');
const only = args.find((a) => !a.startsWith('--'));

interface Linked {
  total: number;
  right: number;
  /** The gold entities named in both editions that do not end up as one entity, with why (link-causes.ts). */
  failures: Failure[];
  /** The Arabic edition scored as a build publishes it: after linkEditions, with what the English edition gave it. */
  arabic: PaperScore;
  /** Gold mentions split by a hard line break, and how many the output has (the same mention, sameMention, of the same type). */
  split: { total: number; found: number };
}

function crossLinks(dir: string): Linked {
  const slug = basename(dir);
  const editions = (['en', 'ar'] as const).map((lang) => {
    const source = join(dir, `${lang}.md`);
    return processText(readFileSync(source, 'utf8'), { slug, lang, source });
  });
  if (editions.some((e) => !e.paper)) throw new Error(`${slug}: no paper`);
  const [en, ar] = linkEditions(editions.map((e) => ({ paper: e.paper!, file: e.file })));
  const gold = (lang: Lang) => (JSON.parse(readFileSync(join(dir, `${lang}.gold.json`), 'utf8')) as { mentions: GoldMention[] }).mentions.filter((m) => m.type !== 'date');
  const linked: Linked = { total: 0, right: 0, failures: [], split: { total: 0, found: 0 }, arabic: scoreEntities(`${slug}/ar (with en)`, 'ar', gold('ar').length ? (JSON.parse(readFileSync(join(dir, 'ar.gold.json'), 'utf8')) as { mentions: GoldMention[] }).mentions : [], ar.paper.entities) };
  for (const [paper, lang] of [[en.paper, 'en'], [ar.paper, 'ar']] as const) {
    const all = (JSON.parse(readFileSync(join(dir, `${lang}.gold.json`), 'utf8')) as { mentions: GoldMention[] }).mentions;
    for (const m of all.filter((g) => g.text.includes('\n'))) {
      linked.split.total++;
      if (outEntity(paper, m, lang)) linked.split.found++;
    }
  }
  const [goldEn, goldAr] = [gold('en'), gold('ar')];
  const inAr = new Set(goldAr.map((g) => g.entity));
  linked.total = new Set(goldEn.map((g) => g.entity).filter((id) => inAr.has(id))).size;
  linked.failures = linkFailures({ en: en.paper, ar: ar.paper, blocks: linkingBlocks(en.paper, ar.paper, ar.paper.alignment ?? []), goldEn, goldAr });
  linked.right = linked.total - linked.failures.length;
  return linked;
}

const line = (label: string, ps: PaperScore[], links?: Linked[]) => {
  const t = TYPES.map((type) => {
    const s = totals(ps, type);
    return `${type} P ${pct(s.precision)} R ${pct(s.recall)} (${s.gold})`;
  });
  const dates = ps.reduce((a, p) => [a[0] + p.dates.rightValue, a[1] + p.dates.found, a[2] + p.dates.gold, a[3] + p.dates.output], [0, 0, 0, 0]);
  const co = ps.reduce((a, p) => [a[0] + p.links.right, a[1] + p.links.total], [0, 0]);
  const cross = links
    ? ` · en↔ar ${links.reduce((s, l) => s + l.right, 0)}/${links.reduce((s, l) => s + l.total, 0)}` +
      ` · split by a line break ${links.reduce((s, l) => s + l.split.found, 0)}/${links.reduce((s, l) => s + l.split.total, 0)}`
    : '';
  return `${label}: ${t.join(' · ')} · dates found ${dates[1]}/${dates[2]}, right value ${dates[0]} (output ${dates[3]}) · links ${co[0]}/${co[1]}${cross}`;
};

const bySet = new Map<string, { scores: PaperScore[]; links: Linked[] }>();
for (const dir of corpusPapers()) {
  const set = basename(dirname(dir));
  if (only && set !== only) continue;
  const slug = basename(dir);
  const scores = (['en', 'ar'] as const).map((lang) => scorePaper(`${slug}/${lang}`, { dir: dirname(dir), lang }));
  const links = crossLinks(dir);
  const entry = bySet.get(set) ?? { scores: [], links: [] };
  entry.scores.push(...scores);
  entry.links.push(links);
  bySet.set(set, entry);
  // The Arabic edition as published (after linkEditions) is printed after the two editions, with its misses.
  for (const p of [...scores, links.arabic]) {
    console.log(line(`${set}/${p.name}`, [p]));
    if (quiet) continue;
    printMisses(p);
  }
  console.log(`${set}/${slug} en↔ar: ${links.right}/${links.total}`);
  if (causes) printCauses(links.failures, quiet);
  else if (!quiet && links.failures.length) console.log(`  not linked: ${links.failures.map((f) => f.detail).join(' · ')}`);
}
for (const [set, { scores, links }] of bySet) {
  for (const lang of ['en', 'ar'] as const) console.log(line(`${set} ${lang}`, scores.filter((p) => p.lang === lang)));
  console.log(line(`${set} ar (with en)`, links.map((l) => l.arabic)));
  console.log(line(`${set} all`, scores, links));
  if (causes) {
    const all = links.flatMap((l) => l.failures);
    console.log(`${set} en↔ar failures by cause: ${CAUSES.map((c) => `${c} ${all.filter((f) => f.cause === c).length}`).join(' · ')}`);
  }
}
