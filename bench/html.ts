/**
 * Speed of the JSON and HTML editions and the bilingual page on the sample
 * paper, warm and cold. Prints medians and spreads of CPU time (user+system,
 * what holds up when other processes share the machine) and wall time, in
 * milliseconds, the page sizes, and the peak RSS.
 *
 * Warm: both editions are processed once, then each output is made RUNS
 * times in this process (the JSON edition from a fresh copy of the model, so
 * its body is stripped every time; the bilingual page alone, and after both
 * HTML editions as in a build, where it takes over their bodies).
 *
 * Cold: COLD fresh processes each process both editions, then load the
 * renderers and make every output once; each reports the CPU of loading the
 * renderer modules and of aligning and rendering, as a build of one paper
 * pays them.
 *
 *   npx tsc -p . && node dist/bench/html.js [runs] [cold-runs]
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { resourceUsage } from 'node:process';
import { fileURLToPath } from 'node:url';
import { processPath } from '../pipeline/process.js';
import type { Lang, Paper } from '../pipeline/model/paper.js';
import type { Format } from '../pipeline/render/context.js';
import { median, summary } from './stats.js';

const SLUG = 'rifts-within-iraqi-shiite-parties';
const LANGS: Lang[] = ['en', 'ar'];
const FORMATS: Format[] = ['html', 'json', 'pdf'];

const cpuNow = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e3;
};

function processBoth() {
  return LANGS.map((lang) => {
    const source = join('source', SLUG, `${lang}.md`);
    const { paper, file } = processPath(source, { slug: SLUG, lang, source });
    if (!paper) throw new Error(`${source} did not process`);
    return { paper, file };
  });
}

/** The alignment and the renderers, loaded; the bilingual page of the editions given. */
async function renderAll() {
  const { linkEditions } = await import('../pipeline/align/editions.js');
  const { toPaperJson, serializePaper } = await import('../pipeline/render/json/index.js');
  const { createI18n } = await import('../pipeline/i18n/index.js');
  const { renderBilingual, renderHtml } = await import('../pipeline/render/html/index.js');
  return {
    link: linkEditions,
    json: (paper: Paper) => serializePaper(toPaperJson(paper)),
    html: (paper: Paper) => renderHtml(paper, { lang: paper.meta.lang, t: createI18n(paper.meta.lang).t, slug: SLUG, editions: LANGS, formats: FORMATS }),
    bilingual: (editions: ReturnType<typeof processBoth>) => renderBilingual({ slug: SLUG, editions: { en: toPaperJson(editions[0].paper), ar: toPaperJson(editions[1].paper) } }, FORMATS, (lang) => createI18n(lang).t)!,
  };
}

/** One cold process: prints `load <ms> render <ms>` of CPU. */
async function once(): Promise<void> {
  const processed = processBoth();
  const start = cpuNow();
  const r = await renderAll();
  const loaded = cpuNow();
  const editions = r.link(processed);
  for (const { paper } of editions) {
    r.json(paper);
    r.html(paper);
  }
  r.bilingual(editions);
  console.log(`load ${(loaded - start).toFixed(1)} render ${(cpuNow() - loaded).toFixed(1)}`);
}

async function warm(runs: number): Promise<void> {
  const r = await renderAll();
  const editions = r.link(processBoth());
  const measure = (name: string, make: () => string, before?: () => void): number[] => {
    const wall: number[] = [];
    const cpu: number[] = [];
    let size = 0;
    for (let i = 0; i < runs; i++) {
      before?.();
      const started = process.hrtime.bigint();
      const used = cpuNow();
      size = Buffer.byteLength(make());
      cpu.push(cpuNow() - used);
      wall.push(Number(process.hrtime.bigint() - started) / 1e6);
    }
    console.log(`${name}: ${(size / 1024).toFixed(0)} KiB, ${runs} runs`);
    console.log(`  cpu  ${summary(cpu, 1)}`);
    console.log(`  wall ${summary(wall, 1)}`);
    return cpu;
  };
  let total = 0;
  for (const { paper } of editions) {
    // A fresh body each run (copied before the clock starts), so that stripping its positions is measured too (the build strips each body once).
    let fresh = paper;
    const copy = () => void (fresh = { ...paper, body: structuredClone(paper.body) });
    total += median(measure(`JSON edition ${paper.meta.lang}`, () => r.json(fresh), copy));
    total += median(measure(`HTML edition ${paper.meta.lang}`, () => r.html(paper)));
  }
  measure('bilingual page alone', () => r.bilingual(editions));
  // As in a build: right after both HTML editions, whose bodies it takes over.
  total += median(measure('bilingual page after the HTML editions', () => r.bilingual(editions), () => editions.forEach(({ paper }) => r.html(paper))));
  console.log(`per paper (both JSON and HTML editions, bilingual page after them): ${total.toFixed(1)} ms CPU`);
  console.log(`peak RSS ${(resourceUsage().maxRSS / 1024).toFixed(0)} MB (includes processing both editions)`);
}

function cold(runs: number): void {
  const load: number[] = [];
  const render: number[] = [];
  for (let i = 0; i < runs; i++) {
    const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--once'], { encoding: 'utf8' });
    const m = /load ([\d.]+) render ([\d.]+)/.exec(child.stdout);
    if (!m) throw new Error(`cold run failed: ${child.stderr}`);
    load.push(Number(m[1]));
    render.push(Number(m[2]));
  }
  console.log(`cold, ${runs} processes: loading the aligner and renderers, then aligning and making every output once`);
  console.log(`  load   cpu ${summary(load, 1)}`);
  console.log(`  render cpu ${summary(render, 1)}`);
}

if (process.argv[2] === '--once') {
  await once();
} else {
  await warm(Number(process.argv[2] ?? 20));
  const coldRuns = Number(process.argv[3] ?? 7);
  if (coldRuns > 0) cold(coldRuns);
}
