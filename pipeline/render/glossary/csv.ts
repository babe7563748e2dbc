/**
 * Glossary as CSV (RFC 4180): UTF-8 with a byte-order mark so spreadsheet
 * programs read the Arabic correctly, CRLF line ends, and fields quoted when
 * they hold a comma, a quote or a line break (quotes doubled). The English and
 * Arabic terms come first: CAT tools (OmegaT among them) read a CSV glossary's
 * first two columns as the source and target terms.
 */
import type { Row } from './rows.js';

export const CSV_COLUMNS = [
  'English term',
  'Arabic term',
  'transliteration',
  'English definition',
  'Arabic definition',
  'id',
  'count',
  'first occurrence (line)',
  'papers',
] as const;

export function csvField(value: string): string {
  return /[",\r\n]/u.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(fields: string[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/**
 * One line per term. `first occurrence (line)` gives, for each edition using
 * the term, its source file and line (`source/<slug>/en.md:36`), separated by
 * "; "; `papers` lists the slugs.
 */
export function glossaryCsv(rows: Row[]): string {
  let out = '\uFEFF' + csvLine([...CSV_COLUMNS]);
  for (const r of rows) {
    const firsts = r.uses.filter((u) => u.first).map((u) => `${u.source}:${u.first!.line}`);
    out += csvLine([
      r.term.en,
      r.term.ar,
      r.transliteration ?? '',
      r.definition.en,
      r.definition.ar,
      r.id,
      String(r.count),
      firsts.join('; '),
      [...new Set(r.uses.map((u) => u.slug))].join('; '),
    ]);
  }
  return out;
}
