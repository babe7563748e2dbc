/**
 * Writing laid-out lines into a page: glyphs at the computed positions, in an
 * order and with text maps that PDF text extractors read back as the source.
 *
 * The layout is already done (layout.ts); this module writes the text operators
 * itself and embeds the faces (embed.ts). What extractors need, and how it is met:
 *
 * - Reading order. MuPDF reads text in drawing order, poppler sorts each line's
 *   characters by position and reverses right-to-left stretches, pdf.js groups
 *   glyphs drawn one after the other into items, reverses each right-to-left item,
 *   and lists items in drawing order. So runs are written in logical order and a
 *   right-to-left run is drawn character cluster by cluster in logical order (right
 *   to left), each cluster one glyph that pdf.js keeps as an item of its own: it
 *   starts a new item when the pen moves back by more than a fifth of an em, so a
 *   cluster narrow enough not to move it that far declares a width that does.
 * - One glyph, one character. A right-to-left cluster (a letter and its marks, the
 *   second glyph of a decomposition) is drawn as one glyph made of its glyphs
 *   (embed.ts) that stands for its first character; every further character (a
 *   vowel mark, the alef of a lam-alef) is carried by an invisible glyph of its own
 *   in another font, drawn just left of the cluster: poppler then sorts it after the
 *   letter (right to left), pdf.js makes it an item of its own (a font change ends
 *   an item) and MuPDF reads it after the letter. Marks drawn as glyphs of their own
 *   would be reordered by pdf.js (it reverses a letter and its mark) and by poppler
 *   (it sorts by the mark's origin, which may lie right of its letter's).
 * - Text maps. Each code of a font stands for exactly the characters given here,
 *   mirrored brackets included (HarfBuzz mirrors a bracket in a right-to-left run;
 *   the code still says '(' where the source has '('). Nothing maps to a format
 *   character: bidi controls and joiners of the source are dropped, and a glyph with
 *   no character of its own is drawn as part of its neighbour.
 * - Widths. /W declares the advance each glyph really has in the layout (kerning
 *   and cursive attachment included), so extractors find a word's letters touching
 *   and its spaces where they are; except where pdf.js needs a word space it would
 *   not see (`separateWords`).
 */
import type { PDFDocument } from './internals.js';
import { ContentBytes } from './content-bytes.js';
import { EmbeddedFace, utf16, type Drawing } from './embed.js';
import { carrierFace, type Face } from './fonts.js';
import { codePointMemo } from '../../text/memo.js';
import type { LaidLine, PlacedRun } from './layout.js';

/** A pdf.js text item ends where the pen moves back more than this (in em); drawn clusters keep a margin below it. */
const ITEM_BREAK = 0.21;
/** Width of a carrier glyph, in em: carriers of one cluster sit side by side just left of it. */
const CARRIER = 0.01;

/** Format characters an extractor must not give back: joiners, bidi marks, embeddings and isolates. */
const INVISIBLE = /[\u200d\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/u;

/** The fonts of one document and the writing of its content. */
export class PageWriter {
  private readonly faces = new Map<Face, EmbeddedFace>();
  private carrierFont?: EmbeddedFace;
  readonly content = new ContentBytes();

  constructor(readonly doc: PDFDocument) {}

  font(face: Face): EmbeddedFace {
    let embedded = this.faces.get(face);
    if (!embedded) this.faces.set(face, (embedded = new EmbeddedFace(this.doc, face, this.faces.size + 1)));
    embedded.use();
    return embedded;
  }

  /** The font of invisible glyphs that carry characters (its name says so; its glyphs are empty). */
  carriers(): EmbeddedFace {
    this.carrierFont ??= new EmbeddedFace(this.doc, carrierFace(), 0, 'PapersTextCarrier');
    this.carrierFont.use();
    return this.carrierFont;
  }

  /** Write every font (after the last page). */
  finish(): void {
    for (const font of this.faces.values()) font.finish();
    this.carrierFont?.finish();
  }

  /** Send the operators gathered so far to the page. */
  flush(): void {
    // As bytes: pdfkit converts a string one character at a time in JavaScript.
    if (this.content.length) this.doc.addContent(this.content.take() as unknown as string);
  }
}

/** `<xxxx>` for each code, made once. */
const hexCodes: string[] = [];
const hex = (code: number): string => (hexCodes[code] ??= `<${code.toString(16).padStart(4, '0')}>`);

/** Whether a code point is a format character (INVISIBLE), by code point: every glyph's characters are tested. */
const isInvisible = codePointMemo((cp) => INVISIBLE.test(String.fromCodePoint(cp)));

/** The code points of a text without format characters. */
function visibleCodePoints(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (!isInvisible(cp)) out.push(cp);
  }
  return out;
}

