/**
 * The parts of `fontkit` and `linebreak` this renderer uses (neither package
 * ships type declarations).
 */
declare module 'fontkit' {
  export interface Glyph {
    id: number;
    advanceWidth: number;
    name: string;
  }
  export interface Font {
    postscriptName: string;
    familyName: string;
    unitsPerEm: number;
    ascent: number;
    descent: number;
    lineGap: number;
    capHeight: number;
    xHeight: number;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}

declare module 'linebreak' {
  export interface Break {
    /** UTF-16 offset where the next line may start. */
    position: number;
    /** True for a mandatory break (after a line feed and the like). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): Break | null;
  }
}
