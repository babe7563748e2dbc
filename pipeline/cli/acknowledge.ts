/**
 * A warning acknowledged in the source itself, where it is: an HTML comment
 * (which no edition shows)
 *
 *     <!-- papers-ignore citation-placeholder: the report was never published online -->
 *
 * names one or more rule ids, separated by commas, and optionally why after a
 * colon. It covers the warnings of those rules on its own line and, when the
 * comment stands alone on its line, on every line of the block that follows
 * (up to the next blank line). Errors cannot be acknowledged.
 */
import type { Diagnostic } from '../model/paper.js';
import type { SourceLines } from './source-lines.js';

const MARK = /<!--\s*papers-ignore\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?::[^]*?)?-->/g;

/** For each line (1-based) of a file, the rules acknowledged there. */
export function acknowledgements(lines: string[]): Map<number, Set<string>> {
  const covered = new Map<number, Set<string>>();
  const cover = (line: number, rules: string[]) => {
    const set = covered.get(line) ?? new Set<string>();
    for (const r of rules) set.add(r);
    covered.set(line, set);
  };
  lines.forEach((text, i) => {
    for (const m of text.matchAll(MARK)) {
      const rules = m[1].split(',').map((r) => r.trim());
      cover(i + 1, rules);
      if (text.replace(MARK, '').trim() !== '') continue;
      let next = i + 1;
      while (next < lines.length && lines[next].trim() === '') next++;
      for (; next < lines.length && lines[next].trim() !== ''; next++) cover(next + 1, rules);
    }
  });
  return covered;
}

/** Whether a comment in the source acknowledges this warning. */
export function makeAcknowledged(sources: SourceLines): (d: Diagnostic) => boolean {
  const byFile = new Map<string, Map<number, Set<string>>>();
  return (d) => {
    if (d.severity !== 'warning' || !d.line) return false;
    if (!byFile.has(d.file)) byFile.set(d.file, acknowledgements(sources.of(d.file) ?? []));
    return byFile.get(d.file)!.get(d.line)?.has(d.ruleId) ?? false;
  };
}