const noInvisible = (cps: readonly number[]): readonly number[] => (cps.some((c) => isInvisible(c)) ? cps.filter((c) => !isInvisible(c)) : cps);

/** One thing written into a text object: a drawing of a font at a position, with a declared width and its text. */
interface Mark {
  font: EmbeddedFace;
  size: number;
  drawing: Drawing;
  /** What the code extracts as. */
  text: readonly number[];
  /** Pen position (pt, PDF user space) and the width the code declares (1/1000 em). */
  x: number;
  y: number;
  width: number;
  /** Text rise (pt): marks placed by GPOS in left-to-right runs. */
  rise: number;
  /**
   * Character spacing after the code (pt), set by `separateWords` where the declared width is
   * cut short: the pen still ends where the glyph does, and /ActualText tells poppler the glyph's
   * real extent.
   */
  spacing?: number;
}

/**
 * Writes a run's codes into the open text object, moving the pen with TJ offsets and
 * switching fonts and rise as needed.
 */
class TextObject {
  private font?: EmbeddedFace;
  private size = 0;
  private penX = Number.NaN;
  private y = Number.NaN;
  private rise = 0;
  private open = false;

  constructor(
    private readonly out: ContentBytes,
    /** Called after a marked-content sequence nested in the open one has ended. */
    private readonly nestedEnded: () => void,
  ) {}

  private close(): void {
    if (this.open) this.out.text('] TJ');
    this.open = false;
  }

  private item(): void {
    this.out.text(this.open ? ' ' : '\n[');
    this.open = true;
  }

  write(mark: Mark): void {
    const out = this.out;
    if (mark.font !== this.font || mark.size !== this.size) {
      this.close();
      out.text(`\n/${mark.font.name} `);
      out.number(mark.size);
      out.text(' Tf');
      this.font = mark.font;
      this.size = mark.size;
    }
    if (mark.rise !== this.rise) {
      this.close();
      out.text('\n');
      out.number(mark.rise);
      out.text(' Ts');
      this.rise = mark.rise;
    }
    if (Number.isNaN(this.penX) || mark.y !== this.y) {
      this.close();
      out.text('\n1 0 0 1 ');
      out.number(mark.x);
      out.text(' ');
      out.number(mark.y);
      out.text(' Tm');
      this.y = mark.y;
      this.penX = mark.x;
    } else {
      // TJ numbers move the pen left by n/1000 of the font size: whole ones (a glyph lands within
      // half a thousandth of an em of its place; the pen is kept where the moves really put it).
      const move = Math.round(((this.penX - mark.x) * 1000) / mark.size);
      if (move) {
        this.item();
        out.number(move);
        this.penX -= (move * mark.size) / 1000;
      }
    }
    const code = hex(mark.font.code(mark.drawing, mark.text, mark.width));
    const spacing = mark.spacing ?? 0;
    this.penX += (mark.width * mark.size) / 1000 + spacing;
    if (!spacing) {
      this.item();
      out.text(code);
      return;
    }
    this.close();
    out.text(`\n/Span <</ActualText <FEFF${utf16(mark.text)}>>> BDC `);
    out.number(spacing);
    out.text(` Tc [${code}] TJ 0 Tc EMC\n`);
    this.nestedEnded();
  }

