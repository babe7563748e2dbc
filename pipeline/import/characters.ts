/**
 * Characters of the PDF's typesetting rather than of the text: ligatures and
 * Arabic presentation forms become their letters, a lam-alef read backwards is put in order; bidirectional embedding
 * controls and a tatweel that stretched a justified Arabic line disappear; a
 * soft hyphen inside a line disappears and one at the end of a line becomes a
 * hyphen, for the joining rule to decide.
 */
import type { VFile } from 'vfile';
import { columnOf, type Line } from './lines.js';
import { report } from '../model/diagnostics.js';
import { Rules, type Rule } from '../model/rules.js';

interface CharacterRule {
  rule: Rule;
  pattern: RegExp;
  /** The replacement, given the match and whether it ends the line. */
  replace: (match: string, atEnd: boolean) => string;
  reason: (match: string, replacement: string) => string;
}

const REPAIRS: CharacterRule[] = [
  {
    // `ﬁ`, `ﬂ`, `ﬀ`, … kept by text extraction as one character.
    rule: Rules.importLigature,
    pattern: /[\ufb00-\ufb06]/gu,
    replace: (match) => match.normalize('NFKC'),
    reason: (match, letters) => `replaced ligature '${match}' with '${letters}'`,
  },
  {
    // The shaped glyphs (`ﺍﻟﻌﺮﺍﻕ`) some PDFs yield instead of letters.
    rule: Rules.importArabicForms,
    pattern: /[\ufb50-\ufdff\ufe70-\ufefc]+/gu,
    replace: (match) => match.normalize('NFKC'),
    reason: (match, letters) => `replaced Arabic presentation forms '${match}' with letters '${letters}'`,
  },
  {
    // The lam-alef ligature read backwards (`األوروبي`, `اإلطار`, `االتحاد`): an alef followed by
    // another alef is no Arabic spelling, while the article's lam before the ligature's alef is.
    rule: Rules.importLamAlef,
    pattern: /ا[اأإآ]ل/gu,
    replace: (match) => `ال${match[1]}`,
    reason: (match, letters) => `put the lam-alef ligature read backwards '${match}' in order: '${letters}'`,
  },
  {
    // Embedding, override and isolate controls wrapped around right-to-left runs.
    rule: Rules.importBidiControls,
    pattern: /[\u202a-\u202e\u2066-\u2069]+/gu,
    replace: () => '',
    reason: () => 'removed bidirectional embedding controls left by the PDF',
  },
  {
    // Tatweel (kashida) between Arabic letters: justification (`الــدولــة`).
    rule: Rules.importTatweel,
    pattern: /(?<=\p{Script=Arabic})\u0640+(?=\p{Script=Arabic})/gu,
    replace: () => '',
    reason: () => 'removed a justification tatweel',
  },
  {
    rule: Rules.importSoftHyphen,
    pattern: /\u00ad/gu,
    replace: (_match, atEnd) => (atEnd ? '-' : ''),
    reason: (_match, replacement) =>
      replacement ? 'turned a soft hyphen at the line end into a hyphen' : 'removed a soft hyphen',
  },
];

export function repairCharacters(line: Line, file: VFile): void {
  for (const repair of REPAIRS) {
    line.text = line.text.replace(repair.pattern, (match: string, index: number, text: string) => {
      const replacement = repair.replace(match, /^[ \t]*$/u.test(text.slice(index + match.length)));
      report(file, repair.rule, repair.reason(match, replacement), { line: line.line, column: columnOf(line, index) });
      return replacement;
    });
  }
}
