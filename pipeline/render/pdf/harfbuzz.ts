/**
 * HarfBuzz shaping through its WebAssembly build, called directly.
 *
 * The `harfbuzzjs` package ships HarfBuzz compiled to WebAssembly (harfbuzz.wasm)
 * and a JavaScript wrapper around it. The wrapper costs more than the shaping:
 * an object per glyph for the glyph infos and another for the positions, a
 * WebAssembly call per glyph for its flags, and a dozen calls per word (figures in
 * docs/performance.md). Here the same module is instantiated once per thread, and a word's
 * glyphs are read straight out of HarfBuzz's buffer in its memory.
 *
 * Only HarfBuzz's C API is used (hb_blob/face/font/buffer/shape), as the wrapper
 * uses it; the module's five host imports are the runtime's (heap growth and
 * abort), all it asks of its host. What this module knows of the build — its host
 * imports, the layout of its glyph records — holds for one version of the package,
 * pinned exactly in package.json; test/pdf-internals.test.ts checks both.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The C functions used, as harfbuzz.wasm exports them (pointers are byte offsets into `memory`). */
interface Exports {
  memory: WebAssembly.Memory;
  __wasm_call_ctors(): void;
  malloc(size: number): number;
  free(ptr: number): void;
  hb_blob_create(data: number, length: number, mode: number, userData: number, destroy: number): number;
  hb_face_create(blob: number, index: number): number;
  hb_font_create(face: number): number;
  hb_font_get_glyph_h_advance(font: number, glyph: number): number;
  hb_buffer_create(): number;
  hb_buffer_clear_contents(buffer: number): void;
  hb_buffer_add_codepoints(buffer: number, text: number, length: number, offset: number, itemLength: number): void;
  hb_buffer_set_direction(buffer: number, direction: number): void;
  hb_buffer_set_cluster_level(buffer: number, level: number): void;
  hb_buffer_guess_segment_properties(buffer: number): void;
  hb_buffer_get_length(buffer: number): number;
  hb_buffer_get_glyph_infos(buffer: number, length: number): number;
  hb_buffer_get_glyph_positions(buffer: number, length: number): number;
  hb_glyph_info_get_glyph_flags(info: number): number;
  hb_shape(font: number, buffer: number, features: number, featureCount: number): void;
}

/** The `harfbuzzjs` release whose harfbuzz.wasm this module calls. */
export const HARFBUZZ_VERSION = '1.6.4';

/** The host functions harfbuzz.wasm imports (Emscripten's runtime), as module.name. */
export const HOST_IMPORTS = ['env.emscripten_resize_heap', 'env._abort_js', 'env._emscripten_runtime_keepalive_clear', 'env._setitimer_js', 'wasi_snapshot_preview1.proc_exit'] as const;

const HB_MEMORY_MODE_WRITABLE = 2;
const HB_GLYPH_FLAG_UNSAFE_TO_BREAK = 1;
const HB_DIRECTION_LTR = 4;
const HB_DIRECTION_RTL = 5;
/** Each character its own cluster (HB_BUFFER_CLUSTER_LEVEL_CHARACTERS). */
const HB_CLUSTER_LEVEL_CHARACTERS = 2;
/** A compiled harfbuzz.wasm: compiling is the costly part, and a compiled module can be handed to a worker thread. */
let compiled: WebAssembly.Module | undefined;

