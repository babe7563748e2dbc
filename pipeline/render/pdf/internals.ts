/**
 * Every use of pdfkit's and fontkit's undocumented internals, in one module.
 *
 * pdfkit holds pages, annotations, the outline and the tag tree; fontkit reads
 * fonts and writes TrueType subsets. A few things the editions need have no
 * public API: the font resources of a page, the document catalog (for viewer
 * preferences), the moment a stream is compressed, and a subset's glyph
 * writing (to reuse glyph data between documents and to add glyphs of our own).
 * They are reached here and nowhere else. Both packages are pinned to exact
 * versions in package.json (`PINNED` below), and test/pdf-internals.test.ts
 * checks the installed versions and every field used, so an upgrade fails loudly
 * there rather than quietly in an edition.
 */
import { deflateSync } from 'node:zlib';
import type PDFKitDocument from 'pdfkit';
import type { Font } from 'fontkit';
import { encodeSimpleGlyph } from './glyf.js';

export type PDFDocument = InstanceType<typeof PDFKitDocument>;

/** The versions whose internals this module was written against. */
export const PINNED = { pdfkit: '0.20.2', fontkit: '2.0.4' } as const;

// ---------------------------------------------------------------- pdfkit

/** pdfkit's indirect object (`PDFReference`): its dictionary, and its stream until `end()`. */
export interface PdfRef {
  data: Record<string, unknown>;
}

interface Internals {
  _root: Reference;
  _info: Reference;
  /** The document /ID (the trailer's). */
  _id: Uint8Array;
  /** Byte offset of each object by id - 1 (null until written), and of the next byte. */
  _offsets: (number | null)[];
  _offset: number;
  page: { fonts: Record<string, unknown>; dictionary: PdfRef };
  ref(data?: object): Reference;
  /** Writes bytes (a string is taken as binary and ended with a line feed). */
  _write(data: string | Uint8Array): void;
  /** Writes the cross-reference table and the trailer, then ends the document's byte stream. */
  _finalize(): void;
  /** Hands bytes to the document's readers (a Node readable stream); null ends it. */
  push(chunk: null): void;
}

/** What `compressObjects` reaches of a `PDFReference`. */
interface Reference extends PdfRef {
  id: number;
  /** Whether pdfkit will deflate the stream (it sets /Filter /FlateDecode when data is written). */
  compress: boolean;
  buffer: Uint8Array[];
  /** Writes the object (`n 0 obj`, its dictionary, its stream, `endobj`) and tells the document. */
  finalize(): void;
}

const internals = (doc: PDFDocument) => doc as unknown as Internals;

/** An indirect object of the document; `end` writes it (with its stream, if data is given). */
export interface PdfObject extends PdfRef {
  end(data?: string | Uint8Array): void;
}

export const newObject = (doc: PDFDocument, data: object = {}): PdfObject => doc.ref(data) as unknown as PdfObject;

/** Put a font object into the current page's /Resources /Font under `name`. */
export function useFontOnPage(doc: PDFDocument, name: string, font: unknown): void {
  const fonts = internals(doc).page.fonts;
  if (fonts[name] === undefined) fonts[name] = font;
}

/** The document catalog, for entries pdfkit has no option for (viewer preferences). */
export function catalog(doc: PDFDocument): PdfRef {
  return internals(doc)._root;
}

/** The current page's dictionary. */
export function pageDictionary(doc: PDFDocument): PdfRef {
  return internals(doc).page.dictionary;
}

/** Objects per object stream: readers inflate a whole object stream to reach one of its objects. */
const OBJECTS_PER_STREAM = 200;

/**
 * Compress the document's objects: streams are deflated at `level` (pdfkit uses zlib's
 * default 6), and every other object (structure elements, annotations, dictionaries and
 * arrays, which are most of a tagged document and which pdfkit writes as plain text) goes into
 * deflated object streams listed by a cross-reference stream (PDF 1.5, ISO 32000-1 7.5.7 and
 * 7.5.8). zlib's output depends only on the input and the settings, so the bytes stay the same
 * from run to run. Call it before drawing.
 */
