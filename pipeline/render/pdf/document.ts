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
import { blockHeight, cellHeight } from './blocks.js';
import { MARGIN, MUTED, PAGE, TEXT_WIDTH } from './content.js';
import { drawLine, PageWriter } from './draw.js';
import { deflateStreams, type PDFDocument as Doc } from './internals.js';
import type { LaidLine } from './layout.js';

/**
 * Streams are deflated at zlib level 4 rather than pdfkit's 6: measured on the sample's
 * streams (both editions, 0.9 MB), level 6 took 20.5 ms and gave 216 KB, level 4 9.9 ms and
 * 228 KB (+5.5 %), level 1 7.3 ms and 252 KB (+16 %).
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

const firstLines = (block: Block, n: number): number =>
  block.cells.length === 1 ? block.cells[0].lines.slice(0, n).reduce((h, l) => h + l.height, 0) : blockHeight(block);

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
    blocks.forEach((block, i) => this.place(block, blocks[i + 1]));
  }

  private get atTop(): boolean {
    return this.y === MARGIN.top;
  }

  private place(block: Block, next: Block | undefined): void {
    if (!this.pages.length) this.newPage();
    // Room for the block's first two lines (no orphan), or for a heading and two lines of what follows.
    let need = block.spaceBefore + firstLines(block, 2);
    if (block.keepWithNext && next) need = block.spaceBefore + blockHeight(block) + next.spaceBefore + firstLines(next, 2);
    if (this.y + need > this.bottom && !this.atTop) this.newPage();
    else if (!this.atTop) this.y += block.spaceBefore;

    const page = () => this.pages.length;
    let fragment: Fragment = { block, top: this.y, lines: [], first: true, last: false };
    this.pages[page() - 1].fragments.push(fragment);
    if (block.dest) this.mark(block.dest, this.y);
    if (block.cells.length === 1) {
      const cell = block.cells[0];
      for (const line of cell.lines) {
        if (this.y + line.height > this.bottom && fragment.lines.length) {
          this.newPage();
          fragment = { block, top: this.y, lines: [], first: false, last: false };
          this.pages[page() - 1].fragments.push(fragment);
        }
        fragment.lines.push({ line, cell, top: this.y });
        this.anchors(cell, line);
        this.y += line.height;
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
      this.y += Math.max(0, ...block.cells.map(cellHeight));
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

interface StructElement {
  add(child: unknown): StructElement;
  end(): void;
}

export interface DocumentOptions {
  /** BCP 47 language of the document (/Lang). */
  lang: string;
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
  });
  deflateStreams(doc, DEFLATE_LEVEL);
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
  const docStruct = doc.struct('Document') as unknown as StructElement;
  doc.addStructure(docStruct as never);
  const elements = new Map<Block, StructElement>();
  const outline: { depth: number; item: typeof doc.outline }[] = [];
  const lang = furniture.documentLang;

  flow.pages.forEach((page, index) => {
    doc.addPage({ size: [PAGE.width, PAGE.height], margin: 0 });
    for (const fragment of page.fragments) {
      const { block } = fragment;
      let element = elements.get(block);
      if (!element) {
        element = doc.struct(block.tag) as unknown as StructElement;
        docStruct.add(element);
        elements.set(block, element);
      }
      if (fragment.first && block.dest) doc.addNamedDestination(block.dest, 'XYZ', 0, fragment.top, null as unknown as number);
      if (fragment.first && block.outline) addOutline(doc, outline, block.outline, fragment.top);
      if (fragment.first && block.ruleAbove) rule(doc, block, fragment.top - 5);
      const content = doc.markStructureContent(block.tag);
      for (const placed of fragment.lines) {
        drawLine(writer, placed.line, placed.cell.x, placed.top, { documentLang: lang, lang: placed.cell.lang });
      }
      if (fragment.first && block.label && fragment.lines.length) {
        drawLine(writer, block.label.line, block.label.x, fragment.lines[0].top, { documentLang: lang, lang });
      }
      if (fragment.last && block.pageOf && fragment.lines.length) {
        const target = flow.positions.get(block.pageOf);
        const last = fragment.lines[fragment.lines.length - 1];
        if (target) drawLine(writer, furniture.pageNumber(target.page), MARGIN.side, last.top, { documentLang: lang, lang });
      }
      doc.endMarkedContent();
      element.add(content);
      if (fragment.last) element.end();
    }
    drawFurniture(writer, furniture, index + 1);
  });
  docStruct.end();
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
  doc.markContent('Artifact', { type: 'Layout' });
  doc.moveTo(Math.min(...xs), y).lineTo(Math.max(...xs), y).lineWidth(0.5).strokeColor('#999999').stroke();
  doc.endMarkedContent();
  doc.restore();
}

/** Running header (from page 2) and footer, marked as pagination artifacts. */
function drawFurniture(writer: PageWriter, furniture: PageFurniture, page: number): void {
  const { doc } = writer;
  doc.markContent('Artifact', { type: 'Pagination' });
  if (page > 1 && furniture.header) {
    drawLine(writer, furniture.header, MARGIN.side, 36, { documentLang: furniture.documentLang, lang: furniture.documentLang });
    doc.save();
    doc.moveTo(MARGIN.side, 36 + furniture.header.height + 3).lineTo(MARGIN.side + TEXT_WIDTH, 36 + furniture.header.height + 3).lineWidth(0.4).strokeColor(MUTED).stroke();
    doc.restore();
  }
  drawLine(writer, furniture.footer(page), MARGIN.side, PAGE.height - 46, { documentLang: furniture.documentLang, lang: furniture.documentLang });
  doc.endMarkedContent();
}
