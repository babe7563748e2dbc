/**
 * No function in pipeline/ runs over 80 lines (from its first line to its
 * last, nested functions included), unless the comment right above it says
 * why it must, in a sentence that names the "80 lines".
 */
import { describe, expect, it } from 'vitest';
import { parseSource, pipelineSources, walk, type AstNode, type ParsedSource } from './helpers/sources.js';

const MAX_LINES = 80;

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

interface LongFunction {
  path: string;
  name: string;
  line: number;
  lines: number;
  /** The comment above it names the 80 lines. */
  explained: boolean;
}

/** The name a function is known by: its own, or that of the variable, property or method it is the value of. */
function nameOf(node: AstNode, parent: AstNode | null): string {
  const id = node.id as { name?: string } | null;
  if (id?.name) return id.name;
  const key = (parent?.type === 'VariableDeclarator' ? parent.id : parent?.key) as { name?: string } | undefined;
  return key?.name ?? '(anonymous)';
}

/** The comment lines right above a line (1-based), joined. */
function commentAbove(source: ParsedSource, line: number): string {
  const lines = source.text.split('\n');
  const comment: string[] = [];
  for (let i = line - 2; i >= 0 && /^\s*(\/\/|\/\*|\*)/.test(lines[i]); i--) comment.unshift(lines[i]);
  return comment.join(' ');
}

function longFunctions(sources: ParsedSource[]): LongFunction[] {
  const found: LongFunction[] = [];
  for (const source of sources) {
    walk(source.program, (node, parent) => {
      if (!FUNCTION_TYPES.has(node.type) || !node.body) return;
      const line = source.lineAt(node.start);
      const lines = source.lineAt(node.end) - line + 1;
      if (lines <= MAX_LINES) return;
      found.push({ path: source.path, name: nameOf(node, parent), line, lines, explained: /\b80 lines\b/.test(commentAbove(source, line)) });
    });
  }
  return found;
}

describe('function length in pipeline/', () => {
  const long = longFunctions(pipelineSources());

  it(`has no function over ${MAX_LINES} lines that is not explained`, () => {
    const unexplained = long.filter((f) => !f.explained);
    expect(unexplained.map((f) => `${f.path}:${f.line} ${f.name} is ${f.lines} lines: split it, or say above it why it must be over 80 lines`)).toEqual([]);
  });

  it('measures functions of every form, with their names', () => {
    const body = Array.from({ length: 80 }, (_, i) => `  x${i}();`).join('\n');
    const source = parseSource(
      'pipeline/x.ts',
      [
        `export function declared() {\n${body}\n}`,
        `const arrow = () => {\n${body}\n};`,
        `class C {\n  method() {\n${body}\n  }\n}`,
        `/** Over 80 lines because it must. */\nfunction explained() {\n${body}\n}`,
        `function short() {\n  return 1;\n}`,
      ].join('\n'),
    );
    expect(longFunctions([source]).map((f) => [f.name, f.lines, f.explained])).toEqual([
      ['declared', 82, false],
      ['arrow', 82, false],
      ['method', 82, false],
      ['explained', 82, true],
    ]);
  });
});