  end(): void {
    this.close();
    if (this.rise) this.out.text('\n0 Ts');
  }
}

const perMille = (pt: number, size: number): number => Math.round((pt * 1000) / size);

/**
 * A left-to-right run, glyph by glyph in visual (= logical) order. A glyph with no
 * character of its own is drawn as part of the glyph before it; marks keep their own
 * glyphs (extractors keep a mark after its letter in left-to-right text) and are raised
 * with text rise, which keeps them in the line.
 */
function leftToRight(writer: PageWriter, run: PlacedRun, x0: number, baseline: number, marks: Mark[]): void {
  const { glyphs, xs, size } = run;
  const font = writer.font(run.face);
  const upem = run.face.font.unitsPerEm;
  const n = glyphs.length;
  const drawn = (i: number) => (i < n ? xs[i] + glyphs[i].xOffset * size : run.width);
  for (let i = 0; i < n; ) {
    const g = glyphs[i];
    const chars = noInvisible(g.codePoints);
    if (g.codePoints.length && !chars.length) {
      // A format character (an isolate, a joiner): HarfBuzz gave it an empty glyph; nothing is drawn.
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && !glyphs[end].codePoints.length && !glyphs[end].mark) end++;
    let next = end;
    while (next < n && glyphs[next].mark) next++;
    const drawing: Drawing =
      end === i + 1
        ? { id: g.id }
        : { parts: glyphs.slice(i, end).map((p, k) => ({ id: p.id, dx: Math.round(((drawn(i + k) - drawn(i)) / size) * upem), dy: Math.round((p.yOffset - g.yOffset) * upem) })) };
    const width = g.space || g.mark ? Math.round(g.naturalAdvance * 1000) : perMille(drawn(next) - drawn(i), size);
    marks.push({ font, size, drawing, text: chars, x: x0 + drawn(i), y: baseline, width, rise: g.yOffset * size });
    i = end;
  }
}

/** A right-to-left cluster: glyph indices of the run, where it starts in the run's text. */
interface Cluster {
  glyphs: number[];
  offset: number;
}

/** The run's clusters in logical order: a glyph with characters and the marks and character-less glyphs after it. */
function clustersOf(run: PlacedRun): Cluster[] {
  const { glyphs, offsets } = run;
  const order = glyphs.map((_, i) => i);
  // Logical order: by the text each glyph stands for; a glyph standing for none follows the one that does.
  order.sort((a, b) => offsets[a] - offsets[b] || Number(!glyphs[a].codePoints.length) - Number(!glyphs[b].codePoints.length) || b - a);
  const clusters: Cluster[] = [];
  for (const i of order) {
    const g = glyphs[i];
    const last = clusters[clusters.length - 1];
    if (last && (g.mark || !g.codePoints.length)) last.glyphs.push(i);
    else clusters.push({ glyphs: [i], offset: offsets[i] });
  }
  return clusters;
}

/**
 * A right-to-left run, cluster by cluster in logical order, each cluster one glyph standing
 * for its first character, the others carried by invisible glyphs left of it.
 */