export function compressObjects(doc: PDFDocument, level: number): void {
  const inner = internals(doc);
  /** Objects kept for object streams: id and body, in the order pdfkit finished them. */
  const packed: { id: number; body: Uint8Array }[] = [];
  const write = inner._write;
  /** Whether pdfkit's writing is being caught, and whether it asked for the end of the file meanwhile. */
  let catching = false;
  let ended = false;
  const compress = (made: Reference) => {
    const finalize = made.finalize;
    made.finalize = function (this: Reference) {
      if (this.buffer.length) {
        if (this.compress) {
          // Deflated here, then written by pdfkit as it is (its /Filter is already set).
          this.buffer = [deflateSync(Buffer.concat(this.buffer), { level })];
          this.compress = false;
        }
        return finalize.call(this);
      }
      // No stream: pdfkit's writing of `n 0 obj`, the body and `endobj` is caught, the body kept.
      const written: Uint8Array[] = [];
      inner._write = (data) => written.push(typeof data === 'string' ? Buffer.from(`${data}\n`, 'latin1') : data);
      catching = true;
      try {
        finalize.call(this);
      } finally {
        inner._write = write;
        catching = false;
      }
      packed.push({ id: this.id, body: Buffer.concat(written.slice(1, -1)) });
      // The last object finished ends the file (pdfkit calls _finalize from finalize).
      if (ended) writeObjectStreams(inner, packed, level);
    };
    return made;
  };
  const ref = inner.ref.bind(doc);
  inner.ref = (data) => compress(ref(data));
  // The objects pdfkit made before this call: the catalog and those it holds (pages, names,
  // structure tree root, mark info, viewer preferences).
  compress(inner._root);
  for (const value of Object.values(inner._root.data)) if (isReference(value)) compress(value);
  inner._finalize = () => {
    if (catching) ended = true;
    else writeObjectStreams(inner, packed, level);
  };
}

const isReference = (value: unknown): value is Reference => typeof value === 'object' && value !== null && typeof (value as Reference).finalize === 'function' && typeof (value as Reference).id === 'number';

/** The object streams, then the cross-reference stream in place of pdfkit's table and trailer. */
function writeObjectStreams(inner: Internals, packed: { id: number; body: Uint8Array }[], level: number): void {
  const offsets = inner._offsets;
  /** Object stream and index of each packed object, by id. */
  const inStream = new Map<number, [number, number]>();
  const writeObject = (id: number, dictionary: string, data: Uint8Array) => {
    offsets[id - 1] = inner._offset;
    inner._write(`${id} 0 obj`);
    inner._write(`<<${dictionary} /Filter /FlateDecode /Length ${data.length}>>`);
    inner._write('stream');
    inner._write(data);
    inner._write('\nendstream');
    inner._write('endobj');
  };
  for (let from = 0; from < packed.length; from += OBJECTS_PER_STREAM) {
    const chunk = packed.slice(from, from + OBJECTS_PER_STREAM);
    const id = offsets.push(null);
    let at = 0;
    const pairs = chunk.map(({ id: object, body }, k) => {
      inStream.set(object, [id, k]);
      const pair = `${object} ${at}`;
      at += body.length;
      return pair;
    });
    const header = Buffer.from(`${pairs.join(' ')}\n`, 'latin1');
    const data = deflateSync(Buffer.concat([header, ...chunk.map((c) => c.body)]), { level });
    writeObject(id, `/Type /ObjStm /N ${chunk.length} /First ${header.length}`, data);
  }
  // Entries of 1 + 4 + 2 bytes: type, then offset and generation (1) or object stream and index (2).
  const xref = offsets.push(null);
  const start = inner._offset;
  offsets[xref - 1] = start;
  const entries = Buffer.alloc((offsets.length + 1) * 7);
  entries.writeUInt16BE(0xffff, 5);
  offsets.forEach((offset, k) => {
    const entry = (k + 1) * 7;
    const stream = inStream.get(k + 1);
    if (stream) {
      entries[entry] = 2;
      entries.writeUInt32BE(stream[0], entry + 1);
      entries.writeUInt16BE(stream[1], entry + 5);
    } else if (offset !== null) {
      entries[entry] = 1;
      entries.writeUInt32BE(offset, entry + 1);
    }
    // An object never written stays a free entry (type 0).
  });
  const id = `<${Buffer.from(inner._id).toString('hex')}>`;
  writeObject(xref, `/Type /XRef /Size ${offsets.length + 1} /W [1 4 2] /Root ${inner._root.id} 0 R /Info ${inner._info.id} 0 R /ID [${id} ${id}]`, deflateSync(entries, { level }));
  inner._write('startxref');
  inner._write(`${start}`);
  inner._write('%%EOF');
  inner.push(null);
}

