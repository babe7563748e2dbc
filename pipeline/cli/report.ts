/** Printing diagnostics as `file:line:col severity message [rule-id]`, sorting and counting them. */
import type { Diagnostic, Severity } from '../model/paper.js';
import { printable } from './printable.js';

export const SEVERITIES = ['info', 'warning', 'error'] as const;
const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export const atLeast = (d: Diagnostic, min: Severity): boolean => RANK[d.severity] >= RANK[min];

/** One line, whatever the source put in the message or the path. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line ? `${d.file}:${d.line}:${d.column ?? 1}` : d.file;
  return printable(`${where} ${d.severity} ${d.message} [${d.ruleId}]`);
}

/** Files in path order, then by position and rule. */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

export function countBySeverity(list: Diagnostic[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const d of list) counts[d.severity]++;
  return counts;
}

/** "3 errors", "1 warning". */
export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
