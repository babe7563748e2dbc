/**
 * A PDF read with pdfjs-dist becomes converted Markdown (masthead first,
 * then the body, then the notes), which `importConverted` turns into a source
 * file. What the layout decides is reported on `file`.
 */
import type { VFile } from 'vfile';
import { report } from '../../model/diagnostics.js';
import { Rules } from '../../model/rules.js';
import { repairMirroredBrackets } from './brackets.js';
import { dropFurniture, type PageLines } from './furniture.js';
import { blocksOf, documentWords, metricsOf, numberOf, takeFootnotes, type LayoutBlock } from './layout.js';
import { documentLines, leftToRightParagraphs, MARKS, type Marks, type TextLine } from './lines.js';
import { linksFromNotes, noteDefinitions, noteText, rightToLeftLayout, toMarkdown, type RenderContext } from './markdown.js';
import { InputError } from '../input-error.js';
import { arabicLetters, latinLetters } from '../script.js';
import { readPdf, type PdfDocument } from './read.js';

/** Pages read at most: a longer file is cut (and says so), so an import always ends. */
export const MAX_PAGES = 600;

export interface PdfConversion {
  markdown: string;
  info: PdfDocument['info'];
}

/** A heading over notes; the notes proper come before lists of sources when both are printed (a web page's). */
const NOTES_HEADING = /^(?:notes|endnotes|footnotes|الهوامش|الحواشي|الإحالات)$/iu;
const SOURCES_HEADING = /^(?:references|sources|bibliography|المصادر|المراجع)$/iu;

/**
 * Notes printed at the end (a numbered list that the raised markers point
 * to, as a browser prints a page's notes): taken out of the blocks, with the
 * heading over them when they are all its section holds.
 */
/** The notes of a numbered list starting at `start`: each numbered block a note, paragraphs after one its rest. */
function noteRun(blocks: LayoutBlock[], start: number, wanted: Set<string>): { end: number; notes: Map<string, TextLine[]> } {
  const notes = new Map<string, TextLine[]>();
  let end = start;
  let current: TextLine[] | undefined;
  for (; end < blocks.length; end++) {
    const block = blocks[end];
    if (block.kind === 'heading' || block.kind === 'table') break;
    const number = numberOf(block);
    if (number && wanted.has(number) && !notes.has(number)) {
      const [first, ...rest] = block.lines;
      const text = block.kind === 'item' ? first.text : first.text.replace(/^\(?\d{1,3}[.)]\s*/u, '');
      current = [{ ...first, text }, ...rest];
      notes.set(number, current);
    } else if (current && block.kind === 'paragraph') current.push(...block.lines);
    else break;
  }
  return { end, notes };
}

function takeEndnotes(blocks: LayoutBlock[], wanted: Set<string>, notes: Map<string, TextLine[]>, marks: Marks): LayoutBlock[] {
  if (!wanted.size) return blocks;
  const first = [...wanted].sort((a, b) => Number(a) - Number(b))[0];
  // Notes follow the text that cites them: a numbered list before the last citation is the text's own.
  const cited = blocks.findLastIndex((block) => block.lines.some((line) => [...raisedNumbers([line], marks)].some((n) => wanted.has(n))));
  // Of the lists after it that start with the first wanted number, the one that holds the most notes, under a
  // notes heading if there is one, else the last (the notes of a printed page come at its end).
  const under = (start: number, heading: RegExp) => blocks[start - 1]?.kind === 'heading' && heading.test(blocks[start - 1].lines.map((l) => l.text).join(' ').trim());
  const score = (start: number, run: { notes: Map<string, TextLine[]> }) =>
    3 * run.notes.size + (under(start, NOTES_HEADING) ? 2 : under(start, SOURCES_HEADING) ? 1 : 0);
  let best: { start: number; end: number; notes: Map<string, TextLine[]> } | undefined;
  blocks.forEach((block, start) => {
    // Item 3 of a list that counts 1, 2, 3 is that list's, not the start of the notes.
    const inList = start > 0 && numberOf(blocks[start - 1]) === String(Number(first) - 1);
    if (start <= cited || inList || numberOf(block) !== first) return;
    const run = noteRun(blocks, start, wanted);
    if (!best || score(start, run) >= score(best.start, best)) best = { start, ...run };
  });
  if (!best) return blocks;
  const { start, end } = best;
  for (const [number, lines] of best.notes) notes.set(number, lines);
  const heading = blocks[start - 1];
  const headingText = heading?.lines.map((l) => l.text).join(' ').trim() ?? '';
  const dropHeading = heading?.kind === 'heading' && (end === blocks.length || blocks[end].kind === 'heading') && (NOTES_HEADING.test(headingText) || SOURCES_HEADING.test(headingText));
  return [...blocks.slice(0, dropHeading ? start - 1 : start), ...blocks.slice(end)];
}

