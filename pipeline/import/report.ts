/**
 * How the importer reports what it did. Every repair is an informational
 * message (`file.info`, `fatal` undefined); anything a person should look at
 * (a link without a target, a guessed date) is a warning (`file.message`,
 * `fatal: false`); a front-matter field that could not be found is an error
 * (`fatal: true`) because the source would not validate.
 */
import type { VFile } from 'vfile';

export type Severity = 'info' | 'warning' | 'error';

/** A place in the ORIGINAL converted text, 1-based like unist points. */
export interface Place {
  line: number;
  column: number;
}

export function report(
  file: VFile,
  severity: Severity,
  ruleId: string,
  reason: string,
  place?: Place,
): void {
  const options = { ruleId, source: 'papers', place };
  if (severity === 'info') {
    file.info(reason, options);
    return;
  }
  const message = file.message(reason, options);
  message.fatal = severity === 'error';
}
