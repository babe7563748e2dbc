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
import type { Face } from './fonts.js';
import type { LaidLine, PlacedRun } from './layout.js';
import { reuseGlyphData } from './subset.js';

/** The pdfkit internals this module relies on (pdfkit 0.20, `EmbeddedFont`). */
interface EmbeddedFont {
  id: string;
  font: Font;
  subset: { glyphs: number[]; includeGlyph(id: number): number };
  /** Per code: the characters for the ToUnicode CMap. */
  unicode: (readonly number[])[];
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

/** A code of a font: the glyph it draws, the width it declares and the characters it extracts as. */
interface GlyphCode {
  width: number;
  codePoints: readonly number[];
  code: number;
}

/** Per embedded font (one per document and face): the codes made so far, by glyph id. */
const codes = new WeakMap<EmbeddedFont, Map<number, GlyphCode[]>>();

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The code (subset glyph index) that draws `id`, declares `width` (1/1000 em) and extracts as `codePoints`. */
function glyphCode(font: EmbeddedFont, id: number, codePoints: readonly number[], width: number): number {
  let table = codes.get(font);
  if (!table) codes.set(font, (table = new Map()));
  let made = table.get(id);
  if (!made) table.set(id, (made = []));
  for (const c of made) if (c.width === width && sameCodePoints(c.codePoints, codePoints)) return c.code;
  let code = font.subset.includeGlyph(id);
  if (font.unicode[code] !== undefined) {
    // The glyph already stands for other characters or another width: a copy gets a code of its own.
    font.subset.glyphs.push(id);
    code = font.subset.glyphs.length - 1;
  }
  // A glyph with no character of its own (the second glyph of a decomposition) extracts as
  // ZERO WIDTH JOINER, a format character extractors drop; an empty entry comes back as junk.
  font.unicode[code] = codePoints.length ? codePoints : [ZWJ];
  font.widths[code] = width;
  made.push({ width, codePoints, code });
  return code;
}

/** pdfkit fonts whose subset reuses glyph data (subset.ts). */
const withReuse = new WeakSet<EmbeddedFont>();

/** Select a face in the document (registering it on first use) and return pdfkit's font object. */
function useFace(doc: PDFDocument, face: Face): EmbeddedFont {
  const internals = doc as unknown as PdfkitInternals;
  if (!internals._registeredFonts[face.key]) {
    // pdfkit accepts a fontkit font object: the one that shaped the text embeds it.
    doc.registerFont(face.key, face.font as unknown as string);
  }
  doc.font(face.key);
  const font = internals._font;
  if (!withReuse.has(font)) {
    withReuse.add(font);
    reuseGlyphData(font.subset as unknown as Parameters<typeof reuseGlyphData>[0]);
  }
  if (internals.page.fonts[font.id] == null) internals.page.fonts[font.id] = font.ref();
  return font;
}

/**
 * The content operators of the line being drawn, as bytes (the operators are ASCII). Reused
 * from line to line: building them as strings made a few string objects per glyph, a large
 * share of an edition's garbage.
 */
export class ContentBytes {
  private bytes = Buffer.allocUnsafe(1 << 14);
  length = 0;

  private room(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const more = Buffer.allocUnsafe(Math.max(2 * this.bytes.length, this.length + n));
    this.bytes.copy(more, 0, 0, this.length);
    this.bytes = more;
  }

  text(s: string): void {
    this.room(s.length);
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < s.length; i++) bytes[at++] = s.charCodeAt(i);
    this.length = at;
  }

