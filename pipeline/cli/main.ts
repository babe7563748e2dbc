#!/usr/bin/env node
/**
 * The `papers` command line: build, check, index, import. Every problem is
 * printed as `file:line:col severity message [rule-id]`; the exit code is 1
 * when there is any error (with --strict, any warning too) and 2 for a usage
 * mistake. No stack trace is ever shown to the user (set PAPERS_DEBUG=1 to see
 * one). Commands are loaded on demand, so that starting is cheap.
 */
import { UsageError } from './args.js';

const USAGE = `Usage:
  papers build [paths…] [options]    build the editions of the papers (paths default to source/)
  papers check [paths…] [options]    process and report only; write nothing
  papers index [output]              remake the cross-paper outputs from the JSON editions in output/
  papers import <file> [--out <path>]
  papers entities [paths…] [--format text|json|csv] [--accept <id>…]   names the gazetteer lacks, and adding them to it

Options of build and check:
  --out <dir>            output folder (default: output)
  --lang en,ar           languages to build (default: all)
  --format json,html,pdf formats to build (default: all three)
  --jobs, -j <n>         threads (default: the number of cores; 1 builds in this thread only)
  --force                rebuild papers even when unchanged since the last build
  --shard <i>/<n>        build only the i-th of n shares of the papers (CI matrix); then run papers index
  --reporter <name>      text (default), json (a report on stdout) or github (workflow annotations)
  --strict               exit 1 on warnings too
  --max-memory <MB>      heap limit of each worker (default 1024; 4096 for the PDF worker of a lone paper)
  --paper-timeout <s>    stop a paper still building in a worker after this long (default 600)
  --lock-timeout <s>     how long to wait for another build on the same output folder (default 1800)`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === 'help' || command === '--help' || command === '-h') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  if (command === 'import') return (await import('./import-command.js')).importCommand(rest);
  if (command === 'index') return (await import('./index-command.js')).indexCommand(rest);
  if (command === 'entities') return (await import('./entities-command.js')).entitiesCommand(rest);
  if (command === 'build' || command === 'check') return (await import('./build-command.js')).buildCommand(command, rest);
  throw new UsageError(`Unknown command '${command}'`);
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
