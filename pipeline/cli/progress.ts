/**
 * Progress of a build on stderr: a bar on a terminal; on anything else (a
 * pipe, a CI log, CI set) one plain line per paper built or failed, since a
 * redrawn bar would fill a log with control characters.
 */
import { Presets, SingleBar } from 'cli-progress';
import type { PaperResult } from '../batch/build.js';

export interface Progress {
  start(plan: { papers: number; toBuild: number }): void;
  paper(result: PaperResult): void;
  stop(): void;
}

export function createProgress(stream: NodeJS.WriteStream = process.stderr, env: NodeJS.ProcessEnv = process.env): Progress {
  return stream.isTTY && !env.CI ? barProgress(stream) : lineProgress(stream);
}

function barProgress(stream: NodeJS.WriteStream): Progress {
  const bar = new SingleBar({ stream, format: '{bar} {value}/{total} papers  {slug}', hideCursor: true, clearOnComplete: true, barsize: 30 }, Presets.shades_classic);
  let active = false;
  return {
    start({ toBuild }) {
      if (toBuild < 2) return;
      bar.start(toBuild, 0, { slug: '' });
      active = true;
    },
    paper(result) {
      if (active && result.status !== 'skipped') bar.increment({ slug: result.slug });
    },
    stop() {
      if (active) bar.stop();
      active = false;
    },
  };
}

function lineProgress(stream: NodeJS.WriteStream): Progress {
  let total = 0;
  let done = 0;
  return {
    start({ papers, toBuild }) {
      total = toBuild;
      if (papers > toBuild) stream.write(`${papers} papers: ${toBuild} to build, ${papers - toBuild} unchanged\n`);
    },
    paper(result) {
      if (result.status === 'skipped') return;
      done++;
      stream.write(`[${String(done).padStart(String(total).length)}/${total}] ${result.status} ${result.slug}\n`);
    },
    stop() {},
  };
}