export function harfbuzzModule(): WebAssembly.Module {
  const require = createRequire(import.meta.url);
  return (compiled ??= new WebAssembly.Module(readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz.wasm'))));
}

interface Instance {
  x: Exports;
  buffer: number;
  /** malloc'ed room for the code points of one text, and its size in code points. */
  input: number;
  room: number;
}

let instance: Instance | undefined;

function harfbuzz(): Instance {
  if (instance) return instance;
  let memory: WebAssembly.Memory | undefined;
  const imports = {
    env: {
      // The runtime asks for a larger heap when malloc runs out: grow the memory.
      emscripten_resize_heap(size: number): number {
        const grow = Math.ceil((size - memory!.buffer.byteLength) / 65536);
        try {
          memory!.grow(grow);
          return 1;
        } catch {
          return 0;
        }
      },
      _abort_js(): never {
        throw new Error('HarfBuzz aborted');
      },
      _emscripten_runtime_keepalive_clear(): void {},
      _setitimer_js(): number {
        return 0;
      },
    },
    wasi_snapshot_preview1: {
      proc_exit(code: number): never {
        throw new Error(`HarfBuzz exited with ${code}`);
      },
    },
  };
  const x = new WebAssembly.Instance(harfbuzzModule(), imports).exports as unknown as Exports;
  memory = x.memory;
  x.__wasm_call_ctors();
  const room = 256;
  instance = { x, buffer: x.hb_buffer_create(), input: x.malloc(4 * room), room };
  return instance;
}

/** A HarfBuzz font made from a font file's bytes (kept for the life of the thread, as the faces are). */
export function harfbuzzFont(data: Uint8Array): number {
  const { x } = harfbuzz();
  const copy = x.malloc(data.byteLength);
  new Uint8Array(x.memory.buffer, copy, data.byteLength).set(data);
  return x.hb_font_create(x.hb_face_create(x.hb_blob_create(copy, data.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0), 0));
}

/** The hmtx advance of a glyph, in font units. */
export function glyphAdvance(font: number, glyph: number): number {
  return harfbuzz().x.hb_font_get_glyph_h_advance(font, glyph);
}

/**
 * The glyphs of the last text shaped, in visual order, read in place: `count` glyphs,
 * glyph g's id at infos[info + 5g], its cluster (an index into the code points) at
 * infos[info + 5g + 2], its x advance, x offset and y offset (font units) at
 * positions[position + 5g], [… + 2] and [… + 3] (hb_glyph_info_t and
 * hb_glyph_position_t are five 32-bit words each). Valid until the next call.
 */
export interface ShapedRecords {
  count: number;
  infos: Uint32Array;
  info: number;
  positions: Int32Array;
  position: number;
}

const records: ShapedRecords = { count: 0, infos: new Uint32Array(0), info: 0, positions: new Int32Array(0), position: 0 };

/** Shape code points with the font's default OpenType features, each character its own cluster. */
export function shapeCodePoints(font: number, codePoints: readonly number[], rtl: boolean): ShapedRecords {
  const hb = harfbuzz();
  const { x, buffer } = hb;
  const n = codePoints.length;
  if (n > hb.room) {
    x.free(hb.input);
    hb.room = Math.max(n, 2 * hb.room);
    hb.input = x.malloc(4 * hb.room);
  }
  // Views over the whole memory, made again only when it has grown (growing replaces its buffer).
  if (records.infos.buffer !== x.memory.buffer) {
    records.infos = new Uint32Array(x.memory.buffer);
    records.positions = new Int32Array(x.memory.buffer);
  }
  records.infos.set(codePoints, hb.input / 4);
  x.hb_buffer_clear_contents(buffer);
  x.hb_buffer_add_codepoints(buffer, hb.input, n, 0, n);
  x.hb_buffer_set_direction(buffer, rtl ? HB_DIRECTION_RTL : HB_DIRECTION_LTR);
  x.hb_buffer_set_cluster_level(buffer, HB_CLUSTER_LEVEL_CHARACTERS);
  x.hb_buffer_guess_segment_properties(buffer);
  x.hb_shape(font, buffer, 0, 0);
  if (records.infos.buffer !== x.memory.buffer) {
    records.infos = new Uint32Array(x.memory.buffer);
    records.positions = new Int32Array(x.memory.buffer);
  }
  records.count = x.hb_buffer_get_length(buffer);
  records.info = x.hb_buffer_get_glyph_infos(buffer, 0) / 4;
  records.position = x.hb_buffer_get_glyph_positions(buffer, 0) / 4;
  return records;
}

/**
 * Whether glyph `g` of the last text shaped is unsafe to break before: HarfBuzz's promise is
 * that where no glyph of a cluster is, shaping the text before and after that cluster's start
 * separately gives the same glyphs and positions.
 */
export function unsafeToBreak(g: number): boolean {
  const { x } = harfbuzz();
  return (x.hb_glyph_info_get_glyph_flags(4 * (records.info + 5 * g)) & HB_GLYPH_FLAG_UNSAFE_TO_BREAK) !== 0;
}
