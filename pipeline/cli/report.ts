/** Printing diagnostics as `file:line:col severity message [rule-id]`, and the build summary. */
import type { Diagnostic } from '../model/paper.js';

export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
  return `${where} ${d.severity} ${d.message} [${d.ruleId}]`;
}

/** Most severe first within a file; files in path order; then by position. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

export function countBySeverity(list: Diagnostic[]): Record<Diagnostic['severity'], number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of list) counts[d.severity]++;
  return counts;
}

/** GitHub Actions escapes: data loses %, CR and LF; properties also `:` and `,`. */
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND = { error: 'error', warning: 'warning', info: 'notice' } as const;

/** A GitHub Actions workflow command: the problem appears as an annotation on the file's line in the pull request. */
export function githubAnnotation(d: Diagnostic): string {
  const props: [string, string | number | null | undefined][] = [
    ['file', d.file],
    ['line', d.line],
    ['col', d.column],
    ['endLine', d.endLine],
    ['endColumn', d.endColumn],
    ['title', d.ruleId],
  ];
  const shown = props.filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  return `::${COMMAND[d.severity]} ${shown.join(',')}::${escapeData(d.message)}`;
}
