/**
 * The PDF editions (docs/pdf.md): A4, tagged, fonts embedded as subsets, text
 * laid out here (bidi, line breaking, shaping) and written with pdfkit.
 */
import { phrase } from '../../i18n/index.js';
import type { Paper } from '../../model/paper.js';
import type { EditionRenderer, RenderContext } from '../context.js';
import { plain, textCell } from './blocks.js';
import { BACK, ContentBuilder, MARGIN, MUTED, TEXT_WIDTH, type EditionText } from './content.js';
import { drawPages, Flow, writeDocument, type PageFurniture } from './document.js';
import { missingGlyphMessage } from './itemize.js';
import type { LaidLine } from './layout.js';
import { Rules } from '../../model/rules.js';

export { preloadPdf } from './preload.js';

/** An edition laid out on pages, before anything is drawn. */
export interface LaidEdition {
  flow: Flow;
  content: ContentBuilder;
}

/** Lay out one edition's pages: what `renderPdf` draws (tests measure the layout through it). */
export function layoutPdf(paper: Paper, ctx: RenderContext): LaidEdition {
  // Each character no face has is reported once per place (a paragraph may be laid out more than once).
  const reported = new Set<string>();
  const missing: EditionText['missing'] = (codePoint, place) => {
    const key = `${codePoint}@${place?.line}:${place?.column}`;
    if (reported.has(key)) return;
    reported.add(key);
    ctx.warn?.(Rules.pdfMissingGlyph, missingGlyphMessage(codePoint), place);
  };
  const unshown: EditionText['unshown'] = (figure, place) =>
    ctx.warn?.(Rules.figurePdf, `Image ${figure.src} is a ${figure.format.toUpperCase()} file, which the PDF edition cannot embed: it prints the description instead; save it as PNG or JPEG`, place);
  const edition: EditionText = { lang: ctx.lang, t: ctx.t, dir: ctx.lang === 'ar' ? 'rtl' : 'ltr', missing, unshown, figure: (src) => ctx.figure?.(src) ?? null };
  const content = new ContentBuilder(paper, edition);

  const back: ({ title: string; dest: string } | null)[] = [
    paper.citations.length ? { title: ctx.t('paper.sources'), dest: BACK.sources } : null,
    paper.glossary.length ? { title: ctx.t('paper.glossary'), dest: BACK.glossary } : null,
    paper.entities.some((e) => e.type !== 'date') ? { title: ctx.t('paper.indexOfNames'), dest: BACK.names } : null,
  ];

  const flow = new Flow();
  flow.add([...content.masthead(), ...content.contents(back.filter((b) => b !== null))]);
  flow.newPage();
  flow.add(content.body());
  flow.add([...content.sources(), ...content.glossary()]);
  // The index of names lists the pages of mentions, known once the body is placed.
  flow.add(content.names((anchor) => flow.positions.get(anchor)?.page));
  return { flow, content };
}

/** Lay out and write one edition; the same paper and context always give the same bytes. */
export async function renderPdf(paper: Paper, ctx: RenderContext): Promise<Buffer> {
  const { flow, content } = layoutPdf(paper, ctx);
  const date = new Date(ctx.epoch * 1000);
  const { meta } = paper;
  return writeDocument(
    {
      lang: ctx.lang,
      rightToLeft: ctx.lang === 'ar',
      info: {
        Title: meta.title,
        Author: meta.authors?.length ? meta.authors.join(', ') : meta.publisher.name[ctx.lang],
        Subject: meta.summary ?? meta.type,
        Keywords: (meta.keywords ?? []).join(', '),
        Creator: 'papers',
        Producer: 'papers (pdfkit)',
        // Fixed dates make the document /ID (a hash of this dictionary) fixed too.
        CreationDate: date,
        ModDate: date,
      },
    },
    (writer) => drawPages(writer, flow, furniture(paper, ctx, content)),
  );
}

function furniture(paper: Paper, ctx: RenderContext, content: ContentBuilder): PageFurniture {
  const lang = ctx.lang;
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const small = { bold: false, italic: false, size: 8.5, color: MUTED };
  const pageLabel = phrase(ctx.t, 'paper.page', ['page']);
  const line = (text: string, align: 'start' | 'end' | 'center', width = TEXT_WIDTH): LaidLine[] =>
    textCell({ spans: plain(text, small), x: MARGIN.side, width, lang, direction: dir, align, leading: 1.2 }).lines;
  return {
    documentLang: lang,
    header: oneLine(paper.meta.title, (text) => line(text, 'start', TEXT_WIDTH * 0.8)),
    footer: (page) => line(pageLabel({ page: content.number(page) }), 'center')[0],
    pageNumber: (page) =>
      textCell({ spans: plain(content.number(page), { bold: false, italic: false, size: 10 }), x: MARGIN.side, width: TEXT_WIDTH, lang, direction: dir, align: 'end', leading: 1.4 }).lines[0],
  };
}

/**
 * The title on one line: whole if it fits, else cut at a word with an ellipsis. The longest
 * prefix that fits is found by halving (a cut title fits when any shorter cut does), so a
 * long title costs a few layouts, not one per word.
 */
function oneLine(title: string, lay: (text: string) => LaidLine[]): LaidLine | null {
  const whole = lay(title);
  if (whole.length === 1) return whole[0];
  const words = title.split(/\s+/);
  const cut = (n: number) => lay(`${words.slice(0, n).join(' ')}…`);
  let fits = 0;
  let best: LaidLine | null = null;
  let over = words.length;
  while (over - fits > 1) {
    const n = (fits + over) >> 1;
    const lines = cut(n);
    if (lines.length === 1) [fits, best] = [n, lines[0]];
    else over = n;
  }
  return best;
}

export const renderPdfEdition: EditionRenderer = async (paper, ctx) => [{ path: `${ctx.slug}/${ctx.lang}.pdf`, data: await renderPdf(paper, ctx) }];