const INDEX_HEADING = /^(?:index|index of names|name index|subject index|فهرس الأعلام|فهرس الأسماء|كشاف)$/iu;

/**
 * A back-of-book index (entries with their page numbers) refers to the pages
 * of this printing: the editions make their own. It is dropped from its
 * heading to the end when most of its lines end in page numbers.
 */
function dropIndex(blocks: LayoutBlock[], file: VFile): LayoutBlock[] {
  const at = blocks.findIndex((b) => b.kind === 'heading' && INDEX_HEADING.test(b.lines.map((l) => l.text).join(' ').trim()));
  if (at < 0) return blocks;
  const lines = blocks.slice(at + 1).flatMap((b) => b.lines);
  const paged = lines.filter((l) => /[\d\u0660-\u0669]\s*$|^\s*[\d\u0660-\u0669]/u.test(l.text)).length;
  if (!lines.length || paged < 0.5 * lines.length) return blocks;
  report(file, Rules.importDropContents, `dropped the index at the end (page ${blocks[at].lines[0].page} on): the editions make their own`);
  return blocks.slice(0, at);
}

const CITE_HEADING = /^(?:cite this paper|how to cite(?: this (?:paper|article|report))?|suggested citation|استشهد بهذه الورقة|طريقة الاستشهاد(?: بهذه الورقة)?)$/iu;

/** A section telling how to cite the paper (a web edition's): the editions make their own. */
function dropCitation(blocks: LayoutBlock[], file: VFile): LayoutBlock[] {
  const at = blocks.findIndex((b) => b.kind === 'heading' && CITE_HEADING.test(b.lines.map((l) => l.text).join(' ').trim()));
  if (at < 0) return blocks;
  const end = blocks.findIndex((b, i) => i > at && b.kind === 'heading');
  report(file, Rules.importDropContents, `dropped the section '${blocks[at].lines[0].text}' (page ${blocks[at].lines[0].page}): the editions print their own citation`);
  return [...blocks.slice(0, at), ...(end < 0 ? [] : blocks.slice(end))];
}

/**
 * A PDF whose lam-alef ligatures come out backwards (alef before lam, as
 * LibreOffice writes their text) shows it where no Arabic word can: an alef
 * before an alef (`األوروبي`, put right by `import-lam-alef`). In such a
 * file, the words `ال` and `وال`, which cannot stand alone, are `لا` and `ولا`.
 */
function repairStandaloneLamAlef(lines: TextLine[], file: VFile): void {
  // A lam and its alef set as two glyphs with a gap between them (LibreOffice with Noto Naskh Arabic)
  // come out `بل ا`: an alef alone after a lam is no word, and is put back on it.
  let split = 0;
  for (const line of lines) {
    line.text = line.text.replace(/(?<=ل) ا(?![\p{L}\p{M}])/gu, () => {
      split++;
      return 'ا';
    });
  }
  if (split) report(file, Rules.importLamAlef, `${split} alefs set apart from their lam (\`بل ا\`) were put back on it`);
  const evidence = lines.reduce((n, l) => n + (l.text.match(/ا[اأإآ]ل/gu)?.length ?? 0), 0);
  if (evidence < 2) return;
  let count = 0;
  for (const line of lines) {
    line.text = line.text.replace(/(?<![\p{L}\p{M}])([وف]?)ال(?![\p{L}\p{M}])/gu, (_, prefix: string) => {
      count++;
      return `${prefix}لا`;
    });
  }
  if (count) report(file, Rules.importLamAlef, `this PDF gives lam-alef ligatures backwards: ${count} standalone 'ال' read as 'لا'; words with the ligature inside may still be misspelt (check them)`);
}

