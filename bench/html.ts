/**
 * Speed of the HTML renderer on the sample paper: both editions are processed
 * once (and aligned), then each HTML edition and the bilingual edition are
 * rendered RUNS times. Prints median and spread of wall and CPU time in
 * milliseconds, the page sizes, and the process's peak RSS.
 *
 *   npx tsc -p . && node dist/bench/html.js [runs]
 */
import { join } from 'node:path';
import { resourceUsage } from 'node:process';
import { processPath } from '../pipeline/process.js';
import { linkEditions } from '../pipeline/align/editions.js';
import { toPaperJson } from '../pipeline/render/json/index.js';
import { createI18n } from '../pipeline/i18n/index.js';
import { renderBilingual, renderHtml } from '../pipeline/render/html/index.js';
import type { Lang } from '../pipeline/model/paper.js';
import { summary } from './stats.js';

const SLUG = 'rifts-within-iraqi-shiite-parties';
const RUNS = Number(process.argv[2] ?? 20);
const LANGS: Lang[] = ['en', 'ar'];

const editions = LANGS.map((lang) => {
  const source = join('source', SLUG, `${lang}.md`);
  const { paper, file } = processPath(source, { slug: SLUG, lang, source });
  if (!paper) throw new Error(`${source} did not process`);
  return { paper, file };
});
linkEditions(editions);
const set = { slug: SLUG, editions: { en: toPaperJson(editions[0].paper), ar: toPaperJson(editions[1].paper) } };

function measure(name: string, render: () => string): void {
  const wall: number[] = [];
  const cpu: number[] = [];
  let size = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    const used = process.cpuUsage();
    size = Buffer.byteLength(render());
    const spent = process.cpuUsage(used);
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    cpu.push((spent.user + spent.system) / 1e3);
  }
  console.log(`${name}: ${(size / 1024).toFixed(0)} KiB, ${RUNS} runs`);
  console.log(`  wall ${summary(wall, 1)}`);
  console.log(`  cpu  ${summary(cpu, 1)}`);
}

for (const { paper } of editions) {
  const lang = paper.meta.lang;
  const ctx = { lang, t: createI18n(lang).t, slug: SLUG, editions: LANGS, formats: ['html', 'json', 'pdf'] as const };
  measure(`renderHtml ${lang}`, () => renderHtml(paper, { ...ctx, formats: [...ctx.formats] }));
}
measure('renderBilingual', () => renderBilingual(set, ['html'])!);
console.log(`peak RSS ${(resourceUsage().maxRSS / 1024).toFixed(0)} MB (includes processing both editions)`);
