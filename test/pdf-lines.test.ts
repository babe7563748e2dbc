/**
 * Every drawn run of whole lines — not words — against HarfBuzz shaping that run's text in
 * the run's direction with the same font file (through the `harfbuzzjs` wrapper, a path
 * independent of the renderer's own bridge): the glyphs must be the same, in order. This is
 * what catches a bracket mirrored twice (once by the layout, once by HarfBuzz), which
 * text extraction cannot see. Both editions of the sample and of the stress paper.
 */
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../pipeline/i18n/index.js';
import type { Lang } from '../pipeline/model/paper.js';
import { processPath } from '../pipeline/process.js';
import type { Face } from '../pipeline/render/pdf/fonts.js';
import { layoutPdf } from '../pipeline/render/pdf/index.js';

const fonts = new Map<Face, hb.Font>();

function harfbuzz(face: Face, text: string, rtl: boolean): number[] {
  let font = fonts.get(face);
  if (!font) fonts.set(face, (font = new hb.Font(new hb.Face(new hb.Blob(face.data)))));
  const buffer = new hb.Buffer();
  buffer.addText(text);
  buffer.setDirection(rtl ? hb.Direction.RTL : hb.Direction.LTR);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  return buffer.getGlyphInfos().map((g) => g.codepoint);
}

describe.each(['source/rifts-within-iraqi-shiite-parties', 'test/fixtures/pdf/stress-paper'].flatMap((f) => (['en', 'ar'] as const).map((l) => [f, l] as const)))('%s, %s', (folder, lang: Lang) => {
  it('draws, for every run of every line, the glyphs HarfBuzz gives for the whole run', () => {
    const slug = folder.split('/').pop()!;
    const source = `${folder}/${lang}.md`;
    const paper = processPath(source, { slug, lang, source }).paper!;
    const i18n = createI18n(lang);
    const { flow } = layoutPdf(paper, { lang, t: i18n.t, i18n, slug, editions: ['en', 'ar'], formats: ['pdf'], epoch: 0 });
    let runs = 0;
    let brackets = 0;
    const differ: string[] = [];
    for (const page of flow.pages) {
      for (const placed of page.fragments.flatMap((f) => f.lines)) {
        for (const run of placed.line.runs) {
          // A hyphenated line's last run draws a hyphen the text does not have.
          const hyphen = run.glyphs.length > 0 && run.offsets[run.glyphs.length - 1] >= run.text.length;
          const text = hyphen ? `${run.text}-` : run.text;
          const drawn = run.glyphs.map((g) => g.id);
          runs++;
          brackets += (text.match(/[()[\]{}«»]/g) ?? []).length;
          if (drawn.join() !== harfbuzz(run.face, text, run.rtl).join()) differ.push(`${run.face.key} ${run.rtl ? 'rtl' : 'ltr'} “${text}”`);
        }
      }
    }
    expect(runs).toBeGreaterThan(100);
    expect(brackets).toBeGreaterThan(10);
    expect(differ).toEqual([]);
  });
});
