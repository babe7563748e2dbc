/**
 * `papers import` on PDF and Word files made from a dev paper of the corpus
 * with other tools (our PDF edition, Chromium prints with their header and
 * footer, one of them in two columns, pandoc's Word file, LibreOffice's PDF of it), measured against the
 * source: words back in order, headings at their level, no furniture, notes
 * and links back, and the result builds with only papers.yml beside it. Then
 * inputs that cannot be imported: each one line, never a stack trace.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeInputs, measure, wordsOf, type InputKind } from '../bench/import-inputs.js';
import { CLI, papers, ROOT } from './helpers/cli.js';

const PAPER = join(ROOT, 'test/fixtures/corpus/dev/sudan-jeddah-mediation');
const work = mkdtempSync(join(tmpdir(), 'papers-import-formats-'));
const project = join(work, 'project');

/** The bars each kind of input meets, per language (docs/import.md has the figures on every dev paper). */
const BARS: Record<'en' | 'ar', Partial<Record<InputKind, { words: number; headings: number; levels: number; notes: boolean; links: boolean }>>> = {
  en: {
    edition: { words: 0.995, headings: 1, levels: 1, notes: true, links: true },
    'chromium-edition': { words: 0.995, headings: 1, levels: 1, notes: true, links: true },
    'chromium-pandoc': { words: 0.995, headings: 1, levels: 1, notes: true, links: true },
    'chromium-columns': { words: 0.995, headings: 1, levels: 1, notes: true, links: false },
    docx: { words: 0.995, headings: 1, levels: 1, notes: true, links: true },
    libreoffice: { words: 0.995, headings: 1, levels: 1, notes: true, links: true },
  },
  ar: {
    edition: { words: 0.98, headings: 1, levels: 1, notes: true, links: true },
    'chromium-edition': { words: 0.98, headings: 1, levels: 1, notes: true, links: true },
    'chromium-pandoc': { words: 0.98, headings: 1, levels: 1, notes: true, links: true },
    'chromium-columns': { words: 0.98, headings: 1, levels: 1, notes: true, links: false },
    docx: { words: 0.995, headings: 1, levels: 1, notes: true, links: true },
    libreoffice: { words: 0.995, headings: 1, levels: 1, notes: true, links: true },
  },
};

function importInto(input: string, slug: string, lang: string) {
  const out = join(project, 'source', slug, `${lang}.md`);
  const run = papers(['import', input, '--out', out, '--lang', lang], { cwd: project });
  return { run, out };
}

beforeAll(() => {
  mkdirSync(project, { recursive: true });
  copyFileSync(join(ROOT, 'papers.yml'), join(project, 'papers.yml'));
});

for (const lang of ['en', 'ar'] as const) {
  describe(`importing ${lang} PDF and Word files`, () => {
    const kinds = Object.keys(BARS[lang]) as InputKind[];
    let inputs: Record<InputKind, string>;
    beforeAll(() => {
      inputs = makeInputs(PAPER, lang, join(work, lang), [process.execPath, CLI], kinds);
    }, 400_000);

    for (const kind of kinds) {
      it(`${kind}: words, headings, furniture, notes and links back; it builds`, () => {
        const bar = BARS[lang][kind]!;
        const slug = `import-${kind}`;
        const { run, out } = importInto(inputs[kind], slug, lang);
        expect(run.stderr).not.toMatch(/internal error|\n\s+at /u);
        expect(run.stderr.trim().split('\n').at(-1)).toMatch(/^imported .+: \d+ repairs, \d+ to check, 0 errors$/u);
        expect(run.code).toBe(0);
        const m = measure(readFileSync(join(PAPER, `${lang}.md`), 'utf8'), readFileSync(out, 'utf8'));
        expect(m.words).toBeGreaterThanOrEqual(bar.words);
        expect(m.headings).toBeGreaterThanOrEqual(bar.headings);
        expect(m.headingLevels).toBeGreaterThanOrEqual(bar.levels);
        expect(m.furniture).toEqual([]);
        expect(m.reversals).toBe(0);
        // A note reference keeps the space after it (in a right-to-left line the word gap is drawn left of the marker).
        expect(readFileSync(out, 'utf8')).not.toMatch(/\[\^\d+\]\p{L}/u);
        if (bar.notes) expect(m.notes[0]).toBe(m.notes[1]);
        if (bar.links) expect(m.links[0]).toBe(m.links[1]);
        const check = papers(['check', join('source', slug)], { cwd: project });
        expect(check.stderr).not.toMatch(/ error /u);
        expect(check.code).toBe(0);
      }, 120_000);
    }
  });
}

