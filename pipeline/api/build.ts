/**
 * `buildAll` for library callers: the options are checked, with a message
 * naming the option, before anything is read or written, and the optional
 * ones get the CLI's defaults (every language, every format). The process is
 * left as it was found: no V8 flag, environment variable or working folder
 * changes (a hook lets a caller tune the process for a lone paper, as the
 * CLI does).
 */
import { z } from 'zod';
import { buildAll as buildBatch, type BuildHooks, type BuildResult } from '../batch/batch.js';
import type { BuildOptions } from '../batch/build.js';
import { FORMATS } from '../render/context.js';
import { LANGS } from '../model/langs.js';
import type { ProjectConfig } from '../model/config.js';

const positive = z.number().int().min(1);

const optionsSchema = z.strictObject({
  paths: z.array(z.string().min(1)).min(1),
  out: z.string().min(1),
  langs: z.array(z.enum(LANGS)).min(1).optional(),
  formats: z.array(z.enum(FORMATS)).min(1).optional(),
  checkOnly: z.boolean().optional(),
  cwd: z.string().min(1).optional(),
  localesDir: z.string().min(1).optional(),
  env: z.record(z.string(), z.string().optional()).optional(),
  jobs: positive.optional(),
  force: z.boolean().optional(),
  shard: z.object({ index: positive, count: positive }).refine((s) => s.index <= s.count, 'index must be at most count').optional(),
  maxMemoryMb: positive.optional(),
  paperTimeoutMs: positive.optional(),
  lockTimeoutMs: positive.optional(),
  // A papers.yml already read (loadProjectConfig), or null for none; checked when it was read.
  config: z.custom<ProjectConfig | null>((v) => v === null || (typeof v === 'object' && !Array.isArray(v))).optional(),
});

/** What a library caller gives: `paths` and `out`; the rest as in BuildOptions, `langs` defaulting to every language. */
export type BuildAllOptions = Omit<BuildOptions, 'langs'> & Partial<Pick<BuildOptions, 'langs'>>;

/** Options that are not what buildAll takes (a missing path, an unknown language…). */
export class BuildOptionsError extends TypeError {
  override readonly name = 'BuildOptionsError';
}

export function buildOptions(options: BuildAllOptions): BuildOptions {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'options'}: ${i.message}`);
    throw new BuildOptionsError(`buildAll: ${problems.join('; ')}`);
  }
  return { ...parsed.data, langs: parsed.data.langs ?? [...LANGS] };
}

/** Build (or check) every paper under `options.paths` into `options.out`; see BuildResult. */
export async function buildAll(options: BuildAllOptions, hooks: BuildHooks = {}): Promise<BuildResult> {
  return buildBatch(buildOptions(options), hooks);
}
