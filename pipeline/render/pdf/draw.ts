/**
 * Writing laid-out lines into a pdfkit page: glyph ids at computed positions.
 *
 * pdfkit's own `text()` re-shapes and positions text left to right; here the
 * layout is already done, so this module writes the text operators itself and
 * only borrows pdfkit's font embedding (subset, widths, ToUnicode CMap).
 *
 * Text extraction: pdfkit keeps one Unicode value per glyph id, taken from the
 * glyph's first use. Contextual shaping breaks that: Noto Naskh draws medial
 * ب, ت, ن and ي with one dotless glyph plus a separate dot, so whichever letter
 * came first named them all (مقتدى came back as مفيدى). Each (glyph, characters)
 * pair gets its own code here: a glyph drawn for a second character sequence is
 * copied into another slot of the subset, so the ToUnicode map is exact.
 */
import type { Font } from 'fontkit';
import type PDFKitDocument from 'pdfkit';

type PDFDocument = InstanceType<typeof PDFKitDocument>;
import { mirrorOf } from './bidi.js';
import type { Face } from './fonts.js';
import type { LaidLine, PlacedRun } from './layout.js';

/** The pdfkit internals this module relies on (pdfkit 0.20, `EmbeddedFont`). */
interface EmbeddedFont {
  id: string;
  font: Font;
  subset: { glyphs: number[]; includeGlyph(id: number): number };
  /** Per code: the characters for the ToUnicode CMap. */
  unicode: number[][];
  /** Per code: advance in 1/1000 em for the /W array. */
  widths: number[];
  ref(): unknown;
}

interface PdfkitInternals {
  _font: EmbeddedFont;
  _registeredFonts: Record<string, unknown>;
  page: { fonts: Record<string, unknown>; height: number };
}

const ZWJ = 0x200d;

const codes = new WeakMap<EmbeddedFont, Map<number | string, number>>();

/** A number when it fits a double exactly (the common case: one character), else a string. */
function codeKey(id: number, width: number, codePoints: number[]): number | string {
  if (codePoints.length === 1 && width >= 0 && width < 0x10000) return (id * 0x10000 + width) * 0x200000 + codePoints[0];
  return `${id}:${width}:${codePoints.join(',')}`;
}

/** The code (subset glyph index) that draws `id`, declares `width` (1/1000 em) and extracts as `codePoints`. */
function glyphCode(font: EmbeddedFont, id: number, codePoints: number[], width: number): number {
  let table = codes.get(font);
  if (!table) codes.set(font, (table = new Map()));
  const key = codeKey(id, width, codePoints);
  let code = table.get(key);
  if (code !== undefined) return code;
  code = font.subset.includeGlyph(id);
  if (font.unicode[code] !== undefined) {
    // The glyph already stands for other characters or another width: a copy gets a code of its own.
    font.subset.glyphs.push(id);
    code = font.subset.glyphs.length - 1;
  }
  // A glyph with no character of its own (the second glyph of a decomposition) extracts as
  // ZERO WIDTH JOINER, a format character extractors drop; an empty entry comes back as junk.
  font.unicode[code] = codePoints.length ? codePoints : [ZWJ];
  font.widths[code] = width;
  table.set(key, code);
  return code;
}

/** Select a face in the document (registering it on first use) and return pdfkit's font object. */
function useFace(doc: PDFDocument, face: Face): EmbeddedFont {
  const internals = doc as unknown as PdfkitInternals;
  if (!internals._registeredFonts[face.key]) {
    // pdfkit accepts a fontkit font object: the one that shaped the text embeds it.
    doc.registerFont(face.key, face.font as unknown as string);
  }
  doc.font(face.key);
  const font = internals._font;
  if (internals.page.fonts[font.id] == null) internals.page.fonts[font.id] = font.ref();
  return font;
}

const num = (n: number): string => {
  const r = Math.round(n * 1000) / 1000;
  return Object.is(r, -0) ? '0' : String(r);
};

/**
 * What each glyph of a run extracts as, written into the ToUnicode CMap.
 *
 * Extractors (pdf.js, poppler) read glyphs in drawing order and reverse right-to-left
 * stretches character by character, so in right-to-left runs a glyph standing for several
 * characters (lam-alef) stores them reversed, and a mirrored bracket extracts as the
 * source character rather than the shape drawn.
 */

function extractionText(run: PlacedRun): number[][] {
  if (!run.rtl) return run.glyphs.map((g) => g.codePoints);
  return run.glyphs.map((g) => g.codePoints.map(mirrorOf).reverse());
}

/**
 * The advance each glyph declares in the font's /W array, in pt.
 *
 * Positions are always set explicitly, so /W only informs extractors, which find word
 * gaps by comparing a glyph's position with the end of the glyph before it. So a glyph
 * declares the advance it really has in the layout (kerning and cursive positioning
 * included), and a letter never looks detached from the next. Spaces keep their own
 * width (justification widens the gap after them, which reads as a space anyway).
 *
 * Marks have no width: a right-to-left word whose visual first glyph is a mark (a final
 * tanween or shadda) would come back from pdf.js with a space between the mark and its
 * letter. The glyph left of that word's space declares a width reaching the word, so
 * the space is taken from the space glyph itself, before the mark.
 */
