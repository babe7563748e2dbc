/**
 * Pages: the flow that stacks blocks onto A4 pages, and the drawing of those
 * pages into a tagged pdfkit document with running header, footer, outline,
 * named destinations and links.
 *
 * Pagination happens before anything is drawn, so the contents (which come
 * before the body) can print real page numbers and the index of names can
 * list the pages its mentions fell on.
 */
import PDFDocument from 'pdfkit';
import type { Block, Cell } from './blocks.js';
import { blockHeight } from './blocks.js';
import { MARGIN, MUTED, PAGE, TEXT_WIDTH } from './content.js';
import { drawLine, PageWriter, type DrawOptions } from './draw.js';
import { catalog, compressObjects, type PDFDocument as Doc } from './internals.js';
import type { LaidLine } from './layout.js';
import { Tagger } from './tagging.js';

/**
 * Streams are deflated at zlib level 4 rather than pdfkit's 6: about half the time for a
 * few per cent more bytes; level 1 saves little more time for many more bytes
 * (docs/performance.md).
 */
const DEFLATE_LEVEL = 4;

export interface PlacedLine {
  line: LaidLine;
  cell: Cell;
  top: number;
}

/** The part of a block that fell on one page. */
export interface Fragment {
  block: Block;
  top: number;
  lines: PlacedLine[];
  first: boolean;
  last: boolean;
}

export interface Page {
  fragments: Fragment[];
}

export interface Position {
  /** 1-based page number. */
  page: number;
  top: number;
}

/**
 * The height of a block's first `n` lines (the whole block when its cells sit side by side). Two
 * lines of a paragraph are three when it has three (split after two, it leaves its last line
 * alone) or when the second ends inside a hyphenated word (no word is split across pages).
 */
const firstLines = (block: Block, n: number): number => {
  if (block.cells.length !== 1) return blockHeight(block);
  const lines = block.cells[0].lines;
  return lines.slice(0, n === 2 && (lines.length === 3 || lines[1]?.hyphenated) ? 3 : n).reduce((h, l) => h + l.height, 0);
};

/**
 * The room a short block (two lines at most) of a group needs when fewer than two lines of its
 * group follow it: itself and those lines, so that they never start a page alone (the last
 * source of a list, the last entry of an index). 0 when two lines or more follow, or none.
 */
function groupTail(blocks: Block[], i: number): number {
  const group = blocks[i].group;
  // A longer block splits between pages, its last lines going with what follows.
  if (group === undefined || blocks[i].cells.length !== 1 || blocks[i].cells[0].lines.length > 2) return 0;
  let lines = 0;
  let need = blocks[i].spaceBefore + blockHeight(blocks[i]);
  for (let k = i + 1; k < blocks.length && blocks[k].group === group; k++) {
    lines += blocks[k].cells.length === 1 ? blocks[k].cells[0].lines.length : 1;
    if (lines >= 2) return 0;
    need += blocks[k - 1].spaceAfter + blocks[k].spaceBefore + blockHeight(blocks[k]);
  }
  return lines ? need : 0;
}

export class Flow {
  readonly pages: Page[] = [];
  /** Where each destination (block dest or span anchor) landed. */
  readonly positions = new Map<string, Position>();
  private y = 0;
  private readonly bottom = PAGE.height - MARGIN.bottom;

  newPage(): void {
    this.pages.push({ fragments: [] });
    this.y = MARGIN.top;
  }

  add(blocks: Block[]): void {
    blocks.forEach((block, i) => this.place(block, this.keepRoom(blocks, i)));
  }

  private get atTop(): boolean {
    return this.y === MARGIN.top;
  }

  /**
   * The room a block needs at the foot of a page before it may start there: its first two
   * lines (no orphan); for a heading, itself, the headings right after it and the first two
   * lines of what follows them (no heading in a page's last two lines).
   */
  private keepRoom(blocks: Block[], i: number): number {
    let need = blocks[i].spaceBefore;
    let k = i;
    for (; k < blocks.length && blocks[k].keepWithNext; k++) need += (k > i ? blocks[k].spaceBefore : 0) + blockHeight(blocks[k]) + blocks[k].spaceAfter;
    if (k === i) return Math.max(need + firstLines(blocks[i], 2), groupTail(blocks, i));
    // What follows the headings goes with them as it would go alone (the end of a short list too).
    const headings = need;
    const following = k < blocks.length ? groupTail(blocks, k) : 0;
    // Two lines of what follows, from as many blocks as it takes (an index has one-line entries).
    for (let lines = 0; k < blocks.length && lines < 2; k++) {
      const b = blocks[k];
      // A block that keeps with its next (a table's header row) brings what it needs.
      if (b.keepWithNext) return Math.max(need + this.keepRoom(blocks, k), headings + following);
      const n = b.cells.length === 1 ? Math.min(2 - lines, b.cells[0].lines.length) : 2;
      lines += n;
      need += b.spaceBefore + firstLines(b, n) + (lines < 2 ? b.spaceAfter : 0);
    }
    return Math.max(need, headings + following);
  }

