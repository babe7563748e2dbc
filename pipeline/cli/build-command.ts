/**
 * `papers build` and `papers check`: their options and help, the run, and the
 * report — text on stderr, each paper's problems as it finishes;
 * `--reporter json` a document on stdout; `--reporter github` workflow
 * annotations on stdout and a job summary. The exit code is 1 when a paper
 * failed or anything is an error, and under --strict when a warning is new:
 * neither in the baseline (papers-baseline.json) nor acknowledged in the source.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import type { BuildResult } from '../batch/batch.js';
import type { BuildOptions, PaperResult } from '../batch/build.js';
import { parseShard } from '../batch/shard.js';
import type { Severity } from '../model/paper.js';
import { LANGS, type Lang } from '../model/langs.js';
import { optionalInteger, oneOf, parseFormats, parseList } from './args.js';
import { BASELINE_FILE } from './baseline.js';
import type { CliHooks, Finish, Registration } from './command.js';
import { EXIT, UsageError } from './errors.js';
import { outputFailure } from './output-failure.js';
import { printable } from './printable.js';
import { checkOutputFolder, checkSourcePaths } from './paths.js';
import { createProgress } from './progress.js';
import { countBySeverity, formatDiagnostic, plural, SEVERITIES, sortDiagnostics } from './report.js';
import { reportGithub, reportJson } from './reporters.js';
import { Triage } from './triage.js';

const REPORTERS = ['text', 'json', 'github'] as const;
type Verb = 'build' | 'check';

interface Flags {
  out?: string;
  lang?: string;
  format?: string;
  strict?: boolean;
  jobs?: string;
  force?: boolean;
  followLinks?: boolean;
  shard?: string;
  reporter: string;
  minSeverity: string;
  baseline: string;
  updateBaseline?: boolean;
  maxMemory?: string;
  paperTimeout?: string;
  lockTimeout?: string;
}

/** The options build and check share. */
function sharedOptions(cmd: Command): Command {
  return cmd
    .argument('[paths...]', 'source folders, paper folders or <lang>.md files (default: source)')
    .option('--lang <list>', `languages, comma-separated (${LANGS.join(', ')}; default: all)`)
    .option('--strict', 'exit 1 on any warning that is new: neither in the baseline nor acknowledged in the source')
    .option('--baseline <file>', 'the warnings accepted so far', BASELINE_FILE)
    .option('--update-baseline', 'write every current warning to the baseline file (then --strict fails only on new ones)')
    .option('--reporter <name>', `${REPORTERS.join(', ')}: problems on stderr, a JSON report on stdout, or GitHub annotations and a job summary`, 'text')
    .option('--min-severity <level>', `print only problems of this severity or worse (${SEVERITIES.join(', ')})`, 'info')
    .option('-j, --jobs <n>', 'threads (default: the number of cores; 1 works in this thread only)')
    .option('--shard <i/n>', 'only the i-th of n shares of the papers (a CI matrix); then run papers index')
    .option('--max-memory <MB>', 'heap limit of each worker (default 1024; 4096 for the PDF worker of a lone paper)')
    .option('--paper-timeout <s>', 'stop a paper still being processed after this long (default 600)')
    .option('--follow-links', 'follow symbolic links that lead out of the source folder (refused by default: their content would be published)');
}

export const registerBuild: Registration = (program, finish, hooks) => {
  const cmd = program
    .command('build')
    .summary('build the editions of the papers (HTML, PDF, JSON, glossaries)')
    .description('Build the HTML, PDF and JSON editions of every paper under the paths (default source/), skipping papers unchanged since the last build. A paper with an error writes nothing and keeps its previous editions.')
    .option('--out <dir>', 'output folder', 'output')
    .option('--format <list>', 'formats, comma-separated (json, html, pdf; default: all)')
    .option('--force', 'rebuild papers even when unchanged')
    .option('--lock-timeout <s>', 'how long to wait for another build on the same output folder (default 1800)');
  sharedOptions(cmd)
    .addHelpText('after', '\nExamples:\n  papers build                          every paper in source/ into output/\n  papers build source/my-paper --format html,pdf\n  papers build --lang en --out /tmp/site')
    .action(action('build', finish, hooks));
};

export const registerCheck: Registration = (program, finish, hooks) => {
  const cmd = program
    .command('check')
    .summary('process every paper and report its problems; write nothing (the CI gate)')
    .description('Run every stage and check of every paper under the paths (default source/) and report the problems; nothing is written.');
  sharedOptions(cmd)
    .addHelpText(
      'after',
      '\nExamples:\n  papers check --update-baseline        accept the current warnings (writes papers-baseline.json)\n  papers check --strict                 fail on errors and on warnings that are new\n  papers check --strict --reporter github\n\nTo accept one warning where it is, put <!-- papers-ignore RULE-ID: why --> on the line\nbefore its paragraph (docs/ci.md).',
    )
    .action(action('check', finish, hooks));
};

const action = (verb: Verb, finish: Finish, hooks: CliHooks) => async (paths: string[], flags: Flags) => finish(await run(verb, paths, flags, hooks));

/** The paths given, or source/ — which a newcomer running papers outside the project may not have. */
function sourcePaths(paths: string[]): string[] {
  if (paths.length > 0) return paths;
  if (!existsSync('source')) throw new UsageError("no source/ folder here: run papers in the project's folder, or give the folder of the papers (papers build <folder>)");
  return ['source'];
}

