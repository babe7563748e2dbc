/**
 * Front-matter stage: parse the YAML block, validate it against
 * `frontMatterSchema`, and report every problem at the line and column of the
 * offending key or value in the source file.
 */
import type { Root, Yaml } from 'mdast';
import type { VFile } from 'vfile';
import { location } from 'vfile-location';
import { parseDocument, isNode, type Document } from 'yaml';
import type { z } from 'zod';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import '../model/vfile-data.js';
import { frontMatterSchema, LANGS, type FrontMatter, type Lang } from './frontmatter.js';

export interface FrontMatterOptions {
  /** Paper slug (the folder name under source/). */
  slug: string;
  /** Language from the file name (`en.md` → en); the front matter must agree. */
  lang: Lang;
  /** Source path relative to the project, posix separators. */
  source: string;
}

/** Validates the front matter and sets `file.data.meta`; leaves it unset (with errors reported) when invalid. */
export function frontMatterTransform(tree: Root, file: VFile, options: FrontMatterOptions): void {
  const node = tree.children.find((n): n is Yaml => n.type === 'yaml');
  if (!node || node.position?.start.offset === undefined) {
    report(file, Rules.frontmatterMissing, 'No front matter: start the file with a `---` YAML block (title, type, date, lang, publisher)', { line: 1, column: 1 });
    return;
  }
  const text = String(file.value);
  // The YAML value starts on the line after the opening `---`.
  const base = text.indexOf('\n', node.position.start.offset) + 1;
  const where = (offset: number) => location(file).toPoint(base + offset) ?? node.position!.start;

  const doc = parseDocument(node.value, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) report(file, Rules.frontmatterYaml, `Front matter is not valid YAML: ${e.message.split('\n')[0]}`, where(e.pos[0]));
    return;
  }
  const data = doc.toJS({ maxAliasCount: 50 }) as unknown;
  // YAML reads an unquoted 2024-05-05 as a string in the core schema; accept Date objects too.
  if (data && typeof data === 'object' && 'date' in data && (data as { date: unknown }).date instanceof Date) {
    (data as { date: unknown }).date = ((data as { date: Date }).date).toISOString().slice(0, 10);
  }
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    for (const issue of result.error.issues) report(file, Rules.frontmatterSchema, describe(issue), where(offsetOf(doc, issue.path)));
    return;
  }
  const meta: FrontMatter = result.data;
  if (meta.lang !== options.lang) {
    report(file, Rules.frontmatterLang, `Front matter says lang: ${meta.lang} but the file name says ${options.lang}: rename the file or fix \`lang\``, where(offsetOf(doc, ['lang'])));
    return;
  }
  file.data.meta = { ...meta, slug: options.slug, dir: meta.lang === 'ar' ? 'rtl' : 'ltr', source: options.source };
}

export function remarkFrontMatterCheck(options: FrontMatterOptions) {
  return (tree: Root, file: VFile): void => frontMatterTransform(tree, file, options);
}

function describe(issue: z.core.$ZodIssue): string {
  const key = issue.path.join('.') || '(front matter)';
  if (issue.code === 'invalid_value' && issue.path.at(-1) === 'lang') return `Unknown lang in front matter: use one of ${LANGS.join(', ')}`;
  if (issue.code === 'invalid_type' && issue.message.includes('undefined')) return `Front matter lacks \`${key}\`: add it`;
  if (issue.code === 'unrecognized_keys') return `Front matter has unknown key(s) ${issue.keys.map((k) => `\`${k}\``).join(', ')}${issue.path.length ? ` in \`${key}\`` : ''}: remove or rename them`;
  return `Front matter \`${key}\`: ${issue.message}`;
}

/** Offset (within the YAML text) of the deepest existing node on a path; 0 when none. */
function offsetOf(doc: Document, path: PropertyKey[]): number {
  for (let n = path.length; n > 0; n--) {
    const found = doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(found) && found.range) return found.range[0];
  }
  return isNode(doc.contents) && doc.contents.range ? doc.contents.range[0] : 0;
}
