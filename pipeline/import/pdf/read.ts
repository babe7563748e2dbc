/**
 * Reading a PDF with pdfjs-dist: for each page its text runs with their
 * position, size and font, and its link annotations. Nothing is laid out here;
 * `lines.ts` and `layout.ts` make text of it.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { load, packageFolder } from '../load.js';
import { asLatin1, pageSpanTexts } from './actual-text.js';
import { InputError } from '../input-error.js';
import { BACKWARDS_LAM_ALEF, withLigatures } from './ligatures.js';
import { madeUpCharacters, type MadeUp } from './unmapped.js';

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
  /** Its place in the order the page draws its text (a writer draws a table's cells in their logical order). */
  order: number;
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

const SPACED_LETTERS = /^(?:\p{L} ){2,}\p{L}$/u;
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
    const state: ReadState = { ligatures: false };
    let raw: string | undefined;
    const file = () => (raw ??= asLatin1(bytes));
    const count = Math.min(doc.numPages, maxPages);
    for (let number = 1; number <= count; number++) {
      try {
        pages.push(await readPage(doc, number, fonts, file, state));
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

type Fonts = Map<string, { name: string; bold: boolean; italic: boolean; madeUp?: MadeUp }>;

interface MarkedItem {
  type?: string;
}

/**
 * The text items of a page, each marked-content span that has an ActualText
 * replaced by one item with that text, placed over the glyphs it covers.
 * Without ActualText, or when the spans of the content stream and those pdfjs
 * reports do not match one to one, the items as they are.
 */
function withActualText(items: (TextItemLike & MarkedItem)[], spans: (string | null)[] | undefined): TextItemLike[] {
  const text = items.filter((item) => !item.type);
  if (!spans || items.filter((item) => item.type?.startsWith('begin')).length !== spans.length || !spans.some((s) => s)) return text;
  const out: TextItemLike[] = [];
  const stack: (TextItemLike[] | null)[] = [];
  const groups: { actual: string; items: TextItemLike[] }[] = [];
  let k = 0;
  for (const item of items) {
    if (item.type?.startsWith('begin')) {
      const actual = spans[k++];
      if (actual !== null && stack.at(-1) == null) {
        const group = { actual, items: [] as TextItemLike[] };
        groups.push(group);
        stack.push(group.items);
        // Where the group's item goes in the page's order.
        out.push({ str: '', dir: 'ltr', transform: [], width: 0, height: 0, fontName: '', group: groups.length - 1 } as TextItemLike);
      } else stack.push(stack.at(-1) ?? null);
    } else if (item.type === 'endMarkedContent') stack.pop();
    else if (!item.type) (stack.at(-1) ?? out).push(item);
  }
  return out.flatMap((item) => {
    const index = (item as { group?: number }).group;
    if (index === undefined) return [item];
    const { actual, items: covered } = groups[index];
    // The glyphs' extent: pdfjs's own spaces (between a letter and its dots) are no part of it.
    const drawn = covered.filter((c) => c.transform.length === 6 && c.str.trim() !== '');
    if (!drawn.length) return [];
    const left = Math.min(...drawn.map((c) => c.transform[4]));
    const right = Math.max(...drawn.map((c) => c.transform[4] + c.width));
    // The widest glyph is the base letter: its baseline is the text's (dots and marks sit above or below it).
    const base = drawn.reduce((a, b) => (b.width > a.width ? b : a));
    const transform = [...base.transform];
    transform[4] = left;
    return [{ ...base, str: actual, transform, width: right - left, dir: /[\u0590-\u08ff]/u.test(actual) ? 'rtl' : 'ltr' }];
  });
}

/**
 * Text that a font's own mapping lost: glyphs mapped to nothing (dots drawn
 * apart), dotless Arabic letters and presentation forms. A page showing it is
 * read again with its ActualText.
 */
const LOST = /[\u0000\u066e\u066f\u06a1\u06ba\ufb50-\ufdff\ufe70-\ufefc]/u;

/** The widest advance a glyph may have, in font sizes. */
const WIDEST_GLYPH = 1.5;
/** What a glyph whose extent is unknown is taken to cover, in font sizes. */
const MEAN_GLYPH = 0.5;

/**
 * The width an item covers on the page. pdfjs gives the distance its pen
 * moved, made positive: a glyph whose declared width moves the pen back (a
 * writer that wants pdf.js to see the word space after it, as our editions do
 * after a right-to-left word or a table cell) reports how far back, which can
 * span words or cells. Such an item is told by a width no glyph has, or wider
 * than most glyphs when the next item starts where the pen went back to; it then reaches the item
 * drawn before it when that one lies just to its right on the same baseline
 * (right-to-left text drawn in logical order), else half a font size a glyph.
 */
function drawnWidth(items: TextItemLike[], index: number, size: number): number {
  const item = items[index];
  const [x, y] = [item.transform[4], item.transform[5]];
  const glyphs = Math.max(1, [...item.str].length);
  const next = items[index + 1];
  const movedBack = next?.transform?.length === 6 && Math.abs(next.transform[5] - y) < 0.1 * size && Math.abs(next.transform[4] - (x - item.width)) < 0.05 * size;
  const wide = item.width > (movedBack ? MEAN_GLYPH : WIDEST_GLYPH) * size * glyphs;
  if (!wide) return item.width;
  const before = items[index - 1];
  const reach = before?.transform?.length === 6 && Math.abs(before.transform[5] - y) < 0.1 * size ? before.transform[4] - x : -1;
  return reach > 0 && reach <= WIDEST_GLYPH * size * glyphs ? reach : MEAN_GLYPH * size * glyphs;
}

const ARABIC_LETTER = /(?=\p{L})\p{Script=Arabic}/u;

/**
 * An item's text without the characters pdf.js made up for codes its font's
 * ToUnicode leaves out; one that the map also gives is dropped only against
 * an Arabic letter, where no Latin letter or sign is written (an item of its
 * own is against the items drawn before and after it: `besideArabic`).
 */
function withoutMadeUp(text: string, madeUp: MadeUp | undefined, besideArabic: boolean): string {
  if (!madeUp) return text;
  const chars = [...text];
  const alone = chars.every((c) => madeUp.made.has(c) || c === ' ');
  const touchesArabic = (i: number) => (alone && besideArabic) || ARABIC_LETTER.test(chars[i - 1] ?? '') || ARABIC_LETTER.test(chars[i + 1] ?? '');
  return chars.filter((c, i) => !madeUp.made.has(c) || (madeUp.mapped.has(c) && !touchesArabic(i))).join('');
}

/** What one page of a document tells the next: its lam-alef ligatures come out backwards. */
interface ReadState {
  ligatures: boolean;
  /** What pdf.js makes up for codes the fonts' ToUnicode maps leave out, by font name (read once, when a font is first seen). */
  madeUp?: Map<string, MadeUp>;
}

async function readPage(doc: PdfJsDocument, number: number, fonts: Fonts, file: () => string, state: ReadState): Promise<PdfPage> {
  const page = await doc.getPage(number);
  const [left, bottom, right, top] = page.view;
  let content = { items: (await page.getTextContent()).items as TextItemLike[] };
  const actual = content.items.some((item) => 'str' in item && LOST.test(item.str));
  if (actual) {
    const marked = (await page.getTextContent({ includeMarkedContent: true })).items as (TextItemLike & MarkedItem)[];
    content = { items: withActualText(marked, pageSpanTexts(file(), page.ref as { num: number; gen: number })) };
  }
  // The fonts' real names (for bold and italic) reach this thread only with a page's operator list, which
  // costs as much as its text: it is asked for only when the page uses a font no page before it showed,
  // or for its glyphs when the document gives lam-alef ligatures backwards.
  let operators: Awaited<ReturnType<typeof page.getOperatorList>> | undefined;
  if ((content.items as TextItemLike[]).some((item) => 'fontName' in item && !fonts.has(item.fontName) && !page.commonObjs.has(item.fontName))) operators = await page.getOperatorList();
  state.ligatures ||= (content.items as TextItemLike[]).some((item) => item.dir === 'rtl' && BACKWARDS_LAM_ALEF.test(item.str ?? ''));
  if (state.ligatures && !actual) {
    operators ??= await page.getOperatorList();
    const { OPS } = load<PdfJs>('pdfjs-dist/legacy/build/pdf.mjs');
    const glyphs = operators.fnArray.flatMap((fn, i) => (fn === OPS.showText ? (operators!.argsArray[i][0] as unknown[]) : [])).filter((g): g is { unicode: string } => typeof (g as { unicode?: unknown })?.unicode === 'string');
    content = { items: withLigatures(content.items as TextItemLike[], glyphs) };
  }
  const fontOf = (id: string) => {
    let font = fonts.get(id);
    if (!font) {
      const data = page.commonObjs.has(id) ? (page.commonObjs.get(id) as { name?: string; bold?: boolean; italic?: boolean }) : {};
      const name = (data.name ?? '').replace(/^[A-Z]{6}\+/u, '');
      state.madeUp ??= madeUpCharacters(file());
      const madeUp = state.madeUp.get(data.name ?? '');
      font = { name, bold: data.bold === true || BOLD.test(name), italic: data.italic === true || ITALIC.test(name), madeUp };
      fonts.set(id, font);
    }
    return font;
  };
  const runs: Run[] = [];
  const items = content.items as TextItemLike[];
  items.forEach((item, index) => {
    // Control characters come from fonts that map glyphs to nothing sensible.
    const font = fontOf(item.fontName);
    const besideArabic = [items[index - 1], items[index + 1]].some((other) => ARABIC_LETTER.test(other?.str ?? ''));
    const str = withoutMadeUp('str' in item ? item.str.replace(/[\u0000-\u0008\u000b-\u001f\u007f\ufffd]/gu, '') : '', font.madeUp, besideArabic);
    if (str === '' || (str.trim() === '' && str !== item.str)) return;
    const [a, b, c, d, e, f] = item.transform;
    // Rotated or vertical text (a stamp, a margin note) is not body text.
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(d)) return;
    const size = Math.abs(d) || Math.abs(a);
    runs.push({
      // pdfjs puts a space between letters set apart (`P O S I T I O N`): one word is one run.
      text: SPACED_LETTERS.test(str) ? str.replace(/ /gu, '') : str,
      x: e - left,
      y: top - f,
      width: drawnWidth(items, index, size),
      size,
      font: font.name,
      bold: font.bold,
      italic: font.italic,
      rtl: item.dir === 'rtl',
      order: index,
    });
  });
  const links: LinkArea[] = [];
  for (const annotation of (await page.getAnnotations()) as { subtype?: string; url?: string; rect?: number[] }[]) {
    if (annotation.subtype !== 'Link' || !annotation.url || !annotation.rect) continue;
    const [x1, y1, x2, y2] = annotation.rect;
    links.push({ url: annotation.url, box: [Math.min(x1, x2) - left, top - Math.max(y1, y2), Math.max(x1, x2) - left, top - Math.min(y1, y2)] });
  }
  page.cleanup();
  return { number, width: right - left, height: top - bottom, runs, links };
}
