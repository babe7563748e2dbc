/**
 * The warning baseline, `papers-baseline.json`: the warnings a team has
 * accepted, so that `--strict` fails only on new ones. A warning is known by
 * its rule, its file and a fingerprint of its content — the source text it
 * points at (its span, or its line) and its message with the numbers masked
 * (a message that cites "line 40" must not change when lines move) — never by
 * its line number, so edits elsewhere in the file leave it known. Identical
 * warnings in one file are counted: one more of them is a new warning.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { diagnosticAt } from '../model/diagnostics.js';
import type { Diagnostic } from '../model/paper.js';
import { Rules } from '../model/rules.js';
import { InputError } from './errors.js';
import type { SourceLines } from './source-lines.js';

export const BASELINE_FILE = 'papers-baseline.json';

const entrySchema = z.object({ file: z.string(), rule: z.string(), fingerprint: z.string(), count: z.number().int().min(1), message: z.string().optional() });
const baselineSchema = z.object({ version: z.literal(1), warnings: z.array(entrySchema) });
type Entry = z.infer<typeof entrySchema>;
export type Baseline = z.infer<typeof baselineSchema>;

const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The source text a diagnostic points at: its span when it lies on one line, else its whole line. */
function excerpt(d: Diagnostic, lines: string[] | null): string {
  const line = d.line && lines ? (lines[d.line - 1] ?? '') : '';
  if (d.column && d.endLine === d.line && d.endColumn && d.endColumn > d.column) return squeeze(line.slice(d.column - 1, d.endColumn - 1));
  return squeeze(line);
}

export function fingerprint(d: Diagnostic, lines: string[] | null): string {
  return createHash('sha256')
    .update([d.ruleId, excerpt(d, lines), d.message.replace(/\d+/g, '#')].join('\0'))
    .digest('hex')
    .slice(0, 16);
}

const keyOf = (e: Pick<Entry, 'file' | 'rule' | 'fingerprint'>) => `${e.file}\0${e.rule}\0${e.fingerprint}`;

/** The baseline in `path`, or null when there is none; a malformed one is an input error. */
export function readBaseline(path: string): Baseline | null {
  if (!existsSync(path)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new InputError(diagnosticAt(Rules.baselineInvalid, `Not a JSON file (${(e as Error).message}): remake it with papers check --update-baseline`, path));
  }
  const result = baselineSchema.safeParse(parsed);
  if (!result.success) throw new InputError(diagnosticAt(Rules.baselineInvalid, `Not a papers baseline (${result.error.issues[0].message} at ${result.error.issues[0].path.join('.')}): remake it with papers check --update-baseline`, path));
  return result.data;
}

/** The baseline of these warnings, as the file's text (sorted, so that it diffs well). */
export function baselineText(warnings: Diagnostic[], sources: SourceLines): string {
  const entries = new Map<string, Entry>();
  for (const d of warnings) {
    const entry = { file: d.file, rule: d.ruleId, fingerprint: fingerprint(d, sources.of(d.file)) };
    const known = entries.get(keyOf(entry));
    if (known) known.count++;
    else entries.set(keyOf(entry), { ...entry, count: 1, message: d.message });
  }
  const warningsOut = [...entries.values()].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  return JSON.stringify({ version: 1, warnings: warningsOut } satisfies Baseline, null, 2) + '\n';
}

/** Matches warnings against a baseline, each entry as many times as it counts. */
export class BaselineMatch {
  private readonly left: Map<string, number>;

  constructor(
    baseline: Baseline,
    private readonly sources: SourceLines,
  ) {
    this.left = new Map(baseline.warnings.map((e) => [keyOf(e), e.count]));
  }

  /** Whether the baseline holds this warning (and one fewer of its kind from now on). */
  take(d: Diagnostic): boolean {
    if (d.severity !== 'warning') return false;
    const key = keyOf({ file: d.file, rule: d.ruleId, fingerprint: fingerprint(d, this.sources.of(d.file)) });
    const count = this.left.get(key) ?? 0;
    if (count > 0) this.left.set(key, count - 1);
    return count > 0;
  }

  /** How many of the baseline's warnings did not occur (fixed, or changed beyond recognition). */
  gone(): number {
    return [...this.left.values()].reduce((a, b) => a + b, 0);
  }
}
