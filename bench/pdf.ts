/**
 * Speed of the PDF editions on the sample paper, both languages.
 *
 * Each run is a fresh process, so that "cold" means cold: parse and extract run
 * first, off the clock (and their modules are loaded), then
 *   1. cold: the edition rendered once (fonts read, HarfBuzz compiled, nothing
 *      shaped, the renderer's code not yet optimised);
 *   2. cold after preload: in another process, `preloadPdf()` first (its CPU is
 *      printed too: a build spends it in a worker while the paper is parsed),
 *      then the edition;
 *   3. warm: in the first process, after the cold render, WARM more renders
 *      (shaping cache filled, code optimised).
 * Printed per edition: the median CPU time (process.cpuUsage, all threads: the
 * figure that matters on a loaded machine) of each, over RUNS processes, with
 * the minimum beside it; pages and bytes; the peak RSS of a cold process. The
 * load average is printed first: figures taken on a busy machine are slower.
 *
 * Then long titles: the English sample with its title made 4, 8, 16 and 32 KB long
 * (its words repeated), rendered twice in a fresh process each, the second render
 * timed: the running head cuts such a title to one line on every page, and the title
 * page sets it whole.
 *
 *   npx tsc -p . && node dist/bench/pdf.js [runs] [warm renders per run]
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resourceUsage } from 'node:process';
import { fileURLToPath } from 'node:url';
import { createI18n } from '../pipeline/i18n/index.js';
import type { Lang, Paper } from '../pipeline/model/paper.js';
import { processPath } from '../pipeline/process.js';
import type { RenderContext } from '../pipeline/render/context.js';
import { layoutPdf, preloadPdf, renderPdf } from '../pipeline/render/pdf/index.js';
import { median } from './stats.js';

const SLUG = 'rifts-within-iraqi-shiite-parties';

/** What one child process measured, CPU in ms. */
interface Run {
  preload: number;
  cold: number;
  warm: number[];
  bytes: number;
  pages: number;
  rss: number;
}

const ms = (n: number): string => n.toFixed(0);

const cpuOf = async (work: () => Promise<unknown>): Promise<number> => {
  const used = process.cpuUsage();
  await work();
  const spent = process.cpuUsage(used);
  return (spent.user + spent.system) / 1e3;
};

/** The sample in one language, parsed and extracted, with its render context; `titleBytes` makes its title that long. */
function load(lang: Lang, titleBytes = 0): { paper: Paper; ctx: RenderContext } {
  const source = `source/${SLUG}/${lang}.md`;
  const { paper } = processPath(source, { slug: SLUG, lang, source });
  if (!paper) throw new Error(`${source} did not process`);
  if (titleBytes) {
    const words = paper.meta.title.split(' ');
    const title: string[] = [];
    for (let i = 0; title.join(' ').length < titleBytes; i++) title.push(words[i % words.length]);
    paper.meta.title = title.join(' ');
  }
  const i18n = createI18n(lang);
  return { paper, ctx: { lang, t: i18n.t, i18n, slug: SLUG, editions: ['en', 'ar'], formats: ['pdf'], epoch: 1714867200 } };
}

async function child(lang: Lang, preload: boolean, warmRenders: number): Promise<Run> {
  const { paper, ctx } = load(lang);
  const preloadCpu = preload ? await cpuOf(preloadPdf) : 0;
  let pdf: Buffer = Buffer.alloc(0);
  const render = async () => {
    pdf = await renderPdf(paper, ctx);
  };
  const cold = await cpuOf(render);
  const rss = resourceUsage().maxRSS / 1024;
  const warm: number[] = [];
  for (let i = 0; i < warmRenders; i++) warm.push(await cpuOf(render));
  const pages = layoutPdf(paper, ctx).flow.pages.length;
  return { preload: preloadCpu, cold, warm, bytes: pdf.length, pages, rss };
}

/** CPU of the second render of the English sample with a title `bytes` long. */
async function longTitle(bytes: number): Promise<number> {
  const { paper, ctx } = load('en', bytes);
  await renderPdf(paper, ctx);
  return cpuOf(() => renderPdf(paper, ctx));
}

if (process.argv[2] === '--child') {
  console.log(JSON.stringify(await child(process.argv[3] as Lang, process.argv[4] === 'preload', Number(process.argv[5]))));
} else if (process.argv[2] === '--title') {
  console.log(JSON.stringify(await longTitle(Number(process.argv[3]))));
} else {
  const RUNS = Number(process.argv[2] ?? 5);
  const WARM = Number(process.argv[3] ?? 5);
  const self = fileURLToPath(import.meta.url);
  const run = (lang: Lang, preload: boolean, warm: number): Run =>
    JSON.parse(execFileSync(process.execPath, [self, '--child', lang, preload ? 'preload' : 'cold', String(warm)], { encoding: 'utf8' })) as Run;
  const summary = (values: number[]) => `${ms(median(values))} ms (min ${ms(Math.min(...values))})`;
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${RUNS} processes per edition and mode, ${WARM} warm renders in each cold one; CPU medians`);
  for (const lang of ['en', 'ar'] as Lang[]) {
    const cold: Run[] = [];
    const preloaded: Run[] = [];
    // Interleaved, so that a change of load hits both modes alike.
    for (let i = 0; i < RUNS; i++) {
      cold.push(run(lang, false, WARM));
      preloaded.push(run(lang, true, 0));
    }
    console.log(
      `${lang}: cold ${summary(cold.map((r) => r.cold))}; preload ${summary(preloaded.map((r) => r.preload))} then ${summary(preloaded.map((r) => r.cold))}; ` +
        `warm ${summary(cold.flatMap((r) => r.warm))}; cold process peak RSS ${ms(median(cold.map((r) => r.rss)))} MiB; ${cold[0].pages} pages, ${(cold[0].bytes / 1024).toFixed(0)} KiB`,
    );
  }
  const titles = [4, 8, 16, 32].map((kb) => {
    const runs = Array.from({ length: RUNS }, () => JSON.parse(execFileSync(process.execPath, [self, '--title', String(kb * 1024)], { encoding: 'utf8' })) as number);
    return `${kb} KB ${summary(runs)}`;
  });
  console.log(`en with a long title, second render: ${titles.join('; ')}`);
}
