/**
 * Diagnostics are vfile messages with a rule id and `source: 'papers'`.
 * These helpers keep the three severities consistent across stages and turn
 * messages into the model's plain Diagnostic records.
 */
import type { VFile } from 'vfile';
import type { VFileMessage } from 'vfile-message';
import type { Node, Point, Position } from 'unist';
import type { Diagnostic, Severity } from './paper.js';

export type Place = Node | Position | Point | undefined;

export function report(file: VFile, severity: Severity, reason: string, ruleId: string, place?: Place): VFileMessage {
  const at = place && 'type' in place ? place.position : place;
  const message = file.message(reason, { ruleId, source: 'papers', ...(at ? { place: at } : {}) });
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined;
  return message;
}

export const error = (file: VFile, reason: string, ruleId: string, place?: Place) => report(file, 'error', reason, ruleId, place);
export const warn = (file: VFile, reason: string, ruleId: string, place?: Place) => report(file, 'warning', reason, ruleId, place);
export const info = (file: VFile, reason: string, ruleId: string, place?: Place) => report(file, 'info', reason, ruleId, place);

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
    readonly ruleId: string,
    readonly place?: Point | Position,
  ) {
    super(message);
    this.name = 'PaperError';
  }
}
