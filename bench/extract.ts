/**
 * Extraction speed: entities, citations, glossary terms and the house-spelling check on a paper
 * (default: the sample, both languages), each run on a freshly parsed tree so
 * that only extraction is timed; CPU medians per stage too. Reports the one-time cost of loading the gazetteer and the NLP
 * models apart from the warm median (bar: under 150 ms per paper). CPU time is
 * printed too: on a shared machine it varies less than wall time.
 *
 *   npx tsc -p . && node dist/bench/extract.js [paper.md …] [--runs 15]
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { decodeSource } from '../pipeline/source/read.js';
import { parseMarkdown } from '../pipeline/parse/processor.js';
import { frontMatterTransform } from '../pipeline/source/frontmatter-stage.js';
import { projectConfigFor } from '../pipeline/source/config.js';
import { normalizeTransform } from '../pipeline/parse/normalize.js';
import { outlineTransform } from '../pipeline/parse/outline.js';
import { entitiesTransform } from '../pipeline/extract/entities/index.js';
import { citationsTransform } from '../pipeline/extract/citations/index.js';
import { glossaryTransform } from '../pipeline/extract/glossary/index.js';
import { houseSpellingTransform } from '../pipeline/locales/house-spelling.js';
import { resourcesOf } from '../pipeline/extract/resources.js';
import { nlp, nlpLoaded } from '../pipeline/extract/entities/nlp.js';
import { isEnglishWord } from '../pipeline/text/english-words.js';
import type { Lang } from '../pipeline/model/paper.js';
import { median } from './stats.js';

const SAMPLE = 'source/rifts-within-iraqi-shiite-parties';
const { values, positionals } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string', default: '15' } } });
const runs = Math.max(10, Number(values.runs));
const papers = positionals.length > 0 ? positionals : [`${SAMPLE}/en.md`, `${SAMPLE}/ar.md`];

const ms = (x: number): string => `${x.toFixed(1)} ms`;

function prepared(path: string) {
  const file = decodeSource(readFileSync(path), path);
  const tree = parseMarkdown(file);
  // The papers.yml governing the path gives what the front matter leaves out (publisher, type), as in a build.
  frontMatterTransform(tree, file, { slug: 'bench', lang: (/\/ar\.md$/.test(path) ? 'ar' : 'en') as Lang, source: path, config: projectConfigFor(path) ?? undefined });
  normalizeTransform(tree, file);
  outlineTransform(tree, file);
  if (!file.data.meta) throw new Error(`${path}: front matter unusable: ${file.messages.map(String).join('; ')}`);
  return { file, tree, lang: file.data.meta.lang, date: file.data.meta.date };
}

function timeLoad(label: string, load: () => unknown): void {
  const t = performance.now();
  load();
  console.log(`load ${label.padEnd(26)} ${ms(performance.now() - t)}`);
}

timeLoad('gazetteer (en + ar)', () => [resourcesOf({}).lexicon('en'), resourcesOf({}).lexicon('ar')]);
timeLoad('town names', () => resourcesOf({}).places.cityKeys.size);
timeLoad('termbase and its matcher', () => resourcesOf({}).termMatcher);
timeLoad('English word list', () => isEnglishWord('word'));
timeLoad('compromise', () => nlp());
console.log(`(compromise loaded: ${nlpLoaded()})`);

for (const path of papers) {
  const times: number[] = [];
  const cpu: number[] = [];
  const stages = { entities: [] as number[], citations: [] as number[], glossary: [] as number[], spelling: [] as number[] };
  let first = 0;
  let counts = '';
  const cpuMs = (since: NodeJS.CpuUsage) => {
    const used = process.cpuUsage(since);
    return (used.user + used.system) / 1000;
  };
  for (let i = 0; i <= runs; i++) {
    const p = prepared(path);
    const options = { lang: p.lang, date: p.date };
    const t = performance.now();
    const c = process.cpuUsage();
    entitiesTransform(p.tree, p.file, options);
    const e = cpuMs(c);
    citationsTransform(p.tree, p.file, options);
    const ec = cpuMs(c);
    glossaryTransform(p.tree, p.file, options);
    const eg = cpuMs(c);
    houseSpellingTransform(p.tree, p.file, options);
    const all = cpuMs(c);
    const took = performance.now() - t;
    if (i === 0) first = took;
    else {
      times.push(took);
      cpu.push(all);
      stages.entities.push(e);
      stages.citations.push(ec - e);
      stages.glossary.push(eg - ec);
      stages.spelling.push(all - eg);
    }
    counts = `${p.file.data.entities?.length ?? 0} entities, ${p.file.data.entities?.reduce((n, e) => n + e.mentions.length, 0) ?? 0} mentions, ${p.file.data.citations?.length ?? 0} citations`;
  }
  console.log(`${path}: first ${ms(first)}, warm median ${ms(median(times))} (min ${ms(Math.min(...times))}, max ${ms(Math.max(...times))}, ${times.length} runs; CPU median ${ms(median(cpu))}) — ${counts}`);
  console.log(`  CPU medians: entities ${ms(median(stages.entities))}, citations ${ms(median(stages.citations))}, glossary ${ms(median(stages.glossary))}, house spelling ${ms(median(stages.spelling))}`);
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
