/**
 * The Paper as blocks: masthead, contents, body, sources, glossary, index of names.
 *
 * Every label comes from the edition's common.json through `t`; numbers are
 * written with the edition's digits. The index of names needs the pages its
 * mentions fell on, so it is built after the body has been paginated.
 */
import type { BlockContent, Image, List, ListItem, Paragraph, PhrasingContent, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { TFunction } from 'i18next';
import type { Citation, Entity, EntityType, Figure, Lang, Paper, Section } from '../../model/paper.js';
import { formatDate, intlLocale } from '../format.js';
import type { Direction } from './bidi.js';
import { plain, textCell, type Block, type Cell, type StructNode, type StructTag, type TextSpec } from './blocks.js';
import { destination, glossaryDestination, inlineSpans, LINK_COLOR, sourceDestination, type AnchoredSpan, type InlineContext } from './inline.js';
import type { InlineStyle } from './layout.js';
import { isExternalUrl } from '../../text/url-policy.js';

export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = { top: 76, bottom: 72, side: 68 };
export const TEXT_WIDTH = PAGE.width - 2 * MARGIN.side;
export const ACCENT = '#7a1f2b';
export const MUTED = '#555555';

const BODY: InlineStyle = { bold: false, italic: false, size: 10.5 };
const LEADING = 1.55;
const HEADING_SIZES = [20, 15.5, 12.5, 11, 10.5, 10.5];

/** Back-matter destinations and their contents entries. */
export const BACK = { sources: 'back-sources', glossary: 'back-glossary', names: 'back-names' } as const;

export interface EditionText {
  lang: Lang;
  t: TFunction;
  dir: Direction;
  /** Told of each character no embedded face has. */
  missing?: TextSpec['missing'];
  /** The bytes of a figure of the paper by its `src`; null when unreadable. */
  figure?(src: string): Uint8Array | null;
  /** Told of each figure the PDF cannot show (a GIF, WebP or SVG file). */
  unshown?(figure: Figure, place: { line: number; column: number } | undefined): void;
}

/** Image pixels as CSS reads them (96 a inch), in pt: an image is printed at the size a browser shows it, or smaller. */
const PT_PER_PX = 0.75;
/** A figure leaves room for its caption and a few lines on its page. */
const MAX_FIGURE_HEIGHT = (PAGE.height - MARGIN.top - MARGIN.bottom) * 0.6;

export class ContentBuilder {
  readonly inline: InlineContext;
  private readonly citations: Map<string, Citation>;
  private readonly figures: Map<string, Figure>;
  private readonly numbers: Intl.NumberFormat;
  /** Numbers as written, by value: page numbers recur through the contents, the index and every footer. */
  private readonly written = new Map<number, string>();
  /** Between the page numbers of an index entry: looked up once, entries are many. */
  private listSeparator?: string;
  /** Keys of the lists, quotes and tables of the body, in order. */
  private groups = 0;

  constructor(
    private readonly paper: Paper,
    private readonly edition: EditionText,
  ) {
    this.citations = new Map(paper.citations.map((c) => [c.id, c]));
    this.figures = new Map((paper.figures ?? []).map((f) => [f.src, f]));
    // One formatter for the edition: building an Intl.NumberFormat is slow, and page numbers are many.
    this.numbers = new Intl.NumberFormat(intlLocale(edition.lang, edition.t), { useGrouping: false });
    this.inline = { citations: this.citations, number: (n) => this.number(n), lang: edition.lang };
  }

  /** A number with the edition's digits (numbers.digits in common.json). */
  number(n: number): string {
    let written = this.written.get(n);
    if (written === undefined) this.written.set(n, (written = this.numbers.format(n)));
    return written;
  }

  private cell(spans: AnchoredSpan[], options: { x?: number; width?: number; align?: 'start' | 'end' | 'center' | 'justify'; lang?: Lang; leading?: number } = {}): Cell {
    const lang = options.lang ?? this.edition.lang;
    return textCell({
      spans,
      x: options.x ?? MARGIN.side,
      width: options.width ?? TEXT_WIDTH,
      lang,
      direction: lang === 'ar' ? 'rtl' : 'ltr',
      align: options.align ?? 'start',
      leading: options.leading ?? LEADING,
      missing: this.edition.missing,
    });
  }

  private heading(text: string, depth: number, dest: string, outline: boolean): Block {
    const size = HEADING_SIZES[Math.min(depth, 6) - 1];
    const spans = plain(text, { ...BODY, bold: true, italic: depth >= 4, size, color: depth <= 3 ? ACCENT : undefined });
    return {
      cells: [this.cell(spans, { leading: 1.3 })],
      tag: `H${Math.min(depth, 6)}` as StructTag,
      spaceBefore: size * 1.1,
      spaceAfter: size * 0.45,
      keepWithNext: true,
      dest,
      outline: outline ? { title: text, depth } : undefined,
    };
  }

  /** First page: publisher in both languages, document type, title, date, authors, summary, contact. */
  masthead(): Block[] {
    const { meta } = this.paper;
    const { t, lang } = this.edition;
    const half = (TEXT_WIDTH - 24) / 2;
    const small: InlineStyle = { ...BODY, size: 10, color: MUTED };
    // English on the left, Arabic on the right, in both editions: each name in its own script's place.
    const publisher: Block = {
      cells: [
        this.cell(plain(meta.publisher.name.en, { ...small, bold: true }), { width: half, lang: 'en' }),
        this.cell(plain(meta.publisher.name.ar, { ...small, bold: true }), { x: MARGIN.side + half + 24, width: half, lang: 'ar' }),
      ],
      tag: 'Div',
      cellTags: ['P', 'P'],
      spaceBefore: 0,
      spaceAfter: 28,
    };
    const list = new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' });
    const blocks: Block[] = [
      publisher,
      { cells: [this.cell(plain(meta.type, { ...BODY, size: 12, bold: true, color: ACCENT }))], tag: 'P', spaceBefore: 0, spaceAfter: 8, ruleAbove: true },
      { cells: [this.cell(plain(meta.title, { ...BODY, size: 24, bold: true }), { leading: 1.25 })], tag: 'H1', spaceBefore: 4, spaceAfter: 10 },
    ];
    if (meta.subtitle) blocks.push({ cells: [this.cell(plain(meta.subtitle, { ...BODY, size: 14, italic: true }))], tag: 'P', spaceBefore: 0, spaceAfter: 10 });
    blocks.push({ cells: [this.cell(plain(t('paper.published', { date: formatDate(meta.date, lang, t) }), { ...BODY, size: 11 }))], tag: 'P', spaceBefore: 6, spaceAfter: 4 });
    if (meta.authors?.length) {
      blocks.push({ cells: [this.cell(plain(t('paper.by', { authors: list.format(meta.authors) }), { ...BODY, size: 11, italic: true }))], tag: 'P', spaceBefore: 0, spaceAfter: 4 });
    }
    // The site and the e-mail address are live links (only http, https and mailto: url-policy.ts).
    const contactStyle: InlineStyle = { ...small, size: 9.5 };
    const email = meta.publisher.contact?.email;
    const contact: AnchoredSpan[] = [
      ...(meta.publisher.site ? [{ text: meta.publisher.site, href: meta.publisher.site }] : []),
      ...(email ? [{ text: email, href: `mailto:${email}` }] : []),
      ...(meta.publisher.contact?.social ?? []).map((text) => ({ text, href: '' })),
    ].flatMap(({ text, href }, i): AnchoredSpan[] => [
      // En spaces around the dot: the room of two spaces, read back as one.
      ...(i ? [{ text: '\u2002·\u2002', style: contactStyle }] : []),
      { text, style: isExternalUrl(href) ? { ...contactStyle, link: href, color: LINK_COLOR } : contactStyle },
    ]);
    if (contact.length) blocks.push({ cells: [this.cell(contact)], tag: 'P', spaceBefore: 2, spaceAfter: 0 });
    if (meta.summary) {
      blocks.push(this.heading(t('paper.summary'), 2, 'summary', false));
      blocks.push({ cells: [this.cell(plain(meta.summary, BODY), { align: 'justify' })], tag: 'P', spaceBefore: 0, spaceAfter: 6 });
    }
    return blocks;
  }

  /** The contents: one entry per section (two levels) and per back-matter part, page numbers filled in when drawn. */
  contents(back: { title: string; dest: string }[]): Block[] {
    const blocks: Block[] = [this.heading(this.edition.t('paper.contents'), 2, 'contents', true)];
    blocks[0].spaceBefore = 30;
    const entry = (title: string, dest: string, depth: number): Block => {
      const indent = (depth - 2) * 16;
      const rtl = this.edition.dir === 'rtl';
      const width = TEXT_WIDTH - indent - 40;
      const spans = plain(title, { ...BODY, size: depth <= 2 ? 10.5 : 10, bold: depth <= 2, goTo: dest });
      return {
        cells: [this.cell(spans, { x: MARGIN.side + (rtl ? 40 : indent), width, leading: 1.4 })],
        tag: 'TOCI',
        path: [{ tag: 'TOC', key: 'contents' }],
        spaceBefore: depth <= 2 ? 5 : 1,
        spaceAfter: 0,
        pageOf: dest,
      };
    };
    const walk = (sections: Section[]) => {
      for (const s of sections) {
        if (s.depth > 3) continue;
        blocks.push(entry(s.title, destination(s.id), s.depth));
        walk(s.children);
      }
    };
    walk(this.paper.outline);
    for (const b of back) blocks.push(entry(b.title, b.dest, 2));
    return blocks;
  }

  body(): Block[] {
    const blocks: Block[] = [];
    for (const node of this.paper.body.children) blocks.push(...this.block(node, 0));
    return blocks;
  }

  private block(node: RootContent, indent: number, marker?: string, path: StructNode[] = []): Block[] {
    const x = MARGIN.side + (this.edition.dir === 'ltr' ? indent : 0);
    const width = TEXT_WIDTH - indent;
    switch (node.type) {
      case 'heading': {
        const id = node.data?.id ?? `h-${node.position?.start.line ?? 0}`;
        const heading = this.heading(toString(node).trim(), node.depth, destination(id), true);
        heading.cells = [this.cell(inlineSpans(node.children, heading.cells[0].spans[0].style, this.inline))];
        return [heading];
      }
      case 'paragraph': {
        const figure = node.data?.alone ? this.figure(node, x, width, path) : null;
        if (figure) return figure;
        const spans = inlineSpans(node.children, BODY, this.inline);
        if (!spans.length) return [];
        const block: Block = { cells: [this.cell(spans, { x, width, align: 'justify' })], tag: 'P', path, spaceBefore: 0, spaceAfter: 7 };
        if (marker) block.label = this.label(marker, indent);
        return [block];
      }
      case 'list':
        return this.list(node, indent, path);
      case 'blockquote': {
        const quote = [...path, { tag: 'BlockQuote' as const, key: `quote-${this.groups++}` }];
        return node.children.flatMap((c) => this.block(c, indent + 22, undefined, quote));
      }
      case 'code':
        return [{ cells: [this.cell(plain(node.value, { ...BODY, size: 9 }), { x, width, lang: 'en' })], tag: 'Code', path, spaceBefore: 2, spaceAfter: 8 }];
      case 'thematicBreak':
        return [{ cells: [], tag: 'P', spaceBefore: 6, spaceAfter: 12, ruleAbove: true }];
      case 'table':
        return this.table(node, x, width, path);
      default:
        // Footnote definitions are listed among the sources; front matter and raw HTML are not printed.
        return [];
    }
  }

  /** A paragraph that is only an image: the image at its size (at most the column's width), then its caption; null when the PDF cannot show it. */
  private figure(node: Paragraph, x: number, width: number, path: StructNode[]): Block[] | null {
    const image = node.children.find((c): c is Image => c.type === 'image');
    const figure = image?.data?.figure ? this.figures.get(image.data.figure) : undefined;
    if (!image || !figure) return null;
    if (figure.format !== 'png' && figure.format !== 'jpeg') {
      this.edition.unshown?.(figure, image.position?.start);
      return null;
    }
    // Unreadable now (gone since the paper was read): the build reports it and publishes nothing.
    const data = this.edition.figure?.(figure.src);
    if (!data) return null;
    const scale = Math.min(PT_PER_PX, width / figure.width, MAX_FIGURE_HEIGHT / figure.height);
    const [w, h] = [figure.width * scale, figure.height * scale];
    const caption = image.title?.trim() || image.alt?.trim() || '';
    const art: Block = { cells: [], tag: 'Figure', path, spaceBefore: 6, spaceAfter: 6, figure: { data, x: x + (width - w) / 2, width: w, height: h, alt: image.alt?.trim() || caption } };
    if (!caption) return [art];
    art.keepWithNext = true;
    return [art, { cells: [this.cell(plain(caption, { ...BODY, size: 9.5, italic: true, color: MUTED }), { x, width, align: 'center' })], tag: 'Caption', path, spaceBefore: 0, spaceAfter: 10 }];
  }

  private label(text: string, indent: number): Block['label'] {
    const cell = this.cell(plain(text, BODY), { width: 18, align: 'end' });
    const rtl = this.edition.dir === 'rtl';
    const x = rtl ? MARGIN.side + TEXT_WIDTH - indent + 4 : MARGIN.side + indent - 22;
    return { line: cell.lines[0], x };
  }

  /** A list (L): each item an LI with its label (Lbl) and body (LBody) holding the item's blocks. */
  private list(node: List, indent: number, path: StructNode[]): Block[] {
    const inner = indent + 22;
    const list = `list-${this.groups++}`;
    const blocks = node.children.flatMap((item: ListItem, i) => {
      const marker = node.ordered ? `${this.number((node.start ?? 1) + i)}.` : '•';
      const itemPath: StructNode[] = [...path, { tag: 'L', key: list }, { tag: 'LI', key: `${list}-${i}` }, { tag: 'LBody', key: `${list}-${i}-body` }];
      return item.children.flatMap((child: BlockContent | RootContent, k) => this.block(child as RootContent, inner, k === 0 ? marker : undefined, itemPath));
    });
    // A nested list's blocks keep their own group.
    for (const block of blocks) block.group ??= list;
    return blocks;
  }

  /** A table (Table, TR, TH/TD) as rows of equal-width cells; each row moves to the next page whole. */
  private table(node: Table, x: number, width: number, path: StructNode[]): Block[] {
    const table = [...path, { tag: 'Table' as const, key: `table-${this.groups++}` }];
    const columns = Math.max(1, ...node.children.map((r) => r.children.length));
    const gap = 10;
    const cellWidth = (width - gap * (columns - 1)) / columns;
    const rtl = this.edition.dir === 'rtl';
    const rows = node.children.map((row, r): Block => ({
      cells: row.children.map((c, i) => {
        const column = rtl ? columns - 1 - i : i;
        const style = { ...BODY, size: 9.5, bold: r === 0 };
        return this.cell(inlineSpans(c.children as PhrasingContent[], style, this.inline), { x: x + column * (cellWidth + gap), width: cellWidth, leading: 1.35 });
      }),
      tag: 'TR' as const,
      path: table,
      cellTags: row.children.map((): StructTag => (r === 0 ? 'TH' : 'TD')),
      // The rule above the header row keeps clear of the descenders of the text before the table
      // (Arabic reaches deep below its line), and the last row of what follows it (a source note).
      spaceBefore: r === 0 ? 6 : 0,
      spaceAfter: r === node.children.length - 1 ? 10 : 4,
      ruleAbove: r <= 1,
    }));
    for (const row of rows.slice(1)) row.header = rows[0];
    // The header row never ends a page: it goes with the first row.
    if (rows.length > 1) rows[0].keepWithNext = true;
    return rows;
  }

  /** The numbered list of sources (links and notes of the text). */
  sources(): Block[] {
    if (!this.paper.citations.length) return [];
    const { t } = this.edition;
    const blocks: Block[] = [this.heading(t('paper.sources'), 2, BACK.sources, true)];
    for (const c of [...this.paper.citations].sort((a, b) => a.number - b.number)) {
      const small: InlineStyle = { ...BODY, size: 9.5 };
      const spans: AnchoredSpan[] = [{ text: c.text, style: { ...small, italic: c.kind === 'link' } }];
      if (c.placeholder) spans.push({ text: ` — ${t('paper.noTarget')}`, style: { ...small, color: MUTED } });
      else if (c.href && c.href !== c.text) spans.push({ text: ': ', style: small }, { text: c.href, style: { ...small, link: isExternalUrl(c.href) ? c.href : undefined, color: LINK_COLOR } });
      // A list of sources: each an LI with its number (Lbl) and its text (LBody); a footnote's text is a Note.
      const item = `source-${c.number}`;
      const path: StructNode[] = [{ tag: 'L', key: 'sources' }, { tag: 'LI', key: item }, { tag: 'LBody', key: `${item}-body` }];
      const block: Block = {
        cells: [this.cell(spans, { x: this.edition.dir === 'ltr' ? MARGIN.side + 24 : MARGIN.side, width: TEXT_WIDTH - 24, leading: 1.4 })],
        tag: c.kind === 'footnote' ? 'Note' : 'P',
        id: c.kind === 'footnote' ? `note-${c.number}` : undefined,
        path,
        spaceBefore: 0,
        spaceAfter: 4,
        dest: sourceDestination(c),
        group: 'sources',
      };
      block.label = this.label(`${this.number(c.number)}.`, 24);
      blocks.push(block);
    }
    return blocks;
  }

  /** The glossary in two columns, English | Arabic, in both editions. */
  glossary(): Block[] {
    if (!this.paper.glossary.length) return [];
    const { t } = this.edition;
    const half = (TEXT_WIDTH - 20) / 2;
    const column = (lang: Lang, spans: AnchoredSpan[], align?: 'end') => this.cell(spans, { x: lang === 'en' ? MARGIN.side : MARGIN.side + half + 20, width: half, lang, leading: 1.4, align });
    const table: StructNode[] = [{ tag: 'Table', key: 'glossary' }];
    // A column's heading is in the edition's language: over the other language's column it runs the
    // other way, and its end side is the column's start side, where the entries are aligned.
    const heading = (lang: Lang, key: string) => column(lang, plain(t(key), { ...BODY, bold: true, color: ACCENT }), lang === this.edition.lang ? undefined : 'end');
    const head: Block = {
      cells: [heading('en', 'glossaryTable.english'), heading('ar', 'glossaryTable.arabic')],
      tag: 'TR',
      path: table,
      cellTags: ['TH', 'TH'],
      spaceBefore: 0,
      spaceAfter: 4,
      keepWithNext: true,
    };
    const collator = new Intl.Collator(this.edition.lang);
    const entries = [...this.paper.glossary].sort((a, b) => collator.compare(a.term[this.edition.lang], b.term[this.edition.lang]) || a.id.localeCompare(b.id));
    const rows = entries.map((g): Block => {
      const term = (lang: Lang): AnchoredSpan[] => [
        { text: g.term[lang], style: { ...BODY, size: 10, bold: true } },
        ...(lang === 'en' && g.transliteration ? [{ text: ` (${g.transliteration})`, style: { ...BODY, size: 9.5, italic: true } }] : []),
        { text: '\u2028', style: { ...BODY, size: 9.5 } },
        { text: g.definition[lang], style: { ...BODY, size: 9.5, color: MUTED } },
      ];
      return { cells: [column('en', term('en')), column('ar', term('ar'))], tag: 'TR', path: table, cellTags: ['TD', 'TD'], spaceBefore: 0, spaceAfter: 7, dest: glossaryDestination(g.id), ruleAbove: true, header: head };
    });
    return [this.heading(t('paper.glossary'), 2, BACK.glossary, true), head, ...rows];
  }

  /** People, organizations and places with the pages they are mentioned on. */
  names(pageOf: (anchor: string) => number | undefined): Block[] {
    const types: EntityType[] = ['person', 'organization', 'place'];
    const { t, lang } = this.edition;
    const collator = new Intl.Collator(lang);
    const other: Lang = lang === 'en' ? 'ar' : 'en';
    const blocks: Block[] = [];
    for (const type of types) {
      const members = this.paper.entities.filter((e) => e.type === type).sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
      if (!members.length) continue;
      blocks.push(this.heading(t(`entityType.${type}`), 3, `names-${type}`, true));
      for (const e of members) blocks.push({ ...this.nameEntry(e, other, pageOf), group: `names-${type}` });
    }
    if (!blocks.length) return [];
    return [this.heading(t('paper.indexOfNames'), 2, BACK.names, true), ...blocks];
  }

  private nameEntry(e: Entity, other: Lang, pageOf: (anchor: string) => number | undefined): Block {
    const style: InlineStyle = { ...BODY, size: 10 };
    const spans: AnchoredSpan[] = [{ text: e.name, style }];
    const otherName = e.names[other];
    // The other-language name is a bidi isolate (FSI … PDI): without it the page numbers after
    // an Arabic name would count as Arabic numbers and run right to left.
    if (otherName && otherName !== e.name) spans.push({ text: ' (', style }, { text: `\u2068${otherName}\u2069`, style: { ...style, lang: other } }, { text: ')', style });
    // One reference per page, leading to the first mention on it.
    const pages = new Map<number, string>();
    for (const m of [...e.mentions].sort((a, b) => a.start - b.start)) {
      const page = m.anchor ? pageOf(m.anchor) : undefined;
      if (page !== undefined && m.anchor && !pages.has(page)) pages.set(page, m.anchor);
    }
    const separator = (this.listSeparator ??= this.edition.t('paper.listSeparator'));
    [...pages].forEach(([page, anchor], i) => {
      spans.push({ text: i ? separator : ':\u00a0', style }, { text: this.number(page), style: { ...style, goTo: destination(anchor), color: LINK_COLOR } });
    });
    return { cells: [this.cell(spans, { leading: 1.4 })], tag: 'P', spaceBefore: 0, spaceAfter: 2 };
  }
}