describe('an Arabic PDF laid out as left-to-right paragraphs (LibreOffice printing an OpenDocument file that sets no direction)', () => {
  it('is read as such: said once, the words back in order, the notes back', () => {
    const inputs = makeInputs(PAPER, 'ar', join(work, 'odt'), [process.execPath, CLI], ['libreoffice-odt']);
    const { run, out } = importInto(inputs['libreoffice-odt'], 'import-libreoffice-odt', 'ar');
    expect(run.code).toBe(0);
    expect(run.stderr.match(/\[import-ltr-paragraphs\]/gu)).toHaveLength(1);
    const m = measure(readFileSync(join(PAPER, 'ar.md'), 'utf8'), readFileSync(out, 'utf8'));
    expect(m.words).toBeGreaterThanOrEqual(0.99);
    expect(m.notes[0]).toBe(m.notes[1]);
    expect(m.links[0]).toBe(m.links[1]);
  }, 300_000);
});

/** The inputs of `kinds` made from a dev paper before the tests of the describe that calls it. */
function inputsBefore(paper: string, lang: string, dir: string, kinds: InputKind[]): () => Record<InputKind, string> {
  let inputs: Record<InputKind, string>;
  beforeAll(() => {
    inputs = makeInputs(paper, lang, join(work, dir), [process.execPath, CLI], kinds);
  }, 400_000);
  return () => inputs;
}

const pdfOf = (draw: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}) =>
  new Promise<Buffer>((done) => {
    const doc = new PDFDocument({ compress: false, ...options });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => done(Buffer.concat(chunks)));
    draw(doc);
    doc.end();
  });

const SENTENCES = [
  'The committee met again and agreed on the next steps of the review.',
  'Delegates from the coastal states asked for a longer transition.',
  'No agreement was reached on the funding of the monitoring mission.',
  'Observers noted that the talks resumed after a pause of several weeks.',
  'The ministry published its figures for the third quarter in October.',
  'A second draft of the text was circulated to the members on Friday.',
  'Several experts warned that the timetable could not be kept.',
];

/** The rows of the GFM tables of a Markdown text, each cell as its words. */
const tableRows = (markdown: string, order: (words: string[]) => string[] = (w) => w) =>
  markdown
    .split('\n')
    .filter((line) => /^\|.*\|$/u.test(line) && !/^\|[\s|:-]+\|$/u.test(line))
    .map((line) => line.split('|').slice(1, -1).map((cell) => order(wordsOf(cell)).join(' ')));

describe('tables', () => {
  const paper = join(ROOT, 'test/fixtures/corpus/dev/caspian-gas-corridors');
  const kinds: InputKind[] = ['edition', 'chromium-pandoc', 'docx', 'libreoffice'];
  const inputs = inputsBefore(paper, 'en', 'tables', kinds);

  for (const kind of kinds) {
    it(`${kind}: the table comes back as a GFM table, row by row`, () => {
      const { run, out } = importInto(inputs()[kind], `tables-${kind}`, 'en');
      expect(run.code).toBe(0);
      expect(tableRows(readFileSync(out, 'utf8'))).toEqual(tableRows(readFileSync(join(paper, 'en.md'), 'utf8')));
    }, 120_000);
  }
});

