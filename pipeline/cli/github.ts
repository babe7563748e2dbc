/**
 * The GitHub Actions reporter: one workflow command per problem, which GitHub
 * shows as an annotation on the file's line in the pull request, and a
 * Markdown report for the job's summary page ($GITHUB_STEP_SUMMARY) with
 * every problem, since GitHub shows only 10 error and 10 warning
 * annotations per step.
 */
import type { Diagnostic, Severity } from '../model/paper.js';
import { printable } from './printable.js';
import { formatDiagnostic, plural } from './report.js';

/** What GitHub shows of each kind of annotation in one step. */
export const ANNOTATIONS_SHOWN = 10;

/** GitHub Actions escapes: data loses %, CR and LF; properties also `:` and `,`. */
const escapeData = (s: string) => printable(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** A workflow command; under --strict a warning fails the job, so it is annotated as an error. */
export function githubAnnotation(d: Diagnostic, strict = false): string {
  const props: [string, string | number | null | undefined][] = [
    ['file', d.file],
    ['line', d.line],
    ['col', d.column],
    ['endLine', d.endLine],
    ['endColumn', d.endColumn],
    ['title', d.ruleId],
  ];
  const shown = props.filter(([, v]) => v !== null && v !== undefined).map(([k, v]) => `${k}=${escapeProperty(String(v))}`);
  const command = strict && d.severity === 'warning' ? 'error' : COMMAND[d.severity];
  return `::${command} ${shown.join(',')}::${escapeData(d.message)}`;
}

export interface SummaryInput {
  title: string;
  papers: { slug: string; status: string; diagnostics: Diagnostic[] }[];
  /** Every problem reported (known warnings left out). */
  diagnostics: Diagnostic[];
  known: number;
}

/** Markdown table cells: one line, no pipe. */
const cell = (s: string) => printable(s).replace(/\|/g, '\\|').replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));

/** The job summary: per paper and per rule counts, then every problem. */
export function stepSummary({ title, papers, diagnostics, known }: SummaryInput): string {
  const count = (list: Diagnostic[], s: Severity) => list.filter((d) => d.severity === s).length;
  const out = [`## ${cell(title)}`, ''];
  if (known > 0) out.push(`${plural(known, 'known warning')} (in papers-baseline.json or acknowledged in the source) not shown.`, '');
  out.push('| paper | status | errors | warnings | notes |', '| --- | --- | ---: | ---: | ---: |');
  for (const p of papers) {
    const own = p.diagnostics.filter((d) => diagnostics.includes(d));
    out.push(`| ${cell(p.slug)} | ${p.status} | ${count(own, 'error')} | ${count(own, 'warning')} | ${count(own, 'info')} |`);
  }
  const byRule = new Map<string, { severity: Severity; n: number }>();
  for (const d of diagnostics) {
    const r = byRule.get(d.ruleId) ?? { severity: d.severity, n: 0 };
    r.n++;
    byRule.set(d.ruleId, r);
  }
  if (byRule.size > 0) {
    out.push('', '| rule | severity | count |', '| --- | --- | ---: |');
    for (const [rule, { severity, n }] of [...byRule].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1))) out.push(`| ${cell(rule)} | ${severity} | ${n} |`);
    const lines = diagnostics.map(formatDiagnostic).join('\n').replace(/```/g, '`\u200b``');
    out.push('', `<details><summary>${plural(diagnostics.length, 'problem')}</summary>`, '', '```text', lines, '```', '', '</details>');
  }
  return out.join('\n') + '\n';
}