/** The numbers of the raised marks in the text, in order. */
function raisedNumbers(lines: TextLine[], marks: Marks): Set<string> {
  const numbers = new Set<string>();
  for (const line of lines) {
    for (const c of line.text.match(/[\u{f0000}-\u{fffff}]/gu) ?? []) {
      const mark = marks.notes[c.codePointAt(0)! - 0xf0000]?.trim() ?? '';
      if (/^\d{1,3}$/u.test(mark)) numbers.add(mark);
    }
  }
  return numbers;
}

export async function convertPdf(bytes: Uint8Array, file: VFile): Promise<PdfConversion> {
  const document = await readPdf(bytes, MAX_PAGES);
  if (document.pageCount > MAX_PAGES) {
    report(file, Rules.importPageLimit, `the PDF has ${document.pageCount} pages: only the first ${MAX_PAGES} were imported`);
  }
  const allText = document.pages.map((p) => p.runs.map((r) => r.text).join('')).join('');
  const marks: Marks = { notes: [], links: [], rtl: arabicLetters(allText) > latinLetters(allText) };
  marks.ltrParagraphs = marks.rtl && leftToRightParagraphs(document.pages);
  if (marks.ltrParagraphs) report(file, Rules.importLtrParagraphs, 'the PDF lays its Arabic lines out as left-to-right paragraphs (its writer was given no paragraph direction): they are read as such, stops at their ends; check the order of mixed lines');
  const pageTexts = documentLines(document.pages, marks);
  const pages: PageLines[] = document.pages.map((page, i) => ({ number: page.number, height: page.height, lines: pageTexts[i] }));
  const letters = pages.reduce((n, p) => n + p.lines.reduce((m, l) => m + (l.text.match(/\p{L}/gu)?.length ?? 0), 0), 0);
  if (letters < 20) {
    throw new InputError(
      document.pageCount ? 'the PDF has no text layer (it is made of images, as a scan is): run it through OCR first, then import the result' : 'the PDF has no pages',
    );
  }
  dropFurniture(pages, file);
  if (marks.rtl) {
    repairStandaloneLamAlef(pages.flatMap((p) => p.lines), file);
    repairMirroredBrackets(pages.flatMap((p) => p.lines), marks.ltrParagraphs ? 'ltr' : 'rtl', file);
  }
  const metrics = metricsOf(pages.flatMap((p) => p.lines));
  const noteLines = new Map<string, TextLine[]>();
  const called = raisedNumbers(pages.flatMap((p) => p.lines), marks);
  takeFootnotes(pages, metrics, marks, noteLines, called);
  const lines = pages.flatMap((p) => p.lines);
  const wanted = new Set([...raisedNumbers(lines, marks)].filter((n) => !noteLines.has(n)));
  const footnotes = noteLines.size;
  const blocks = takeEndnotes(dropCitation(dropIndex(blocksOf(lines, metrics), file), file), wanted, noteLines, marks);
  const context: RenderContext = { marks, rightToLeftLayout: rightToLeftLayout(blocks), body: metrics.body, pitch: metrics.pitch, counts: documentWords(lines), notes: new Map(), file };
  for (const [number] of [...noteLines].sort((a, b) => Number(a[0]) - Number(b[0]))) context.notes.set(number, '');
  for (const [number, text] of noteLines) context.notes.set(number, noteText(text, context));
  if (noteLines.size) {
    const endnotes = noteLines.size - footnotes;
    report(file, Rules.importNote, `${noteLines.size} notes became GFM notes (${footnotes} at the page foot, ${endnotes} at the end)`);
  }
  const body = linksFromNotes(toMarkdown(blocks, context), context.notes);
  const markdown = [body, noteDefinitions(context.notes)].filter(Boolean).join('\n\n');
  return { markdown: `${markdown.replace(MARKS, '')}\n`, info: document.info };
}
