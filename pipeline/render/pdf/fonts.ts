/**
 * The faces the PDF editions embed, and the choice of face for each character.
 *
 * Full TrueType files from npm (`@expo-google-fonts/*`): the web-font subsets of
 * `@fontsource` split a face by script and lose Latin digits in the Arabic file,
 * which is fine for browsers but not for a PDF that must embed one face per run.
 * Each file is read once per process; HarfBuzz shapes from its bytes and the
 * fontkit object made from the same bytes is handed to pdfkit for embedding, so
 * glyph ids always agree.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { create, type Font } from 'fontkit';

export interface FaceStyle {
  bold: boolean;
  italic: boolean;
}

/** The script a face is chosen for. `arabic` covers everything with Script_Extensions=Arabic. */
export type FaceScript = 'latin' | 'arabic';

export interface Face {
  /** Stable name, also the pdfkit registration name. */
  key: string;
  font: Font;
  /** The font file: HarfBuzz shapes from it (shape.ts), fontkit measures and embeds. */
  data: Buffer;
  /** Ascent and descent (positive, below the baseline) in em. */
  ascent: number;
  descent: number;
  /** Size relative to the nominal size: Arabic faces have a smaller eye than Latin ones at one size. */
  scale: number;
}

const require = createRequire(import.meta.url);

type Variant = 'regular' | 'bold' | 'italic' | 'boldItalic';

/** npm files per family and variant; a family without a variant falls back to its upright cut. */
const FILES: Record<string, Partial<Record<Variant, string>>> = {
  'noto-serif': {
    regular: '@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf',
    bold: '@expo-google-fonts/noto-serif/700Bold/NotoSerif_700Bold.ttf',
    italic: '@expo-google-fonts/noto-serif/400Regular_Italic/NotoSerif_400Regular_Italic.ttf',
    boldItalic: '@expo-google-fonts/noto-serif/700Bold_Italic/NotoSerif_700Bold_Italic.ttf',
  },
  // Amiri draws each Arabic letter as one glyph (dots included), so every glyph maps back to
  // its letter; Noto Naskh draws dots as separate glyphs (3,524 of 12,871 glyphs of the sample's
  // distinct words had no character of their own), which text extraction cannot name.
  amiri: {
    regular: '@expo-google-fonts/amiri/400Regular/Amiri_400Regular.ttf',
    bold: '@expo-google-fonts/amiri/700Bold/Amiri_700Bold.ttf',
    italic: '@expo-google-fonts/amiri/400Regular_Italic/Amiri_400Regular_Italic.ttf',
    boldItalic: '@expo-google-fonts/amiri/700Bold_Italic/Amiri_700Bold_Italic.ttf',
  },
  // For Arabic-script characters the two faces above lack.
  'noto-naskh-arabic': {
    regular: '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
    bold: '@expo-google-fonts/noto-naskh-arabic/700Bold/NotoNaskhArabic_700Bold.ttf',
  },
  // Symbols, in this order: arrows, geometric shapes and mathematics; dingbats and other
  // symbols; emoji (Noto Emoji's outlines: a PDF font has one colour).
  'noto-sans-math': { regular: '@expo-google-fonts/noto-sans-math/400Regular/NotoSansMath_400Regular.ttf' },
  'noto-sans-symbols-2': { regular: '@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf' },
  'noto-sans-symbols': {
    regular: '@expo-google-fonts/noto-sans-symbols/400Regular/NotoSansSymbols_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-symbols/700Bold/NotoSansSymbols_700Bold.ttf',
  },
  'noto-emoji': {
    regular: '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
    bold: '@expo-google-fonts/noto-emoji/700Bold/NotoEmoji_700Bold.ttf',
  },
};

/** Amiri at 1.2× the nominal size matches Noto Serif's apparent size (x-height against the Arabic letter body). */
const SCALE: Record<string, number> = { amiri: 1.2, 'noto-naskh-arabic': 1.05 };

const PRIMARY: Record<FaceScript, string> = { latin: 'noto-serif', arabic: 'amiri' };
/** Tried after the two primary faces, in order. */
const FALLBACKS = ['noto-naskh-arabic', 'noto-sans-math', 'noto-sans-symbols-2', 'noto-sans-symbols', 'noto-emoji'];

const loaded = new Map<string, Face>();

function variantOf(style: FaceStyle): Variant {
  if (style.bold) return style.italic ? 'boldItalic' : 'bold';
  return style.italic ? 'italic' : 'regular';
}

/** A family's face in a style (its upright cut when it has no such style), loaded once per thread. */
export function familyFace(family: string, style: FaceStyle): Face {
  const files = FILES[family];
  const wanted = variantOf(style);
  const variant: Variant = files[wanted] ? wanted : style.bold && files.bold ? 'bold' : 'regular';
  const key = `${family}-${variant}`;
  let found = loaded.get(key);
  if (!found) {
    const data = readFileSync(require.resolve(files[variant]!));
    const font = create(data);
    found = {
      key,
      font,
      data,
      ascent: font.ascent / font.unitsPerEm,
      descent: -font.descent / font.unitsPerEm,
      scale: SCALE[family] ?? 1,
    };
    loaded.set(key, found);
  }
  return found;
}

/** The faces of running text (not the symbol and emoji faces, loaded when a character needs them), loaded. */
export function textFaces(): Face[] {
  const faces = new Set<Face>();
  for (const family of [PRIMARY.latin, PRIMARY.arabic, FALLBACKS[0]]) {
    for (const bold of [false, true]) for (const italic of [false, true]) faces.add(familyFace(family, { bold, italic }));
  }
  return [...faces];
}

/** The face whose (empty) glyphs carry characters for extractors (draw.ts): any face will do; this one is always loaded. */
export const carrierFace = (): Face => familyFace(PRIMARY.latin, { bold: false, italic: false });

/** Faces to try for a character of `script`, best first (loaded as they are reached). */
function* faceChain(script: FaceScript, style: FaceStyle): Generator<Face> {
  const other: FaceScript = script === 'arabic' ? 'latin' : 'arabic';
  yield familyFace(PRIMARY[script], style);
  yield familyFace(PRIMARY[other], style);
  for (const family of FALLBACKS) yield familyFace(family, style);
}

/** The face that draws a script's text: the first of its chain. */
export const primaryFace = (script: FaceScript, style: FaceStyle): Face => familyFace(PRIMARY[script], style);

/** The first face of the chain that has a glyph for the code point, or undefined. */
export function faceFor(codePoint: number, script: FaceScript, style: FaceStyle): Face | undefined {
  for (const f of faceChain(script, style)) if (f.font.hasGlyphForCodePoint(codePoint)) return f;
  return undefined;
}