  /**
   * A number rounded to three decimals, as `String` writes it: the digits of the rounded
   * thousandths with the point put back and trailing zeros dropped (which is the shortest
   * form that reads back as the same double, far below 10¹²); -0 as 0.
   */
  number(n: number): void {
    const thousandths = Math.round(n * 1000);
    if (!(Math.abs(thousandths) < 1e15)) return this.text(String(thousandths / 1000));
    this.room(20);
    const bytes = this.bytes;
    if (thousandths < 0) bytes[this.length++] = 0x2d;
    let fraction = Math.abs(thousandths) % 1000;
    let rest = (Math.abs(thousandths) - fraction) / 1000;
    // The integer part, written from its last digit back.
    let digits = 1;
    for (let big = rest; big >= 10; big = Math.floor(big / 10)) digits++;
    this.length += digits;
    for (let at = this.length - 1; at >= this.length - digits; at--) {
      bytes[at] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    if (fraction === 0) return;
    bytes[this.length++] = 0x2e;
    let scale = 100;
    while (fraction > 0) {
      const digit = Math.floor(fraction / scale);
      bytes[this.length++] = 0x30 + digit;
      fraction -= digit * scale;
      scale /= 10;
    }
  }

  /** The bytes written since the last call, copied (pdfkit keeps what it is given until the page ends). */
  take(): Buffer {
    const out = Buffer.from(this.bytes.subarray(0, this.length));
    this.length = 0;
    return out;
  }
}

const content = new ContentBytes();

/** `<xxxx>` for each code, made once. */
const hexCodes: string[] = [];
const hex = (code: number): string => (hexCodes[code] ??= `<${code.toString(16).padStart(4, '0')}>`);

/**
 * What each glyph of a run extracts as (`ShapedGlyph.extracted`), written into the ToUnicode CMap.
 *
 * Extractors (pdf.js, poppler) read glyphs in drawing order and reverse right-to-left
 * stretches character by character, so in right-to-left runs a glyph standing for several
 * characters (lam-alef) stores them reversed, and a mirrored bracket extracts as the
 * source character rather than the shape drawn.
 */

/** Declared advances of the run being written (grown as needed, reused: one per glyph drawn adds up). */
let advances = new Float64Array(256);

/**
 * The advance each glyph declares in the font's /W array, in pt, into `advances`.
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
function declareAdvances(run: PlacedRun): void {
  const { glyphs, xs, size } = run;
  const n = glyphs.length;
  if (advances.length < n) advances = new Float64Array(Math.max(n, 2 * advances.length));
  // Where a glyph is drawn: GPOS may shift a letter (Amiri kerns after ر and و with offsets).
  const drawn = (i: number) => (i < n ? xs[i] + glyphs[i].xOffset * size : run.width);
  const nextLetter = (i: number) => {
    let j = i + 1;
    while (j < n && glyphs[j].mark) j++;
    return j;
  };
  for (let i = 0; i < n; i++) {
    const g = glyphs[i];
    advances[i] = g.space || g.mark ? g.naturalAdvance * size : drawn(nextLetter(i)) - drawn(i);
  }
  if (!run.rtl) return;
  for (let i = 1; i + 1 < n; i++) {
    const left = glyphs[i - 1];
    if (!glyphs[i].space || !glyphs[i + 1].mark || left.space || left.mark) continue;
    const base = nextLetter(i);
    if (base < n) advances[i - 1] = drawn(base) - drawn(i - 1);
  }
}

/** A word gap wider than this (in em) makes pdf.js start a new text item. */
const ITEM_GAP = 0.5;

/**
 * Where the run's pieces start, in writing order. A right-to-left run is drawn in visual
 * order, which extractors reverse; but where justification opens a gap wide enough to end
 * a pdf.js text item, each side becomes its own item and the items would come back in
 * visual order. So the run is cut at such gaps and the pieces are written right to left
 * (in reading order), each piece's glyphs in visual order. A gap before a word that
 * starts (visually) with a mark is not cut: its mark would join the previous item.
 * Returns piece start indices, last piece first; a piece runs to the next higher start.
 */
function pieceStarts(run: PlacedRun): number[] {
  const starts = [0];
  if (!run.rtl) return starts;
  const { glyphs, xs } = run;
  // A piece starts at a space that opens such a gap (the space leads the piece).
  for (let i = 1; i + 1 < glyphs.length; i++) {
    if (glyphs[i].space && !glyphs[i + 1].mark && xs[i + 1] - xs[i] > ITEM_GAP * run.size) starts.push(i);
  }
  return starts.reverse();
}

/** Write the text operators (newline-separated) drawing one run with its baseline at `baseline` (PDF user space, y up). */
function runOperators(doc: PDFDocument, run: PlacedRun, left: number, baseline: number, out: ContentBytes): void {
  const font = useFace(doc, run.face);
  const { size, glyphs, xs } = run;
  const y = baseline + (run.style.rise ?? 0) * size;
  out.text(`/${font.id} `);
  out.number(size);
  out.text(' Tf');
  // Whether a TJ array is open: its items are separated by spaces.
  let open = false;
  const flush = (): void => {
    if (open) out.text('] TJ');
    open = false;
  };
  const item = (): void => {
    out.text(open ? ' ' : '\n[');
    open = true;
  };
  declareAdvances(run);
  const x0 = left + run.x;
  let rise = 0;
  const starts = pieceStarts(run);
  let end = glyphs.length;
  for (const start of starts) {
    let penX = Number.NaN;
    for (let i = start; i < end; i++) {
      const g = glyphs[i];
      const gx = x0 + xs[i] + g.xOffset * size;
      const dy = g.yOffset * size;
      // Widths are declared in whole 1/1000 em; the pen follows the declared width exactly.
      const width = Math.round((advances[i] * 1000) / size);
      const code = glyphCode(font, g.id, g.extracted, width);
      if (Number.isNaN(penX)) {
        flush();
        out.text('\n1 0 0 1 ');
        out.number(gx);
        out.text(' ');
        out.number(y);
        out.text(' Tm');
      } else if (Math.abs(penX - gx) > 0.0005) {
        // TJ numbers move the pen left by n/1000 of the font size.
        item();
        out.number(((penX - gx) * 1000) / size);
      }
      // A mark raised or lowered by GPOS: text rise keeps the line's text matrix (extractors
      // then keep the mark on the line and in its word).
      if (dy !== rise) {
        flush();
        out.text('\n');
        out.number(dy);
        out.text(' Ts');
        rise = dy;
      }
      item();
      out.text(hex(code));
      penX = gx + (width * size) / 1000;
    }
    end = start;
  }
  if (rise !== 0) {
    flush();
    out.text('\n0 Ts');
  }
  flush();
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

/** pdfkit's number format (PDFObject.number): six decimals at most. */
const pdfNumber = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * Draw a line whose box starts at (`left`, `top`) in pdfkit's top-down coordinates.
 * Runs are written in logical order, so the content stream reads in reading order.
 *
 * Each run is `q`, its colour, the unflipping matrix, the text object, `Q`: what pdfkit's
 * save/fillColor/transform/restore would write, gathered into one write per line (each
 * addContent call costs a conversion and a chunk); pdfkit's own calls are made only where
 * they keep state (colour, marked content). The graphics state is restored after each run,
 * so pdfkit's record of the transformation matrix stays what it was.
 */
export function drawLine(doc: PDFDocument, line: LaidLine, left: number, top: number, options: DrawOptions): void {
  const pageHeight = (doc as unknown as PdfkitInternals).page.height;
  const baseline = pageHeight - (top + line.baseline);
  // pdfkit's pages are flipped (y down); text is written in unflipped space.
  const unflip = `1 0 0 -1 0 ${pdfNumber(pageHeight)} cm\nBT\n`;
  // Operators are gathered in `content`, each followed by a line feed (pdfkit's own calls add one too).
  const flush = (): void => {
    // As bytes: pdfkit converts a string one character at a time in JavaScript.
    if (content.length) doc.addContent(content.take() as unknown as string);
  };
  content.length = 0;
  for (const run of line.runs) {
    if (!run.glyphs.length) continue;
    const runLang = run.style.lang ?? scriptLanguage(run.text) ?? options.lang;
    const lang = runLang !== options.documentLang ? runLang : undefined;
    if (lang) {
      flush();
      doc.markContent('Span', { lang });
    }
    content.text('q\n');
    if (run.style.color) {
      flush();
      doc.fillColor(run.style.color);
    }
    content.text(unflip);
    runOperators(doc, run, left, baseline, content);
    content.text('\nET\nQ\n');
    if (lang) {
      flush();
      doc.endMarkedContent();
    }
    const box: [number, number, number, number] = [left + run.x, top, run.width, line.height];
    if (run.style.link) doc.link(...box, run.style.link);
    if (run.style.goTo) doc.goTo(...box, run.style.goTo);
  }
  flush();
}
