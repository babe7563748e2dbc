/**
 * Data flows one way, and so do imports: a module of pipeline/ imports only
 * from its own folder or from a lower layer (README "How it works"). Every
 * `import`, `export … from`, dynamic `import()`, `import('…')` type and
 * `import x = require()` with a relative path is an edge of the graph.
 */
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/cli.js';
import { parseSource, pipelineSources, walk, type AstNode, type ParsedSource } from './helpers/sources.js';

/** Bottom to top; a unit is a folder of pipeline/ or a file at its top. Units of one row do not import each other. */
const LAYERS: string[][] = [
  ['model', 'text'],
  ['source'],
  ['i18n'],
  ['parse'],
  ['extract'],
  ['locales'],
  ['align'],
  ['process.ts'],
  ['render', 'xliff'],
  ['import'],
  ['batch'],
  ['serve'],
  ['cli', 'api'],
  ['launch'],
  ['index.ts'],
];

/** Units that stand beside the stages rather than on them: all they may import. */
const ONLY: Record<string, string[]> = {
  import: ['model', 'text', 'source'],
};

const rank = new Map(LAYERS.flatMap((row, i) => row.map((unit) => [unit, i] as const)));

/** The unit of a path under pipeline/ (`render/html/body.ts` → render, `process.ts` → process.ts). */
function unitOf(path: string): string {
  return path.split('/')[0];
}

interface ImportEdge {
  specifier: string | null;
  line: number;
  node: AstNode;
}

/** The relative module specifiers of a file, with their lines and import nodes. */
function relativeImports(source: ParsedSource): ImportEdge[] {
  const found: ImportEdge[] = [];
  const add = (node: AstNode, literal: unknown) => {
    const value = (literal as { type?: string; value?: unknown } | null)?.type === 'Literal' ? (literal as { value: unknown }).value : null;
    // A computed import() path cannot be checked: it counts as an unknown edge.
    if (typeof value === 'string' && !value.startsWith('.')) return;
    found.push({ specifier: typeof value === 'string' ? value : null, line: source.lineAt(node.start), node });
  };
  walk(source.program, (node) => {
    switch (node.type) {
      case 'ImportDeclaration':
      case 'ExportAllDeclaration':
      case 'ExportNamedDeclaration':
      case 'ImportExpression':
      case 'TSImportType':
        if (node.source) add(node, node.source);
        break;
      case 'TSExternalModuleReference':
        add(node, node.expression);
        break;
    }
  });
  return found;
}

/** Every import edge of pipeline/ that goes up, sideways within a layer, out of pipeline/, or nowhere. */
function badEdges(sources: ParsedSource[]): string[] {
  const bad: string[] = [];
  for (const source of sources) {
    const path = posix.relative('pipeline', source.path);
    const from = unitOf(path);
    if (!rank.has(from)) {
      bad.push(`${source.path}: ${from} is in no layer: add it to LAYERS in test/layers.test.ts and to the README's map`);
      continue;
    }
    for (const { specifier, line } of relativeImports(source)) {
      const where = `${source.path}:${line}`;
      if (specifier === null) {
        bad.push(`${where}: import() of a computed path: name the module`);
        continue;
      }
      const target = targetOf(path, specifier);
      const to = unitOf(target);
      const edge = `${where}: ${from} → ${to} (${specifier})`;
      if (target.startsWith('..')) bad.push(`${edge} leaves pipeline/`);
      else if (from === to) continue;
      else if (!rank.has(to)) bad.push(`${edge}: ${to} is in no layer`);
      else if (rank.get(to)! >= rank.get(from)!) bad.push(`${edge} goes ${rank.get(to) === rank.get(from) ? 'sideways' : 'up'}: move the code it needs down, or this module up`);
      else if (ONLY[from] && !ONLY[from].includes(to)) bad.push(`${edge}: ${from} may import only ${ONLY[from].join(', ')}`);
    }
  }
  return bad;
}

/** The module an import names, as a path under pipeline/ (`render/format.ts`). */
const targetOf = (path: string, specifier: string): string => posix.normalize(posix.join(posix.dirname(path), specifier)).replace(/\.js$/, '.ts');

