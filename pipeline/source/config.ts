/**
 * Reading the project config, `papers.yml` at the project root (its schema is
 * pipeline/model/config.ts). A paper inherits it and may override any key in
 * its front matter, as a page's front matter overrides a project's in mystmd.
 *
 * The file is validated like front matter: every problem is reported at its
 * line and column in papers.yml under `config-yaml` or `config-schema`.
 */
import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { VFile } from 'vfile';
import { location } from 'vfile-location';
import { Rules } from '../model/rules.js';
import { projectConfigSchema, type ProjectConfig } from '../model/config.js';
import type { Lang } from '../model/langs.js';
import { checkSchema, parseYaml } from './yaml-check.js';
import { CONFIG_FILE, findProjectConfig } from './config-file.js';

export interface LoadedConfig {
  /** Null when the file has errors (they are in `file.messages`). */
  config: ProjectConfig | null;
  /** The folder of papers.yml: relative paths in it (the logo) are resolved from here. */
  root: string;
  /** papers.yml as a vfile, with its messages. */
  file: VFile;
}

/** Reads and validates papers.yml; `shown` is its path as diagnostics print it. */
export function loadProjectConfig(path: string, shown: string): LoadedConfig {
  const file = new VFile({ path: shown, value: readFileSync(path, 'utf8') });
  const text = String(file.value);
  const input = { text, pointAt: (offset: number) => location(file).toPoint(offset) ?? { line: 1, column: 1 }, what: CONFIG_FILE };
  const rules = { yaml: Rules.configYaml, schema: Rules.configSchema };
  const parsed = parseYaml(input, file, rules);
  // An empty papers.yml is an empty config, not an error.
  const config = parsed && checkSchema(projectConfigSchema, { ...parsed, data: parsed.data ?? {} }, input, file, rules);
  return { config, root: dirname(path), file };
}

/**
 * The valid config governing a source file, or null (none, or one with errors:
 * a build reports those once, for papers.yml itself). Read once per file and
 * modification time.
 */
export function projectConfigFor(sourcePath: string, cwd = process.cwd()): ProjectConfig | null {
  const path = findProjectConfig(sourcePath, cwd);
  if (!path) return null;
  const { mtimeMs } = statSync(path);
  const known = loaded.get(path);
  if (known?.mtimeMs === mtimeMs) return known.config;
  const { config } = loadProjectConfig(path, path);
  if (loaded.size >= 8) loaded.clear();
  loaded.set(path, { mtimeMs, config });
  return config;
}

const loaded = new Map<string, { mtimeMs: number; config: ProjectConfig | null }>();

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** `over` on top of `base`: objects merge key by key, anything else in `over` wins. */
function overlay(base: Plain, over: Plain): Plain {
  const out: Plain = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = isPlain(value) && isPlain(base[key]) ? overlay(base[key], value) : value;
  return out;
}

/** A paper's front-matter data with the project's publisher and defaults (those of its language last) beneath it. */
export function withProjectDefaults(frontMatter: unknown, config: ProjectConfig | undefined, lang: Lang): unknown {
  if (!config || !isPlain(frontMatter)) return frontMatter;
  const { en, ar, ...shared } = config.defaults ?? {};
  const inherited: Plain = { ...shared, ...{ en, ar }[lang], ...(config.publisher ? { publisher: config.publisher } : {}) };
  return overlay(inherited, frontMatter);
}
