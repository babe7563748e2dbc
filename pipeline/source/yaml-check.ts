/**
 * YAML read and validated against a zod schema, every problem reported at the
 * line and column of the offending key or value: shared by the front matter of
 * a paper and the project config (papers.yml).
 */
import type { VFile } from 'vfile';
import type { Point } from 'unist';
import { parseDocument, isMap, isNode, isScalar, visit, type Document } from 'yaml';
import type { z } from 'zod';
import { report } from '../model/diagnostics.js';
import type { Rule } from '../model/rules.js';

export interface YamlRules {
  /** Not valid YAML (syntax, duplicate keys, too many aliases). */
  yaml: Rule;
  /** Valid YAML that the schema refuses. */
  schema: Rule;
}

export interface YamlText {
  /** The YAML text. */
  text: string;
  /** Where an offset of `text` is in the file. */
  pointAt: (offset: number) => Point;
  /** How the document is named in messages: "Front matter", "papers.yml". */
  what: string;
  /** Top-level keys that may instead be given once for every paper in papers.yml. */
  inheritable?: ReadonlySet<string>;
}

/** A YAML document: its plain data (null when it is not valid YAML) and a way to find where a path is written. */
export interface ParsedYaml {
  data: unknown;
  /** Offset in the YAML text of the deepest node of `path` that exists there. */
  offsetOf: (path: PropertyKey[]) => number;
  /** Offset of the key `key` written in the mapping at `path`, if it is there. */
  keyOffsetOf: (path: PropertyKey[], key: string) => number | null;
}

/** Aliases expand to copies: a small limit stops a "billion laughs" document before it grows. */
const MAX_ALIASES = 50;

export function parseYaml(input: YamlText, file: VFile, rules: YamlRules): ParsedYaml | null {
  const doc = parseDocument(input.text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) report(file, rules.yaml, `${input.what} is not valid YAML: ${e.message.split('\n')[0]}`, input.pointAt(e.pos[0]));
    return null;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (e) {
    report(file, rules.yaml, `${input.what} expands too many YAML aliases (${e instanceof Error ? e.message : String(e)}): write the values out`, input.pointAt(firstAlias(doc)));
    return null;
  }
  return { data, offsetOf: (path) => offsetOf(doc, path), keyOffsetOf: (path, key) => keyOffsetOf(doc, path, key) };
}

/** Validates `data` against `schema`; reports each issue at its key and returns null when any. */
export function checkSchema<T>(schema: z.ZodType<T>, parsed: ParsedYaml, input: YamlText, file: VFile, rules: YamlRules): T | null {
  const result = schema.safeParse(parsed.data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    // An unknown key is pointed at where it is written, not at the mapping holding it.
    const key = issue.code === 'unrecognized_keys' ? parsed.keyOffsetOf(issue.path, issue.keys[0]) : null;
    report(file, rules.schema, describe(issue, input), input.pointAt(key ?? parsed.offsetOf(issue.path)));
  }
  return null;
}

function describe(issue: z.core.$ZodIssue, { what, inheritable }: YamlText): string {
  const key = issue.path.join('.') || `(${what.toLowerCase()})`;
  if (issue.code === 'invalid_type' && issue.message.includes('undefined')) {
    const once = inheritable?.has(String(issue.path[0])) ? ', or give it once for every paper in papers.yml' : '';
    return `${what} lacks \`${key}\`: add it${once}`;
  }
  if (issue.code === 'invalid_value') return `Unknown ${key} in ${what[0].toLowerCase()}${what.slice(1)}: use one of ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'unrecognized_keys') {
    const keys = issue.keys.map((k) => `\`${visible(k)}\``).join(', ');
    const fix = issue.keys.some((k) => visible(k) !== k) ? 'delete the invisible characters' : 'remove or rename them';
    return `${what} has unknown key(s) ${keys}${issue.path.length ? ` in \`${key}\`` : ''}: ${fix}`;
  }
  return `${what} \`${key}\`: ${issue.message}`;
}

/** A key as the reader must type it: invisible and control characters spelt out (a BOM pasted into a key). */
const visible = (key: string) => key.replace(/[\p{Cc}\p{Cf}]/gu, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);

/** Offset of the first alias (`*name`) of the document: where an alias bomb starts to go off. */
function firstAlias(doc: Document): number {
  let offset = 0;
  visit(doc, {
    Alias(_, alias) {
      offset = alias.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

function keyOffsetOf(doc: Document, path: PropertyKey[], key: string): number | null {
  const map = path.length > 0 ? doc.getIn(path as unknown[], true) : doc.contents;
  if (!isMap(map)) return null;
  const pair = map.items.find((p) => isScalar(p.key) && p.key.value === key);
  return pair && isScalar(pair.key) && pair.key.range ? pair.key.range[0] : null;
}

/** Offset (within the YAML text) of the deepest existing node on a path; 0 when none. */
function offsetOf(doc: Document, path: PropertyKey[]): number {
  for (let n = path.length; n > 0; n--) {
    const found = doc.getIn(path.slice(0, n) as unknown[], true);
    if (isNode(found) && found.range) return found.range[0];
  }
  return isNode(doc.contents) && doc.contents.range ? doc.contents.range[0] : 0;
}
