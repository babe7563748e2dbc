/**
 * Everything the PDF editions load once per thread, loaded ahead of the first
 * edition: a build can call `preloadPdf()` in a worker while the paper is still
 * being parsed, and the edition then starts warm.
 *
 * Loaded: every face (font file, fontkit's tables, HarfBuzz's font and its
 * lookups), the HarfBuzz module, the Unicode data of bidi-js and linebreak, ICU's
 * date, number, collation and list data. Then a short text in both languages and
 * all four styles is laid out and drawn into a discarded document, so that the
 * layout, drawing, font subsetting and compression code has run (and been
 * compiled) before it matters. None of this changes what an edition draws: the
 * caches it fills hold what the editions would compute themselves
 * (test/pdf-determinism.test.ts compares an edition made after a preload with one
 * made in a fresh process).
 */
import type { Lang } from '../../model/paper.js';
import { textCell } from './blocks.js';
import { writeDocument } from './document.js';
import { drawLine } from './draw.js';
import { textFaces } from './fonts.js';
import type { InlineSpan, InlineStyle } from './layout.js';
import { prepareShaping } from './shape.js';

/** Words of both scripts with what the engine treats specially: digits, brackets, stacked marks, lam-alef, a URL. */
const SAMPLE: Record<Lang, string> = {
  en: 'The coalition (formed in 2021) won 73 of 329 seats; al-Sadr\u2019s movement, “the Sadrists”, withdrew — see https://example.org/papers/2022 and مقتدى الصدر.',
  ar: 'كشفت أوساط شيعية عن مساعٍ يبذلها المالكي (زعيم ائتلاف دولة القانون) منذ عام 2019 للتصالح مع الصدرِ، ثمّ ردّ «التيار» في ٢٠٢٢ على Maliki.',
};

let preloaded: Promise<void> | undefined;

/** Load and warm the PDF renderer; resolves when done. Calling it again returns the same promise. */
export function preloadPdf(): Promise<void> {
  return (preloaded ??= warm());
}

async function warm(): Promise<void> {
  for (const face of textFaces()) {
    face.font.hasGlyphForCodePoint(0x20);
    prepareShaping(face);
  }
  for (const lang of ['en', 'ar'] as const) {
    new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
    new Intl.NumberFormat(lang).format(1);
    new Intl.Collator(lang).compare('a', 'b');
    new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(['a', 'b']);
  }
  await writeDocument({ lang: 'en', info: { Title: 'preload' } }, (writer) => {
    writer.doc.addPage({ size: 'A4', margin: 0 });
    let top = 60;
    for (const lang of ['en', 'ar'] as const) {
      for (const bold of [false, true]) {
        for (const italic of [false, true]) {
          const style: InlineStyle = { bold, italic, size: 10.5 };
          const spans: InlineSpan[] = [{ text: SAMPLE[lang], style }, { text: ' 12', style: { ...style, size: 6.5, rise: 0.8, color: '#1d4f7a' } }];
          const cell = textCell({ spans, x: 68, width: 300, lang, direction: lang === 'ar' ? 'rtl' : 'ltr', align: 'justify', leading: 1.5 });
          for (const line of cell.lines) {
            drawLine(writer, line, cell.x, top, { documentLang: 'en', lang });
            top += line.height;
          }
        }
      }
    }
  });
}
