/**
 * Turning what went wrong outside the stages' own diagnostics into one
 * diagnostic line for the paper (or output) concerned: a renderer that threw,
 * an exception escaping the pipeline, a worker that crashed or ran out of
 * memory. The user sees a sentence, never a stack trace.
 */
import { VFile } from 'vfile';
import { PaperError, toDiagnostic } from '../model/diagnostics.js';
import type { Diagnostic } from '../model/paper.js';

const errorAt = (file: string, ruleId: string, message: string): Diagnostic => ({ ruleId, severity: 'error', message, file, line: null, column: null });

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A renderer's failure: a PaperError keeps its rule and place; anything else is `render-failed`. */
export function renderFailure(e: unknown, path: string, what: string): Diagnostic {
  if (e instanceof PaperError) {
    const file = new VFile({ path });
    const message = file.message(e.message, { ruleId: e.ruleId, source: 'papers', ...(e.place ? { place: e.place } : {}) });
    message.fatal = true;
    return toDiagnostic(message, path);
  }
  return errorAt(path, 'render-failed', `Could not render the ${what}: ${reasonOf(e)}`);
}

/** An exception that escaped every stage of one paper (a bug, or input the pipeline cannot handle). */
export function internalFailure(e: unknown, paperDir: string): Diagnostic {
  if (process.env.PAPERS_DEBUG) console.error(e);
  return errorAt(paperDir, 'build-internal-error', `Building this paper stopped on an unexpected error (${reasonOf(e)}); its previous editions are kept. Set PAPERS_DEBUG=1 for details and report it`);
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
  return errorAt(paperDir, 'build-crashed', `The worker building this paper ${why}; its previous editions are kept`);
}