describe('tables whose cells wrap over several lines', () => {
  const HEADER = ['Measure', 'What the ministry announced', 'What observers reported'];
  const ROWS = [
    ['Fuel subsidy', 'A gradual cut over two years with cash transfers to poor households', 'Prices rose at once in the provinces and transfers reached few families'],
    ['Public wages', 'A freeze on new hiring in every ministry except health and education', 'Temporary contracts were renewed under other names in several ministries'],
    ['Customs duties', 'Higher duties on luxury imports and lower duties on inputs for factories', 'Smuggling across the northern border grew during the following winter'],
  ];
  /** A paper with one table: its cells wrap in columns of their own, rows set apart by padding, or (`unclear`) its cells set at no common place. */
  const tablePaper = (unclear: boolean) =>
    pdfOf((doc) => {
      doc.fontSize(18).text('Reform Under Pressure', 72, 72);
      doc.fontSize(11).text(SENTENCES.slice(0, 4).join(' '), 72, 110, { width: 450 });
      let y = 190;
      for (const [r, row] of [HEADER, ...ROWS].entries()) {
        // Unclear: each row's cells start somewhere else, as a layout that is no table sets them.
        const xs = unclear ? [72 + 18 * r, 195 + 22 * r, 345 + 12 * r] : [72, 190, 350];
        const widths = unclear ? [105, 115, 120] : [110, 150, 170];
        const height = Math.max(...row.map((cell, i) => doc.heightOfString(cell, { width: widths[i] })));
        row.forEach((cell, i) => doc.text(cell, xs[i], y, { width: widths[i], lineBreak: true }));
        y += height + 10;
      }
      doc.text(SENTENCES.slice(4).join(' '), 72, y + 20, { width: 450 });
    });

  it('a table whose columns are clear comes back as a GFM table, each row with its wrapped cells', async () => {
    const pdf = join(work, 'wrapped-table.pdf');
    writeFileSync(pdf, await tablePaper(false));
    const { run, out } = importInto(pdf, 'wrapped-table', 'en');
    expect(run.code).toBe(0);
    expect(run.stderr).not.toMatch(/import-table-unclear/u);
    const words = (cell: string) => wordsOf(cell).join(' ');
    expect(tableRows(readFileSync(out, 'utf8'))).toEqual([HEADER, ...ROWS].map((row) => row.map(words)));
  }, 60_000);

  it('a table whose cells fit no columns is kept as paragraphs, its words in order, and said so at its page', async () => {
    const pdf = join(work, 'unclear-table.pdf');
    writeFileSync(pdf, await tablePaper(true));
    const { run, out } = importInto(pdf, 'unclear-table', 'en');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning a table on page 1 has no clear columns: its cells are kept as paragraphs; check them \[import-table-unclear\]/u);
    const text = readFileSync(out, 'utf8');
    expect(tableRows(text)).toEqual([]);
    // Each cell's first words are kept together (the lines of a row's cells follow each other).
    for (const cell of [HEADER, ...ROWS].flat()) expect(wordsOf(text).join(' ')).toContain(wordsOf(cell).slice(0, 2).join(' '));
  }, 60_000);
});

describe('a right-to-left table whose header cells wrap and whose cells are set at mid-height beside a cell that wraps (Chromium)', () => {
  const paper = join(ROOT, 'test/fixtures/corpus/dev/red-sea-shipping-insurance');
  const kinds: InputKind[] = ['chromium-edition', 'chromium-pandoc'];
  const inputs = inputsBefore(paper, 'ar', 'rtl-tables', kinds);

  for (const kind of kinds) {
    it(`${kind}: comes back as a GFM table, row by row, its first column on the right`, () => {
      const { run, out } = importInto(inputs()[kind], `rtl-tables-${kind}`, 'ar');
      expect(run.code).toBe(0);
      expect(run.stderr).not.toMatch(/import-table-unclear/u);
      // Each cell's words as a set: a number range beside Arabic (`0.5–1.0`) may come back in drawn order (docs/import.md, Limits).
      const sorted = (words: string[]) => [...words].sort();
      expect(tableRows(readFileSync(out, 'utf8'), sorted)).toEqual(tableRows(readFileSync(join(paper, 'ar.md'), 'utf8'), sorted));
    }, 120_000);

    it(`${kind}: brackets and quotes around Arabic words come back the right way (Chromium maps a mirrored glyph to the character written)`, () => {
      const { run, out } = importInto(inputs()[kind], `rtl-brackets-${kind}`, 'ar');
      expect(run.code).toBe(0);
      const text = readFileSync(out, 'utf8');
      expect(text.match(/[(«][\p{Script=Arabic}\s]+[)»]/gu)?.length ?? 0).toBeGreaterThanOrEqual(3);
      // An inverted pair (`)أونكتاد(`) glues its closing mark to the word after it.
      expect(text).not.toMatch(/[)»]\p{Script=Arabic}/u);
    }, 120_000);
  }
});

