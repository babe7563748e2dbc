/**
 * Brackets of right-to-left lines given in logical form. A right-to-left
 * paragraph draws `(` as a mirrored glyph; most writers map that glyph to the
 * character it shows (`)`), which UAX #9 mirrors back when the line is
 * reordered. Some (Chromium) map it to the character written, `(`, so every
 * reordered pair comes out inverted: `)أونكتاد(`, `»حارس الازدهار«`. A
 * document whose right-to-left lines show more inverted pairs than upright
 * ones is such a file: there, each bracket at a right-to-left level is mirrored.
 */
import type { VFile } from 'vfile';
import { report } from '../../model/diagnostics.js';
import { Rules } from '../../model/rules.js';
import { bidiLevels, MARKS, type Direction, type TextLine } from './lines.js';

const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '«': '»', '»': '«', '‹': '›', '›': '‹' };
const UPRIGHT = /[([{«‹][^()[\]{}«»‹›]*[)\]}»›]/gu;
const INVERTED = /[)\]}»›][^()[\]{}«»‹›]*[([{«‹]/gu;

const count = (lines: TextLine[], pattern: RegExp) => lines.reduce((n, l) => n + (l.text.match(pattern)?.length ?? 0), 0);

export function repairMirroredBrackets(lines: TextLine[], direction: Direction, file: VFile): void {
  const rtl = lines.filter((l) => l.rtl);
  const inverted = count(rtl, INVERTED);
  if (inverted < 2 || inverted <= count(rtl, UPRIGHT)) return;
  let mirrored = 0;
  for (const line of rtl) {
    if (!/[()[\]{}«»‹›]/u.test(line.text)) continue;
    // Marks are private-use letters (left to right): they must not pull the brackets' levels.
    const levels = bidiLevels(line.text.replace(MARKS, (m) => ' '.repeat(m.length)), direction);
    line.text = line.text.replace(/[()[\]{}«»‹›]/gu, (c, at: number) => {
      if (levels[at] % 2 === 0) return c;
      mirrored++;
      return MIRROR[c];
    });
  }
  report(file, Rules.importMirroredBrackets, `this PDF gives the brackets of right-to-left lines as written, not as drawn: ${mirrored} mirrored back (\`)أونكتاد(\` → \`(أونكتاد)\`)`);
}
