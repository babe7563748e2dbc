import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { parseContactLine } from '../pipeline/import/contact.js';
import { isHijriDateLine, parseDateLine } from '../pipeline/import/dates.js';
import { importConverted } from '../pipeline/import/index.js';
import { bodySpellings, titleCase } from '../pipeline/import/titlecase.js';
import { countWords, keepsHyphen } from '../pipeline/import/words.js';
import { splitOutput } from './import-helpers.js';

/** A converted paper's masthead around a body, so that the body can be inspected alone. */
function importBody(body: string): { body: string; file: VFile } {
  const text = `*Position Paper*\n\n# A TITLE\n\nMAY 05, 2024\n\n**RASANAH**\nInternational Institute for Iranian Studies\nالمعهد الدولي للدراسات الإيرانية\n\n${body}\n`;
  const { markdown, file } = importConverted(text);
  return { body: splitOutput(markdown).body.trimEnd(), file };
}

describe('dates', () => {
  it.each([
    ['MAY 05, 2024', '2024-05-05'],
    ['May 5th, 2024', '2024-05-05'],
    ['5 May 2024', '2024-05-05'],
    ['Sunday, 5 May 2024', '2024-05-05'],
    ['2024-05-05', '2024-05-05'],
    ['05/11/2024', '2024-11-05'],
    ['11/25/2024', '2024-11-25'],
    ['Sept. 3, 2023', '2023-09-03'],
    ['٥ مايو ٢٠٢٤', '2024-05-05'],
    ['5 أيار 2024م', '2024-05-05'],
    ['15 تشرين الثاني 2023', '2023-11-15'],
    ['مايو 05، 2024', '2024-05-05'],
  ])('%s → %s', (line, iso) => {
    expect(parseDateLine(line)).toEqual({ iso, partial: false });
  });

  it('tells a Hijri date line, which the front matter does not keep', () => {
    expect(isHijriDateLine('26 شوال 1445 هـ')).toBe(true);
    expect(isHijriDateLine('٢٦ ذو القعدة ١٤٤٥هـ')).toBe(true);
    expect(isHijriDateLine('صدر في شوال عن المعهد 1445')).toBe(false);
  });

  it('takes a month without a day as its first day, marked partial', () => {
    expect(parseDateLine('June 2024')).toEqual({ iso: '2024-06-01', partial: true });
  });

  it('refuses prose, impossible dates and dates inside sentences', () => {
    expect(parseDateLine('February 30, 2024')).toBeUndefined();
    expect(parseDateLine('Qaani visited Iraq on January 29, 2024.')).toBeUndefined();
    expect(parseDateLine('Position Paper')).toBeUndefined();
  });
});

describe('title case', () => {
  it('keeps acronyms, small words and the spellings of the body', () => {
    const spellings = bodySpellings('The US and ISIS fought near al-Qaim, said the UN.');
    expect(titleCase("WILL MALIKI'S ATTEMPTS TO SEEK OVERTURES WITH SADR BE FRUITFUL?", spellings)).toBe(
      "Will Maliki's Attempts to Seek Overtures With Sadr Be Fruitful?",
    );
    expect(titleCase('THE US, ISIS AND THE BATTLE OF AL-QAIM', spellings)).toBe('The US, ISIS and the Battle of al-Qaim');
    expect(titleCase('IRAN AND THE IRGC: A NEW ERA', new Map())).toBe('Iran and the IRGC: A New Era');
    expect(titleCase('IRAN-BACKED FACTIONS IN PHASE II', new Map())).toBe('Iran-Backed Factions in Phase II');
  });
});

describe('hyphens at a break', () => {
  const counts = countWords('non-state actors exert pressure; re-engage later');
  it.each([
    ['govern', 'ing', false],
    ['pres', 'sure', false],
    ['ac', 'tively', false],
    ['Iran', 'backed', true],
    ['non', 'state', true],
    ['re', 'engage', true],
    ['state', 'building', true],
    ['well', 'known', true],
  ])('%s- + %s keeps the hyphen: %s', (prefix, suffix, keep) => {
    expect(keepsHyphen(prefix, suffix, counts)).toBe(keep);
  });
});

