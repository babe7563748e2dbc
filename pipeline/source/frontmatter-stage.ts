/**
 * Front-matter stage: parse the YAML block, validate it against
 * `frontMatterSchema`, and report every problem at the line and column of the
 * offending key or value in the source file.
 */
import type { Root, Yaml } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import '../model/vfile-data.js';
import { frontMatterSchema } from '../model/frontmatter.js';
import type { Lang } from '../model/langs.js';
import type { ProjectConfig } from '../model/config.js';
import { withProjectDefaults } from './config.js';
import { checkSchema, parseYaml } from './yaml-check.js';
import { readAliases } from './frontmatter-aliases.js';

export interface FrontMatterOptions {
  /** Paper slug (the folder name under source/). */
  slug: string;
  /** Language from the file name (`en.md` → en); the front matter must agree. */
  lang: Lang;
  /** Source path relative to the project, posix separators. */
  source: string;
  /** The project config (papers.yml) whose publisher and defaults the paper inherits. */
  config?: ProjectConfig;
}

/** Front-matter keys a paper may inherit from papers.yml. */
const INHERITABLE = new Set(['publisher', 'type', 'license', 'authors']);

/** Validates the front matter (with the project's defaults beneath it) and sets `file.data.meta`; leaves it unset (with errors reported) when invalid. */
export function frontMatterTransform(tree: Root, file: VFile, options: FrontMatterOptions): void {
  const node = tree.children.find((n): n is Yaml => n.type === 'yaml');
  if (!node || node.position?.start.offset === undefined) {
    // An opening `---` line with no closing one is read as a thematic break, not as front matter.
    if (/^---[ \t]*(\n|$)/.test(String(file.value))) report(file, Rules.frontmatterUnclosed, 'Front matter is not closed: add a `---` line after its last key', { line: 1, column: 1 });
    else report(file, Rules.frontmatterMissing, 'No front matter: start the file with a `---` YAML block with at least `title` and `date`', { line: 1, column: 1 });
    return;
  }
  // The YAML value starts on the line after the opening `---`.
  const base = String(file.value).indexOf('\n', node.position.start.offset) + 1;
  const input = { text: node.value, pointAt: (offset: number) => location(file).toPoint(base + offset) ?? node.position!.start, what: 'Front matter', inheritable: INHERITABLE };
  const rules = { yaml: Rules.frontmatterYaml, schema: Rules.frontmatterSchema };
  const parsed = parseYaml(input, file, rules);
  if (!parsed) return;
  const data = parsed.data;
  // YAML reads an unquoted 2024-05-05 as a string in the core schema; accept Date objects too.
  if (data && typeof data === 'object' && 'date' in data && (data as { date: unknown }).date instanceof Date) {
    (data as { date: unknown }).date = ((data as { date: Date }).date).toISOString().slice(0, 10);
  }
  const ours = readAliases(data, options.lang);
  // A problem with a key the author wrote under another tool's name is reported where that name is written.
  const offsetOf = (path: PropertyKey[]) => parsed.offsetOf(path.length && ours.sources.has(String(path[0])) ? [ours.sources.get(String(path[0]))!, ...path.slice(1)] : path);
  const meta = checkSchema(frontMatterSchema, { ...parsed, offsetOf, data: withProjectDefaults(ours.data, options.config, options.lang) }, input, file, rules);
  if (!meta) return;
  if (meta.lang !== options.lang) {
    report(file, Rules.frontmatterLang, `Front matter says lang: ${meta.lang} but the file name says ${options.lang}: rename the file or fix \`lang\``, input.pointAt(offsetOf(['lang'])));
    return;
  }
  file.data.meta = { ...meta, slug: options.slug, dir: meta.lang === 'ar' ? 'rtl' : 'ltr', source: options.source };
}

export function remarkFrontMatterCheck(options: FrontMatterOptions) {
  return (tree: Root, file: VFile): void => frontMatterTransform(tree, file, options);
}
