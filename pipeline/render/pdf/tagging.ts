/**
 * The tag tree of an edition (PDF/UA-1): which structure element each piece of
 * drawn content belongs to.
 *
 * A block names its ancestors (a list item's L, LI and LBody; a table row's
 * Table) and its own type; a row of cells gives each cell an element of its own
 * (TH with a column scope, or TD). Elements are made as their first content is
 * drawn, so the tree follows reading order. An element whose text is Arabic
 * carries that text in logical order as /ActualText (what assistive technology
 * reads), and one whose language is not the document's carries /Lang. A link is
 * a Link element holding its text and its annotation (OBJR). Page furniture and
 * repeated table headers are artifacts.
 */
import type { Block, StructTag } from './blocks.js';
import type { PDFDocument } from './internals.js';
import type { PlacedRun } from './layout.js';

/** What the tagger uses of pdfkit's PDFStructureElement. */
interface StructElement {
  add(child: unknown): StructElement;
  end(): void;
  dictionary: { data: Record<string, unknown> };
}

/** Characters that carry no text of their own (bidi isolates, joiners): not part of /ActualText. */
const FORMAT = /[\u200d\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069\u2028]/gu;
const ARABIC = /\p{Script=Arabic}/u;

export class Tagger {
  private readonly root: StructElement;
  private readonly byKey = new Map<string, StructElement>();
  private readonly byBlock = new Map<Block, StructElement[]>();
  /** The element whose marked content is open, and the content. */
  private open?: { element: StructElement; tag: StructTag; content: unknown };

  constructor(
    private readonly doc: PDFDocument,
    private readonly documentLang: string,
  ) {
    this.root = doc.struct('Document') as unknown as StructElement;
    doc.addStructure(this.root as never);
  }

  private element(tag: StructTag, options: { lang?: string; actual?: string; scope?: string; id?: string }, parent: StructElement): StructElement {
    const made = this.doc.struct(tag, { lang: options.lang, actual: options.actual, scope: options.scope } as never) as unknown as StructElement;
    if (options.id) made.dictionary.data.ID = new String(options.id);
    parent.add(made);
    return made;
  }

  /** The elements a block sits in, made as needed, down to the one at `depth` (or all); the innermost. */
  private ancestors(block: Block, depth = (block.path ?? []).length - 1): StructElement {
    let parent = this.root;
    for (const node of (block.path ?? []).slice(0, depth + 1)) {
      let found = this.byKey.get(node.key);
      if (!found) this.byKey.set(node.key, (found = this.element(node.tag, {}, parent)));
      parent = found;
    }
    return parent;
  }

  /** The element of a block (for a row, of cell `cell`), made with its ancestors when first drawn. */
  private elementOf(block: Block, cell: number | undefined): StructElement {
    let mine = this.byBlock.get(block);
    if (!mine) {
      const parent = this.ancestors(block);
      const single = block.cells.length === 1 ? this.textOptions(block, 0) : {};
      mine = [this.element(block.tag, { ...single, id: block.id }, parent)];
      this.byBlock.set(block, mine);
    }
    if (cell === undefined || !block.cellTags) return mine[0];
    let own = mine[cell + 1];
    if (!own) {
      const tag = block.cellTags[cell];
      own = mine[cell + 1] = this.element(tag, { ...this.textOptions(block, cell), scope: tag === 'TH' ? 'Column' : undefined }, mine[0]);
    }
    return own;
  }

  /** /Lang when a cell's language is not the document's; /ActualText when its text is Arabic. */
  private textOptions(block: Block, cell: number): { lang?: string; actual?: string } {
    const c = block.cells[cell];
    if (!c) return {};
    const text = c.spans.map((s) => s.text).join('');
    return {
      lang: c.lang !== this.documentLang ? c.lang : undefined,
      actual: ARABIC.test(text) ? text.replace(FORMAT, (ch) => (ch === '\u2028' ? ' ' : '')) : undefined,
    };
  }

  /** Open the marked content of a block (or one of its cells); `tag` overrides the element's tag (a label). */
  begin(block: Block, cell?: number): void {
    const element = this.elementOf(block, cell);
    const tag = (cell !== undefined && block.cellTags?.[cell]) || block.tag;
    this.start(element, tag);
  }

  /** Open the marked content of a list item's label (Lbl, in the item's LI, before its body). */
  beginLabel(block: Block): void {
    const depth = (block.path ?? []).findLastIndex((n) => n.tag === 'LI');
    const parent = this.ancestors(block, depth);
    const key = `${block.path?.[depth]?.key ?? ''}:label`;
    let label = this.byKey.get(key);
    if (!label) this.byKey.set(key, (label = this.element('Lbl', {}, parent)));
    this.start(label, 'Lbl');
  }

  private start(element: StructElement, tag: StructTag): void {
    this.open = { element, tag, content: this.doc.markStructureContent(tag) };
  }

  end(): void {
    if (!this.open) return;
    this.doc.endMarkedContent();
    this.open.element.add(this.open.content);
    this.open = undefined;
  }

  /**
   * Draw a linked run inside a Link element of the open element, with its annotation
   * (`annotate` makes it, given the Link element as its structure parent).
   */
  link(draw: () => void, annotate: (structParent: unknown, contents: string) => void, run: PlacedRun): void {
    const outer = this.open;
    if (!outer) {
      draw();
      return;
    }
    this.end();
    const link = this.element('Link', {}, outer.element);
    this.start(link, 'Link');
    draw();
    this.end();
    annotate(link, run.text.replace(FORMAT, ''));
    link.end();
    this.start(outer.element, outer.tag);
  }

  /**
   * Draw a run in another language than its element's inside a Span element with /Lang (a
   * structure element, not marked content nested in the element's: poppler's tag-tree reader
   * loses the rest of an element's text after a nested marked-content sequence).
   */
  span(lang: string, draw: () => void): void {
    const outer = this.open;
    if (!outer) {
      draw();
      return;
    }
    this.end();
    const span = this.element('Span', { lang }, outer.element);
    this.start(span, 'Span');
    draw();
    this.end();
    span.end();
    this.start(outer.element, outer.tag);
  }

  /**
   * End the open marked content and open it again, after a sequence nested in it has ended:
   * poppler's tag-tree reader reads nothing more of a sequence after one nested in it (see `span`).
   */
  restart(): void {
    const outer = this.open;
    if (!outer) return;
    this.end();
    this.start(outer.element, outer.tag);
  }

  /** Draw an image as a Figure element with its description as /Alt (an image without one is decoration: an artifact). */
  figure(block: Block, alt: string, draw: () => void): void {
    if (!alt) {
      this.artifact('Layout', draw);
      return;
    }
    const element = this.doc.struct('Figure', { alt } as never) as unknown as StructElement;
    this.ancestors(block).add(element);
    this.start(element, 'Figure');
    draw();
    this.end();
    element.end();
  }

  /** Draw page furniture (headers, rules, repeated headers) as an artifact. */
  artifact(type: 'Pagination' | 'Layout', draw: () => void): void {
    this.doc.markContent('Artifact', { type });
    draw();
    this.doc.endMarkedContent();
  }

  finish(): void {
    this.root.end();
  }
}