describe('contact lines', () => {
  it('reads e-mail, handles, sites and phones behind icons and placeholder links', () => {
    expect(parseContactLine('🐦 [@rasanahiiis](#) [@rasanahiiis](#)')).toEqual({ emails: [], social: ['@rasanahiiis'], sites: [], phones: [] });
    expect(parseContactLine('✉ [info@rasanahiiis.com](mailto:info@rasanahiiis.com)')?.emails).toEqual(['info@rasanahiiis.com']);
    expect(parseContactLine('🌐 [www.Rasanah-iiis.org](http://www.Rasanah-iiis.org)')?.sites).toEqual(['http://www.rasanah-iiis.org']);
    expect(parseContactLine('Tel: +966 11 416 6696')?.phones).toEqual(['+966 11 416 6696']);
  });

  it('refuses prose and deep links (references)', () => {
    expect(parseContactLine('Contact the ministry for details')).toBeUndefined();
    expect(parseContactLine('https://www.reuters.com/world/middle-east/story')).toBeUndefined();
  });
});

describe('masthead', () => {
  it('reads fields printed on one line and a type in the plural', () => {
    const text =
      '# IRAQ AFTER THE ELECTIONS\n\nPolicy Papers | MAY 5, 2024\n\n**RASANAH** · International Institute for Iranian Studies · المعهد الدولي للدراسات الإيرانية\n\nThe elections changed the balance of power between the factions that had shared the government since 2022.\n';
    const { markdown, file } = importConverted(text);
    expect(splitOutput(markdown).frontMatter).toMatchObject({
      title: 'Iraq After the Elections',
      type: 'Policy Papers',
      date: '2024-05-05',
      publisher: { name: { en: 'International Institute for Iranian Studies', ar: 'المعهد الدولي للدراسات الإيرانية' }, short: 'Rasanah' },
    });
    expect(file.messages.filter((m) => m.fatal === true)).toEqual([]);
  });

  it('reads on past a page break after the cover', () => {
    const text = '*Position Paper*\n\n# A TITLE\n\n\fMAY 05, 2024\n\n<!-- image -->\n\n**RASANAH**\nInternational Institute for Iranian Studies\nالمعهد الدولي للدراسات الإيرانية\n\nThe body starts here and it is long enough to be prose, as it has many words.\n';
    const { markdown, file } = importConverted(text);
    expect(splitOutput(markdown).body).toBe('<!-- image -->\n\nThe body starts here and it is long enough to be prose, as it has many words.\n');
    expect(file.messages.filter((m) => m.fatal === true)).toEqual([]);
  });
});

describe('contact block', () => {
  it('takes a back cover that repeats the publisher and its site', () => {
    const { body, file } = importBody('The last paragraph of the paper ends here.\n\n---\n\n**RASANAH**\n\nwww.rasanah-iiis.org');
    expect(body).toBe('The last paragraph of the paper ends here.');
    expect(file.messages.filter((m) => m.ruleId === 'import-contact')).toHaveLength(3);
  });
});

