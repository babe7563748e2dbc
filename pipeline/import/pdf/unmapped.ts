/**
 * Codes that a simple font's ToUnicode map leaves out. pdf.js reads such a
 * code by the font's encoding instead, which makes up a character the page
 * does not show: LibreOffice's subsets leave out the Arabic marks it draws
 * apart from their letters, and `ستُستثنى` came back `ستhستثنى` (code 0x68
 * read as WinAnsi `h`; `^` and a grave accent likewise). The fonts' maps are
 * read from the file (a classic cross-reference table, as `actual-text.ts`
 * reads it); a font read otherwise gives nothing.
 */
import { dictEnd, objectAt } from './actual-text.js';

export interface MadeUp {
  /** Characters pdf.js makes up for the codes the map leaves out. */
  made: Set<string>;
  /** Characters the map gives: a made-up one among them cannot be told from a real one by itself. */
  mapped: Set<string>;
}

const hexText = (hex: string) => {
  const units = hex.match(/[0-9a-f]{4}/giu) ?? [];
  return String.fromCharCode(...units.map((u) => parseInt(u, 16)));
};

/** The codes a ToUnicode CMap maps and the text it maps them to. */
function cmapEntries(cmap: string): { codes: Set<number>; texts: Set<string> } {
  const codes = new Set<number>();
  const texts = new Set<string>();
  for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/gu)) {
    for (const [, code, text] of body.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]*)>/giu)) {
      codes.add(parseInt(code, 16));
      texts.add(hexText(text));
    }
  }
  for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/gu)) {
    for (const [, from, to, target] of body.matchAll(/<([0-9a-f]+)>\s*<([0-9a-f]+)>\s*(<[0-9a-f]*>|\[[^\]]*\])/giu)) {
      const first = parseInt(from, 16);
      const last = Math.min(parseInt(to, 16), first + 255);
      const start = target.startsWith('<') ? hexText(target.slice(1, -1)) : '';
      for (let code = first; code <= last; code++) {
        codes.add(code);
        if (start) texts.add(start.slice(0, -1) + String.fromCharCode(start.charCodeAt(start.length - 1) + code - first));
      }
      for (const [, hex] of target.startsWith('[') ? target.matchAll(/<([0-9a-f]*)>/giu) : []) texts.add(hexText(hex));
    }
  }
  return { codes, texts };
}

const winAnsi = new TextDecoder('windows-1252');

/**
 * For each simple font read by WinAnsi with a ToUnicode map that leaves some of its
 * codes out (by its name, subset prefix included), what pdf.js makes up for them.
 */
export function madeUpCharacters(file: string): Map<string, MadeUp> {
  const fonts = new Map<string, MadeUp>();
  for (const match of file.matchAll(/\/ToUnicode\s+(\d+)\s+(\d+)\s+R/gu)) {
    const start = file.indexOf('<<', file.lastIndexOf(' obj', match.index));
    const dict = start < 0 ? '' : file.slice(start, dictEnd(file, start));
    // A simple font read by WinAnsi: said so, or a TrueType font that names no encoding.
    const winAnsiFont = /\/Encoding\s*\/WinAnsiEncoding/u.test(dict) || (!/\/Encoding/u.test(dict) && /\/Subtype\s*\/TrueType/u.test(dict));
    if (!dict.includes(match[0]) || !winAnsiFont) continue;
    const name = /\/BaseFont\s*\/([^\s/[\]<>()]+)/u.exec(dict)?.[1];
    const first = Number(/\/FirstChar\s+(\d+)/u.exec(dict)?.[1]);
    const last = Number(/\/LastChar\s+(\d+)/u.exec(dict)?.[1]);
    const cmap = objectAt(file, Number(match[1]), Number(match[2]))?.data;
    if (!name || !Number.isInteger(first) || !Number.isInteger(last) || cmap === undefined) continue;
    const { codes, texts } = cmapEntries(cmap);
    const made = new Set<string>();
    for (let code = Math.max(first, 0x21); code <= Math.min(last, 0xff); code++) {
      if (!codes.has(code)) made.add(winAnsi.decode(new Uint8Array([code])));
    }
    if (made.size) fonts.set(name, { made, mapped: texts });
  }
  return fonts;
}
