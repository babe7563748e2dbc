/**
 * Scaling of the pipeline on hostile sizes and shapes (docs/hardening.md):
 * each shape at two sizes, CPU time of `processText` (median of RUNS), so the
 * ratio shows whether doubling the input doubles the time or worse. A shape
 * the source guard refuses (`source-too-many-containers` above 1,000 footnote
 * definitions and block quotes) shows the rule and the time to refuse it.
 * Prints one JSON line per shape and the process's peak RSS.
 *
 *   npx tsc -p . && node dist/bench/hostile.js [runs] [shape…]
 */
import { resourceUsage } from 'node:process';
import { processText } from '../pipeline/process.js';
import { median } from './stats.js';

const RUNS = Number(process.argv[2] ?? 3);
const FRONT = '---\ntitle: T\ntype: Position Paper\ndate: 2024-05-05\nlang: en\npublisher:\n  name: { en: Institute, ar: المعهد }\n---\n\n';
const sentence = (i: number) =>
  `Former Prime Minister Nouri al-Maliki met Muqtada al-Sadr in Baghdad on 5 May 2024, and the Coordination Framework answered (see [report ${i}](https://example.org/r/${i})). The *marjaya* of Najaf stayed silent.`;

/** Shape → (n) → body; n is the size knob, doubled between the two measurements. */
const SHAPES: Record<string, { n: number; body: (n: number) => string }> = {
  paragraphs: { n: 1000, body: (n) => Array.from({ length: n }, (_, i) => (i % 20 === 0 ? `## Section ${i / 20}\n\n` : '') + sentence(i)).join('\n\n') },
  // One paragraph of 250 / 500 KB: per-sentence work linear in the block made this quadratic.
  'single-line': { n: 1200, body: (n) => Array.from({ length: n }, (_, i) => sentence(i)).join(' ') },
  'footnote-definitions': { n: 600, body: (n) => Array.from({ length: n }, (_, i) => `Claim ${i}.[^n${i}]\n\n[^n${i}]: Note ${i}.`).join('\n\n') },
  'block-quotes': { n: 600, body: (n) => Array.from({ length: n }, (_, i) => `Paragraph ${i}.\n\n> Quote ${i}.`).join('\n\n') },
  'lists-between-paragraphs': { n: 600, body: (n) => Array.from({ length: n }, (_, i) => `Paragraph ${i}.\n\n- item ${i}`).join('\n\n') },
  'nested-quotes-at-limit': { n: 50, body: (n) => Array.from({ length: n }, (_, i) => '>'.repeat((i % 100) + 1) + ' x').join('\n') },
};

/** CPU time of one run, and the rule that refused the source if one did. */
function cpuMs(text: string): { ms: number; refused?: string } {
  const used = process.cpuUsage();
  const { paper, file } = processText(text, { slug: 'hostile', lang: 'en', source: 'source/hostile/en.md' });
  const spent = process.cpuUsage(used);
  const ms = (spent.user + spent.system) / 1e3;
  if (paper) return { ms };
  const refused = file.messages.find((m) => m.fatal)?.ruleId;
  if (!refused) throw new Error('did not process, and no error says why');
  return { ms, refused };
}

// The first run loads lexicons and compiles patterns: keep it out of the figures.
cpuMs(FRONT + sentence(0) + '\n\n> A quote.[^a]\n\n[^a]: A note.\n');

const wanted = process.argv.slice(3);
for (const [name, shape] of Object.entries(SHAPES)) {
  if (wanted.length > 0 && !wanted.includes(name)) continue;
  const figures = [shape.n, shape.n * 2].map((n) => {
    const text = FRONT + shape.body(n);
    const runs = Array.from({ length: RUNS }, () => cpuMs(text));
    return { n, bytes: text.length, ms: Math.round(median(runs.map((r) => r.ms))), ...(runs[0].refused ? { refused: runs[0].refused } : {}) };
  });
  console.log(JSON.stringify({ shape: name, figures, ratio: +(figures[1].ms / figures[0].ms).toFixed(2) }));
}
console.log(JSON.stringify({ peakRssMB: Math.round(resourceUsage().maxRSS / 1024) }));
