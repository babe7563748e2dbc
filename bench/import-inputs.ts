/**
 * Inputs for `papers import` made from source papers we control, with the
 * tools CI installs, and the measures of an import against the source:
 *
 * - `edition`: our own PDF edition (`papers build`);
 * - `chromium-edition`: our HTML edition printed by headless Chromium with its
 *   default header and footer (date, title, address, page numbers);
 * - `chromium-pandoc`: pandoc's standalone HTML printed the same way;
 * - `chromium-columns`: the same HTML set in two columns under a document type in spaced capitals;
 * - `docx`: pandoc's Word file;
 * - `libreoffice`: that Word file made a PDF by LibreOffice (another layout engine);
 * - `libreoffice-odt`: pandoc's OpenDocument file made a PDF by LibreOffice (no paragraph direction set).
 *
 * Used by test/import-formats.test.ts (bars) and bench/import-formats.ts (figures).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export type InputKind = 'edition' | 'chromium-edition' | 'chromium-pandoc' | 'chromium-columns' | 'docx' | 'libreoffice' | 'libreoffice-odt';
export const INPUT_KINDS: InputKind[] = ['edition', 'chromium-edition', 'chromium-pandoc', 'chromium-columns', 'docx', 'libreoffice', 'libreoffice-odt'];

/** A think-tank layout: the body in two columns (CSS columns), the document type in spaced capitals above the title. */
const COLUMNS_STYLE =
  '<style>body{max-width:none}.columns{column-count:2;column-gap:2em}.kicker{letter-spacing:.35em;text-transform:uppercase;font-size:10pt}</style>';

const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export const hasTool = (tool: string) => {
  try {
    execFileSync('which', [tool], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

function chromiumPrint(html: string, pdf: string): void {
  execFileSync('chromium', [...CHROMIUM_FLAGS, `--print-to-pdf=${pdf}`, html], { stdio: 'ignore', timeout: 120_000 });
}

/** The paper's source without front matter keys pandoc would print as a masthead it does not know. */
function pandocSource(source: string, dir: string, lang: string): string {
  const path = join(dir, `${lang}.pandoc.md`);
  const { frontMatter, body } = splitSource(readFileSync(source, 'utf8'));
  const meta = { title: frontMatter.title, subtitle: frontMatter.subtitle, author: frontMatter.authors, date: String(frontMatter.date ?? ''), lang, dir: lang === 'ar' ? 'rtl' : 'ltr' };
  writeFileSync(path, `---\n${JSON.stringify(meta)}\n---\n\n${body}`);
  return path;
}

/**
 * Makes the inputs of one paper (`<paper>/<lang>.md`) in `work`; returns the path of each kind.
 * `papers` is the command that builds editions (`node dist/pipeline/launch/papers.js`).
 */
export function makeInputs(paperDir: string, lang: string, work: string, papers: string[], kinds: InputKind[] = INPUT_KINDS): Record<InputKind, string> {
  mkdirSync(work, { recursive: true });
  const slug = paperDir.split('/').filter(Boolean).at(-1)!;
  const source = join(paperDir, `${lang}.md`);
  const out: Partial<Record<InputKind, string>> = {};
  const built = join(work, 'built');
  if (kinds.includes('edition') || kinds.includes('chromium-edition')) {
    const papersDir = join(work, 'papers', slug);
    mkdirSync(papersDir, { recursive: true });
    copyFileSync(source, join(papersDir, `${lang}.md`));
    if (!existsSync(join(built, slug, `${lang}.pdf`))) {
      execFileSync(papers[0], [...papers.slice(1), 'build', join(work, 'papers'), '--out', built, '--lang', lang, '--format', 'html,pdf'], { stdio: 'ignore' });
    }
    out.edition = join(built, slug, `${lang}.pdf`);
    if (kinds.includes('chromium-edition')) {
      out['chromium-edition'] = join(work, `${lang}.chromium-edition.pdf`);
      chromiumPrint(join(built, slug, `${lang}.html`), out['chromium-edition']);
    }
  }
  if (kinds.some((k) => k === 'chromium-pandoc' || k === 'chromium-columns' || k === 'docx' || k === 'libreoffice' || k === 'libreoffice-odt')) {
    const md = pandocSource(source, work, lang);
    if (kinds.includes('chromium-pandoc') || kinds.includes('chromium-columns')) {
      const html = join(work, `${lang}.pandoc.html`);
      execFileSync('pandoc', ['-s', md, '-o', html, '--metadata', `pagetitle=${slug}`]);
      if (kinds.includes('chromium-pandoc')) {
        out['chromium-pandoc'] = join(work, `${lang}.chromium-pandoc.pdf`);
        chromiumPrint(html, out['chromium-pandoc']);
      }
      if (kinds.includes('chromium-columns')) {
        const page = readFileSync(html, 'utf8');
        const head = page.indexOf('</header>') + '</header>'.length;
        const end = page.lastIndexOf('</body>');
        const type = lang === 'ar' ? 'ورقة سياسات' : 'Policy Paper';
        const columns = join(work, `${lang}.columns.html`);
        writeFileSync(
          columns,
          `${page.slice(0, head)}<div class="columns">${page.slice(head, end)}</div>${page.slice(end)}`
            .replace('</head>', `${COLUMNS_STYLE}</head>`)
            .replace('<header id="title-block-header">', `<p class="kicker">${type}</p><header id="title-block-header">`),
        );
        out['chromium-columns'] = join(work, `${lang}.chromium-columns.pdf`);
        chromiumPrint(columns, out['chromium-columns']);
      }
    }
    const docx = join(work, `${lang}.docx`);
    execFileSync('pandoc', [md, '-o', docx]);
    out.docx = docx;
    if (kinds.includes('libreoffice')) {
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', join(work, 'lo'), docx], { stdio: 'ignore', timeout: 180_000 });
      out.libreoffice = join(work, `${lang}.libreoffice.pdf`);
      copyFileSync(join(work, 'lo', `${lang}.pdf`), out.libreoffice);
    }
    if (kinds.includes('libreoffice-odt')) {
      const odt = join(work, `${lang}.odt`);
      execFileSync('pandoc', [md, '-o', odt]);
      execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', join(work, 'lo-odt'), odt], { stdio: 'ignore', timeout: 180_000 });
      out['libreoffice-odt'] = join(work, `${lang}.libreoffice-odt.pdf`);
      copyFileSync(join(work, 'lo-odt', `${lang}.pdf`), out['libreoffice-odt']);
    }
  }
  return out as Record<InputKind, string>;
}

export function splitSource(markdown: string): { frontMatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n+([\s\S]*)$/u.exec(markdown);
  return match ? { frontMatter: (parse(match[1]) ?? {}) as Record<string, unknown>, body: match[2] } : { frontMatter: {}, body: markdown };
}

/** Arabic diacritics (harakat, shadda, sukun, superscript alef) and tatweel, which the bars ignore. */
const DIACRITICS = /[\u064b-\u065f\u0670\u0640]/gu;

/** The words of Markdown text in order: markup, note labels and link targets removed, hyphens between letters ignored. */
export function wordsOf(markdown: string): string[] {
  const text = markdown
    .normalize('NFKC')
    .replace(DIACRITICS, '')
    .replace(/^\[\^[^\]]+\]:/gmu, ' ')
    .replace(/\[\^[^\]]+\]/gu, ' ')
    .replace(/\]\([^)\s]*(?:\([^)\s]*\))?[^)\s]*\)/gu, ']')
    .replace(/(\p{L})-\s*(\p{L})/gu, '$1$2');
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0].toLowerCase());
}

