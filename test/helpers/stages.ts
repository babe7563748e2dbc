/**
 * The tree stages of pipeline/process.ts, as data: each stage's unified
 * plugin, its transform, and the options `processFile` gives it. The plugin
 * tests run them through `unified().use()` and directly; the golden fixtures
 * run a paper up to one of them. test/plugins.test.ts checks that running
 * them in this order is `processFile`.
 */
import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { VFile } from 'vfile';
import type { ProjectConfig } from '../../pipeline/model/config.js';
import type { Lang } from '../../pipeline/model/langs.js';
import { frontMatterTransform, remarkFrontMatterCheck } from '../../pipeline/source/frontmatter-stage.js';
import { normalizeTransform, remarkNormalize } from '../../pipeline/parse/normalize.js';
import { figuresTransform, remarkFigures } from '../../pipeline/source/figures-stage.js';
import { folderAssets } from '../../pipeline/source/assets.js';
import { dirname } from 'node:path';
import { remarkSafety, safetyTransform } from '../../pipeline/parse/safety.js';
import { outlineTransform, remarkOutline } from '../../pipeline/parse/outline.js';
import { entitiesTransform, remarkEntities } from '../../pipeline/extract/entities/index.js';
import { citationsTransform, remarkCitations } from '../../pipeline/extract/citations/index.js';
import { glossaryTransform, remarkGlossary } from '../../pipeline/extract/glossary/index.js';
import { houseSpellingTransform, remarkHouseSpelling } from '../../pipeline/locales/house-spelling.js';
import { parseMarkdown } from '../../pipeline/parse/processor.js';
import { severityOf } from '../../pipeline/model/diagnostics.js';

/** What a paper is, besides its text: as `processFile` is told. */
export interface PaperInput {
  slug: string;
  lang: Lang;
  source: string;
  config: ProjectConfig;
}

/** A papers.yml for tests: fixed here, so that editing the project's own does not change their outputs. */
export const TEST_CONFIG: ProjectConfig = {
  publisher: { name: { en: 'Test Institute', ar: 'معهد الاختبار' }, short: 'TI' },
  defaults: { license: 'CC BY 4.0', en: { type: 'Position Paper' }, ar: { type: 'تقدير موقف' } },
};

export interface TreeStage {
  name: string;
  // Plugins take different options; each stage's `options` gives its own.
  plugin: Plugin<[any?], Root>;
  transform: (tree: Root, file: VFile, options?: any) => void;
  /** The options `processFile` passes, from the paper and what the stages before left on the file. */
  options?: (input: PaperInput, file: VFile) => unknown;
}

const extractOptions = (input: PaperInput, file: VFile) => ({ lang: input.lang, date: file.data.meta!.date });

export const TREE_STAGES: TreeStage[] = [
  { name: 'frontmatter', plugin: remarkFrontMatterCheck, transform: frontMatterTransform, options: (input) => input },
  { name: 'normalize', plugin: remarkNormalize, transform: normalizeTransform },
  { name: 'safety', plugin: remarkSafety, transform: safetyTransform },
  { name: 'figures', plugin: remarkFigures, transform: figuresTransform, options: (input) => ({ readAsset: folderAssets(dirname(input.source)) }) },
  { name: 'outline', plugin: remarkOutline, transform: outlineTransform },
  { name: 'entities', plugin: remarkEntities, transform: entitiesTransform, options: extractOptions },
  { name: 'citations', plugin: remarkCitations, transform: citationsTransform, options: extractOptions },
  { name: 'glossary', plugin: remarkGlossary, transform: glossaryTransform, options: extractOptions },
  { name: 'house-spelling', plugin: remarkHouseSpelling, transform: houseSpellingTransform, options: extractOptions },
];

/**
 * Parse `text` and call the transforms directly, in order, up to and including
 * `last`; like `processFile`, stop after a refused front matter. Returns the
 * tree, the file and how many messages the file had before `last` ran.
 */
export function runTransformsTo(last: string, text: string, input: PaperInput): { tree: Root; file: VFile; before: number } {
  const file = new VFile({ path: input.source, value: text });
  const tree = parseMarkdown(file);
  let before = 0;
  for (const stage of TREE_STAGES) {
    before = file.messages.length;
    stage.transform(tree, file, stage.options?.(input, file));
    if (stage.name === last || !file.data.meta) break;
  }
  return { tree, file, before };
}

/** One line per message: `line:col severity message [rule]`. */
export function diagnosticLines(file: VFile, from = 0): string[] {
  return file.messages.slice(from).map((m) => `${m.line ?? 0}:${m.column ?? 0} ${severityOf(m)} ${m.reason} [${m.ruleId}]`);
}

/** A value as JSON would keep it, without `position` keys: what two trees are compared on. */
export function withoutPositions<T>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'position' ? undefined : v)));
}
