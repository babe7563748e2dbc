import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { importConverted } from '../pipeline/import/index.js';
import { frontMatterSchema } from '../pipeline/model/frontmatter.js';
import { fixture, lineRange, NO_SCARS, SAMPLE, scars, splitOutput, wordCoverage } from './import-helpers.js';

function run(text: string) {
  const { markdown, file } = importConverted(text, new VFile({ path: 'in.txt' }));
  return { markdown, file, ...splitOutput(markdown) };
}

function byRule(file: VFile, ruleId: string) {
  return file.messages.filter((m) => m.ruleId === ruleId);
}

const MIN_COVERAGE = 0.995;

describe('import of the sample paper', () => {
  const original = fixture(SAMPLE);
  const { markdown, file, frontMatter, body } = run(original);

  it('writes valid front matter from the masthead and the contact block', () => {
    expect(frontMatterSchema.safeParse(frontMatter).success).toBe(true);
    expect(frontMatter).toEqual({
      title: "Rifts Within Iraqi Shiite Parties: Will Maliki's Attempts to Seek Overtures With Sadr Be Fruitful?",
      type: 'Position Paper',
      date: '2024-05-05',
      lang: 'en',
      publisher: {
        name: { en: 'International Institute for Iranian Studies', ar: 'المعهد الدولي للدراسات الإيرانية' },
        short: 'Rasanah',
        site: 'http://www.rasanah-iiis.org',
        contact: { email: 'info@rasanahiiis.com', social: ['@rasanahiiis'] },
      },
    });
    // Keys in the schema's order.
    expect(Object.keys(frontMatter)).toEqual(['title', 'type', 'date', 'lang', 'publisher']);
  });

  it('leaves no conversion scar in the body', () => {
    expect(scars(body)).toEqual(NO_SCARS);
    expect(body).not.toMatch(/■|Contents|\.{4}|rasanahiiis|✉|🐦|🌐/u);
    expect(body).not.toMatch(/^---$/mu);
  });

  it('joins words hyphenated across a page break and keeps real hyphens', () => {
    for (const word of ['governing Iraqi politics', "Sadr's power and", 'has actively worked', 'pressure points']) {
      expect(body).toContain(word);
    }
    expect(body).not.toMatch(/\b(?:govern|pow|pres|ac)-/u);
    for (const compound of ['Maliki-Sadr', 'al-Sadr', 'Iran-backed', 'non-state', 're-engage', 'long-standing']) {
      expect(body).toContain(compound);
    }
    const joins = byRule(file, 'import-join-hyphenated').map((m) => [m.line, m.reason]);
    expect(joins).toEqual([
      [49, "joined 'govern-' + 'ing' across a page break"],
      [87, "joined 'pow-' + 'er' across a page break"],
      [121, "joined 'ac-' + 'tively' across a page break"],
      [135, "joined 'pres-' + 'sure' across a page break"],
    ]);
  });

  it('joins paragraphs cut by a page break, inside list items too', () => {
    expect(body).toContain('out of concern for receiving stern deterrence messages');
    expect(body).toMatch(/^- Both Maliki and Sadr vie .* Sadr seeks to promote the construction .* these bones of contention\.$/mu);
    expect(body).toContain('fresh divisions and conflicts among alliances');
    expect(byRule(file, 'import-join-paragraph').map((m) => m.line)).toEqual([57, 65, 75, 107, 149, 157]);
  });

  it('makes the contents sections ## and everything else ### (no # in the body)', () => {
    const headings = body.split('\n').filter((l) => l.startsWith('#'));
    const top = headings.filter((h) => h.startsWith('## '));
    expect(top).toEqual([
      '## Motives and Drivers Behind Maliki Seeking Reconciliation With Sadr',
      '## Major Chances For Rapprochement Between Maliki And Sadr',
      '## Major Challenges Facing the Maliki-Sadr Rapprochement',
      "## Maliki's Future Moves and the Implications For the Shiite Landscape in Iraq",
    ]);
    expect(headings.filter((h) => !h.startsWith('## ')).every((h) => h.startsWith('### '))).toBe(true);
    expect(headings).toHaveLength(15);
  });

  it('turns ■ bullets into items of the list that a - item started', () => {
    const items = body.split('\n').filter((l) => l.startsWith('- '));
    expect(items).toHaveLength(4);
    expect(items[1]).toMatch(/^- Sadr objectively reading/u);
    expect(byRule(file, 'import-bullet').map((m) => m.line)).toEqual([93, 111]);
  });

  it('repairs doubled punctuation and spaces before punctuation, and says where', () => {
    expect(body).toContain('the Iraqi political landscape.\n');
    expect(body).toContain('several key aspects:');
    expect(byRule(file, 'import-doubled-punctuation').map((m) => [m.line, m.column])).toEqual([[91, 739]]);
    expect(byRule(file, 'import-space-before-punctuation').map((m) => [m.line, m.column])).toEqual([[105, 101]]);
  });

  it('keeps placeholder links and reports each as a warning at its place', () => {
    const warnings = byRule(file, 'import-placeholder-link');
    expect(warnings).toHaveLength(7);
    expect(warnings.every((m) => m.fatal === false && m.source === 'papers')).toBe(true);
    expect([warnings[0].line, warnings[0].column]).toEqual([31, 366]);
    expect(original.split('\n')[30].slice(365)).toMatch(/^\[reconciliation\]\(#\)/u);
    expect(body).toContain('[reconciliation](#)');
  });

  it('reports every repair as a non-fatal papers message with a rule id and a place', () => {
    expect(file.messages.length).toBeGreaterThan(40);
    for (const m of file.messages) {
      expect(m.source).toBe('papers');
      expect(m.ruleId).toMatch(/^import-[a-z-]+$/u);
      expect(m.line).toBeGreaterThan(0);
      expect(m.fatal).not.toBe(true);
    }
    expect(byRule(file, 'import-drop-contents').map((m) => m.line)).toEqual([20]);
  });

  it('keeps every paragraph of the body (word sequence)', () => {
    const originalBody = lineRange(original, 31, 161);
    expect(wordCoverage(originalBody, body)).toBeGreaterThanOrEqual(MIN_COVERAGE);
  });

  it('is deterministic and idempotent', () => {
    const again = run(original);
    expect(again.markdown).toBe(markdown);
    expect(again.file.messages.map(String)).toEqual(file.messages.map(String));
    const reimported = run(markdown);
    expect(reimported.markdown).toBe(markdown);
    expect(reimported.file.messages.filter((m) => m.fatal === undefined)).toEqual([]);
  });

  it('gave the body of the committed English source', () => {
    // The body only: editors may add to the front matter (summary, keywords).
    const committed = readFileSync(new URL('../source/rifts-within-iraqi-shiite-parties/en.md', import.meta.url), 'utf8');
    // Two facts the editors corrected in the source after import (#23): the protests began in October 2019, and Maliki governed until 2014.
    const corrected = body.replace('the November protests', 'the October (Tishreen) protests').replace('(from 2006 to 2011)', '(from 2006 to 2014)');
    expect(splitOutput(committed).body).toBe(corrected);
  });
});

interface Case {
  name: string;
  /** Body lines of the original, and lines in that range that are page furniture. */
  body: [number, number, RegExp?];
  frontMatter: Record<string, unknown>;
  contains: string[];
  rules: Record<string, number>;
}

const CASES: Case[] = [
  {
    name: 'policy-brief.txt',
    body: [13, 49, /^(?:Rasanah Policy Brief \| March 2023|\d+)$/u],
    frontMatter: {
      title: 'The IRGC and the US Drawdown in Iraq',
      type: 'Policy Brief',
      date: '2023-03-12',
      lang: 'en',
      publisher: {
        name: { en: 'International Institute for Iranian Studies', ar: 'المعهد الدولي للدراسات الإيرانية' },
        short: 'Rasanah',
        contact: { email: 'contact@rasanah-iiis.org', social: ['https://twitter.com/rasanahiiis'], phone: '+966 11 416 6696' },
      },
      authors: ['Layla Hassan', 'Omar Saleh'],
    },
    contains: [
      'moved quickly to coordinate its allies, while',
      'inside the state, at least',
      'to the Iran-backed parties',
      'integrate them into the Ministry of Defense, but',
      '## Background',
      '### Motives of the Factions',
      '- Kataib Hezbollah',
      'a victory, and their',
      'provincial councils.\n',
    ],
    rules: {
      'import-running-header': 3,
      'import-page-number': 3,
      'import-page-break': 1,
      'import-bullet': 3,
      'import-join-paragraph': 1,
      'import-join-hyphenated': 2,
      'import-contact': 4,
    },
  },
  {
    name: 'arabic-assessment.txt',
    body: [16, 36],
    frontMatter: {
      title: 'مستقبل الحشد الشعبي بعد الانتخابات المحلية في العراق',
      type: 'تقدير موقف',
      date: '2024-01-15',
      lang: 'ar',
      publisher: {
        name: { en: 'International Institute for Iranian Studies', ar: 'المعهد الدولي للدراسات الإيرانية' },
        site: 'https://www.rasanah-iiis.org',
        contact: { email: 'info@rasanahiiis.com', social: ['@rasanahiiis'] },
      },
    },
    contains: [
      'خريطة سياسية جديدة، إذ',
      'الأحزاب التقليدية التي تراجع حضورها',
      '## الحشد الشعبي والانتخابات',
      '## مواقف القوى السياسية',
      '- التيار الصدري',
      'في قانون الهيئة، في ظل',
      '[نفوذ الفصائل](#)',
    ],
    rules: {
      'import-drop-contents': 1,
      'import-join-paragraph': 1,
      'import-bullet': 3,
      'import-placeholder-link': 1,
      'import-masthead-unknown': 1,
    },
  },
  {
    name: 'numbered-commentary.txt',
    body: [23, 57, /^<!--/u],
    frontMatter: {
      title: "Tehran's Calculus After the Sanctions Snapback",
      subtitle: 'Iran, the E3 and the Nuclear File in 2025',
      type: 'Commentary',
      date: '2022-11-30',
      lang: 'en',
      publisher: {
        name: { en: 'International Institute for Iranian Studies', ar: 'المعهد الدولي للدراسات الإيرانية' },
        short: 'IIIS',
        site: 'http://www.rasanah-iiis.org',
        contact: { email: 'info@rasanahiiis.com' },
      },
    },
    contains: [
      '## 1. Introduction',
      "## 2. The Positions of Tehran's Allies in Iraq and Their Room for Manoeuvre",
      '### 2.1 Armed Factions',
      '## Conclusion',
      'The previous round',
      "those of al-Sadr's rivals",
      'a state-building approach',
      'read in Baghdad as a message to the government',
      '- political parties issued statements of solidarity;\n  - some of them called',
    ],
    rules: {
      'import-drop-contents': 1,
      'import-heading-promote': 1,
      'import-page-break': 2,
      'import-join-hyphenated': 3,
      'import-join-paragraph': 1,
      'import-bullet': 5,
    },
  },
  {
    name: 'split-title-report.txt',
    body: [22, 49],
    frontMatter: {
      title: "Iran's Regional Strategy After the Gaza War",
      subtitle: 'Proxies, Deterrence and the Limits of Escalation',
      type: 'Special Report',
      date: '2024-06-01',
      lang: 'en',
      publisher: {
        name: { en: 'International Institute for Iranian Studies', ar: 'المعهد الدولي للدراسات الإيرانية' },
        short: 'Rasanah',
      },
    },
    contains: [
      'described the conflict as',
      '(as they had done since 2019) and kept their own forces at a distance.[1]',
      '## Proxies and the Axis of Resistance',
      '- Hezbollah kept its strikes within an unwritten set of rules;\n\n- the Iraqi factions',
      '## The Red Sea Front and the Houthi Campaign\n',
      'an international profile',
      // A reference at the end is no contact block.
      '\nhttps://www.example.org/analysis/iran-axis-2024',
    ],
    rules: {
      'import-date-partial': 1,
      'import-drop-contents': 1,
      'import-ligature': 1,
      'import-soft-hyphen': 1,
      'import-join-paragraph': 1,
      'import-heading-join': 1,
      'import-heading-bold': 1,
      'import-bullet': 2,
      'import-contact': 0,
    },
  },
];

describe.each(CASES)('import of $name', ({ name, body: [from, to, furniture], frontMatter, contains, rules }) => {
  const original = fixture(name);
  const result = run(original);

  it('writes the expected, valid front matter', () => {
    expect(result.frontMatter).toEqual(frontMatter);
    expect(frontMatterSchema.safeParse(result.frontMatter).success).toBe(true);
  });

  it('repairs the scars', () => {
    expect(scars(result.body)).toEqual(NO_SCARS);
    for (const text of contains) expect(result.body).toContain(text);
    for (const [ruleId, count] of Object.entries(rules)) expect(byRule(result.file, ruleId), ruleId).toHaveLength(count);
  });

  it('keeps every paragraph (word sequence)', () => {
    expect(wordCoverage(lineRange(original, from, to, furniture), result.body)).toBeGreaterThanOrEqual(MIN_COVERAGE);
  });

  it('is deterministic and idempotent', () => {
    expect(run(original).markdown).toBe(result.markdown);
    expect(run(result.markdown).markdown).toBe(result.markdown);
  });
});

describe('import of a clean source file', () => {
  it('changes nothing and reports nothing', () => {
    const clean = fixture('clean-source.md');
    const { markdown, file } = importConverted(clean);
    expect(markdown).toBe(clean);
    expect(file.messages).toEqual([]);
  });
});

describe('missing masthead fields', () => {
  it('are errors that name the field', () => {
    const { file, frontMatter } = run('# A Title Only\n\nSome prose that is long enough to be the body of the paper, and ends.\n');
    expect(frontMatter.title).toBe('A Title Only');
    const errors = file.messages.filter((m) => m.fatal === true).map((m) => m.reason);
    expect(errors.some((r) => r.includes('front matter type'))).toBe(true);
    expect(errors.some((r) => r.includes('front matter date'))).toBe(true);
    expect(errors.some((r) => r.includes('front matter publisher'))).toBe(true);
  });
});