  private place(block: Block, need: number): void {
    if (!this.pages.length) this.newPage();
    if (this.y + need > this.bottom && !this.atTop) {
      this.newPage();
      // A table row that starts a page has its header row repeated above it (as a page artifact).
      if (block.header) this.place({ ...block.header, repeated: true, dest: undefined }, 0);
    } else if (!this.atTop) this.y += block.spaceBefore;

    const page = () => this.pages.length;
    let fragment: Fragment = { block, top: this.y, lines: [], first: true, last: false };
    this.pages[page() - 1].fragments.push(fragment);
    if (block.dest) this.mark(block.dest, this.y);
    if (block.cells.length === 1) {
      const cell = block.cells[0];
      const lines = cell.lines;
      for (let i = 0; i < lines.length; ) {
        // The lines that fit on this page (one at least).
        let n = 0;
        for (let y = this.y; i + n < lines.length && (n === 0 || y + lines[i + n].height <= this.bottom); n++) y += lines[i + n].height;
        // No widow: a paragraph that would leave its last line alone on the next page breaks a
        // line earlier, while two lines stay on this one. No word hyphenated across pages either.
        if (i + n === lines.length - 1 && n >= 3) n--;
        if (i + n < lines.length && lines[i + n - 1].hyphenated && n >= 3) n--;
        for (const line of lines.slice(i, i + n)) {
          fragment.lines.push({ line, cell, top: this.y });
          this.anchors(cell, line);
          this.y += line.height;
        }
        i += n;
        if (i < lines.length) {
          this.newPage();
          fragment = { block, top: this.y, lines: [], first: false, last: false };
          this.pages[page() - 1].fragments.push(fragment);
        }
      }
    } else {
      // Side-by-side cells move as one (the room check above counted the whole block).
      for (const cell of block.cells) {
        let top = this.y;
        for (const line of cell.lines) {
          fragment.lines.push({ line, cell, top });
          this.anchors(cell, line);
          top += line.height;
        }
      }
      this.y += blockHeight(block);
    }
    fragment.last = true;
    this.y += block.spaceAfter;
  }

  private anchors(cell: Cell, line: LaidLine): void {
    for (const run of line.runs) {
      for (const span of run.spans) {
        const anchor = cell.spans[span]?.anchor;
        if (anchor) this.mark(anchor, this.y);
      }
    }
  }

  private mark(name: string, top: number): void {
    if (!this.positions.has(name)) this.positions.set(name, { page: this.pages.length, top });
  }
}

export interface PageFurniture {
  documentLang: string;
  /** Running header: the title, laid out on one line (start side). */
  header: LaidLine | null;
  /** Footer line for a page number. */
  footer(page: number): LaidLine;
  /** A page number laid out at the end side of the text width (contents). */
  pageNumber(page: number): LaidLine;
}

export interface DocumentOptions {
  /** BCP 47 language of the document (/Lang, and dc:language in the XMP metadata). */
  lang: string;
  /** Pages turn right to left (an Arabic edition): /ViewerPreferences /Direction /R2L. */
  rightToLeft?: boolean;
  /** The document information dictionary. */
  info: PDFKit.DocumentInfo;
}

/** A tagged A4 document drawn by `draw`, as bytes. */
export async function writeDocument(options: DocumentOptions, draw: (writer: PageWriter) => void): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    size: 'A4',
    margin: 0,
    pdfVersion: '1.7',
    tagged: true,
    lang: options.lang,
    displayTitle: true,
    compress: true,
    // No default font: pdfkit would parse its Helvetica metrics for every document, and nothing is drawn in it.
    font: null as unknown as string,
    info: options.info,
    // PDF/UA-1: pdfkit adds pdfuaid:part to the XMP metadata.
    subset: 'PDF/UA',
  } as unknown as PDFKit.PDFDocumentOptions);
  doc.appendXML(`<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:language><rdf:Bag><rdf:li>${options.lang}</rdf:li></rdf:Bag></dc:language></rdf:Description>`);
  if (options.rightToLeft) (catalog(doc).data.ViewerPreferences as { data: Record<string, unknown> }).data.Direction = 'R2L';
  compressObjects(doc, DEFLATE_LEVEL);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  const writer = new PageWriter(doc);
  draw(writer);
  writer.finish();
  doc.end();
  await ended;
  return Buffer.concat(chunks);
}

