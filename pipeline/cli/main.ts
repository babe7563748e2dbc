#!/usr/bin/env node
/**
 * The `papers` command line: build, check, import. Every problem is printed as
 * `file:line:col severity message [rule-id]`; the exit code is 1 when there is
 * any error (with --strict, any warning too) and 2 for a usage mistake. No
 * stack trace is ever shown to the user (set PAPERS_DEBUG=1 to see one).
 */
import { parseArgs } from 'node:util';
import { existsSync } from 'node:fs';
import { LANGS, type Lang } from '../source/frontmatter.js';
import { FORMATS, type Format } from '../render/context.js';
import { availableFormats } from '../render/registry.js';
import { buildAll } from '../build/build.js';
import { countBySeverity, formatDiagnostic, sortDiagnostics } from './report.js';
import type { Diagnostic } from '../model/paper.js';

const USAGE = `Usage:
  papers build [paths…] [--out output] [--lang en,ar] [--format json,html,pdf] [--strict]
  papers check [paths…] [--strict]
  papers import <file> [--out <path>]

Paths default to source/. Formats default to every available one (${availableFormats().join(', ')}).`;

class UsageError extends Error {}

function parseList<T extends string>(value: string | undefined, allowed: readonly T[], what: string): T[] | undefined {
  if (value === undefined) return undefined;
  const items = value.split(',').map((s) => s.trim()).filter(Boolean);
  for (const item of items) if (!allowed.includes(item as T)) throw new UsageError(`Unknown ${what} '${item}': use ${allowed.join(', ')}`);
  return items as T[];
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'import') return (await import('./import-command.js')).importCommand(rest);
  if (command !== 'build' && command !== 'check') throw new UsageError(`Unknown command '${command}'`);

  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'output' },
      lang: { type: 'string' },
      format: { type: 'string' },
      strict: { type: 'boolean', default: false },
    },
  });
  const langs = parseList<Lang>(values.lang, LANGS, 'language') ?? [...LANGS];
  const formats = parseList<Format>(values.format, FORMATS, 'format') ?? availableFormats();
  const missing = formats.filter((f) => !availableFormats().includes(f));
  if (missing.length > 0) throw new UsageError(`Format ${missing.join(', ')} is not available yet (available: ${availableFormats().join(', ')})`);
  const paths = positionals.length > 0 ? positionals : ['source'];
  for (const p of paths) if (!existsSync(p)) throw new UsageError(`No such file or folder: ${p}`);

  const started = performance.now();
  const result = await buildAll({ paths, out: values.out!, langs, formats, checkOnly: command === 'check' });
  const all: Diagnostic[] = sortDiagnostics([...result.diagnostics, ...result.papers.flatMap((p) => p.diagnostics)]);
  for (const d of all) console.error(formatDiagnostic(d));
  const counts = countBySeverity(all);
  const failed = result.papers.filter((p) => p.status === 'failed').length;
  const done = result.papers.length - failed;
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.error(
    `${command === 'build' ? 'built' : 'checked'} ${done}, failed ${failed}; ${counts.error} errors, ${counts.warning} warnings; ${result.outputs.length} files written in ${seconds}s`,
  );
  const bad = counts.error > 0 || failed > 0 || (values.strict && counts.warning > 0);
  return bad ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      console.error(`papers: ${e.message}\n\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    console.error(`papers: internal error: ${e instanceof Error ? e.message : String(e)} (set PAPERS_DEBUG=1 for details and report it)`);
    if (process.env.PAPERS_DEBUG) console.error(e);
    process.exitCode = 70;
  },
);