/** What a renderer may take from i18n/: helpers over the translator its context gives it, never a loader of locales/. */
const RENDER_I18N = new Set(['phrase', 'rememberingT', 'Phrase']);

/** The names an import or re-export takes from its module; `*` for all of them (a namespace, a default, a dynamic import). Types count for nothing. */
function namesTaken(node: AstNode): string[] {
  if (node.type === 'TSImportType' || node.importKind === 'type' || node.exportKind === 'type') return [];
  if (node.type === 'ImportExpression' || node.type === 'ExportAllDeclaration') return ['*'];
  const specifiers = (node.specifiers ?? []) as AstNode[];
  return specifiers
    .filter((s) => s.importKind !== 'type' && s.exportKind !== 'type')
    .map((s) => (s.type === 'ImportSpecifier' ? String((s.imported as AstNode).name ?? (s.imported as AstNode).value) : s.type === 'ExportSpecifier' ? String((s.local as AstNode).name) : '*'));
}

/** A string that names locales/ as a path. */
const LOCALES_PATH = /^(?:\.{0,2}\/)*locales(?:\/|$)/;

/**
 * Renderers read only the Paper model and the translator they are given:
 * nothing of extract/ (what a renderer needs is stored in the model at
 * extract time), nothing of i18n/ but helpers over that translator, and no
 * path into locales/ handed to a call.
 */
function renderReads(sources: ParsedSource[]): string[] {
  const bad: string[] = [];
  for (const source of sources) {
    const path = posix.relative('pipeline', source.path);
    if (unitOf(path) !== 'render') continue;
    for (const { specifier, line, node } of relativeImports(source)) {
      if (specifier === null) continue;
      const to = unitOf(targetOf(path, specifier));
      const where = `${source.path}:${line}`;
      if (to === 'extract') bad.push(`${where}: render → extract (${specifier}): a renderer reads the model; store what it needs there at extract time`);
      const loaders = to === 'i18n' ? namesTaken(node).filter((name) => !RENDER_I18N.has(name)) : [];
      if (loaders.length) bad.push(`${where}: render takes ${loaders.join(', ')} from i18n (${specifier}): use the translator of the render context, not a loader of locales/`);
    }
    walk(source.program, (node, parent) => {
      const call = parent?.type === 'CallExpression' || parent?.type === 'NewExpression';
      if (call && node.type === 'Literal' && typeof node.value === 'string' && LOCALES_PATH.test(node.value) && (parent.arguments as AstNode[]).includes(node)) {
        bad.push(`${source.path}:${source.lineAt(node.start)}: a path into locales/ ('${node.value}'): a renderer reads the model and the translator it is given`);
      }
    });
  }
  return bad;
}

/** Relative imports that name no file: the graph above would miss their edges. */
function unresolved(sources: ParsedSource[]): string[] {
  const bad: string[] = [];
  for (const source of sources) {
    for (const { specifier, line } of relativeImports(source)) {
      if (specifier === null) continue;
      const target = posix.join(posix.dirname(source.path), specifier).replace(/\.js$/, '');
      if (!['.ts', '.d.ts', '/index.ts'].some((ext) => existsSync(join(ROOT, target + ext)))) bad.push(`${source.path}:${line}: ${specifier}`);
    }
  }
  return bad;
}