function rightToLeft(writer: PageWriter, run: PlacedRun, x0: number, baseline: number, marks: Mark[]): void {
  const { glyphs, xs, size } = run;
  const font = writer.font(run.face);
  const upem = run.face.font.unitsPerEm;
  const clusters = clustersOf(run);
  // Where each cluster is drawn and how wide it is, in pt.
  const placed = clusters.map((c) => {
    let left = Infinity;
    let right = -Infinity;
    for (const i of c.glyphs) {
      left = Math.min(left, xs[i]);
      right = Math.max(right, xs[i] + glyphs[i].advance * size);
    }
    const single = c.glyphs.length === 1 && glyphs[c.glyphs[0]].yOffset === 0;
    const first = glyphs[c.glyphs[0]];
    // A lone glyph is drawn where GPOS put it; a cluster of several from its pen's left edge.
    const x = single ? xs[c.glyphs[0]] + first.xOffset * size : left;
    const drawing: Drawing = single
      ? { id: first.id }
      : { parts: c.glyphs.map((i) => ({ id: glyphs[i].id, dx: Math.round(((xs[i] + glyphs[i].xOffset * size - x) / size) * upem), dy: Math.round(glyphs[i].yOffset * upem) })) };
    return { x, width: right - x, drawing };
  });
  clusters.forEach((c, k) => {
    const chars = visibleCodePoints(run.text.slice(c.offset, k + 1 < clusters.length ? clusters[k + 1].offset : run.text.length));
    // A format character (an isolate, a joiner) alone: HarfBuzz gave it an empty glyph; nothing is drawn.
    if (!chars.length) return;
    const { x, drawing } = placed[k];
    const g = glyphs[c.glyphs[0]];
    // A cluster reaches the one before it (on its right), a whole 1/1000 em past it: poppler puts a
    // space between two characters whose boxes leave a gap.
    const reach = k ? placed[k - 1].x - x : placed[k].width;
    let width = g.space ? Math.round(g.naturalAdvance * 1000) : Math.ceil((reach * 1000) / size) + 1;
    // pdf.js must end its item here: the next cluster drawn in this font must start more than ITEM_BREAK left of this one's end.
    const next = k + 1 < clusters.length && chars.length <= 1 ? placed[k + 1] : undefined;
    if (next && !glyphs[clusters[k + 1].glyphs[0]].space) width = Math.max(width, Math.ceil(((next.x - x) / size + ITEM_BREAK) * 1000));
    marks.push({ font, size, drawing, text: chars.slice(0, 1), x: x0 + x, y: baseline, width, rise: 0 });
    if (chars.length > 1) {
      const carriers = writer.carriers();
      const w = CARRIER * 1000;
      chars.slice(1).forEach((cp, j) => {
        marks.push({ font: carriers, size, drawing: { parts: [] }, text: [cp], x: x0 + x - (j + 1) * CARRIER * size, y: baseline, width: w, rise: 0 });
      });
    }
  });
}

/** A space after the run's logical end (its right end, or its left end when right to left), where the line breaks at a space. */
function breakSpace(writer: PageWriter, run: PlacedRun, x0: number, baseline: number): Mark {
  const font = writer.font(run.face);
  const space = run.face.font.glyphForCodePoint(0x20);
  const width = Math.round((space.advanceWidth * 1000) / run.face.font.unitsPerEm);
  const x = run.rtl ? x0 - (width * run.size) / 1000 : x0 + run.width;
  return { font, size: run.size, drawing: { id: space.id }, text: [0x20], x, y: baseline, width, rise: 0 };
}

/** The marks of one run, in drawing order. */
function runMarks(writer: PageWriter, run: PlacedRun, left: number, baseline: number, breakAfter: boolean): Mark[] {
  const marks: Mark[] = [];
  const y = baseline + (run.style.rise ?? 0) * run.size;
  (run.rtl ? rightToLeft : leftToRight)(writer, run, left + run.x, y, marks);
  if (breakAfter) marks.push(breakSpace(writer, run, left + run.x, y));
  return marks;
}

/** pdf.js's classes of a code's text (its getCharUnicodeCategory): white space, and text that keeps no pen position. */
const PDFJS_SPACE = /^\s/u;
const PDFJS_NO_POSITION = /^\s|\p{Mn}|\p{Cf}$/u;
/** Text pdf.js reverses when it is alone in an item. */
const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const SPACE = 1;
const NO_POSITION = 2;
const REVERSED = 4;
/** A text's classes (SPACE, NO_POSITION, REVERSED bits). */
const textClass = (text: string): number =>
  (PDFJS_SPACE.test(text) ? SPACE : 0) | (PDFJS_NO_POSITION.test(text) ? NO_POSITION : 0) | (RIGHT_TO_LEFT.test(text) ? REVERSED : 0);

