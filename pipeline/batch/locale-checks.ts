/**
 * Checks of the locale resources themselves, run by every build and check:
 * a UI string or a glossary entry missing in one language is an error, since
 * there is no fallback language (an Arabic edition must never show English),
 * and so is what the lint of locales/ finds (pipeline/locales/lint.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../model/paper.js';
import { diagnosticAt } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { termbaseProblems } from '../extract/glossary/termbase.js';
import { lintLocales } from '../locales/lint.js';
import { defaultLocalesDir, missingKeys } from '../i18n/index.js';

export function localeDiagnostics(localesDir = defaultLocalesDir(), cwd = process.cwd()): Diagnostic[] {
  const out: Diagnostic[] = [];
  const lines = new Map<string, string[] | null>();
  const linesOf = (path: string): string[] | null => {
    if (!lines.has(path)) lines.set(path, existsSync(path) ? readFileSync(path, 'utf8').split('\n') : null);
    return lines.get(path)!;
  };
  const at = (lang: string, namespace: string, key: string, field?: string, value?: string): Pick<Diagnostic, 'file' | 'line' | 'column'> => {
    const path = join(localesDir, lang, `${namespace}.json`);
    const file = relative(cwd, path).split(sep).join('/');
    const text = linesOf(path);
    if (!text) return { file, line: null, column: null };
    // Point at the entry's key when the file has it, then at the value inside the entry (in its field); else at the top of the file.
    const needle = `"${key.split('.').at(-1)}":`;
    const entry = text.findIndex((l) => l.includes(needle));
    if (entry < 0) return { file, line: 1, column: 1 };
    const inField = field ? text.findIndex((l, i) => i > entry && l.includes(`"${field}":`)) : -1;
    const index = inField >= 0 ? inField - 1 : entry;
    // A whole value is quoted on its line; a phrase inside a definition is not.
    for (const form of value === undefined ? [] : [JSON.stringify(value), JSON.stringify(value).slice(1, -1)]) {
      const found = text.findIndex((l, i) => i > index && l.includes(form));
      if (found >= 0) return { file, line: found + 1, column: text[found].indexOf(form) + 1 };
    }
    return { file, line: entry + 1, column: text[entry].indexOf(needle) + 1 };
  };
  for (const { lang, key } of missingKeys('common', localesDir)) {
    out.push({ ...diagnosticAt(Rules.localeMissingKey, `UI string \`${key}\` is missing in ${lang}: add it to locales/${lang}/common.json`, ''), ...at(lang, 'common', key) });
  }
  for (const p of termbaseProblems(localesDir)) {
    out.push({ ...diagnosticAt(Rules.glossaryTermbase, `Glossary term \`${p.termId}\` (${p.lang}): ${p.problem}`, ''), ...at(p.lang, 'glossary', p.termId) });
  }
  for (const p of lintLocales(localesDir)) out.push({ ...diagnosticAt(p.rule, p.message, ''), ...at(p.lang, p.namespace, p.key, p.field, p.value) });
  return out;
}