function declaredAdvances(run: PlacedRun): number[] {
  const { glyphs, xs, size } = run;
  // Where a glyph is drawn: GPOS may shift a letter (Amiri kerns after ر and و with offsets).
  const drawn = (i: number) => (i < glyphs.length ? xs[i] + glyphs[i].xOffset * size : run.width);
  const nextLetter = (i: number) => {
    let j = i + 1;
    while (j < glyphs.length && glyphs[j].mark) j++;
    return j;
  };
  const advances = glyphs.map((g, i) => (g.space || g.mark ? g.naturalAdvance * size : drawn(nextLetter(i)) - drawn(i)));
  if (!run.rtl) return advances;
  for (let i = 1; i + 1 < glyphs.length; i++) {
    const left = glyphs[i - 1];
    if (!glyphs[i].space || !glyphs[i + 1].mark || left.space || left.mark) continue;
    const base = nextLetter(i);
    if (base < glyphs.length) advances[i - 1] = drawn(base) - drawn(i - 1);
  }
  return advances;
}

/** A word gap wider than this (in em) makes pdf.js start a new text item. */
const ITEM_GAP = 0.5;

/**
 * Glyph indices in writing order. A right-to-left run is drawn in visual order, which
 * extractors reverse; but where justification opens a gap wide enough to end a pdf.js
 * text item, each side becomes its own item and the items would come back in visual
 * order. So the run is cut at such gaps and the pieces are written right to left (in
 * reading order), each piece's glyphs in visual order. A gap before a word that starts
 * (visually) with a mark is not cut: its mark would join the previous item.
 */
function writingOrder(run: PlacedRun): number[][] {
  const all = run.glyphs.map((_, i) => i);
  if (!run.rtl) return [all];
  const pieces: number[][] = [[]];
  const { glyphs, xs } = run;
  for (const i of all) {
    const next = glyphs[i + 1];
    if (glyphs[i].space && next && !next.mark && xs[i + 1] - xs[i] > ITEM_GAP * run.size) pieces.push([]);
    pieces[pieces.length - 1].push(i);
  }
  return pieces.reverse();
}

/** Text operators drawing one run with its baseline at `baseline` (PDF user space, y up). */
function runOperators(doc: PDFDocument, run: PlacedRun, left: number, baseline: number): string[] {
  const font = useFace(doc, run.face);
  const size = run.size;
  const y = baseline + (run.style.rise ?? 0) * size;
  const ops = [`/${font.id} ${num(size)} Tf`];
  let tj: string[] = [];
  const flush = (): void => {
    if (tj.length) ops.push(`[${tj.join(' ')}] TJ`);
    tj = [];
  };
  const unicode = extractionText(run);
  const advances = declaredAdvances(run);
  let rise = 0;
  for (const piece of writingOrder(run)) {
    let penX = Number.NaN;
    for (const i of piece) {
      const g = run.glyphs[i];
      const gx = left + run.x + run.xs[i] + g.xOffset * size;
      const dy = g.yOffset * size;
      // Widths are declared in whole 1/1000 em; the pen follows the declared width exactly.
      const width = Math.round((advances[i] * 1000) / size);
      const code = glyphCode(font, g.id, unicode[i], width);
      if (Number.isNaN(penX)) {
        flush();
        ops.push(`1 0 0 1 ${num(gx)} ${num(y)} Tm`);
      } else if (Math.abs(penX - gx) > 0.0005) {
        // TJ numbers move the pen left by n/1000 of the font size.
        tj.push(num(((penX - gx) * 1000) / size));
      }
      // A mark raised or lowered by GPOS: text rise keeps the line's text matrix (extractors
      // then keep the mark on the line and in its word).
      if (dy !== rise) {
        flush();
        ops.push(`${num(dy)} Ts`);
        rise = dy;
      }
      tj.push(`<${code.toString(16).padStart(4, '0')}>`);
      penX = gx + (width * size) / 1000;
    }
  }
  if (rise !== 0) {
    flush();
    ops.push('0 Ts');
  }
  flush();
  return ops;
}

/**
 * The editions' two languages told apart by script: Arabic letters are Arabic, Latin
 * letters English (a name in the other edition's language, a quotation).
 */
function scriptLanguage(text: string): string | undefined {
  if (/\p{Script=Arabic}/u.test(text)) return 'ar';
  if (/\p{Script=Latin}/u.test(text)) return 'en';
  return undefined;
}

export interface DrawOptions {
  /** BCP 47 language of the document. */
  documentLang: string;
  /** Language of the line's text; runs whose language differs from the document's are tagged with it. */
  lang: string;
}

/**
 * Draw a line whose box starts at (`left`, `top`) in pdfkit's top-down coordinates.
 * Runs are written in logical order, so the content stream reads in reading order.
 */
export function drawLine(doc: PDFDocument, line: LaidLine, left: number, top: number, options: DrawOptions): void {
  const pageHeight = (doc as unknown as PdfkitInternals).page.height;
  const baseline = pageHeight - (top + line.baseline);
  for (const run of line.runs) {
    if (!run.glyphs.length) continue;
    const runLang = run.style.lang ?? scriptLanguage(run.text) ?? options.lang;
    const lang = runLang !== options.documentLang ? runLang : undefined;
    if (lang) doc.markContent('Span', { lang });
    doc.save();
    if (run.style.color) doc.fillColor(run.style.color);
    // pdfkit's pages are flipped (y down); text is written in unflipped space.
    doc.transform(1, 0, 0, -1, 0, pageHeight);
    doc.addContent('BT');
    for (const op of runOperators(doc, run, left, baseline)) doc.addContent(op);
    doc.addContent('ET');
    doc.restore();
    if (lang) doc.endMarkedContent();
    const box: [number, number, number, number] = [left + run.x, top, run.width, line.height];
    if (run.style.link) doc.link(...box, run.style.link);
    if (run.style.goTo) doc.goTo(...box, run.style.goTo);
  }
}