describe('a right-to-left table laid out left to right (LibreOffice printing a Word table without its right-to-left setting)', () => {
  const paper = join(ROOT, 'test/fixtures/corpus/dev/caspian-gas-corridors');
  const kinds: InputKind[] = ['edition', 'libreoffice'];
  const inputs = inputsBefore(paper, 'ar', 'ltr-tables', kinds);

  for (const kind of kinds) {
    it(`${kind}: its first column is the one the PDF draws first (on the right in our edition, on the left in LibreOffice's)`, () => {
      const { run, out } = importInto(inputs()[kind], `ltr-tables-${kind}`, 'ar');
      expect(run.code).toBe(0);
      const sorted = (words: string[]) => [...words].sort();
      const expected = tableRows(readFileSync(join(paper, 'ar.md'), 'utf8'), sorted);
      // The paper's table (our edition prints a glossary table after it).
      expect(tableRows(readFileSync(out, 'utf8'), sorted).slice(0, expected.length)).toEqual(expected);
    }, 120_000);

    it(`${kind}: its list comes back as a list (LibreOffice sets a right-to-left item's bullet far to the right of its text)`, () => {
      const { out } = importInto(inputs()[kind], `ltr-tables-list-${kind}`, 'ar');
      const items = (markdown: string) => markdown.split('\n').filter((line) => /^- /u.test(line)).map((line) => wordsOf(line).join(' '));
      expect(items(readFileSync(out, 'utf8'))).toEqual(items(readFileSync(join(paper, 'ar.md'), 'utf8')));
    }, 120_000);
  }
});

