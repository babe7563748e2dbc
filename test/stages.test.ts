/**
 * Golden fixtures per stage (test/fixtures/stages/README.md): each case's
 * `input.md` is run up to its stage, and what the stage produced must equal
 * the committed `output.json` (or `output.html`) and `diagnostics.txt`.
 * `npm run fixtures` writes them anew; review the diff before committing.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { describe, expect, it, test } from 'vitest';
import { processText } from '../pipeline/process.js';
import { renderBody } from '../pipeline/render/html/body.js';
import { toHtml } from 'hast-util-to-html';
import { FIGURE_NAME } from '../pipeline/source/figures-stage.js';
import { serializePaper } from '../pipeline/render/json/index.js';
import { translator } from '../pipeline/i18n/index.js';
import { ROOT } from './helpers/cli.js';
import { diagnosticLines, runTransformsTo, TEST_CONFIG, withoutPositions, type PaperInput } from './helpers/stages.js';

const FIXTURES = join(ROOT, 'test', 'fixtures', 'stages');
/** Set by `npm run fixtures`: write the outputs instead of comparing them. */
const UPDATE = process.env.UPDATE === '1';

interface Result {
  /** `output.json` or `output.html`. */
  name: string;
  output: string;
  diagnostics: string[];
}
type Runner = (text: string, input: PaperInput) => Result;

const json = (value: unknown) => JSON.stringify(value ?? null, null, 2) + '\n';

/** The body without the front matter's node (the front-matter stage's output shows what it became). */
const body = (tree: Root) => withoutPositions({ ...tree, children: tree.children.filter((n) => n.type !== 'yaml') });

/** Every block's id and section, as the outline stage set them. */
function blockIds(tree: Root): { type: string; id: string; section: string | null }[] {
  const ids: { type: string; id: string; section: string | null }[] = [];
  visit(tree, (node) => {
    const data = (node as RootContent).data as { id?: string; section?: string } | undefined;
    if (data?.id) ids.push({ type: node.type, id: data.id, section: data.section ?? null });
  });
  return ids;
}

/** Each image's target and figure, and whether its paragraph holds it alone. */
function selectImages(tree: Root): { url: string; figure: string | null; alone: boolean }[] {
  const images: { url: string; figure: string | null; alone: boolean }[] = [];
  visit(tree, 'image', (node, _, parent) => {
    images.push({ url: node.url, figure: node.data?.figure ?? null, alone: parent?.type === 'paragraph' && parent.data?.alone === true });
  });
  return images;
}

/** A tree stage's runner: its output from the tree and file, its diagnostics those it added. */
function treeStage(stage: string, output: (tree: Root, file: VFile) => unknown): Runner {
  return (text, input) => {
    const { tree, file, before } = runTransformsTo(stage, text, input);
    return { name: 'output.json', output: json(output(tree, file)), diagnostics: diagnosticLines(file, before) };
  };
}

/** A whole-pipeline runner: the output a renderer makes of the paper, with every diagnostic of the paper. */
function paperStage(name: string, render: (paper: NonNullable<ReturnType<typeof processText>['paper']>, input: PaperInput) => string): Runner {
  return (text, input) => {
    const { paper, file } = processText(text, input);
    return { name, output: paper ? render(paper, input) : '', diagnostics: diagnosticLines(file) };
  };
}

const RUNNERS: Record<string, Runner> = {
  frontmatter: treeStage('frontmatter', (_, file) => file.data.meta),
  normalize: treeStage('normalize', (tree) => body(tree)),
  safety: treeStage('safety', (tree) => body(tree)),
  figures: treeStage('figures', (tree, file) => ({ figures: file.data.figures, images: selectImages(tree) })),
  outline: treeStage('outline', (tree, file) => ({ outline: file.data.outline, blocks: blockIds(tree) })),
  entities: treeStage('entities', (_, file) => file.data.entities),
  citations: treeStage('citations', (_, file) => file.data.citations),
  glossary: treeStage('glossary', (_, file) => file.data.glossary),
  'html-body': paperStage('output.html', (paper, input) => {
    const ctx = { lang: input.lang, t: translator(input.lang), slug: input.slug, editions: [input.lang], formats: ['html' as const] };
    return toHtml(renderBody(paper, ctx).tree) + '\n';
  }),
  'json-edition': paperStage('output.json', (paper) => serializePaper(paper)),
};

const stages = readdirSync(FIXTURES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const cases = stages.flatMap((stage) =>
  readdirSync(join(FIXTURES, stage), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => [stage, d.name] as const).sort(),
);

/** A case named `ar-…` is an Arabic paper (`ar.md`); any other an English one. */
function inputOf(stage: string, name: string): PaperInput {
  const lang = name.startsWith('ar-') ? 'ar' : 'en';
  return { slug: name, lang, source: `test/fixtures/stages/${stage}/${name}/input.md`, config: TEST_CONFIG };
}

function compare(path: string, actual: string): void {
  const shown = relative(ROOT, path);
  if (UPDATE) {
    writeFileSync(path, actual);
    return;
  }
  const expected = existsSync(path) ? readFileSync(path, 'utf8') : '(no file)';
  expect(actual, `${shown} is not what the stage gives now: if the change is meant, run \`npm run fixtures\` and review the diff`).toBe(expected);
}

describe('golden fixtures of every stage', () => {
  it('has a runner for every stage folder and 3 to 8 cases in each', () => {
    expect(stages).toEqual(Object.keys(RUNNERS).sort());
    for (const stage of stages) expect(cases.filter(([s]) => s === stage).length, stage).toBeGreaterThanOrEqual(3);
    for (const stage of stages) expect(cases.filter(([s]) => s === stage).length, stage).toBeLessThanOrEqual(8);
  });

  test.each(cases)('%s: %s', (stage, name) => {
    const dir = join(FIXTURES, stage, name);
    const result = RUNNERS[stage](readFileSync(join(dir, 'input.md'), 'utf8'), inputOf(stage, name));
    compare(join(dir, result.name), result.output);
    compare(join(dir, 'diagnostics.txt'), result.diagnostics.map((line) => line + '\n').join(''));
    // The figures stage reads the image files beside its input.
    const made = readdirSync(dir).filter((f) => !(stage === 'figures' && FIGURE_NAME.test(f)));
    expect(made.sort(), `${stage}/${name} holds a file the stage does not make`).toEqual(['diagnostics.txt', 'input.md', result.name].sort());
    // Runs twice, the same: the outputs are deterministic.
    expect(RUNNERS[stage](readFileSync(join(dir, 'input.md'), 'utf8'), inputOf(stage, name))).toEqual(result);
  });
});
