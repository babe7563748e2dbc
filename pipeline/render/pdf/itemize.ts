/**
 * Font fallback by coverage: which embedded face draws each character.
 *
 * A character's script picks the preferred family (Arabic letters, Arabic
 * punctuation and digits → the Arabic face; everything else → the Latin face);
 * common characters (spaces, digits, punctuation) between two runs of one script
 * join that script so a run is not cut by its own spaces; combining marks follow
 * their base. A character that no face has is an error, never a silent box.
 */
import { PaperError } from '../../model/diagnostics.js';
import { faceFor, type Face, type FaceScript, type FaceStyle } from './fonts.js';

export interface Place {
  line: number;
  column: number;
}

/** Thrown when no embedded face has a glyph for a character; the build reports it as a diagnostic. */
export class MissingGlyphError extends PaperError {
  constructor(
    readonly codePoint: number,
    place: Place | undefined,
  ) {
    const hex = codePoint.toString(16).toUpperCase().padStart(4, '0');
    super(`No embedded PDF font has a glyph for U+${hex} “${String.fromCodePoint(codePoint)}” (${category(codePoint)})`, 'pdf-missing-glyph', place);
    this.name = 'MissingGlyphError';
  }
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

type CharClass = FaceScript | 'common' | 'inherited' | 'ignorable';

const ARABIC = /\p{Script_Extensions=Arabic}/u;
const INHERITED = /\p{Script=Inherited}/u;
const COMMON = /\p{Script=Common}/u;
const IGNORABLE = /\p{Default_Ignorable_Code_Point}/u;

function classify(ch: string): CharClass {
  if (IGNORABLE.test(ch)) return 'ignorable';
  if (ARABIC.test(ch)) return 'arabic';
  if (INHERITED.test(ch)) return 'inherited';
  if (COMMON.test(ch)) return 'common';
  return 'latin';
}

/** Classes by code point: four property tests per character add up over a paper. */
const classByCodePoint = new Map<number, CharClass>();

function classOf(codePoint: number): CharClass {
  let found = classByCodePoint.get(codePoint);
  if (found === undefined) classByCodePoint.set(codePoint, (found = classify(String.fromCodePoint(codePoint))));
  return found;
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
  placeAt(index: number): Place | undefined;
  /** Script of common characters with no single script around them (the edition's language). */
  defaultScript: FaceScript;
}

/** The face of every UTF-16 unit of the text (a surrogate pair shares one). */
export function itemize({ text, styleAt, placeAt, defaultScript }: ItemizeInput): Face[] {
  const starts: number[] = [];
  const classes: CharClass[] = [];
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i)!;
    starts.push(i);
    classes.push(classOf(cp));
    i += cp > 0xffff ? 2 : 1;
  }
  // Resolve common characters from the strong scripts on either side.
  const scripts: FaceScript[] = new Array(classes.length);
  let prevStrong: FaceScript | undefined;
  const nextStrong: (FaceScript | undefined)[] = new Array(classes.length);
  let next: FaceScript | undefined;
  for (let k = classes.length - 1; k >= 0; k--) {
    nextStrong[k] = next;
    const c = classes[k];
    if (c === 'arabic' || c === 'latin') next = c;
  }
  for (let k = 0; k < classes.length; k++) {
    const c = classes[k];
    if (c === 'arabic' || c === 'latin') {
      scripts[k] = c;
      prevStrong = c;
    } else if (c === 'inherited' || c === 'ignorable') {
      scripts[k] = k > 0 ? scripts[k - 1] : (nextStrong[k] ?? defaultScript);
    } else {
      // Between two runs of one script, or trailing after one: that script; otherwise the edition's.
      const after = nextStrong[k];
      scripts[k] = after === undefined || after === prevStrong ? (prevStrong ?? defaultScript) : defaultScript;
    }
  }
  const faces: Face[] = new Array(text.length);
  for (let k = 0; k < starts.length; k++) {
    const i = starts[k];
    const cp = text.codePointAt(i)!;
    const style = styleAt(i);
    let face: Face | undefined;
    if (classes[k] === 'ignorable' || classes[k] === 'inherited') {
      // Marks and format characters stay in their base's face (shaping needs them together).
      const base = k > 0 ? faces[starts[k - 1]] : undefined;
      face = base && (classes[k] === 'ignorable' || base.font.hasGlyphForCodePoint(cp)) ? base : cachedFace(cp, scripts[k], style);
      if (!face && classes[k] === 'ignorable') face = cachedFace(0x20, scripts[k], style);
    } else {
      face = cachedFace(cp, scripts[k], style);
    }
    if (!face) throw new MissingGlyphError(cp, placeAt(i));
    faces[i] = face;
    if (cp > 0xffff) faces[i + 1] = face;
  }
  return faces;
}