describe('an Arabic PDF whose fonts leave the codes of some marks out of their ToUnicode maps (LibreOffice)', () => {
  it('has no character pdf.js made up for them (WinAnsi `h`, `^`, a grave accent) in its Arabic words', () => {
    const paper = join(ROOT, 'test/fixtures/corpus/dev/red-sea-shipping-insurance');
    const inputs = makeInputs(paper, 'ar', join(work, 'made-up'), [process.execPath, CLI], ['libreoffice']);
    const { run, out } = importInto(inputs.libreoffice, 'made-up-libreoffice', 'ar');
    expect(run.code).toBe(0);
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/ستُ?ستثنى/u);
    expect(text).not.toMatch(/\p{Script=Arabic}[h^`]|[h^`]\p{Script=Arabic}|\p{Script=Arabic} [h^`] \p{Script=Arabic}/u);
    const m = measure(readFileSync(join(paper, 'ar.md'), 'utf8'), text);
    expect(m.words).toBeGreaterThanOrEqual(0.985);
  }, 300_000);
});

describe('Word files with comments, tracked changes and images', () => {
  it('reports them, keeps the insertions, leaves out the deletions and the comments, and takes the image out into the paper\'s folder', () => {
    const dir = join(work, 'review');
    mkdirSync(dir, { recursive: true });
    const md = join(dir, 'review.md');
    writeFileSync(
      md,
      [
        '---\ntitle: A Paper With Notes From Its Editors\ndate: 2024-03-01\n---\n',
        '## Background\n',
        'The first paragraph says [Is this figure right?]{.comment-start id="1" author="Editor" date="2024-03-01T00:00:00Z"}that trade fell by a third[]{.comment-end id="1"} in the harbour.\n',
        'The second paragraph was [extended in review]{.insertion author="Editor" date="2024-03-01T00:00:00Z"}[ and shortened]{.deletion author="Editor" date="2024-03-01T00:00:00Z"}.\n',
        '![A red dot](dot.png)\n',
      ].join('\n'),
    );
    // A 1×1 PNG: the paper's one picture.
    writeFileSync(join(dir, 'dot.png'), Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC', 'base64'));
    const docx = join(dir, 'review.docx');
    execFileSync('pandoc', [md, '-o', docx, '--track-changes=all'], { cwd: dir });
    const out = join(project, 'source', 'review', 'en.md');
    const run = papers(['import', docx, '--out', out], { cwd: project });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/warning 1 comment\(s\) in the Word file are not part of the source: .+ \[import-docx-comment\]/u);
    expect(run.stderr).toMatch(/warning the Word file has unresolved tracked changes \(1 insertions kept, 1 deletions left out\).+ \[import-docx-tracked-change\]/u);
    expect(run.stderr).not.toMatch(/import-docx-image/u);
    const source = readFileSync(out, 'utf8');
    expect(source).toMatch(/that trade fell by a third in the harbour/u);
    expect(source).toMatch(/was extended in review\./u);
    expect(source).not.toMatch(/shortened|Is this figure right|data:image/u);
    // pandoc's caption paragraph becomes the figure's caption, not a second copy of the words.
    expect(source).toMatch(/^!\[A red dot\]\(media\/image1\.png "A red dot"\)$/mu);
    expect(source.match(/A red dot/gu)).toHaveLength(2);
    expect(readFileSync(join(project, 'source', 'review', 'media', 'image1.png')).equals(readFileSync(join(dir, 'dot.png')))).toBe(true);
    const build = papers(['build', join(project, 'source', 'review'), '--out', join(project, 'output'), '--format', 'html'], { cwd: project });
    expect(build.code).toBe(0);
    expect(readFileSync(join(project, 'output', 'review', 'en.html'), 'utf8')).toMatch(/<figure[^>]*><img src="media\/image1.png" alt="A red dot"/u);
    // Written to standard output, the import has no folder for the image: it says so.
    const piped = papers(['import', docx], { cwd: project });
    expect(piped.stderr).toMatch(/warning 1 image\(s\) of the Word file \(image\/png\) are left out: import with --out or --slug .+ \[import-docx-image\]/u);
  });
});

describe('the command line', () => {
  it('--slug writes source/<slug>/<lang>.md with the language found; a bad --lang or --slug is a usage error', () => {
    const docx = join(work, 'review', 'review.docx');
    const run = papers(['import', docx, '--slug', 'harbour-review'], { cwd: project });
    expect(run.code).toBe(0);
    expect(readFileSync(join(project, 'source', 'harbour-review', 'en.md'), 'utf8')).toMatch(/^lang: en$/mu);
    expect(papers(['import', docx, '--lang', 'fr'], { cwd: project }).code).toBe(2);
    expect(papers(['import', docx, '--slug', 'Bad Slug'], { cwd: project }).code).toBe(2);
  });
});

describe('inputs that cannot be imported', () => {
  const bad = join(work, 'bad');
  beforeAll(() => mkdirSync(bad, { recursive: true }));

  const oneError = (run: { code: number; stderr: string }, rule: RegExp) => {
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /u);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(rule);
    expect(lines[1]).toMatch(/: 0 repairs, 0 to check, 1 errors$/u);
    expect(run.code).toBe(1);
  };

  it('an encrypted PDF', async () => {
    const plain = join(bad, 'plain.pdf');
    writeFileSync(plain, await pdfOf((d) => d.text('A secret paper about nothing in particular.')));
    const locked = join(bad, 'locked.pdf');
    execFileSync('qpdf', ['--encrypt', 'user', 'owner', '256', '--', plain, locked]);
    oneError(papers(['import', locked]), /error the PDF is encrypted with a password: .+ \[import-unreadable\]$/u);
  });

  it('a PDF with no text layer (a scan)', async () => {
    const path = join(bad, 'scan.pdf');
    writeFileSync(path, await pdfOf((d) => d.rect(50, 50, 300, 400).fill('#888')));
    oneError(papers(['import', path]), /error the PDF has no text layer .+ run it through OCR first.+\[import-unreadable\]$/u);
  });

  it('a truncated PDF and a damaged Word file', async () => {
    const pdf = await pdfOf((d) => d.text('Some text.'));
    const truncated = join(bad, 'truncated.pdf');
    writeFileSync(truncated, pdf.subarray(0, 200));
    const run = papers(['import', truncated]);
    expect(run.stderr).not.toMatch(/internal error|\n\s+at /u);
    expect(run.code).toBe(1);
    const docx = join(bad, 'damaged.docx');
    writeFileSync(docx, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(300, 7)]));
    oneError(papers(['import', docx]), /error the Word file is damaged .+ \[import-unreadable\]$/u);
  });

  it('a .doc, an RTF, an OpenDocument text and an image: one line saying what the file is and what to do', () => {
    const inputs: [string, Buffer, RegExp][] = [
      ['old.doc', Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600)]), /a Word 97-2003 \(\.doc\) file: .+ save it as \.docx/u],
      ['paper.rtf', Buffer.from('{\\rtf1\\ansi A paper.}'), /an RTF file: .+ save it as \.docx/u],
      ['scan.png', readFileSync(join(ROOT, 'test/fixtures/papers/figures/exports.png')), /an image, not a document: run it through OCR first/u],
    ];
    const text = join(bad, 'paper.txt');
    writeFileSync(text, 'A paper.');
    execFileSync('soffice', ['--headless', '--convert-to', 'odt', '--outdir', bad, text], { stdio: 'pipe' });
    inputs.push(['paper.odt', readFileSync(join(bad, 'paper.odt')), /an OpenDocument text \(\.odt\): save it as \.docx, or export it as PDF/u]);
    for (const [name, bytes, says] of inputs) {
      writeFileSync(join(bad, name), bytes);
      const run = papers(['import', join(bad, name)]);
      oneError(run, /error the file is .+ \[import-unreadable\]$/u);
      expect(run.stderr).toMatch(says);
    }
  }, 60_000);

  it('a missing file and a folder are usage errors (exit 2, #16)', () => {
    const missing = papers(['import', join(bad, 'nothing-here.pdf')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^papers: no such file: .+nothing-here\.pdf \(give the PDF, Word file or converted text to import\); see 'papers import --help'/u);
    const folder = papers(['import', bad]);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toMatch(/^papers: .+ is a folder: papers import takes one file; see 'papers import --help'/u);
  });

  it('a 700-page PDF: the first 600 pages, said so, in bounded time', async () => {
    const path = join(bad, 'long.pdf');
    writeFileSync(
      path,
      await pdfOf((d) => {
        for (let i = 0; i < 700; i++) {
          if (i) d.addPage();
          d.fontSize(11).text(`Section ${i + 1} of a long report. ${SENTENCES[i % SENTENCES.length]} ${SENTENCES[(i * 3) % SENTENCES.length]}`);
        }
      }),
    );
    const started = Date.now();
    const run = papers(['import', path, '--lang', 'en']);
    expect(Date.now() - started).toBeLessThan(170_000);
    expect(run.stderr).toMatch(/the PDF has 700 pages: only the first 600 were imported \[import-page-limit\]/u);
    expect(run.stdout).toMatch(/Section 600 of a long report/u);
    expect(run.stdout).not.toMatch(/Section 601 /u);
  }, 200_000);
});

describe('a table at the foot of a page, in our own PDF edition', () => {
  it('keeps its rows when a cell starts with a day: a number nothing calls is not a note', () => {
    const source = join(work, 'table-foot', 'source', 'sri-lanka-debt-restructuring');
    mkdirSync(source, { recursive: true });
    copyFileSync(join(ROOT, 'papers.yml'), join(work, 'table-foot', 'papers.yml'));
    copyFileSync(join(ROOT, 'test/fixtures/corpus/dev4/sri-lanka-debt-restructuring/en.md'), join(source, 'en.md'));
    const out = join(work, 'table-foot', 'out');
    expect(papers(['build', join(work, 'table-foot', 'source'), '--out', out, '--format', 'pdf', '--lang', 'en'], { cwd: join(work, 'table-foot') }).code).toBe(0);
    const { run, out: imported } = importInto(join(out, 'sri-lanka-debt-restructuring', 'en.pdf'), 'table-foot', 'en');
    expect(run.code).toBe(0);
    const text = readFileSync(imported, 'utf8');
    // The table's second row starts on a new line with "26 June 2024"; it once became note 26 and the table was lost.
    expect(text).not.toMatch(/^\[\^26\]:/mu);
    expect(text).toMatch(/^\| Export-Import Bank of China \| China \| 4\.2 \| 26 June 2024 \|$/mu);
    expect(text).toMatch(/^\| Bondholders \| Rothschild \(adviser\) \| 12\.5 \| in principle, 3 July 2024 \|$/mu);
  }, 120_000);
});