describe('body rules', () => {
  it('does not join a paragraph that ends a sentence or is followed by a capital', () => {
    const body = 'Several questions emerge\n\nWhat are the motives behind the move?\n\nThe first answer is simple.\n\nthe second is not.';
    expect(importBody(body).body).toBe(body);
  });

  it('joins after a function word even before a capital', () => {
    expect(importBody('Clashes broke out between the supporters of Maliki and\n\nSadr in the Green Zone.').body).toBe(
      'Clashes broke out between the supporters of Maliki and Sadr in the Green Zone.',
    );
  });

  it('joins a long paragraph stopping on a bare word to one that starts with a name', () => {
    const cut =
      'The most recent example came in 2022, when Sadr prevented Maliki from forming a new government before the current Prime Minister';
    expect(importBody(`${cut}\n\nMohammad Shia' al-Sudani assumed office in 2022.`).body).toBe(
      `${cut} Mohammad Shia' al-Sudani assumed office in 2022.`,
    );
    const separate = `${cut}\n\nConclusion\n\nThe talks failed.`;
    expect(importBody(separate).body).toBe(separate);
  });

  it('turns Arabic presentation forms into letters and drops justification tatweel', () => {
    const { body, file } = importBody('ﺍﻟﻌﺮﺍﻕ بلد كبير. الــدولــة قوية.');
    expect(body).toBe('العراق بلد كبير. الدولة قوية.');
    expect(file.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['import-arabic-forms', 'import-tatweel']));
  });

  it('keeps a hyphen before a capital and joins the compound', () => {
    expect(importBody('The rift between Maliki and the al-\n\nSadr family deepened.').body).toBe(
      'The rift between Maliki and the al-Sadr family deepened.',
    );
  });

  it('collapses spaces between words but keeps a hard line break', () => {
    const { body, file } = importBody('The  Iraqi   government met.  \nThe factions did not.');
    expect(body).toBe('The Iraqi government met.  \nThe factions did not.');
    expect(file.messages.filter((m) => m.ruleId === 'import-double-space')).toHaveLength(2);
  });

  it('leaves ellipses, decimals, code and URLs alone', () => {
    const body = 'He paused ... then spoke. The rate is .5 percent. Run `a ,b` or see https://example.org/a..b for more.';
    expect(importBody(body).body).toBe(body);
  });

  it('turns an em dash into an item only where a list can start', () => {
    const { body } = importBody('The two leaders\n— a coalition of rivals — met in Najaf.\n\n— First point.\n— Second point.');
    expect(body).toBe('The two leaders\n— a coalition of rivals — met in Najaf.\n\n- First point.\n- Second point.');
  });

  it('reads the Symbol-font bullet and the o of Word documents', () => {
    expect(importBody('\uf0b7 Iraq:\no Baghdad.\no Basra.\n\uf0b7 Syria.').body).toBe('- Iraq:\n  - Baghdad.\n  - Basra.\n- Syria.');
    const prose = 'He said that the talks would go\no n as planned.';
    expect(importBody(prose).body).toBe(prose);
  });

  it('nests headings by the indents of an unnumbered table of contents', () => {
    const { body } = importBody(
      [
        '## Contents',
        "Iraq's Factions ..... 2\n    The Armed Wing ..... 3\nIran's Role ..... 4",
        "## Iraq's Factions",
        'The factions are many.',
        '## The Armed Wing',
        'The wing is armed.',
        "#### Iran's Role",
        'Iran plays a role.',
      ].join('\n\n'),
    );
    expect(body.split('\n').filter((l) => l.startsWith('#'))).toEqual(["## Iraq's Factions", '### The Armed Wing', "## Iran's Role"]);
  });

  it('drops a table of contents printed as a table', () => {
    const { body, file } = importBody('## Contents\n\n| Iraq ..... | 2 |\n|---|---|\n| Iran | 4 |\n\n## Iraq\n\nText.\n\n## Iran\n\nMore text.');
    expect(body).toBe('## Iraq\n\nText.\n\n## Iran\n\nMore text.');
    expect(file.messages.map((m) => m.ruleId)).toContain('import-drop-contents');
  });

  it('splits items run together on one line', () => {
    const line = 'The factions are: ■ Kataib Hezbollah; ■ Asaib Ahl al-Haq.';
    const { body, file } = importBody(line);
    expect(body).toBe('The factions are:\n- Kataib Hezbollah;\n- Asaib Ahl al-Haq.');
    // Reported at the glyphs' columns on the original line (11, after the masthead).
    const bullets = file.messages.filter((m) => m.ruleId === 'import-bullet').map((m) => [m.line, m.column]);
    expect(bullets).toEqual([
      [11, line.indexOf('■') + 1],
      [11, line.lastIndexOf('■') + 1],
    ]);
  });

  it('nests a secondary glyph under an item', () => {
    expect(importBody('• Iraq:\n◦ Baghdad.\n◦ Basra.\n• Syria.').body).toBe('- Iraq:\n  - Baghdad.\n  - Basra.\n- Syria.');
  });

  it('drops a footer printed on two pages beside their numbers', () => {
    const footer = 'Rasanah | Position Paper';
    const { body } = importBody(
      `The talks between the two rivals, held in Najaf under the eyes of the clergy, stalled in the\n\n${footer}\n\n2\n\nsummer of that year.\n\n${footer}\n\n3`,
    );
    expect(body).toBe('The talks between the two rivals, held in Najaf under the eyes of the clergy, stalled in the summer of that year.');
  });

  it('drops page numbers and page-break marks between the halves of a sentence', () => {
    const { body, file } = importBody('The factions rejected the\n\n12\n\n<!-- page 13 -->\n\nproposal of the government.');
    expect(body).toBe('The factions rejected the proposal of the government.');
    expect(file.messages.map((m) => m.ruleId)).toContain('import-page-number');
  });
});

describe('CommonMark the importer must not take for scars', () => {
  it('keeps short paragraphs apart unless the text shows its pages', () => {
    expect(importBody('Sadr left\n\nthe talks went on.').body).toBe('Sadr left\n\nthe talks went on.');
    expect(importBody('Sadr left\n\n12\n\nthe talks went on.').body).toBe('Sadr left the talks went on.');
  });

  it('never joins a link reference definition, nor touches its spacing', () => {
    const body = 'The figures come from the ministry of planning and from its yearly\n\n[survey]:  https://example.org/survey  \'The  yearly\nsurvey\'';
    expect(importBody(body).body).toBe(body);
  });

  it("keeps a source file's heading levels, list indents, code and blank lines", () => {
    const body = '# Iraq\n\nText.\n\n### Iran\n\n1.  A paragraph\n    with two lines.\n\n        indented  code\n\n\n        more\n\n    > A quote.\n\nA paragraph\n- interrupted by a list\n';
    expect(splitOutput(importConverted(FRONT_MATTER + body).markdown).body).toBe(body);
  });
});

