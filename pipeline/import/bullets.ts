/**
 * Bullet glyphs that PDF converters leave at the start of a line (`■`, `▪`,
 * `•`, `●`, `◦`, `–`, …) become Markdown list items `- `. A glyph written with
 * an indent, or a secondary glyph (`◦`, `○`, `▫`, dashes) right under items
 * of another glyph, becomes a nested item.
 */
import type { VFile } from 'vfile';
import { columnOf, isBlank, LIST_ITEM, type Line } from './lines.js';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';

/** Bullet glyphs; the private-use ones are Symbol and Wingdings bullets of Word PDFs. */
const GLYPH =
  /^(?<indent>[ \t\u00a0]*)(?<glyph>[■□▪▫•●◦○►▸▶➢➤✓✔❖◆◇♦⦁∙·\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8]|[–—o](?=[ \t\u00a0]))[ \t\u00a0]*(?=\S)/u;
const SECONDARY = /[◦○▫□◇–—o\uf0a7]/u;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/u;
/** Glyphs that are also text (a dash, the letter o): items only where a list can start. */
const AMBIGUOUS = /[–—]/u;
/** Square bullets in the middle of a line: items the converter ran together
 * (squares, unlike `•` or `·`, never separate fields of a masthead). */
const INLINE_SQUARE = /(?<=\S[ \t\u00a0]+)[■▪](?=[ \t\u00a0]+\S)/gu;
/** The letter o is a sub-item glyph of Word documents, and only inside a list. */
const LETTER_O = 'o';

/**
 * Items that the converter ran into one line (`… as follows: ■ one ■ two`)
 * are put on lines of their own, each starting with its glyph, for
 * `repairBullets` to turn into items. The new lines keep the original line
 * number, and a shift that maps their columns back to it.
 */
export function splitRunTogetherItems(lines: Line[], isVerbatim: (line: Line) => boolean): Line[] {
  return lines.flatMap((line) => {
    if (isVerbatim(line)) return [line];
    const starts = [...line.text.matchAll(INLINE_SQUARE)].map((m) => m.index);
    if (starts.length === 0) return [line];
    const bounds = [0, ...starts, line.text.length];
    const parts = bounds.slice(0, -1).map((from, i) => ({ from, text: line.text.slice(from, bounds[i + 1]).trimEnd() }));
    return parts.filter((p) => p.text.trim()).map((p) => ({ ...line, text: p.text, shift: line.shift - p.from }));
  });
}

export function repairBullets(lines: Line[], file: VFile, isVerbatim: (line: Line) => boolean): void {
  // Inside a list: after an item, through its wrapped lines, until a block
  // that is not a list item starts.
  let inList = false;
  let topGlyph = '';
  let afterBlank = true;
  let afterItem = false;
  for (const line of lines) {
    // A heading ends a block as a blank line does.
    if (isBlank(line.text) || ATX_HEADING.test(line.text)) {
      afterBlank = true;
      afterItem = false;
      continue;
    }
    const startsBlock = afterBlank;
    afterBlank = false;
    const match = isVerbatim(line) ? null : GLYPH.exec(line.text);
    // A dash or an o opens an item only where one can start: after a blank
    // line or right under another item. Elsewhere it is a dash (or a word)
    // that the converter wrapped to the start of a line.
    const glyphOf = match?.groups?.glyph ?? '';
    const itemCanStart = startsBlock || afterItem;
    const refused =
      (AMBIGUOUS.test(glyphOf) && !itemCanStart) || (glyphOf === LETTER_O && !(inList && itemCanStart));
    if (!match?.groups || refused) {
      afterItem = LIST_ITEM.test(line.text);
      if (afterItem) inList = true;
      else if (startsBlock) inList = false;
      continue;
    }
    afterItem = true;
    const { indent, glyph } = match.groups;
    // Nested: indented, or a secondary glyph under items of another glyph.
    const nested = inList && (indent.length >= 2 || (SECONDARY.test(glyph) && glyph !== topGlyph));
    if (!nested) topGlyph = glyph;
    const marker = nested ? '  - ' : '- ';
    report(file, Rules.importBullet, `turned '${glyph}' into a list item`, {
      line: line.line,
      column: columnOf(line, indent.length),
    });
    line.text = marker + line.text.slice(match[0].length);
    line.shift += marker.length - match[0].length;
    inList = true;
  }
}
