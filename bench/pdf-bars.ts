/**
 * The quality figures of the PDF editions (issue #19), measured on real outputs with the
 * tools readers use:
 *   - body words given back in order (longest common subsequence) by poppler's
 *     `pdftotext`, MuPDF's `mutool draw -F txt`, pdf.js's items joined as most scripts
 *     join them (string, line feed at an item's end of line) and as `pdf-parse` does (a
 *     line feed where the baseline changes), and the tag tree (`pdfinfo -struct-text`),
 *     all words and Arabic words alone;
 *   - in each of those texts: ZERO WIDTH JOINER or bidi isolates, doubled spaces inside a
 *     line, and words run together (a word that is two body words in a row);
 *   - brackets drawn facing the right way, read from the ink of each bracket on pages
 *     rendered by MuPDF (an opening bracket faces right in left-to-right text and left
 *     in right-to-left text, as the renderer set the paragraph, paragraphDirection);
 *   - justified English lines with a word space over 0.5 em;
 *   - headings in the last two lines of a page, one-line widows and orphans.
 *
 *   npx tsc -p . && node dist/bench/pdf-bars.js [--keep DIR] [paper folders…]
 *
 * With --keep, the PDFs are written to DIR and kept (to look at them).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createI18n } from '../pipeline/i18n/index.js';
import type { Lang, Paper } from '../pipeline/model/paper.js';
import { processPath } from '../pipeline/process.js';
import type { RenderContext } from '../pipeline/render/context.js';
import { paragraphDirection } from '../pipeline/render/pdf/blocks.js';
import { layoutPdf, renderPdf } from '../pipeline/render/pdf/index.js';
import { bodyWords, FORBIDDEN, inkFacing, structureFailures, mutoolText, pdfjsText, pdfParseText, pdftotext, renderGrey, sequenceRecall, stextLines, structText, words } from '../test/pdf-tools.js';

const OPENING = '([{«‹';
const CLOSING = ')]}»›';

const pct = (n: number) => `${(100 * n).toFixed(1)} %`;

function load(folder: string, lang: Lang): { paper: Paper; ctx: RenderContext } | undefined {
  const slug = basename(folder);
  const source = join(folder, `${lang}.md`);
  let paper: Paper | null | undefined;
  try {
    ({ paper } = processPath(source, { slug, lang, source }));
  } catch {
    return undefined;
  }
  if (!paper) return undefined;
  const i18n = createI18n(lang);
  return { paper, ctx: { lang, t: i18n.t, i18n, slug, editions: ['en', 'ar'], formats: ['pdf'], epoch: 1714867200 } };
}

const arabic = (list: string[]) => list.filter((w) => /\p{Script=Arabic}/u.test(w));

/** A paragraph's base direction as the renderer sets it (its own rule, or its first strong letter's). */
function isRightToLeft(text: string, lang: string): boolean {
  const direction = paragraphDirection(text, lang === 'ar' ? 'rtl' : 'ltr');
  return direction === 'auto' ? /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(text.match(/\p{L}/u)?.[0] ?? '') : direction === 'rtl';
}

