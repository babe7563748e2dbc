/**
 * Turning what went wrong outside the stages' own diagnostics into one
 * diagnostic line for the paper (or output) concerned: a renderer that threw,
 * an exception escaping the pipeline, a worker that crashed or ran out of
 * memory. The user sees a sentence, never a stack trace.
 */
import { VFile } from 'vfile';
import { diagnosticAt, PaperError, report, toDiagnostic } from '../model/diagnostics.js';
import { ioFailure } from '../model/io-failure.js';
import { Rules } from '../model/rules.js';
import type { Diagnostic } from '../model/paper.js';

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A renderer's failure: a PaperError keeps its rule and place; anything else is `render-failed`. */
export function renderFailure(e: unknown, path: string, what: string): Diagnostic {
  if (e instanceof PaperError) {
    return toDiagnostic(report(new VFile({ path }), e.rule, e.message, e.place), path);
  }
  return diagnosticAt(Rules.renderFailed, `Could not render the ${what}: ${reasonOf(e)}`, path);
}

/** An exception that escaped every stage of one paper: a file-system refusal, else a bug or input the pipeline cannot handle. */
export function internalFailure(e: unknown, paperDir: string): Diagnostic {
  // An unreadable source or a full disk is the state of a file, not a bug.
  const io = ioFailure(e, paperDir);
  if (io) return io;
  if (process.env.PAPERS_DEBUG) console.error(e);
  return diagnosticAt(Rules.buildInternalError, `Building this paper stopped on an unexpected error (${reasonOf(e)}); its previous editions are kept. Set PAPERS_DEBUG=1 for details and report it`, paperDir);
}

/** The worker building a paper died (out of memory, killed) or was stopped for taking too long. */
export function crashFailure(e: unknown, paperDir: string, limits: { maxMemoryMb: number; timeoutMs: number }): Diagnostic {
  const { code, name } = (e ?? {}) as { code?: string; name?: string };
  const why =
    code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? `ran out of memory (limit ${limits.maxMemoryMb} MB per worker; raise it with --max-memory)`
      : name === 'AbortError'
        ? `was stopped after ${limits.timeoutMs / 1000} s (raise the limit with --paper-timeout)`
        : `crashed (${reasonOf(e)})`;
  return diagnosticAt(Rules.buildCrashed, `The worker building this paper ${why}; its previous editions are kept`, paperDir);
}