describe('layers of pipeline/', () => {
  const sources = pipelineSources();

  it('has no upward, sideways or outward import', () => {
    expect(badEdges(sources)).toEqual([]);
  });

  it('lets renderers read only the model and the translator they are given', () => {
    expect(renderReads(sources)).toEqual([]);
  });

  it('sees what a renderer reads', () => {
    const at = (path: string, text: string) => renderReads([parseSource(path, text)]);
    expect(at('pipeline/render/csl/x.ts', "import { findDates } from '../../extract/entities/dates.js';")).toEqual([
      'pipeline/render/csl/x.ts:1: render → extract (../../extract/entities/dates.js): a renderer reads the model; store what it needs there at extract time',
    ]);
    expect(at('pipeline/render/x.ts', "import type { T } from '../extract/t.js';")[0]).toContain('render → extract');
    expect(at('pipeline/render/x.ts', "export { loadTermbase } from '../extract/glossary/termbase.js';")[0]).toContain('render → extract');
    expect(at('pipeline/render/g/x.ts', "import { phrase, createI18n, type Phrase } from '../../i18n/index.js';")[0]).toContain('render takes createI18n from i18n');
    expect(at('pipeline/render/x.ts', "import * as i18n from '../i18n/index.js';")[0]).toContain('render takes * from i18n');
    expect(at('pipeline/render/x.ts', "const m = await import('../i18n/index.js');")[0]).toContain('render takes * from i18n');
    expect(at('pipeline/render/x.ts', "readFileSync(join(root, 'locales', lang, 'glossary.json'));")[0]).toContain("a path into locales/ ('locales')");
    expect(at('pipeline/render/x.ts', "readFileSync('../locales/en/glossary.json');")[0]).toContain('a path into locales/');
    // Helpers over a given translator, types, and locales/ named in prose are fine; so is any of this outside render/.
    expect(at('pipeline/render/x.ts', "import { phrase, rememberingT, type Phrase } from '../i18n/index.js'; import type { i18n } from '../i18n/index.js';")).toEqual([]);
    expect(at('pipeline/render/x.ts', "const SOURCE = 'Generated from locales/en/glossary.json';")).toEqual([]);
    expect(at('pipeline/batch/x.ts', "import { createI18n } from '../i18n/index.js'; import { a } from '../extract/a.js';")).toEqual([]);
  });

  it("leaves V8's flags to the executable: only pipeline/launch/ imports setFlagsFromString", () => {
    const setters = sources.filter((s) => /\bsetFlagsFromString\b/.test(s.text)).map((s) => s.path);
    expect(setters).toEqual(['pipeline/launch/tiering.ts']);
  });

  it('resolves every relative import to a file', () => {
    expect(unresolved(sources)).toEqual([]);
  });

  it('sees every kind of import', () => {
    const at = (path: string, text: string) => badEdges([parseSource(path, text)]);
    expect(at('pipeline/model/x.ts', "import { a } from '../source/a.js';")).toEqual([
      'pipeline/model/x.ts:1: model → source (../source/a.js) goes up: move the code it needs down, or this module up',
    ]);
    expect(at('pipeline/model/x.ts', "import { a } from '../text/a.js';")[0]).toContain('goes sideways');
    expect(at('pipeline/i18n/x.ts', "\nexport { a } from '../extract/a.js';")[0]).toContain('pipeline/i18n/x.ts:2: i18n → extract');
    expect(at('pipeline/parse/x.ts', "export * from '../render/a.js';")[0]).toContain('parse → render');
    expect(at('pipeline/source/x.ts', "const m = await import('../batch/a.js');")[0]).toContain('source → batch');
    expect(at('pipeline/source/x.ts', "let t: import('../align/a.js').T;")[0]).toContain('source → align');
    expect(at('pipeline/text/x.ts', "import a = require('../parse/a.js');")[0]).toContain('text → parse');
    expect(at('pipeline/text/x.ts', "const p = './a.js'; await import(p);")[0]).toContain('computed path');
    expect(at('pipeline/import/x.ts', "import { a } from '../parse/a.js';")[0]).toContain('import may import only model, text, source');
    expect(at('pipeline/newfolder/x.ts', "import { a } from '../model/a.js';")[0]).toContain('in no layer');
    expect(at('pipeline/model/x.ts', "import { a } from '../../test/a.js';")[0]).toContain('leaves pipeline/');
    // Downward, own-folder and package imports are fine.
    expect(at('pipeline/process.ts', "import { a } from './parse/a.js'; import { b } from './model/b.js'; import 'zod';")).toEqual([]);
    expect(at('pipeline/render/html/x.ts', "import { a } from '../format.js'; import { b } from '../../extract/b.js';")).toEqual([]);
    expect(at('pipeline/index.ts', "export { a } from './cli/a.js';")).toEqual([]);
  });
});
