/**
 * Speed of the PDF editions on the sample paper, both languages. Each edition is
 * processed once (parse and extract are not measured), rendered once cold (fonts
 * parsed, nothing shaped yet), then RUNS times warm in the same process (the
 * shaping cache filled). Prints per edition the cold time, the median and spread
 * of warm wall time and CPU time in milliseconds, pages and bytes, and at the end
 * the process's peak RSS. The bar is a 300 ms warm median per edition.
 *
 *   npx tsc -p . && node dist/bench/pdf.js [runs]
 */
import { loadavg } from 'node:os';
import { resourceUsage } from 'node:process';
import { createI18n } from '../pipeline/i18n/index.js';
import type { Lang } from '../pipeline/model/paper.js';
import { processPath } from '../pipeline/process.js';
import type { RenderContext } from '../pipeline/render/context.js';
import { renderPdf } from '../pipeline/render/pdf/index.js';

const SLUG = 'rifts-within-iraqi-shiite-parties';
const RUNS = Number(process.argv[2] ?? 7);

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (n: number): string => n.toFixed(0);

async function timed(run: () => Promise<Buffer>): Promise<{ wall: number; cpu: number; pdf: Buffer }> {
  const start = process.hrtime.bigint();
  const used = process.cpuUsage();
  const pdf = await run();
  const spent = process.cpuUsage(used);
  return { wall: Number(process.hrtime.bigint() - start) / 1e6, cpu: (spent.user + spent.system) / 1e3, pdf };
}

console.log(`load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}; ${RUNS} warm runs per edition`);
for (const lang of ['en', 'ar'] as Lang[]) {
  const source = `source/${SLUG}/${lang}.md`;
  const { paper } = processPath(source, { slug: SLUG, lang, source });
  if (!paper) throw new Error(`${source} did not process`);
  const i18n = createI18n(lang);
  const ctx: RenderContext = { lang, t: i18n.t, i18n, slug: SLUG, editions: ['en', 'ar'], formats: ['pdf'], epoch: 1714867200 };
  const render = () => renderPdf(paper, ctx);
  const cold = await timed(render);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = await timed(render);
    wall.push(run.wall);
    cpu.push(run.cpu);
  }
  const pages = (cold.pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
  console.log(
    `${lang}: cold ${ms(cold.wall)} ms (CPU ${ms(cold.cpu)} ms); warm median ${ms(median(wall))} ms (min ${ms(Math.min(...wall))}, max ${ms(Math.max(...wall))}), ` +
      `CPU median ${ms(median(cpu))} ms; ${pages} pages, ${(cold.pdf.length / 1024).toFixed(0)} KiB`,
  );
}
console.log(`peak RSS ${(resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