// ---------------------------------------------------------------- fontkit

/** What fontkit 2's TrueType fonts keep of their tables and glyphs. */
interface TTFont {
  loca: { offsets: number[] };
  maxp: { maxPoints: number; maxContours: number };
  /** Decoded tables by tag: what the table getters (maxp…) return. */
  _tables: Record<string, unknown>;
  _variationProcessor?: unknown;
  getGlyph(id: number): TTGlyph;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
  createSubset(): TTSubset;
}

interface TTGlyph {
  advanceWidth: number;
  path: GlyphPath;
  _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
  _getMetrics(): { leftBearing: number };
}

/** fontkit's `Path` (public), as far as glyph merging uses it. */
interface GlyphPath {
  commands: { command: string; args: number[] }[];
  translate(x: number, y: number): GlyphPath;
}

/** fontkit's `TTFSubset`. */
interface TTSubset {
  font: TTFont;
  /** Original glyph ids by subset index; `encode` writes them in this order. */
  glyphs: number[];
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  includeGlyph(id: number): number;
  _addGlyph(id: number): number;
  encode(): Uint8Array;
}

/** A glyph of a font drawn at an offset (font units, y up), as part of a glyph made for a subset. */
export interface GlyphPart {
  id: number;
  dx: number;
  dy: number;
}

/** A glyph a subset gets: a glyph of the font as it is, or one made of several (empty when none). */
export type GlyphSource = { id: number } | { parts: readonly GlyphPart[]; advance: number };

/** A TrueType subset that can also hold glyphs made of other glyphs. */
export interface Subset {
  /** The subset's glyph index for `source`; every call adds a glyph (a copy when the glyph is already in). */
  add(source: GlyphSource): number;
  /** The subset as a TrueType file. */
  encode(): Uint8Array;
}

interface GlyphRecord {
  data: Uint8Array;
  /** Points and contours of a glyph made here (the subset's maxp must allow them). */
  points?: number;
  contours?: number;
  /** A composite's components: the glyph each names, and where its id sits in `data`. */
  components: { glyphID: number; pos: number }[];
  advance: number;
  bearing: number;
}

/** Glyph data per font, read once per process: fontkit decoded every glyph's outline in every document. */
const records = new WeakMap<object, Map<number, GlyphRecord>>();
/** Glyphs made of parts, encoded once per font and shape. */
const made = new WeakMap<object, Map<string, GlyphRecord>>();

