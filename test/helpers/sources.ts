/**
 * The TypeScript sources of pipeline/, parsed: for tests of the code's shape
 * (its import graph, the length of its functions). The parser is oxc's, which
 * rolldown (the bundler, already a dev dependency) exposes as `parseAst`;
 * TypeScript 7 has no stable JavaScript API. Offsets are UTF-16, like the
 * strings they index.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseAst } from 'rolldown/parseAst';
import { ROOT } from './cli.js';

/** An AST node as oxc gives it: ESTree with TypeScript nodes, `start`/`end` offsets. */
export interface AstNode {
  type: string;
  start: number;
  end: number;
  [key: string]: unknown;
}

export interface ParsedSource {
  /** Path relative to the repository, posix separators (`pipeline/parse/outline.ts`). */
  path: string;
  text: string;
  program: AstNode;
  /** 1-based line of an offset. */
  lineAt(offset: number): number;
}

export function parseSource(path: string, text: string): ParsedSource {
  const program = parseAst(text, { lang: path.endsWith('.d.ts') ? 'dts' : 'ts' }, path) as unknown as AstNode;
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return { path, text, program, lineAt };
}

/** Every `.ts` file under a folder of the repository, sorted, parsed. */
export function pipelineSources(folder = 'pipeline'): ParsedSource[] {
  const dir = join(ROOT, folder);
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((name) => name.endsWith('.ts'))
    .map((name) => relative(ROOT, join(dir, name)).split(sep).join('/'))
    .sort()
    .map((path) => parseSource(path, readFileSync(join(ROOT, path), 'utf8')));
}

/** Calls `visit` on every node under `node`, parents before children, with the node's parent. */
export function walk(node: unknown, visit: (node: AstNode, parent: AstNode | null) => void, parent: AstNode | null = null): void {
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit, parent);
    return;
  }
  if (!node || typeof node !== 'object' || typeof (node as AstNode).type !== 'string') return;
  const ast = node as AstNode;
  visit(ast, parent);
  for (const [key, value] of Object.entries(ast)) if (key !== 'type' && value && typeof value === 'object') walk(value, visit, ast);
}
