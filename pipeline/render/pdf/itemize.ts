/**
 * Font fallback by coverage: which embedded face draws each character.
 *
 * A character's script picks the preferred family (Arabic letters, Arabic
 * punctuation and digits → the Arabic face; everything else → the Latin face);
 * common characters (spaces, digits, punctuation) between two runs of one script
 * join that script so a run is not cut by its own spaces; combining marks follow
 * their base; a character neither face has goes to the fallback chain (fonts.ts:
 * symbols, then emoji). One that no face has is drawn as the primary face's empty
 * box, still standing for itself in the text, and reported at its source position.
 */
import { faceFor, primaryFace, type Face, type FaceScript, type FaceStyle } from './fonts.js';
import type { Point } from 'unist';
import { codePointMemo } from '../../text/memo.js';

/** What a report of a character no face has says about it. */
export function missingGlyphMessage(codePoint: number): string {
  const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
  return `No embedded PDF font has a glyph for U+${hex} “${String.fromCodePoint(codePoint)}” (${category(codePoint)}): the PDF shows an empty box; use another character or leave it to the HTML edition`;
}

/** The Unicode general category, in words (Node has no character names). */
function category(codePoint: number): string {
  const ch = String.fromCodePoint(codePoint);
  const names: [RegExp, string][] = [
    [/\p{L}/u, 'letter'],
    [/\p{M}/u, 'mark'],
    [/\p{N}/u, 'number'],
    [/\p{P}/u, 'punctuation'],
    [/\p{S}/u, 'symbol'],
    [/\p{Z}/u, 'separator'],
  ];
  const script = /\p{Script=Common}/u.test(ch) ? '' : ` of the ${scriptName(ch)} script`;
  return `${names.find(([re]) => re.test(ch))?.[1] ?? 'control or unassigned character'}${script}`;
}

const SCRIPTS = ['Latin', 'Arabic', 'Greek', 'Cyrillic', 'Hebrew', 'Syriac', 'Thaana', 'Devanagari', 'Han', 'Hiragana', 'Katakana', 'Hangul', 'Armenian', 'Georgian', 'Ethiopic', 'Thai'];

function scriptName(ch: string): string {
  return SCRIPTS.find((s) => new RegExp(`\\p{Script=${s}}`, 'u').test(ch)) ?? 'another';
}

/** Character classes as numbers: the two scripts first, so that a class below COMMON is a script. */
const LATIN = 0;
const ARABIC_SCRIPT = 1;
const COMMON_CLASS = 2;
const INHERITED_CLASS = 3;
const IGNORABLE_CLASS = 4;
/** No strong character (before or after). */
const NONE = 255;
const SCRIPTS_BY_CODE: readonly FaceScript[] = ['latin', 'arabic'];

const ARABIC = /\p{Script_Extensions=Arabic}/u;
const INHERITED = /\p{Script=Inherited}/u;
const COMMON = /\p{Script=Common}/u;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

function classify(ch: string): number {
  if (IGNORABLE.test(ch)) return IGNORABLE_CLASS;
  if (ARABIC.test(ch)) return ARABIC_SCRIPT;
  if (INHERITED.test(ch)) return INHERITED_CLASS;
  if (COMMON.test(ch)) return COMMON_CLASS;
  return LATIN;
}

/** Classes by code point: four property tests per character add up over a paper. */
const classOf = codePointMemo((codePoint) => classify(String.fromCodePoint(codePoint)));

/**
 * Per code point of the paragraph: where it starts, its class, the script it resolves to
 * and the next strong script after it. Reused from paragraph to paragraph (grown as
 * needed): arrays made per paragraph were a large share of the layout's garbage.
 */
let starts = new Uint32Array(1024);
let classes = new Uint8Array(1024);
let scripts = new Uint8Array(1024);
let nextStrong = new Uint8Array(1024);

function makeRoom(n: number): void {
  if (n <= starts.length) return;
  const size = Math.max(n, 2 * starts.length);
  starts = new Uint32Array(size);
  classes = new Uint8Array(size);
  scripts = new Uint8Array(size);
  nextStrong = new Uint8Array(size);
}

/** Chosen faces by script and style (slot 4 × arabic + 2 × bold + italic), each by code point; null for none. */
const chosen: Map<number, Face | null>[] = Array.from({ length: 8 }, () => new Map());

function cachedFace(codePoint: number, script: FaceScript, style: FaceStyle): Face | undefined {
  const faces = chosen[(script === 'arabic' ? 4 : 0) + (style.bold ? 2 : 0) + (style.italic ? 1 : 0)];
  let found = faces.get(codePoint);
  if (found === undefined) {
    found = faceFor(codePoint, script, style) ?? null;
    faces.set(codePoint, found);
  }
  return found ?? undefined;
}

export interface ItemizeInput {
  text: string;
  styleAt(index: number): FaceStyle;
  /** Source position of the character at `index`, for error messages. */
  placeAt(index: number): Point | undefined;
  /** Script of common characters with no single script around them (the edition's language). */
  defaultScript: FaceScript;
  /** Told of each character no face has (it is drawn with the primary face's missing-glyph box). */
  missing?(codePoint: number, place: Point | undefined): void;
}

/** The face of every UTF-16 unit of the text (a surrogate pair shares one). */
export function itemize({ text, styleAt, placeAt, defaultScript, missing }: ItemizeInput): Face[] {
  makeRoom(text.length);
  let count = 0;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    starts[count] = i;
    classes[count++] = classOf(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  // Resolve common characters from the strong scripts on either side.
  const fallback = defaultScript === 'arabic' ? ARABIC_SCRIPT : LATIN;
  let next = NONE;
  for (let k = count - 1; k >= 0; k--) {
    nextStrong[k] = next;
    if (classes[k] < COMMON_CLASS) next = classes[k];
  }
  let prevStrong = NONE;
  for (let k = 0; k < count; k++) {
    const c = classes[k];
    if (c < COMMON_CLASS) {
      scripts[k] = c;
      prevStrong = c;
    } else if (c === INHERITED_CLASS || c === IGNORABLE_CLASS) {
      scripts[k] = k > 0 ? scripts[k - 1] : nextStrong[k] !== NONE ? nextStrong[k] : fallback;
    } else {
      // Between two runs of one script, or trailing after one: that script; otherwise the edition's.
      const after = nextStrong[k];
      scripts[k] = after === NONE || after === prevStrong ? (prevStrong !== NONE ? prevStrong : fallback) : fallback;
    }
  }
  const faces: Face[] = new Array(text.length);
  for (let k = 0; k < count; k++) {
    const i = starts[k];
    const cp = text.codePointAt(i)!;
    const style = styleAt(i);
    const c = classes[k];
    const script = SCRIPTS_BY_CODE[scripts[k]];
    let face: Face | undefined;
    if (c === IGNORABLE_CLASS || c === INHERITED_CLASS) {
      // Marks and format characters stay in their base's face (shaping needs them together).
      const base = k > 0 ? faces[starts[k - 1]] : undefined;
      face = base && (c === IGNORABLE_CLASS || base.font.hasGlyphForCodePoint(cp)) ? base : cachedFace(cp, script, style);
      if (!face && c === IGNORABLE_CLASS) face = cachedFace(0x20, script, style);
    } else {
      face = cachedFace(cp, script, style);
    }
    if (!face) {
      missing?.(cp, placeAt(i));
      face = primaryFace(script, style);
    }
    faces[i] = face;
    if (cp > 0xffff) faces[i + 1] = face;
  }
  return faces;
}
