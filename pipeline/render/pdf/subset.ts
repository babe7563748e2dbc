/**
 * Font subsets that read each glyph's data once per process.
 *
 * pdfkit embeds each face as a subset that fontkit writes when the document
 * ends: for every glyph used, fontkit decodes the whole glyph outline (to learn
 * whether it is a composite and which glyphs it is made of) and reads its bytes
 * from the glyf table, in every document again. That decoding was a tenth of a
 * warm edition's CPU. Here the result is kept per font and glyph: the glyph's
 * bytes (a view into the font file), its components, its advance and bearing;
 * a subset then only copies them, and renumbers a composite's components as
 * fontkit does. The bytes written are fontkit's own (bench and tests compare).
 */

/** The fontkit 2 internals used (TTFSubset and TTFFont). */
interface Subset {
  font: Font;
  glyf: Uint8Array[];
  loca: { offsets: number[] };
  hmtx: { metrics: { advance: number; bearing: number }[] };
  offset: number;
  /** Present on subsets of TrueType outlines (TTFSubset), which this replaces the glyph step of. */
  glyphEncoder?: unknown;
  includeGlyph(id: number): number;
  _addGlyph(id: number): number;
}

interface Font {
  loca: { offsets: number[] };
  _variationProcessor?: unknown;
  getGlyph(id: number): Glyph;
  _getTableStream(tag: string): { pos: number; readBuffer(length: number): Uint8Array };
}

interface Glyph {
  advanceWidth: number;
  _decode(): { numberOfContours: number; components?: { glyphID: number; pos: number }[] } | null;
  _getMetrics(): { leftBearing: number };
}

interface GlyphRecord {
  data: Uint8Array;
  /** A composite's components: the glyph each names, and where its id sits in `data`. */
  components: { glyphID: number; pos: number }[];
  advance: number;
  bearing: number;
}

const records = new WeakMap<Font, Map<number, GlyphRecord>>();

/** What fontkit's TTFSubset._addGlyph reads of a glyph. */
function read(font: Font, id: number): GlyphRecord {
  const glyph = font.getGlyph(id);
  const glyf = glyph._decode();
  const stream = font._getTableStream('glyf');
  stream.pos += font.loca.offsets[id];
  const data = stream.readBuffer(font.loca.offsets[id + 1] - font.loca.offsets[id]);
  const components = glyf && glyf.numberOfContours < 0 ? (glyf.components ?? []) : [];
  return { data, components, advance: glyph.advanceWidth, bearing: glyph._getMetrics().leftBearing };
}

/** Make a pdfkit font's subset reuse glyph records; subsets of other kinds are left as they are. */
export function reuseGlyphData(subset: Subset): void {
  const font = subset.font;
  if (!subset.glyphEncoder || font._variationProcessor) return;
  let known = records.get(font);
  if (!known) records.set(font, (known = new Map()));
  const glyphs = known;
  subset._addGlyph = (id: number): number => {
    let record = glyphs.get(id);
    if (!record) glyphs.set(id, (record = read(font, id)));
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
}