/** Share of `expected` found in order in `actual` (longest common subsequence). */
export function sequenceRecall(expected: string[], actual: string[]): number {
  if (!expected.length) return 1;
  let prev = new Uint32Array(actual.length + 1);
  let cur = new Uint32Array(actual.length + 1);
  for (let i = 1; i <= expected.length; i++) {
    for (let j = 1; j <= actual.length; j++) cur[j] = expected[i - 1] === actual[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return prev[actual.length] / expected.length;
}

const headingKey = (text: string) => wordsOf(text).join(' ');

export function headingsOf(body: string): { level: number; key: string }[] {
  return [...body.matchAll(/^(#{1,6})\s+(.+)$/gmu)].map((m) => ({ level: m[1].length, key: headingKey(m[2]) }));
}

/** Link targets: inline links, autolinks and bare addresses, without a final slash or stop. */
export function linksOf(body: string): Set<string> {
  const urls = body.match(/https?:\/\/[^\s<>\]"”]+/gu) ?? [];
  return new Set(urls.map((u) => u.replace(/[).,;:]+$/u, '').replace(/\/$/u, '').replace(/\\/gu, '')));
}

const FURNITURE = [
  /^\s*(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?\s*$/iu,
  /^\d{1,2}\/\d{1,2}\/\d{2,4},?\s+\d{1,2}:\d{2}/u,
  /^(?:file|about):\/\//u,
  /^[\u0660-\u0669]{1,4}$/u,
];

export interface Measures {
  words: number;
  headings: number;
  headingLevels: number;
  furniture: string[];
  notes: [found: number, expected: number];
  links: [found: number, expected: number];
  reversals: number;
}

/** Lam-alef read backwards by a converter (`اإل`, `األ`), punctuation moved to a word's start (`،كلمة`). */
export function reversals(body: string): number {
  return (body.match(/(?:^|\s)ا[إأآ]ل|[\s(]،\p{L}|(?:^|\s)[.،؛:]\p{Script=Arabic}/gmu) ?? []).length;
}

export function measure(originalSource: string, imported: string): Measures {
  const original = splitSource(originalSource).body;
  const body = splitSource(imported).body;
  const expectedHeadings = headingsOf(original);
  const got = headingsOf(body);
  const found = expectedHeadings.filter((h) => got.some((g) => g.key === h.key));
  const levelled = expectedHeadings.filter((h) => got.some((g) => g.key === h.key && g.level === h.level));
  const expectedNotes = original.match(/^\[\^[^\]]+\]:/gmu)?.length ?? 0;
  const gotNotes = body.match(/^\[\^[^\]]+\]:/gmu)?.length ?? 0;
  const expectedLinks = linksOf(original);
  const gotLinks = linksOf(body);
  const paragraphs = body.split(/\n{2,}/u).map((p) => p.trim());
  return {
    words: sequenceRecall(wordsOf(original), wordsOf(body)),
    headings: expectedHeadings.length ? found.length / expectedHeadings.length : 1,
    headingLevels: expectedHeadings.length ? levelled.length / expectedHeadings.length : 1,
    furniture: paragraphs.filter((p) => FURNITURE.some((f) => f.test(p))),
    notes: [Math.min(gotNotes, expectedNotes), expectedNotes],
    links: [[...expectedLinks].filter((u) => gotLinks.has(u)).length, expectedLinks.size],
    reversals: reversals(body),
  };
}