function buildOptions(verb: Verb, given: string[], flags: Flags): BuildOptions {
  const paths = sourcePaths(given);
  checkSourcePaths(paths);
  let shard;
  try {
    shard = flags.shard === undefined ? undefined : parseShard(flags.shard);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  return {
    paths,
    out: verb === 'build' ? checkOutputFolder(flags.out ?? 'output', paths) : 'output',
    langs: parseList<Lang>(flags.lang, '--lang', LANGS, 'language') ?? [...LANGS],
    formats: parseFormats(flags.format),
    checkOnly: verb === 'check',
    jobs: optionalInteger(flags.jobs, '--jobs'),
    force: flags.force ?? false,
    followLinks: flags.followLinks ?? false,
    shard,
    maxMemoryMb: optionalInteger(flags.maxMemory, '--max-memory'),
    paperTimeoutMs: optionalInteger(flags.paperTimeout, '--paper-timeout', 1000),
    lockTimeoutMs: optionalInteger(flags.lockTimeout, '--lock-timeout', 1000),
  };
}

async function run(verb: Verb, paths: string[], flags: Flags, hooks: CliHooks): Promise<number> {
  const reporter = oneOf(flags.reporter, '--reporter', REPORTERS);
  const triage = new Triage(flags.baseline, !!flags.updateBaseline, oneOf<Severity>(flags.minSeverity, '--min-severity', SEVERITIES));
  const options = buildOptions(verb, paths, flags);
  const { defaultJobs } = await import('../batch/pool.js');
  const jobs = options.jobs ?? defaultJobs();

  // SIGINT and SIGTERM keep their default action, which ends the process at once, even in the middle of
  // a paper processed in this thread (a listener would run only once that work was over). What the
  // build leaves is put right by the next one: its lock is stale (batch/lock.ts) and its staged
  // paper folders are rolled back or thrown away (batch/publish.ts).

  const started = performance.now();
  let result: BuildResult;
  try {
    result = await buildWithProgress({ ...options, jobs }, verb, reporter === 'text', triage, hooks);
  } catch (e) {
    return outputFailure(e, options.out);
  }
  const seconds = (performance.now() - started) / 1000;
  triage.classify(result.diagnostics);

  const all = sortDiagnostics([...result.diagnostics, ...result.papers.flatMap((p) => p.diagnostics)]);
  const counts = countBySeverity(all);
  const freshWarnings = countBySeverity(all.filter((d) => !triage.known.has(d))).warning;
  const tally = { built: 0, checked: 0, skipped: 0, failed: 0 };
  for (const p of result.papers) tally[p.status]++;
  const usage = process.resourceUsage();
  const peakRssMb = Math.round(usage.maxRSS / 1024);
  // All threads of the process (workers included): a figure that holds up when other processes share the machine.
  const cpuSeconds = Number(((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(3));
  const strict = !!flags.strict && !flags.updateBaseline;
  const summary = { ...tally, errors: counts.error, warnings: counts.warning, knownWarnings: triage.known.size, infos: counts.info, filesWritten: result.outputs.length, collection: result.collection, seconds: Number(seconds.toFixed(3)), cpuSeconds, peakRssMb };
  const outcome = { verb, result, all, known: triage.known, shown: triage.printed(all), strict, summary };
  if (reporter === 'json') reportJson(outcome);
  else if (reporter === 'github') reportGithub(outcome);
  else for (const d of triage.printed(result.diagnostics)) console.error(formatDiagnostic(d));

  const done = verb === 'build' ? `built ${tally.built}` : `checked ${tally.checked}`;
  const skipped = tally.skipped > 0 ? `, unchanged ${tally.skipped}` : '';
  const knownNote = triage.known.size > 0 ? ` (${triage.known.size} known)` : '';
  console.error(
    `${done}, failed ${tally.failed}${skipped}; ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}${knownNote}; ${plural(result.outputs.length, 'file')} written in ${seconds.toFixed(2)}s; peak memory ${peakRssMb} MB`,
  );
  triage.finish(all, `papers ${verb}`);
  if (strict && freshWarnings > 0) console.error(`papers: --strict: ${plural(freshWarnings, 'new warning')}; fix them, acknowledge them in the source, or accept them all with --update-baseline`);
  return counts.error > 0 || tally.failed > 0 || (strict && freshWarnings > 0) ? EXIT.failed : EXIT.ok;
}

/** The build, with its progress on stderr and, for the text reporter, each paper's problems as it finishes. */
async function buildWithProgress(options: BuildOptions & { jobs: number }, verb: Verb, printPapers: boolean, triage: Triage, hooks: CliHooks): Promise<BuildResult> {
  const { buildAll } = await import('../batch/batch.js');
  const progress = createProgress({ verb, jobs: options.jobs });
  try {
    return await buildAll(options, {
      onStart: (plan) => progress.start(plan),
      onPaper: (r: PaperResult) => {
        triage.classify(r.diagnostics);
        progress.paper(r, printPapers ? triage.printed(r.diagnostics).map(formatDiagnostic) : []);
      },
      onLonePaper: hooks.onLonePaper,
      onLockWait: (holder) => console.error(printable(`papers: waiting for the build already running on ${options.out}${holder ? ` (pid ${holder.pid})` : ''}…`)),
    });
  } finally {
    progress.stop();
  }
}
