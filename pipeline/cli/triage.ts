/**
 * Which warnings of a run are known — in the baseline (baseline.ts) or
 * acknowledged in the source (acknowledge.ts) — and so neither printed nor
 * counted against --strict; and the baseline's upkeep at the end of the run.
 */
import { writeFileSync } from 'node:fs';
import type { Diagnostic, Severity } from '../model/paper.js';
import { makeAcknowledged } from './acknowledge.js';
import { BaselineMatch, baselineText, readBaseline } from './baseline.js';
import { printable } from './printable.js';
import { atLeast, plural, sortDiagnostics } from './report.js';
import { SourceLines } from './source-lines.js';

export class Triage {
  readonly known = new Set<Diagnostic>();
  private readonly sources = new SourceLines(process.cwd());
  private readonly acknowledged = makeAcknowledged(this.sources);
  private readonly baseline: BaselineMatch | null;

  /** `baselineFile` is read unless the run is to rewrite it (`update`). */
  constructor(
    private readonly baselineFile: string,
    private readonly update: boolean,
    private readonly minSeverity: Severity,
  ) {
    const saved = update ? null : readBaseline(baselineFile);
    this.baseline = saved && new BaselineMatch(saved, this.sources);
  }

  /** Sort out the known ones among these (each diagnostic once). */
  classify(list: Diagnostic[]): void {
    for (const d of list) if (this.acknowledged(d) || this.baseline?.take(d)) this.known.add(d);
  }

  /** What is printed of these: not known, severe enough, in order. */
  printed(list: Diagnostic[]): Diagnostic[] {
    return sortDiagnostics(list.filter((d) => !this.known.has(d) && atLeast(d, this.minSeverity)));
  }

  /** Write the baseline (with --update-baseline), or say which of its warnings are gone. */
  finish(all: Diagnostic[], rerun: string): void {
    if (this.update) {
      const warnings = all.filter((d) => d.severity === 'warning' && !this.acknowledged(d));
      writeFileSync(this.baselineFile, baselineText(warnings, this.sources));
      console.error(printable(`papers: wrote ${this.baselineFile} with ${plural(warnings.length, 'warning')}; --strict now fails only on new ones`));
    } else if (this.baseline && this.baseline.gone() > 0) {
      console.error(printable(`papers: ${plural(this.baseline.gone(), 'warning')} of ${this.baselineFile} no longer occur; run ${rerun} --update-baseline to drop them`));
    }
  }
}