async function measure(folder: string, lang: Lang, dir: string): Promise<void> {
  const loaded = load(folder, lang);
  if (!loaded) return;
  const { paper, ctx } = loaded;
  const pdf = await renderPdf(paper, ctx);
  const path = join(dir, `${basename(folder)}-${lang}.pdf`);
  writeFileSync(path, pdf);
  const expected = bodyWords(paper);
  const texts = {
    pdftotext: pdftotext(path),
    mutool: mutoolText(path),
    pdfjs: (await pdfjsText(pdf)).join('\n'),
    'pdf-parse': (await pdfParseText(pdf)).join('\n'),
    'struct-text': structText(path),
  };
  const vocabulary = new Set(expected);
  // Two body words in a row written as one (and not themselves a word of the body).
  const pairs = new Set(expected.slice(1).map((w, i) => expected[i] + w).filter((w) => !vocabulary.has(w)));
  const row: string[] = [`${basename(folder)} ${lang}`];
  for (const [tool, text] of Object.entries(texts)) {
    // Words joined again across a line-end hyphen (hyphenation), as a reader's search does.
    const found = words(text.replace(/-\n\s*/g, ''));
    row.push(`${tool} ${pct(sequenceRecall(expected, found))}`);
    if (lang === 'ar') row.push(`(Arabic ${pct(sequenceRecall(arabic(expected), arabic(found)))})`);
    const forbidden = text.match(FORBIDDEN)?.length ?? 0;
    if (forbidden) row.push(`ZWJ/isolates ${forbidden}`);
    const doubled = text.match(/\S[ \u00a0]{2,}(?=\S)/gu)?.length ?? 0;
    const merged = found.filter((w) => pairs.has(w)).length;
    if (doubled || merged) row.push(`(doubled spaces ${doubled}, words run together ${merged})`);
  }
  // Brackets, by their ink, each against the direction of the paragraph it is in: the base
  // direction the renderer gave the laid-out line under it (MuPDF's blocks are not paragraphs: it
  // may put «(UKMTO)» that starts an Arabic line in a block of its own); text outside the flow
  // (running heads) goes by its MuPDF block's first letter.
  const { flow } = layoutPdf(paper, ctx);
  const laid = flow.pages.map((page) =>
    page.fragments.flatMap((f) =>
      f.lines.map(({ line, cell, top }) => ({
        top,
        bottom: top + line.height,
        left: cell.x,
        right: cell.x + cell.width,
        rtl: isRightToLeft(cell.spans.map((sp) => sp.text).join(''), cell.lang),
      })),
    ),
  );
  const lines = stextLines(path);
  let brackets = 0;
  let right = 0;
  const pages = new Map<number, ReturnType<typeof renderGrey>>();
  const firstLetter = new Map<number, string>();
  for (const line of lines) {
    const letter = line.chars.find((c) => /\p{L}/u.test(c.c));
    if (letter && !firstLetter.has(line.block)) firstLetter.set(line.block, letter.c);
  }
  for (const line of lines) {
    for (const ch of line.chars) {
      const opening = OPENING.includes(ch.c);
      if (!opening && !CLOSING.includes(ch.c)) continue;
      let page = pages.get(line.page);
      if (!page) pages.set(line.page, (page = renderGrey(path, line.page)));
      const facing = inkFacing(page, ch);
      if (!facing) continue;
      brackets++;
      const x = (ch.box[0] + ch.box[2]) / 2;
      const y = (ch.box[1] + ch.box[3]) / 2;
      const under = laid[line.page - 1]?.find((l) => l.top <= y && y <= l.bottom && l.left <= x && x <= l.right);
      const rtl = under ? under.rtl : /\p{Script=Arabic}/u.test(firstLetter.get(line.block) ?? '');
      const want = opening !== rtl ? 'open' : 'close';
      if (facing === want) right++;
    }
  }
  row.push(`brackets ${right}/${brackets}`);

  // English word spaces on justified lines: lines reaching both edges of the text block.
  if (lang === 'en') {
    let justified = 0;
    let loose = 0;
    let widest = 0;
    for (const line of lines) {
      const cs = line.chars.slice(0, line.chars.findLastIndex((c) => c.c !== ' ') + 1);
      if (cs.length < 2 || Math.abs(cs[0].box[0] - 68) > 0.8 || Math.abs(cs[cs.length - 1].box[2] - 527.28) > 0.8) continue;
      justified++;
      let max = 0;
      for (let i = 1; i + 1 < cs.length; i++) {
        if (cs[i].c !== ' ' || cs[i - 1].c === ' ') continue;
        let j = i;
        while (j < cs.length && cs[j].c === ' ') j++;
        if (j < cs.length) max = Math.max(max, (cs[j].box[0] - cs[i - 1].box[2]) / cs[i].size);
      }
      widest = Math.max(widest, max);
      if (max > 0.5) loose++;
    }
    row.push(`loose lines ${loose}/${justified} (${pct(loose / Math.max(1, justified))}, widest ${widest.toFixed(2)} em)`);
  }

  // Pagination, from the layout.
  const hyphenated = flow.pages.flatMap((p) => p.fragments.flatMap((f) => f.lines)).filter((l) => l.line.runs.some((r) => /[a-z]$/i.test(r.text) && r.glyphs.at(-1)?.codePoints[0] === 0x2d)).length;
  row.push(`hyphenated lines ${hyphenated}`);
  let headingsAtFoot = 0;
  let widows = 0;
  let orphans = 0;
  flow.pages.forEach((page, p) => {
    const placed = page.fragments.flatMap((f) => f.lines.map(() => f));
    if (p < flow.pages.length - 1 && placed.slice(-2).some((f) => /^H\d$/.test(f.block.tag))) headingsAtFoot++;
    for (const f of page.fragments) {
      if (f.block.cells.length !== 1 || f.first === f.last) continue;
      if (f.last && f.lines.length === 1) widows++;
      if (f.first && f.lines.length === 1) orphans++;
    }
  });
  const failures = await structureFailures(path, pdf);
  row.push(`structure failures ${failures.length}${failures.length ? ` (${failures.slice(0, 3).join('; ')})` : ''}`);
  row.push(`headings at a page foot ${headingsAtFoot}, widows ${widows}, orphans ${orphans}`);
  console.log(row.join('; '));
}

const args = process.argv.slice(2);
const keepAt = args.indexOf('--keep');
const keep = keepAt >= 0 ? args.splice(keepAt, 2)[1] : undefined;
const folders = args;
if (keep) mkdirSync(keep, { recursive: true });
const dir = keep ?? mkdtempSync(join(tmpdir(), 'pdf-bars-'));
try {
  for (const folder of folders.length ? folders : ['source/rifts-within-iraqi-shiite-parties']) {
    for (const lang of ['en', 'ar'] as const) await measure(folder, lang, dir);
  }
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
