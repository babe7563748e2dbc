/**
 * The parts of `fontkit` and `linebreak` this renderer uses (neither package
 * ships type declarations), and of Node's WebAssembly API.
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
    italicAngle: number;
    'OS/2'?: { sFamilyClass: number };
    bbox: { minX: number; minY: number; maxX: number; maxY: number };
    hasGlyphForCodePoint(codePoint: number): boolean;
    glyphForCodePoint(codePoint: number): Glyph;
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

/** The WebAssembly API of Node, as far as harfbuzz.ts uses it (TypeScript declares it only with the DOM library). */
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
    static imports(module: Module): { module: string; name: string; kind: string }[];
  }
  class Instance {
    constructor(module: Module, imports?: Record<string, Record<string, unknown>>);
    readonly exports: Record<string, unknown>;
  }
  class Memory {
    readonly buffer: ArrayBuffer;
    grow(pages: number): number;
  }
}

declare module 'hyphen/en-us/index.js' {
  /** Liang hyphenation with TeX's en-us patterns: the text with `hyphenChar` (U+00AD by default) at every hyphenation point. */
  const hyphenEnUs: { hyphenateSync(text: string, options?: { hyphenChar?: string; minWordLength?: number }): string };
  export default hyphenEnUs;
}
