/**
 * Embedding a face in a document: a Type 0 font (Identity-H) over a TrueType
 * subset, with its widths and its ToUnicode map, written by us rather than by
 * pdfkit's font classes.
 *
 * A code of the font is one glyph of the subset with one width and one text:
 * the same glyph drawn for other characters, or declaring another width, gets
 * a code of its own (a copy of the glyph), so the ToUnicode map names exactly
 * the characters each drawing stands for and /W gives extractors the advance
 * the layout gave it. A code may also draw a glyph made of several glyphs of
 * the font (a letter with its marks), or nothing (a glyph that only carries
 * text for extractors).
 */
import type { Face } from './fonts.js';
import { newObject, trueTypeSubset, useFontOnPage, type GlyphSource, type PdfObject, type PDFDocument, type Subset } from './internals.js';

/** What a code draws: a glyph of the face, several of them, or nothing. */
export type Drawing = { id: number } | { parts: readonly { id: number; dx: number; dy: number }[] };

interface Code {
  text: readonly number[];
  code: number;
}

/** A face embedded in one document; `name` is its resource name on every page that uses it. */
export class EmbeddedFace {
  readonly name: string;
  private readonly subset: Subset;
  private readonly ref: PdfObject;
  /**
   * Codes by drawing (a glyph id, or the key of a drawing of several glyphs), then by width: a few per
   * drawing and width (one per text). A mark of one glyph, nearly every mark, is looked up without a key string.
   */
  private readonly codes = new Map<number | string, Map<number, Code[]>>();
  /** By code: width in 1/1000 em and text. */
  private readonly widths: number[] = [0];
  private readonly texts: (readonly number[])[] = [[]];
  private readonly scale: number;

  constructor(
    private readonly doc: PDFDocument,
    readonly face: Face,
    index: number,
    /** Written as the font's name (a carrier font is named for what it does, not for its glyphs). */
    private readonly fontName: string = face.font.postscriptName,
  ) {
    this.name = `F${index + 1}`;
    this.subset = trueTypeSubset(face.font);
    this.ref = newObject(doc);
    this.scale = 1000 / face.font.unitsPerEm;
  }

  /** Put the font in the current page's resources. */
  use(): void {
    useFontOnPage(this.doc, this.name, this.ref);
  }

  /** The code drawing `drawing` with a width of `width` (1/1000 em) that extracts as `text`. */
  code(drawing: Drawing, text: readonly number[], width: number): number {
    const key = 'id' in drawing ? drawing.id : drawing.parts.map((p) => `${p.id},${p.dx},${p.dy}`).join(';');
    let byWidth = this.codes.get(key);
    if (!byWidth) this.codes.set(key, (byWidth = new Map()));
    let list = byWidth.get(width);
    if (!list) byWidth.set(width, (list = []));
    for (const c of list) if (sameText(c.text, text)) return c.code;
    // The font's own advance cannot be negative (hmtx); /W, which readers use, keeps the width as given.
    const source: GlyphSource = 'id' in drawing ? drawing : { parts: drawing.parts, advance: Math.max(0, Math.round(width / this.scale)) };
    const code = this.subset.add(source);
    this.widths[code] = width;
    this.texts[code] = text;
    list.push({ text, code });
    return code;
  }

  /** Write the font program and dictionaries (once every page is drawn). */
  finish(): void {
    const { doc, face } = this;
    const font = face.font;
    const tag = subsetTag(`${this.name}:${face.key}:${this.fontName}`);
    const name = `${tag}+${this.fontName.replace(/[^!-~]|[()<>[\]{}/%#]/g, '_')}`;
    const file = newObject(doc);
    file.end(this.subset.encode());
    const bbox = font.bbox;
    // Symbolic (4: glyphs outside the standard Latin set); serif (2) by the OS/2 family class; italic (64).
    const familyClass = (font['OS/2']?.sFamilyClass ?? 0) >> 8;
    const flags = 4 | (familyClass >= 1 && familyClass <= 7 ? 2 : 0) | (font.italicAngle ? 64 : 0);
    const descriptor = newObject(doc, {
      Type: 'FontDescriptor',
      FontName: name,
      Flags: flags,
      FontBBox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((v) => Math.round(v * this.scale)),
      ItalicAngle: font.italicAngle,
      Ascent: Math.round(font.ascent * this.scale),
      Descent: Math.round(font.descent * this.scale),
      CapHeight: Math.round((font.capHeight || font.ascent) * this.scale),
      XHeight: Math.round((font.xHeight || 0) * this.scale),
      StemV: 0,
      FontFile2: file,
    });
    descriptor.end();
    const cidFont = newObject(doc, {
      Type: 'Font',
      Subtype: 'CIDFontType2',
      BaseFont: name,
      CIDSystemInfo: { Registry: new String('Adobe'), Ordering: new String('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: [0, this.widths.map((w) => w ?? 0)],
      CIDToGIDMap: 'Identity',
    });
    cidFont.end();
    const toUnicode = newObject(doc);
    toUnicode.end(toUnicodeCMap(this.texts));
    Object.assign(this.ref.data, { Type: 'Font', Subtype: 'Type0', BaseFont: name, Encoding: 'Identity-H', DescendantFonts: [cidFont], ToUnicode: toUnicode });
    this.ref.end();
  }
}

function sameText(a: readonly number[], b: readonly number[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Six capital letters from a name (a subset's tag, ISO 32000-1 9.6.4), the same for the same name. */
function subsetTag(name: string): string {
  let h = 2166136261;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 16777619) >>> 0;
  let tag = '';
  for (let i = 0; i < 6; i++) {
    tag += String.fromCharCode(65 + (h % 26));
    h = Math.floor(h / 26) ^ Math.imul(h, 31);
    h >>>= 0;
  }
  return tag;
}

const hex4 = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

/** UTF-16BE hex of code points. */
export function utf16(text: readonly number[]): string {
  let out = '';
  for (const cp of text) {
    if (cp > 0xffff) {
      const v = cp - 0x10000;
      out += hex4(0xd800 | (v >> 10)) + hex4(0xdc00 | (v & 0x3ff));
    } else out += hex4(cp);
  }
  return out;
}

/** The ToUnicode CMap: one bfchar entry per code that has text, a hundred entries per block. */
function toUnicodeCMap(texts: (readonly number[])[]): string {
  const entries: string[] = [];
  texts.forEach((text, code) => {
    if (text?.length) entries.push(`<${hex4(code)}> <${utf16(text)}>`);
  });
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.join('\n')}\nendbfchar`);
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
${blocks.join('\n')}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
}