function read(font: TTFont, id: number): GlyphRecord {
  const glyph = font.getGlyph(id);
  const glyf = glyph._decode();
  const stream = font._getTableStream('glyf');
  stream.pos += font.loca.offsets[id];
  const data = stream.readBuffer(font.loca.offsets[id + 1] - font.loca.offsets[id]);
  const components = glyf && glyf.numberOfContours < 0 ? (glyf.components ?? []) : [];
  return { data, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
}

function recordOf(font: TTFont, id: number): GlyphRecord {
  let known = records.get(font);
  if (!known) records.set(font, (known = new Map()));
  let record = known.get(id);
  if (!record) known.set(id, (record = read(font, id)));
  return record;
}

/**
 * One simple glyph with the outlines of `parts` (hinting dropped: PDF viewers scale outlines
 * freely). A simple glyph rather than a composite one: the faces' glyphs are composites
 * already, and their maxp allows one level.
 */
function merged(font: TTFont, parts: readonly GlyphPart[], advance: number): GlyphRecord {
  let cache = made.get(font);
  if (!cache) made.set(font, (cache = new Map()));
  const key = `${advance}:${parts.map((p) => `${p.id},${p.dx},${p.dy}`).join(';')}`;
  let record = cache.get(key);
  if (!record) {
    const commands = parts.flatMap((part) => font.getGlyph(part.id).path.translate(part.dx, part.dy).commands);
    const glyph = encodeSimpleGlyph({ commands });
    record = { data: glyph.data, components: [], advance, bearing: glyph.xMin, points: glyph.points, contours: glyph.contours };
    cache.set(key, record);
  }
  return record;
}

/**
 * A TrueType subset of `font` (fontkit's), writing each glyph from records read once per
 * process, and able to hold glyphs made of several glyphs of the font. Glyphs are copied as
 * fontkit copies them (a composite's components renumbered into the subset).
 */
export function trueTypeSubset(font: Font): Subset {
  const ttf = font as unknown as TTFont;
  const subset = ttf.createSubset();
  if (!('glyphEncoder' in subset) || ttf._variationProcessor) throw new Error('PDF faces must be static TrueType fonts');
  /** Glyphs made for this subset, by the negative id that stands for them in `subset.glyphs`. */
  const madeGlyphs: GlyphRecord[] = [];
  const included = new Set<number>();
  subset._addGlyph = (id: number): number => {
    const record = id < 0 ? madeGlyphs[-id - 1] : recordOf(ttf, id);
    let data = record.data;
    if (record.components.length) {
      // A copy with the components' ids renumbered into this subset (including them as needed).
      data = new Uint8Array(data);
      const view = new DataView(data.buffer);
      for (const component of record.components) view.setUint16(component.pos, subset.includeGlyph(component.glyphID));
    }
    subset.glyf.push(data);
    subset.loca.offsets.push(subset.offset);
    subset.hmtx.metrics.push({ advance: record.advance, bearing: record.bearing });
    subset.offset += data.length;
    return subset.glyf.length - 1;
  };
  // .notdef first, as every TrueType font has it.
  subset.includeGlyph(0);
  included.add(0);
  return {
    add(source) {
      if ('id' in source) {
        // includeGlyph keeps one index per glyph; a second use of a glyph gets a copy.
        if (!included.has(source.id)) {
          included.add(source.id);
          return subset.includeGlyph(source.id);
        }
        subset.glyphs.push(source.id);
        return subset.glyphs.length - 1;
      }
      madeGlyphs.push(merged(ttf, source.parts, source.advance));
      subset.glyphs.push(-madeGlyphs.length);
      return subset.glyphs.length - 1;
    },
    encode() {
      // fontkit copies the font's maxp into the subset: the glyphs made here may have more
      // points or contours than any of the font's, so the copy is made from a maxp that allows them.
      const maxp = ttf.maxp;
      const points = Math.max(maxp.maxPoints, ...madeGlyphs.map((g) => g.points ?? 0));
      const contours = Math.max(maxp.maxContours, ...madeGlyphs.map((g) => g.contours ?? 0));
      // The font's maxp getter returns the decoded table kept in _tables: it is swapped while the subset is written.
      ttf._tables.maxp = { ...maxp, maxPoints: points, maxContours: contours };
      try {
        return subset.encode();
      } finally {
        ttf._tables.maxp = maxp;
      }
    },
  };
}
