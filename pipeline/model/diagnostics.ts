/**
 * Diagnostics are vfile messages with a rule id and `source: 'papers'`.
 * These helpers keep the three severities consistent across stages and turn
 * messages into the model's plain Diagnostic records.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Node, Point, Position } from 'unist';
import type { Diagnostic, Severity } from './paper.js';
import type { Rule } from './rules.js';

export type Place = Node | Position | Point | undefined;

/** Report `reason` on `file` under `rule`, at the rule's severity. */
export function report(file: VFile, rule: Rule, reason: string, place?: Place): VFileMessage {
  const at = place && 'type' in place ? place.position : place;
  const message = file.message(reason, { ruleId: rule.id, source: 'papers', ...(at ? { place: at } : {}) });
  message.fatal = rule.severity === 'error' ? true : rule.severity === 'warning' ? false : undefined;
  return message;
}

/** A diagnostic record with no source position (a folder, an output, a locale file). */
export function diagnosticAt(rule: Rule, message: string, file: string, line: number | null = null, column: number | null = null): Diagnostic {
  return { ruleId: rule.id, severity: rule.severity, message, file, line, column };
}

export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info';
}

export function hasErrors(file: VFile): boolean {
  return file.messages.some((m) => m.fatal === true);
}

/** The model's record of a message (paths relative, posix separators). */
export function toDiagnostic(message: VFileMessage, path: string): Diagnostic {
  const d: Diagnostic = {
    ruleId: message.ruleId ?? 'unknown',
    severity: severityOf(message),
    message: message.reason,
    file: path,
    line: message.line ?? null,
    column: message.column ?? null,
  };
  if (message.place && 'end' in message.place) {
    d.endLine = message.place.end.line;
    d.endColumn = message.place.end.column;
  }
  return d;
}

/**
 * An error a renderer throws when the model cannot be rendered (e.g. a character
 * no embedded font has). The build turns it into a diagnostic at `place`.
 */
export class PaperError extends Error {
  constructor(
    message: string,
    readonly rule: Rule,
    readonly place?: Point | Position,
  ) {
    super(message);
    this.name = 'PaperError';
  }
}
