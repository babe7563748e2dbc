/**
 * Characters of the PDF's typesetting rather than of the text: ligatures and
 * Arabic presentation forms become their letters; bidirectional embedding
 * controls and a tatweel that stretched a justified Arabic line disappear; a
 * soft hyphen inside a line disappears and one at the end of a line becomes a
 * hyphen, for the joining rule to decide.
 */
import type { VFile } from 'vfile';
import { columnOf, type Line } from './lines.js';
import { report } from './report.js';

interface CharacterRule {
  ruleId: string;
  pattern: RegExp;
  /** The replacement, given the match and whether it ends the line. */
  replace: (match: string, atEnd: boolean) => string;
  reason: (match: string, replacement: string) => string;
}

const RULES: CharacterRule[] = [
  {
    // `ﬁ`, `ﬂ`, `ﬀ`, … kept by text extraction as one character.
    ruleId: 'import-ligature',
    pattern: /[\ufb00-\ufb06]/gu,
    replace: (match) => match.normalize('NFKC'),
    reason: (match, letters) => `replaced ligature '${match}' with '${letters}'`,
  },
  {
    // The shaped glyphs (`ﺍﻟﻌﺮﺍﻕ`) some PDFs yield instead of letters.
    ruleId: 'import-arabic-forms',
    pattern: /[\ufb50-\ufdff\ufe70-\ufefc]+/gu,
    replace: (match) => match.normalize('NFKC'),
    reason: (match, letters) => `replaced Arabic presentation forms '${match}' with letters '${letters}'`,
  },
  {
    // Embedding, override and isolate controls wrapped around right-to-left runs.
    ruleId: 'import-bidi-controls',
    pattern: /[\u202a-\u202e\u2066-\u2069]+/gu,
    replace: () => '',
    reason: () => 'removed bidirectional embedding controls left by the PDF',
  },
  {
    // Tatweel (kashida) between Arabic letters: justification (`الــدولــة`).
    ruleId: 'import-tatweel',
    pattern: /(?<=\p{Script=Arabic})\u0640+(?=\p{Script=Arabic})/gu,
    replace: () => '',
    reason: () => 'removed a justification tatweel',
  },
  {
    ruleId: 'import-soft-hyphen',
    pattern: /\u00ad/gu,
    replace: (_match, atEnd) => (atEnd ? '-' : ''),
    reason: (_match, replacement) =>
      replacement ? 'turned a soft hyphen at the line end into a hyphen' : 'removed a soft hyphen',
  },
];

export function repairCharacters(line: Line, file: VFile): void {
  for (const rule of RULES) {
    line.text = line.text.replace(rule.pattern, (match: string, index: number, text: string) => {
      const replacement = rule.replace(match, /^[ \t]*$/u.test(text.slice(index + match.length)));
      report(file, 'info', rule.ruleId, rule.reason(match, replacement), { line: line.line, column: columnOf(line, index) });
      return replacement;
    });
  }
}