/** Classes of one-character texts (nearly all), by code point. */
const charClass = codePointMemo((cp) => textClass(String.fromCodePoint(cp)));

/** A mark's text's classes. */
function classOf(mark: Mark): number {
  return mark.text.length === 1 ? charClass(mark.text[0]) : textClass(String.fromCodePoint(...mark.text));
}
/** Gaps, in em: pdf.js puts a space inside an item from 0.102 em on, and makes it an item of its own past 0.6 em. */
const SPACE_IN_ITEM = 0.15;
const SPACE_ITEM = 0.7;

/**
 * Word spaces for pdf.js. pdf.js sees a space only where the pen moves forward (right) from
 * the end of the last character it kept: a space glyph only moves the pen, and a move back
 * (the next word of a right-to-left run drawn in logical order) cancels it. So where a drawn
 * space leads to text that does not lie far enough right of that character's end, the
 * character's declared width is cut so that its end lies SPACE_ITEM em left of the next text:
 * pdf.js then ends its item there, makes the space an item of its own and starts the next
 * word afresh (right-to-left text must stay in items of its own: pdf.js reverses each item).
 * Character spacing (Tc) after the glyph puts the pen back where the glyph ends; MuPDF reads
 * drawing order whatever the widths; poppler, which sorts characters by their boxes, is given
 * the glyph's real extent by an /ActualText span around it (it measures a span from pen to
 * pen, spacing included). A superscript note number right after its word is set apart the same
 * way, as if a space stood before it.
 */
function separateWords(marks: readonly Mark[], nextFrom?: number): void {
  let kept: Mark | undefined;
  let spaced = false;
  for (const mark of marks) {
    const kind = classOf(mark);
    if (kind & SPACE) {
      spaced = kept !== undefined;
      continue;
    }
    if (kept && (spaced || superscript(kept, mark))) {
      const gap = mark.x - markEnd(kept);
      const em = Math.max(kept.size, mark.size);
      if (gap < SPACE_ITEM * em && (gap < SPACE_IN_ITEM * em || (classOf(kept) | kind) & REVERSED)) endBefore(kept, mark.x - SPACE_ITEM * em);
    }
    spaced = false;
    if (!(kind & NO_POSITION)) kept = mark;
  }
  // The line ends a table cell: the next text is drawn after it, at `nextFrom` or right of it.
  if (spaced && kept && nextFrom !== undefined && markEnd(kept) > nextFrom - SPACE_ITEM * kept.size) endBefore(kept, nextFrom - SPACE_ITEM * kept.size);
}

const markEnd = (mark: Mark): number => mark.x + (mark.width * mark.size) / 1000;

/** A note number set smaller and higher right after its word: pdf.js would glue it to the word ("reconciliation1"). */
const superscript = (before: Mark, mark: Mark): boolean => mark.y > before.y && mark.size < before.size;

/**
 * Cut a mark's declared width so that it ends at `x` or left of it, character spacing making up
 * the rest. The width is rounded down to a power of two of the em, so that a glyph needs few codes
 * (each width is a code and a copy of the glyph in the subset), but not past the page's left edge
 * (pdf.js drops a glyph that ends there).
 */