/** Draw every page; `info` and the document options were set by the caller. */
export function drawPages(writer: PageWriter, flow: Flow, furniture: PageFurniture): void {
  const { doc } = writer;
  const lang = furniture.documentLang;
  const tagger = new Tagger(doc, lang);
  const outline: { depth: number; item: typeof doc.outline }[] = [];
  const options = (lineLang: string): DrawOptions => ({
    documentLang: lang,
    lang: lineLang,
    link: (draw, annotate, run) => tagger.link(draw, annotate, run),
    span: (spanLang, draw) => tagger.span(spanLang, draw),
    nestedEnded: () => tagger.restart(),
  });

  flow.pages.forEach((page, index) => {
    doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    for (const fragment of page.fragments) {
      const { block } = fragment;
      if (fragment.first && block.dest) doc.addNamedDestination(block.dest, 'XYZ', 0, fragment.top, null as unknown as number);
      if (fragment.first && block.outline) addOutline(doc, outline, block.outline, fragment.top);
      if (fragment.first && block.ruleAbove) tagger.artifact('Layout', () => rule(doc, block, fragment.top - 5));
      const drawLines = (cell?: Cell) => {
        for (const placed of fragment.lines) {
          if (cell && placed.cell !== cell) continue;
          const cellEnd = block.cells.length > 1 && placed.line === placed.cell.lines[placed.cell.lines.length - 1];
          const endSpace = cellEnd ? { nextFrom: Math.min(...block.cells.map((c) => c.x)) } : undefined;
          drawLine(writer, placed.line, placed.cell.x, placed.top, { ...options(placed.cell.lang), endSpace });
        }
      };
      if (block.repeated) {
        tagger.artifact('Pagination', () => drawLines());
        continue;
      }
      if (block.figure) {
        const art = block.figure;
        tagger.figure(block, art.alt, () => doc.image(Buffer.from(art.data), art.x, fragment.top, { width: art.width, height: art.height }));
        continue;
      }
      // A block with no text (a thematic break) is its rule only.
      if (!block.cells.length) continue;
      if (fragment.first && block.label && fragment.lines.length) {
        tagger.beginLabel(block);
        drawLine(writer, block.label.line, block.label.x, fragment.lines[0].top, options(lang));
        tagger.end();
      }

      if (block.cellTags) {
        block.cells.forEach((cell, i) => {
          tagger.begin(block, i);
          drawLines(cell);
          tagger.end();
        });
      } else {
        tagger.begin(block);
        drawLines();
        if (fragment.last && block.pageOf && fragment.lines.length) {
          const target = flow.positions.get(block.pageOf);
          const last = fragment.lines[fragment.lines.length - 1];
          if (target) drawLine(writer, furniture.pageNumber(target.page), MARGIN.side, last.top, options(lang));
        }
        tagger.end();
      }
    }
    tagger.artifact('Pagination', () => drawFurniture(writer, furniture, index + 1));
  });
  tagger.finish();
}

function addOutline(doc: Doc, stack: { depth: number; item: Doc['outline'] }[], entry: { title: string; depth: number }, top: number): void {
  while (stack.length && stack[stack.length - 1].depth >= entry.depth) stack.pop();
  const parent = stack.length ? stack[stack.length - 1].item : doc.outline;
  // pdfkit subtracts `left` from the page width: passing the width gives a left edge of 0.
  const item = parent.addItem(entry.title, { top, left: PAGE.width } as never) as unknown as Doc['outline'];
  stack.push({ depth: entry.depth, item });
}

function rule(doc: Doc, block: Block, y: number): void {
  const xs = block.cells.length ? block.cells.map((c) => [c.x, c.x + c.width]).flat() : [MARGIN.side, MARGIN.side + TEXT_WIDTH];
  doc.save();
  doc.moveTo(Math.min(...xs), y).lineTo(Math.max(...xs), y).lineWidth(0.5).strokeColor('#999999').stroke();
  doc.restore();
}

/** Running header and footer (from page 2: the cover has neither). */
function drawFurniture(writer: PageWriter, furniture: PageFurniture, page: number): void {
  const { doc } = writer;
  if (page === 1) return;
  const options = { documentLang: furniture.documentLang, lang: furniture.documentLang };
  if (furniture.header) {
    drawLine(writer, furniture.header, MARGIN.side, 36, options);
    doc.save();
    doc.moveTo(MARGIN.side, 36 + furniture.header.height + 3).lineTo(MARGIN.side + TEXT_WIDTH, 36 + furniture.header.height + 3).lineWidth(0.4).strokeColor(MUTED).stroke();
    doc.restore();
  }
  drawLine(writer, furniture.footer(page), MARGIN.side, PAGE.height - 46, options);
}
