/** The JSON and GitHub reporters of build and check, on stdout (the text reporter prints as papers finish: progress.ts). */
import { appendFileSync } from 'node:fs';
import type { BuildResult } from '../batch/batch.js';
import type { Diagnostic } from '../model/paper.js';
import { ANNOTATIONS_SHOWN, githubAnnotation, stepSummary } from './github.js';
import { countBySeverity, plural, sortDiagnostics } from './report.js';

export interface Outcome {
  verb: string;
  result: BuildResult;
  /** Every diagnostic of the run, sorted. */
  all: Diagnostic[];
  known: ReadonlySet<Diagnostic>;
  /** What the reporter shows (not known, severe enough). */
  shown: Diagnostic[];
  strict: boolean;
  summary: Record<string, unknown>;
}

export function reportJson({ verb, result, known, summary }: Outcome): void {
  const mark = (list: Diagnostic[]) => list.map((d) => (known.has(d) ? { ...d, known: true } : d));
  const papers = result.papers.map((p) => ({ slug: p.slug, status: p.status, diagnostics: mark(p.diagnostics), outputs: p.outputs }));
  process.stdout.write(JSON.stringify({ command: verb, summary, papers, diagnostics: mark(sortDiagnostics(result.diagnostics)) }, null, 2) + '\n');
}

export function reportGithub({ verb, result, all, known, shown, strict }: Outcome): void {
  for (const d of shown) process.stdout.write(githubAnnotation(d, strict) + '\n');
  const summaryFile = process.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    const counts = countBySeverity(all.filter((d) => !known.has(d)));
    const title = `papers ${verb}: ${plural(result.papers.length, 'paper')}, ${plural(counts.error, 'error')}, ${plural(counts.warning, 'new warning')}`;
    appendFileSync(summaryFile, stepSummary({ title, papers: result.papers, diagnostics: shown, known: known.size }));
  }
  const c = countBySeverity(shown);
  if (c.error + (strict ? c.warning : 0) > ANNOTATIONS_SHOWN || c.warning > ANNOTATIONS_SHOWN) {
    process.stdout.write(`::notice title=papers::${shown.length} problems; GitHub shows ${ANNOTATIONS_SHOWN} errors and ${ANNOTATIONS_SHOWN} warnings per step${summaryFile ? ': the job summary lists every one' : ''}\n`);
  }
}
