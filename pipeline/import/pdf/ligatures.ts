/**
 * Lam-alef ligatures that pdf.js gives backwards. A writer that draws an
 * Arabic line left to right (LibreOffice) maps its lam-alef glyph to the two
 * letters `لا`; pdf.js joins the glyphs' letters in drawing order and reverses
 * the right-to-left item as a whole, so the pair comes out `ال` (`ثلاثة` as
 * `ثالثة`, `الإطار` as `اإلطار`). The page's operator list has the glyphs: an
 * item's text put back in drawing order is matched glyph by glyph, and each
 * lam-alef glyph becomes its presentation form (one letter, which keeps its
 * place when the line is reordered and becomes `لا` again with the other
 * presentation forms, `import-arabic-forms`).
 */
import { drawnOrder } from './lines.js';

/** The lam-alef ligatures as one character each (isolated presentation forms). */
const LIGATURES = new Map([
  ['لا', '\ufefb'],
  ['لأ', '\ufef7'],
  ['لإ', '\ufef9'],
  ['لآ', '\ufef5'],
]);

/** An alef before an alef, or the article read backwards: what the reversed ligature leaves in a page's text. */
export const BACKWARDS_LAM_ALEF = /ا[اأإآ]ل/u;

interface Item {
  str: string;
  dir: string;
}

interface Glyph {
  unicode: string;
}

/** How far ahead of the last matched glyph an item's first glyph is looked for. */
const WINDOW = 4096;

/** Brackets and quotes as either of their pair: a reordering may have mirrored them. */
const unmirrored = (text: string) => text.replace(/[»)\]}>›]/gu, (c) => '«([{<‹'['»)]}>›'.indexOf(c)]);

const same = (glyph: string, text: string, at: number) => {
  const letters = unmirrored(glyph.normalize('NFKC'));
  return letters !== '' && text.startsWith(letters, at) ? letters.length : 0;
};

/**
 * The glyphs of an item's drawn text from `start`, or undefined when they do
 * not match it; `drawn` is compared (brackets unmirrored), `shown` copied.
 */
function match(drawn: string, shown: string, glyphs: Glyph[], start: number): { next: number; text: string; changed: boolean } | undefined {
  let at = 0;
  let g = start;
  let text = '';
  let changed = false;
  while (at < drawn.length) {
    const glyph = glyphs[g];
    if (drawn[at] === ' ' && (!glyph?.unicode.trim() || !same(glyph.unicode, drawn, at))) {
      // A space glyph, or a space pdf.js made from a gap (beside a mark drawn apart from its letter).
      text += ' ';
      at++;
      if (glyph?.unicode === ' ') g++;
      continue;
    }
    if (!glyph) return undefined;
    if (!glyph.unicode.trim()) {
      g++;
      continue;
    }
    const length = same(glyph.unicode, drawn, at);
    if (!length) return undefined;
    const ligature = LIGATURES.get(glyph.unicode);
    text += ligature ?? shown.slice(at, at + length);
    changed ||= ligature !== undefined;
    at += length;
    g++;
  }
  return { next: g, text, changed };
}

/** The page's items with each lam-alef glyph of a right-to-left item as its presentation form. */
export function withLigatures<T extends Item>(items: T[], glyphs: Glyph[]): T[] {
  let next = 0;
  return items.map((item) => {
    if (!item.str.trim()) return item;
    const shown = item.dir === 'rtl' ? drawnOrder(item.str, 'rtl') : item.str;
    const drawn = unmirrored(shown);
    for (let start = next; start < Math.min(glyphs.length, next + WINDOW); start++) {
      const found = match(drawn, shown, glyphs, start);
      if (!found) continue;
      next = found.next;
      return found.changed && item.dir === 'rtl' ? { ...item, str: drawnOrder(found.text, 'rtl') } : item;
    }
    return item;
  });
}
