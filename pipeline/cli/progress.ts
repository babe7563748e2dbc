/**
 * Progress of a build on stderr. It starts with a line saying what the build
 * will do, then, as each paper finishes, prints its problems (when the text
 * reporter prints them) so that nobody waits for the end to read them. On a
 * terminal a bar below those lines shows the count of papers, of errors and
 * warnings so far, the elapsed time and an estimate of the time left; on
 * anything else (a pipe, a CI log, CI set) each paper gets one plain line,
 * since a redrawn bar would fill a log with control characters.
 */
import { MultiBar, Presets, type SingleBar } from 'cli-progress';
import type { PaperResult } from '../batch/build.js';
import { printable } from './printable.js';
import { countBySeverity, plural } from './report.js';

export interface Plan {
  papers: number;
  toBuild: number;
}

export interface Progress {
  start(plan: Plan): void;
  /** A paper finished; `lines` are its problems as printed. */
  paper(result: PaperResult, lines: string[]): void;
  stop(): void;
}

export interface ProgressOptions {
  /** `build` or `check`. */
  verb: string;
  jobs: number;
  stream?: NodeJS.WriteStream;
  env?: NodeJS.ProcessEnv;
}

/** "12 papers: 10 to build, 2 unchanged, on 2 threads". */
function planLine(verb: string, { papers, toBuild }: Plan, jobs: number): string {
  const threads = Math.min(jobs, toBuild);
  const what = papers > toBuild ? `${plural(papers, 'paper')}: ${toBuild} to ${verb}, ${papers - toBuild} unchanged` : `${plural(papers, 'paper')} to ${verb}`;
  return `papers ${verb}: ${what}${toBuild > 0 ? `, on ${plural(Math.max(threads, 1), 'thread')}` : ''}`;
}

const outcome = (r: PaperResult): string => {
  const c = countBySeverity(r.diagnostics);
  const parts = [c.error && plural(c.error, 'error'), c.warning && plural(c.warning, 'warning')].filter(Boolean);
  return parts.length ? ` (${parts.join(', ')})` : '';
};

export function createProgress({ verb, jobs, stream = process.stderr, env = process.env }: ProgressOptions): Progress {
  return stream.isTTY && !env.CI ? barProgress(verb, jobs, stream) : lineProgress(verb, jobs, stream);
}

function barProgress(verb: string, jobs: number, stream: NodeJS.WriteStream): Progress {
  const bars = new MultiBar(
    {
      stream,
      format: '{bar} {value}/{total} papers | {errors} errors, {warnings} warnings | {duration_formatted} elapsed, {left} | {slug}',
      // The cursor stays visible: Ctrl-C ends a build at once (build-command.ts), with no chance to show it again.
      hideCursor: false,
      clearOnComplete: true,
      barsize: 24,
      etaBuffer: 8,
    },
    Presets.shades_classic,
  );
  let bar: SingleBar | null = null;
  const counts = { errors: 0, warnings: 0 };
  const started = performance.now();
  let done = 0;
  let total = 0;
  /** Time left at the pace so far; nothing to go on before the first paper. */
  const left = () => (done === 0 ? 'time left unknown' : `about ${Math.round((((performance.now() - started) / done) * (total - done)) / 1000)}s left`);
  return {
    start(plan) {
      stream.write(planLine(verb, plan, jobs) + '\n');
      total = plan.toBuild;
      if (plan.toBuild > 0) bar = bars.create(plan.toBuild, 0, { slug: 'loading the pipeline…', left: left(), ...counts });
    },
    paper(result, lines) {
      if (lines.length) bars.log(lines.join('\n') + '\n');
      if (result.status === 'skipped' || !bar) return;
      const c = countBySeverity(result.diagnostics);
      counts.errors += c.error;
      counts.warnings += c.warning;
      done++;
      bar.increment({ slug: printable(result.slug), left: left(), ...counts });
    },
    stop() {
      // A last redraw writes the lines logged since the previous one (stop alone would drop them).
      bars.update();
      bars.stop();
      bar = null;
    },
  };
}

function lineProgress(verb: string, jobs: number, stream: NodeJS.WriteStream): Progress {
  let total = 0;
  let done = 0;
  const started = performance.now();
  return {
    start(plan) {
      total = plan.toBuild;
      stream.write(planLine(verb, plan, jobs) + '\n');
    },
    paper(result, lines) {
      if (result.status !== 'skipped') {
        done++;
        const seconds = ((performance.now() - started) / 1000).toFixed(1);
        stream.write(printable(`[${String(done).padStart(String(total).length)}/${total}] ${result.status} ${result.slug}${outcome(result)} ${seconds}s`) + '\n');
      }
      if (lines.length) stream.write(lines.join('\n') + '\n');
    },
    stop() {},
  };
}
