/**
 * Bullet glyphs that PDF converters leave at the start of a line (`■`, `▪`,
 * `•`, `●`, `◦`, `–`, …) become Markdown list items `- `. A glyph written with
 * an indent, or a secondary glyph (`◦`, `○`, `▫`, dashes) right under items
 * of another glyph, becomes a nested item.
 */
import type { VFile } from 'vfile';
import { isBlank, LIST_ITEM, type Line } from './lines.js';
import { report } from './report.js';

const GLYPH = /^(?<indent>[ \t\u00a0]*)(?<glyph>[■□▪▫•●◦○►▸▶➢➤✓✔❖◆◇♦⦁∙·]|[–—](?=[ \t\u00a0]))[ \t\u00a0]*(?=\S)/u;
const SECONDARY = /[◦○▫□◇–—]/u;
const DASH = /[–—]/u;

export function repairBullets(lines: Line[], file: VFile, inFence: (line: Line) => boolean): void {
  // Inside a list: after an item, through its wrapped lines, until a block
  // that is not a list item starts.
  let inList = false;
  let topGlyph = '';
  let afterBlank = true;
  for (const line of lines) {
    if (isBlank(line.text)) {
      afterBlank = true;
      continue;
    }
    const startsBlock = afterBlank;
    afterBlank = false;
    const match = inFence(line) ? null : GLYPH.exec(line.text);
    // A dash opens an item only where a list could start: mid-paragraph it is
    // an em dash that the converter wrapped to the start of a line.
    if (!match?.groups || (DASH.test(match.groups.glyph) && !startsBlock && !inList)) {
      if (LIST_ITEM.test(line.text)) inList = true;
      else if (startsBlock) inList = false;
      continue;
    }
    const { indent, glyph } = match.groups;
    // Nested: indented, or a secondary glyph under items of another glyph.
    const nested = inList && (indent.length >= 2 || (SECONDARY.test(glyph) && glyph !== topGlyph));
    if (!nested) topGlyph = glyph;
    const marker = nested ? '  - ' : '- ';
    line.text = marker + line.text.slice(match[0].length);
    line.shift += marker.length - match[0].length;
    report(file, 'info', 'import-bullet', `turned '${glyph}' into a list item`, {
      line: line.line,
      column: indent.length + 1,
    });
    inList = true;
  }
}
