/**
 * `papers build` and `papers check`: the options, the run, and the report
 * (text on stderr; `--reporter json` a document on stdout; `--reporter github`
 * workflow annotations on stdout). The exit code is 1 when a paper failed or
 * anything is an error (with --strict, a warning too).
 */
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildAll, type BuildResult } from '../batch/batch.js';
import type { BuildOptions } from '../batch/build.js';
import { defaultJobs } from '../batch/pool.js';
import { parseShard } from '../batch/shard.js';
import type { Diagnostic } from '../model/paper.js';
import { LANGS, type Lang } from '../model/langs.js';
import { createProgress } from './progress.js';
import { outputFailure } from './output-failure.js';
import { countBySeverity, formatDiagnostic, githubAnnotation, sortDiagnostics } from './report.js';
import { oneOf, parseFormats, parseList, positiveInteger, UsageError } from './args.js';

const REPORTERS = ['text', 'json', 'github'] as const;
type Reporter = (typeof REPORTERS)[number];

export async function buildCommand(command: 'build' | 'check', args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: 'output' },
      lang: { type: 'string' },
      format: { type: 'string' },
      strict: { type: 'boolean', default: false },
      jobs: { type: 'string', short: 'j' },
      force: { type: 'boolean', default: false },
      shard: { type: 'string' },
      reporter: { type: 'string', default: 'text' },
      'max-memory': { type: 'string' },
      'lock-timeout': { type: 'string' },
      'paper-timeout': { type: 'string' },
    },
  });
  const reporter = oneOf<Reporter>(values.reporter!, REPORTERS, 'reporter');
  const paths = positionals.length > 0 ? positionals : ['source'];
  for (const p of paths) if (!existsSync(p)) throw new UsageError(`No such file or folder: ${p}`);
  let shard;
  try {
    shard = values.shard === undefined ? undefined : parseShard(values.shard);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const options: BuildOptions = {
    paths,
    out: values.out!,
    langs: parseList<Lang>(values.lang, LANGS, 'language') ?? [...LANGS],
    formats: parseFormats(values.format),
    checkOnly: command === 'check',
    jobs: values.jobs === undefined ? defaultJobs() : positiveInteger(values.jobs, '--jobs'),
    force: values.force,
    shard,
    maxMemoryMb: values['max-memory'] === undefined ? undefined : positiveInteger(values['max-memory'], '--max-memory'),
    paperTimeoutMs: values['paper-timeout'] === undefined ? undefined : positiveInteger(values['paper-timeout'], '--paper-timeout') * 1000,
    lockTimeoutMs: values['lock-timeout'] === undefined ? undefined : positiveInteger(values['lock-timeout'], '--lock-timeout') * 1000,
  };

  // An interrupted build exits through 'exit', which releases the output folder's lock.
  const interrupt = (code: number) => () => process.exit(code);
  process.once('SIGINT', interrupt(130)).once('SIGTERM', interrupt(143));

  const started = performance.now();
  const progress = createProgress();
  let result: BuildResult;
  try {
    result = await buildAll(options, {
      onStart: (plan) => progress.start(plan),
      onPaper: (r) => progress.paper(r),
      onLockWait: (holder) => console.error(`papers: waiting for the build already running on ${options.out}${holder ? ` (pid ${holder.pid})` : ''}…`),
    });
  } catch (e) {
    return outputFailure(e, options.out);
  } finally {
    progress.stop();
  }
  const seconds = (performance.now() - started) / 1000;

  const all: Diagnostic[] = sortDiagnostics([...result.diagnostics, ...result.papers.flatMap((p) => p.diagnostics)]);
  const counts = countBySeverity(all);
  const tally = { built: 0, checked: 0, skipped: 0, failed: 0 };
  for (const p of result.papers) tally[p.status]++;
  const usage = process.resourceUsage();
  const peakRssMb = Math.round(usage.maxRSS / 1024);
  // All threads of the process (workers included): a figure that holds up when other processes share the machine.
  const cpuSeconds = Number(((usage.userCPUTime + usage.systemCPUTime) / 1e6).toFixed(3));

  if (reporter === 'json') {
    const summary = { ...tally, errors: counts.error, warnings: counts.warning, infos: counts.info, filesWritten: result.outputs.length, collection: result.collection, seconds: Number(seconds.toFixed(3)), cpuSeconds, peakRssMb };
    const papers = result.papers.map((p) => ({ slug: p.slug, status: p.status, diagnostics: p.diagnostics, outputs: p.outputs }));
    process.stdout.write(JSON.stringify({ command, summary, papers, diagnostics: sortDiagnostics(result.diagnostics) }, null, 2) + '\n');
  } else if (reporter === 'github') {
    for (const d of all) process.stdout.write(githubAnnotation(d) + '\n');
  } else {
    for (const d of all) console.error(formatDiagnostic(d));
  }
  const done = command === 'build' ? `built ${tally.built}` : `checked ${tally.checked}`;
  const skipped = tally.skipped > 0 ? `, unchanged ${tally.skipped}` : '';
  console.error(
    `${done}, failed ${tally.failed}${skipped}; ${counts.error} errors, ${counts.warning} warnings; ${result.outputs.length} files written in ${seconds.toFixed(2)}s; peak memory ${peakRssMb} MB`,
  );
  return counts.error > 0 || tally.failed > 0 || (values.strict && counts.warning > 0) ? 1 : 0;
}