function endBefore(mark: Mark, x: number): void {
  const exact = Math.floor(((x - mark.x) * 1000) / mark.size);
  let width = -1000;
  while (width > exact) width *= 2;
  if (mark.x + (width * mark.size) / 1000 < 0) width = exact;
  mark.spacing = ((mark.width - width) * mark.size) / 1000;
  mark.width = width;
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
  /**
   * Draws a linked run: calls `draw`, and `annotate` with the structure parent its
   * annotation gets (tagging.ts); without it, the annotation has none.
   */
  link?(draw: () => void, annotate: (structParent: unknown, contents: string) => void, run: PlacedRun): void;
  /** Draws a run in another language than the document's (tagging.ts); without it, as a /Span with /Lang in the content. */
  span?(lang: string, draw: () => void): void;
  /**
   * Told that a marked-content sequence nested in the content has ended (the /ActualText span
   * of `separateWords`): poppler's tag-tree reader reads nothing more of the sequence it was
   * nested in, so the tagger ends that one and opens another (tagging.ts).
   */
  nestedEnded?(): void;
  /**
   * End the line with a space (a table cell's last line: text read in drawing order keeps cells
   * apart), before text that starts at this x (pt) or right of it: the row's left edge.
   */
  endSpace?: { nextFrom: number };
}

/** pdfkit's number format (PDFObject.number): six decimals at most. */
const pdfNumber = (n: number): number => Math.round(n * 1e6) / 1e6;

/**
 * Draw a line whose box starts at (`left`, `top`) in pdfkit's top-down coordinates.
 * Runs are written in logical order, so the content stream reads in reading order.
 *
 * Each run is `q`, its colour, the unflipping matrix, the text object, `Q`: the graphics
 * state is restored after each run, so pdfkit's record of the transformation matrix stays
 * what it was; pdfkit's own calls are made only where they keep state (colour, marked
 * content, annotations).
 */
export function drawLine(writer: PageWriter, line: LaidLine, left: number, top: number, options: DrawOptions): void {
  const { doc } = writer;
  const baseline = doc.page.height - (top + line.baseline);
  const last = line.runs.findLastIndex((r) => r.glyphs.length > 0);
  const marks = line.runs.map((run, k) => (run.glyphs.length ? runMarks(writer, run, left, baseline, k === last && (line.breakSpace || !!options.endSpace)) : []));
  separateWords(marks.flat(), options.endSpace?.nextFrom);
  line.runs.forEach((run, k) => {
    if (!run.glyphs.length) return;
    const box: [number, number, number, number] = [left + run.x, top, run.width, line.height];
    const draw = () => drawRun(writer, run, marks[k], options);
    const { link, goTo } = run.style;
    if (!link && !goTo) return draw();
    writer.flush();
    const annotate = (structParent: unknown, contents: string) => {
      const extra = { structParent, Contents: new String(contents) } as never;
      if (link) doc.link(...box, link, extra);
      else doc.goTo(...box, goTo!, extra);
    };
    if (options.link) options.link(draw, annotate, run);
    else {
      draw();
      annotate(undefined, run.text);
    }
  });
  writer.flush();
}

/** One run: its colour, language span and text object. */
function drawRun(writer: PageWriter, run: PlacedRun, marks: readonly Mark[], options: DrawOptions): void {
  const { doc, content } = writer;
  const runLang = run.style.lang ?? scriptLanguage(run.text) ?? options.lang;
  const lang = runLang !== options.documentLang ? runLang : undefined;
  if (lang && options.span) {
    writer.flush();
    options.span(lang, () => drawRun(writer, run, marks, { ...options, span: undefined, documentLang: lang, lang }));
    return;
  }
  if (lang) {
    writer.flush();
    doc.markContent('Span', { lang });
  }
  content.text('q\n');
  if (run.style.color) {
    writer.flush();
    doc.fillColor(run.style.color);
  }
  // pdfkit's pages are flipped (y down); text is written in unflipped space.
  content.text(`1 0 0 -1 0 ${pdfNumber(doc.page.height)} cm\nBT`);
  const nestedEnded = () => {
    if (!options.nestedEnded) return;
    writer.flush();
    options.nestedEnded();
  };
  const text = new TextObject(content, nestedEnded);
  for (const mark of marks) text.write(mark);
  text.end();
  content.text('\nET\nQ\n');
  if (lang) {
    writer.flush();
    doc.endMarkedContent();
  }
  writer.flush();
}
