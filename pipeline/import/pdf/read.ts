/**
 * Reading a PDF with pdfjs-dist: for each page its text runs with their
 * position, size and font, and its link annotations. Nothing is laid out here;
 * `lines.ts` and `layout.ts` make text of it.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load, packageFolder } from '../load.js';
import { InputError } from '../input-error.js';

/** A piece of text drawn in one font at one place, as pdfjs gives it (logical order within the run). */
export interface Run {
  text: string;
  /** Left edge and baseline in PDF points, y growing downwards from the page top. */
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  font: string;
  bold: boolean;
  italic: boolean;
  rtl: boolean;
}

export interface LinkArea {
  url: string;
  /** left, top, right, bottom, y growing downwards. */
  box: [number, number, number, number];
}

export interface PdfPage {
  number: number;
  width: number;
  height: number;
  runs: Run[];
  links: LinkArea[];
}

export interface PdfDocument {
  pages: PdfPage[];
  /** Pages of the file, read or not. */
  pageCount: number;
  info: { title?: string; author?: string; subject?: string; created?: string };
}

const BOLD = /bold|black|heavy|semibold|demi|extrab|ultrab/iu;
const ITALIC = /italic|oblique/iu;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
/** pdfjs's own font data, so that it never looks for fonts on the system. */
const standardFontDataUrl = () => pathToFileURL(join(packageFolder('pdfjs-dist'), 'standard_fonts') + '/').href;

interface TextItemLike {
  str: string;
  dir: string;
  transform: number[];
  width: number;
  height: number;
  fontName: string;
}

/** `D:20240505000000Z` → `2024-05-05`. */
function pdfDate(value: unknown): string | undefined {
  const match = typeof value === 'string' ? /^(?:D:)?(\d{4})(\d{2})(\d{2})/u.exec(value) : null;
  return match ? `${match[1]}-${match[2]}-${match[3]}` : undefined;
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

export async function readPdf(bytes: Uint8Array, maxPages: number): Promise<PdfDocument> {
  const { getDocument } = load<PdfJs>('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    // A copy: pdfjs takes the buffer over, and refuses a Node Buffer.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: standardFontDataUrl(),
    verbosity: 0,
    stopAtErrors: false,
  });
  let doc;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as Error).name;
    if (name === 'PasswordException') throw new InputError('the PDF is encrypted with a password: save an unprotected copy and import that');
    if (name === 'InvalidPDFException') throw new InputError('the file is not a readable PDF (it is damaged or truncated)');
    throw new InputError(`the PDF cannot be read: ${(error as Error).message}`);
  }
  try {
    const meta = await doc.getMetadata().catch(() => ({ info: {} }));
    const info = meta.info as Record<string, unknown>;
    const pages: PdfPage[] = [];
    const fonts: Fonts = new Map();
    const count = Math.min(doc.numPages, maxPages);
    for (let number = 1; number <= count; number++) {
      try {
        pages.push(await readPage(doc, number, fonts));
      } catch (error) {
        throw new InputError(`page ${number} of the PDF cannot be read (${(error as Error).message}): the file is damaged`);
      }
    }
    return {
      pages,
      pageCount: doc.numPages,
      info: { title: text(info.Title), author: text(info.Author), subject: text(info.Subject), created: pdfDate(info.CreationDate) },
    };
  } finally {
    await doc.destroy();
  }
}

type PdfJsDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

type Fonts = Map<string, { name: string; bold: boolean; italic: boolean }>;

async function readPage(doc: PdfJsDocument, number: number, fonts: Fonts): Promise<PdfPage> {
  const page = await doc.getPage(number);
  const [left, bottom, right, top] = page.view;
  const content = await page.getTextContent();
  // The fonts' real names (for bold and italic) reach this thread only with a page's operator list, which
  // costs as much as its text: it is asked for only when the page uses a font no page before it showed.
  if ((content.items as TextItemLike[]).some((item) => 'fontName' in item && !fonts.has(item.fontName) && !page.commonObjs.has(item.fontName))) await page.getOperatorList();
  const fontOf = (id: string) => {
    let font = fonts.get(id);
    if (!font) {
      const data = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: string; bold?: boolean; italic?: boolean }) : {};
      const name = (data.name ?? '').replace(/^[A-Z]{6}\+/u, '');
      font = { name, bold: data.bold === true || BOLD.test(name), italic: data.italic === true || ITALIC.test(name) };
      fonts.set(id, font);
    }
    return font;
  };
  const runs: Run[] = [];
  for (const item of content.items as TextItemLike[]) {
    // Control characters come from fonts that map glyphs to nothing sensible.
    const str = 'str' in item ? item.str.replace(/[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/gu, '') : '';
    if (str === '') continue;
    const [a, b, c, d, e, f] = item.transform;
    // Rotated or vertical text (a stamp, a margin note) is not body text.
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) continue;
    const size = Math.abs(d) || Math.abs(a);
    const font = fontOf(item.fontName);
    runs.push({
      text: str,
      x: e - left,
      y: top - f,
      width: item.width,
      size,
      font: font.name,
      bold: font.bold,
      italic: font.italic,
      rtl: item.dir === 'rtl',
    });
  }
  const links: LinkArea[] = [];
  for (const annotation of (await page.getAnnotations()) as { subtype?: string; url?: string; rect?: number[] }[]) {
    if (annotation.subtype !== 'Link' || !annotation.url || !annotation.rect) continue;
    const [x1, y1, x2, y2] = annotation.rect;
    links.push({ url: annotation.url, box: [Math.min(x1, x2) - left, top - Math.max(y1, y2), Math.max(x1, x2) - left, top - Math.min(y1, y2)] });
  }
  page.cleanup();
  return { number, width: right - left, height: top - bottom, runs, links };
}