describe('headings of a source file', () => {
  it('keeps bold inside a heading and two headings in a row, and unwraps a heading set wholly in bold', () => {
    const body = '## The **new** order\n\nText.\n\n### Iran\n\n### and Iraq\n';
    expect(splitOutput(importConverted(FRONT_MATTER + body).markdown).body).toBe(body);
    expect(splitOutput(importConverted(`${FRONT_MATTER}## **Motives**\n\nText.\n`).markdown).body).toBe('## Motives\n\nText.\n');
  });
});

/** Clean CommonMark of the kind a source file holds: it must come out unchanged. */
const word = fc.constantFrom('Iraq', 'Sadr', 'the', 'militias', 'reform', 'of', 'government', 'Najaf', '2024', 'state', 'and', 'al-Maliki');
const sentence = fc
  .array(word, { minLength: 3, maxLength: 12 })
  .map((words) => `${words.join(' ').replace(/^./u, (c) => c.toUpperCase())}${'.'}`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const heading = fc.tuple(fc.constantFrom('## ', '### '), fc.array(word, { minLength: 1, maxLength: 6 })).map(([mark, words]) => mark + words.join(' ').replace(/^./u, (c) => c.toUpperCase()));
const list = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((items) => items.map((i) => `- ${i}`).join('\n'));
const FRONT_MATTER =
  '---\ntitle: A Paper\ntype: Position Paper\ndate: 2024-05-05\nlang: en\npublisher:\n  name:\n    en: International Institute for Iranian Studies\n    ar: المعهد الدولي للدراسات الإيرانية\n---\n\n';

test.prop([fc.array(fc.oneof(paragraph, paragraph, list, heading), { minLength: 1, maxLength: 12 })], { numRuns: 60 })(
  'a clean source file comes out unchanged',
  (blocks) => {
    // Start with a paragraph and never skip from ## to #### (### after ## only).
    const source = `${FRONT_MATTER}The opening paragraph.\n\n${blocks.join('\n\n')}\n`;
    const levels = blocks.filter((b) => b.startsWith('#')).map((b) => b.indexOf(' '));
    fc.pre(levels.length === 0 || levels[0] === 2);
    expect(importConverted(source).markdown).toBe(source);
  },
);

describe('sources cited by bracketed numbers', () => {
  const sources = '## References\n\n1. International Maritime Organization, *Annual Report 2023*, 2023.\n2. Lloyd\'s List, "War risk premiums rise," 12 January 2024.\n3. Drewry, World Container Index, 2024.';

  it('become notes when every number is an entry of the numbered list under a sources heading', () => {
    const { body, file } = importBody(`## Analysis\n\nTraffic fell by a third [1], as insurers confirm [2, 3]. See also [1–3].\n\n${sources}`);
    expect(body).toBe(
      '## Analysis\n\nTraffic fell by a third[^1], as insurers confirm[^2][^3]. See also[^1][^2][^3].\n\n' +
        '[^1]: International Maritime Organization, *Annual Report 2023*, 2023.\n\n[^2]: Lloyd\'s List, "War risk premiums rise," 12 January 2024.\n\n[^3]: Drewry, World Container Index, 2024.',
    );
    expect(file.messages.map((m) => m.ruleId)).toContain('import-bracket-notes');
    // Imported again, the output has nothing left to turn.
    const again = importConverted(importConverted(`*Position Paper*\n\n# A TITLE\n\nMAY 05, 2024\n\n## Analysis\n\nTraffic fell [1] and rose [2], then [3].\n\n${sources}\n`).markdown);
    expect(again.file.messages.map((m) => m.ruleId)).not.toContain('import-bracket-notes');
  });

  it('are left alone when a number is no entry, or the text cites too few of them', () => {
    for (const text of [`Traffic fell [1] in [2024].\n\n${sources}`, `Traffic fell [1].\n\n${sources}`]) {
      const { body, file } = importBody(`## Analysis\n\n${text}`);
      expect(body).toContain('## References');
      expect(body).not.toContain('[^');
      expect(file.messages.map((m) => m.ruleId)).not.toContain('import-bracket-notes');
    }
  });
});
