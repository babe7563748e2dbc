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

/** The relative module specifiers of a file, with their lines. */
function relativeImports(source: ParsedSource): { specifier: string | null; line: number }[] {
  const found: { specifier: string | null; line: number }[] = [];
  const add = (node: AstNode, literal: unknown) => {
    const value = (literal as { type?: string; value?: unknown } | null)?.type === 'Literal' ? (literal as { value: unknown }).value : null;
    // A computed import() path cannot be checked: it counts as an unknown edge.
    if (typeof value === 'string' && !value.startsWith('.')) return;
    found.push({ specifier: typeof value === 'string' ? value : null, line: source.lineAt(node.start) });
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
      const target = posix.normalize(posix.join(posix.dirname(path), specifier)).replace(/\.js$/, '.ts');
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
