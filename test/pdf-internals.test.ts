/**
 * The PDF renderer reaches into pdfkit's and fontkit's internals (internals.ts) and calls
 * HarfBuzz's WebAssembly build directly (harfbuzz.ts). These tests fail loudly when a
 * package is upgraded: the versions must be the pinned ones, exactly, in package.json and
 * in node_modules, and every internal field used must still be there and behave.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { inflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { writeDocument } from '../pipeline/render/pdf/document.js';
import { primaryFace } from '../pipeline/render/pdf/fonts.js';
import { HARFBUZZ_VERSION, HOST_IMPORTS, harfbuzzModule } from '../pipeline/render/pdf/harfbuzz.js';
import { catalog, PINNED, trueTypeSubset } from '../pipeline/render/pdf/internals.js';
import { plainPdf, saveArtifact } from './pdf-tools.js';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> };
const installed = (name: string): string => (JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;

describe('pinned packages', () => {
  for (const [name, version] of [...Object.entries(PINNED), ['harfbuzzjs', HARFBUZZ_VERSION] as const]) {
    it(`${name} is exactly ${version} in package.json and node_modules`, () => {
      expect(manifest.dependencies[name], `package.json must pin ${name} to the version internals.ts/harfbuzz.ts were written for`).toBe(version);
      expect(installed(name), `${name} was upgraded: check every internal field used, then change the pin`).toBe(version);
    });
  }
});

describe('pdfkit internals', () => {
  it('deflates streams, packs the other objects into object streams, takes fonts into page resources and gives the catalog', async () => {
    let root: object | undefined;
    const pdf = await writeDocument({ lang: 'en', info: { Title: 't', CreationDate: new Date(0) } }, (writer) => {
      writer.doc.addPage({ size: 'A4', margin: 0 });
      root = catalog(writer.doc).data;
      writer.font(primaryFace('latin', { bold: false, italic: false }));
      writer.content.text('BT ET\n');
      writer.flush();
    });
    expect(root).toHaveProperty('Pages');
    const text = pdf.toString('latin1');
    // No dictionary is left in plain text: they are in object streams, listed by a cross-reference stream.
    expect(text).toMatch(/\/Type \/ObjStm \/N \d+ \/First \d+/);
    expect(text).toMatch(/\/Type \/XRef /);
    expect(text).not.toMatch(/\/Type \/Catalog|\/Type \/Page\b|^xref$/m);
    expect(execFileSync('qpdf', ['--check', saveArtifact('internals.pdf', pdf)], { encoding: 'utf8' })).toMatch(/No syntax or stream encoding errors/);
    expect(plainPdf(pdf)).toMatch(/\/Font <<\s*\/F\d+ \d+ 0 R/);
    // Every stream is deflated (at the renderer's level: zlib reads it back).
    const streams = [...text.matchAll(/\/FlateDecode[^]*?stream\r?\n/g)];
    expect(streams.length).toBeGreaterThan(0);
    const at = text.indexOf('stream\n', text.indexOf('/FlateDecode')) + 7;
    expect(() => inflateSync(pdf.subarray(at, text.indexOf('endstream', at)))).not.toThrow();
  });
});

describe('fontkit internals', () => {
  it('writes a subset holding a glyph made of two, which fontkit reads back with both outlines', () => {
    const face = primaryFace('arabic', { bold: false, italic: false });
    const font = face.font as unknown as { glyphForCodePoint(cp: number): { id: number; path: { commands: unknown[] } } };
    const beh = font.glyphForCodePoint(0x628);
    const fatha = font.glyphForCodePoint(0x64e);
    const subset = trueTypeSubset(face.font);
    subset.add({ id: beh.id });
    const made = subset.add({ parts: [{ id: beh.id, dx: 0, dy: 0 }, { id: fatha.id, dx: 100, dy: 50 }], advance: 500 });
    const empty = subset.add({ parts: [], advance: 10 });
    const read = (fontkit as unknown as { create(b: Buffer): { getGlyph(id: number): { path: { commands: unknown[] }; advanceWidth: number } } }).create(Buffer.from(subset.encode()));
    expect(read.getGlyph(made).path.commands.length).toBeGreaterThanOrEqual(beh.path.commands.length + fatha.path.commands.length - 2);
    expect(read.getGlyph(made).advanceWidth).toBe(500);
    expect(read.getGlyph(empty).path.commands).toEqual([]);
  });
});

describe('the HarfBuzz bridge', () => {
  it('provides exactly the host functions harfbuzz.wasm imports', () => {
    const imports = WebAssembly.Module.imports(harfbuzzModule() as unknown as WebAssembly.Module).map((i) => `${i.module}.${i.name}`);
    expect(imports.sort()).toEqual([...HOST_IMPORTS].sort());
  });
});
