/**
 * Speed of the PDF editions on the sample paper, both languages.
 *
 * Cold: each edition rendered once in a fresh process (fonts read, nothing shaped, the
 * renderer's code not yet optimised), COLD_RUNS times; parse and extract run before the
 * clock starts. Warm: in this process, after one render, RUNS more renders of the edition
 * (shaping cache filled). Prints per edition the median CPU time (process.cpuUsage, the
 * figure that matters on a loaded machine) and wall time in milliseconds, cold and warm,
 * pages and bytes, and the peak RSS of a cold process and of this one.
 *
 *   npx tsc -p . && node dist/bench/pdf.js [runs] [cold runs]
 */
import { execFileSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resourceUsage } from 'node:process';
import { fileURLToPath } from 'node:url';
import { createI18n } from '../pipeline/i18n/index.js';
import type { Lang } from '../pipeline/model/paper.js';
import { processPath } from '../pipeline/process.js';
import type { RenderContext } from '../pipeline/render/context.js';
import { renderPdf } from '../pipeline/render/pdf/index.js';
import { median } from './stats.js';

const SLUG = 'rifts-within-iraqi-shiite-parties';

interface Timing {
  wall: number;
  cpu: number;
  bytes: number;
  pages: number;
  rss: number;
}

const ms = (n: number): string => n.toFixed(0);

function prepare(lang: Lang): () => Promise<Buffer> {
  const source = `source/${SLUG}/${lang}.md`;
  const { paper } = processPath(source, { slug: SLUG, lang, source });
  if (!paper) throw new Error(`${source} did not process`);
  const i18n = createI18n(lang);
  const ctx: RenderContext = { lang, t: i18n.t, i18n, slug: SLUG, editions: ['en', 'ar'], formats: ['pdf'], epoch: 1714867200 };
  return () => renderPdf(paper, ctx);
}

async function timed(run: () => Promise<Buffer>): Promise<Timing> {
  const start = process.hrtime.bigint();
  const used = process.cpuUsage();
  const pdf = await run();
  const spent = process.cpuUsage(used);
  return {
    wall: Number(process.hrtime.bigint() - start) / 1e6,
    cpu: (spent.user + spent.system) / 1e3,
    bytes: pdf.length,
    pages: (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length,
    rss: resourceUsage().maxRSS / 1024,
  };
}

if (process.argv[2] === '--cold') {
  // Child: one cold render, its timing as JSON on stdout.
  const render = prepare(process.argv[3] as Lang);
  console.log(JSON.stringify(await timed(render)));
} else {
  const RUNS = Number(process.argv[2] ?? 7);
  const COLD_RUNS = Number(process.argv[3] ?? 3);
  const self = fileURLToPath(import.meta.url);
  console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${COLD_RUNS} cold processes and ${RUNS} warm runs per edition`);
  for (const lang of ['en', 'ar'] as Lang[]) {
    const cold: Timing[] = [];
    for (let i = 0; i < COLD_RUNS; i++) cold.push(JSON.parse(execFileSync(process.execPath, [self, '--cold', lang], { encoding: 'utf8' })) as Timing);
    const render = prepare(lang);
    const first = await timed(render);
    const warm: Timing[] = [];
    for (let i = 0; i < RUNS; i++) warm.push(await timed(render));
    console.log(
      `${lang}: cold CPU median ${ms(median(cold.map((c) => c.cpu)))} ms (min ${ms(Math.min(...cold.map((c) => c.cpu)))}), wall ${ms(median(cold.map((c) => c.wall)))} ms, ` +
        `process peak RSS ${ms(median(cold.map((c) => c.rss)))} MiB; ` +
        `warm CPU median ${ms(median(warm.map((w) => w.cpu)))} ms (min ${ms(Math.min(...warm.map((w) => w.cpu)))}), wall ${ms(median(warm.map((w) => w.wall)))} ms; ` +
        `${first.pages} pages, ${(first.bytes / 1024).toFixed(0)} KiB`,
    );
  }
  console.log(`peak RSS of the warm process ${(resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
}
