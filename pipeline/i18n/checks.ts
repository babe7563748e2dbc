/**
 * Checks of the locale resources themselves, run by every build and check:
 * a UI string or a glossary entry missing in one language is an error, since
 * there is no fallback language (an Arabic edition must never show English).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../model/paper.js';
import { diagnosticAt } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { termbaseProblems } from '../extract/glossary/index.js';
import { defaultLocalesDir, missingKeys } from './index.js';

export function localeDiagnostics(localesDir = defaultLocalesDir(), cwd = process.cwd()): Diagnostic[] {
  const out: Diagnostic[] = [];
  const at = (lang: string, namespace: string, key: string): Pick<Diagnostic, 'file' | 'line' | 'column'> => {
    const path = join(localesDir, lang, `${namespace}.json`);
    const file = relative(cwd, path).split(sep).join('/');
    if (!existsSync(path)) return { file, line: null, column: null };
    // Point at the entry's key when the file has it; else at the top of the file.
    const lines = readFileSync(path, 'utf8').split('\n');
    const needle = `"${key.split('.').at(-1)}"`;
    const index = lines.findIndex((l) => l.includes(needle));
    return index >= 0 ? { file, line: index + 1, column: lines[index].indexOf(needle) + 1 } : { file, line: 1, column: 1 };
  };
  for (const { lang, key } of missingKeys('common', localesDir)) {
    out.push({ ...diagnosticAt(Rules.localeMissingKey, `UI string \`${key}\` is missing in ${lang}: add it to locales/${lang}/common.json`, ''), ...at(lang, 'common', key) });
  }
  for (const p of termbaseProblems(localesDir)) {
    out.push({ ...diagnosticAt(Rules.glossaryTermbase, `Glossary term \`${p.termId}\` (${p.lang}): ${p.problem}`, ''), ...at(p.lang, 'glossary', p.termId) });
  }
  return out;
}
