/**
 * Round trip: a clean source file is given the scars of a PDF conversion
 * (masthead, printed contents, noisy bold headings, ■ bullets, paragraphs and
 * words cut by page breaks, contact block), and importing it must give the
 * source's body back byte for byte, and the front matter that the masthead
 * carries. Run on both editions of the sample.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importConverted } from '../pipeline/import/index.js';
import type { FrontMatter } from '../pipeline/model/frontmatter.js';
import { projectConfigFor, withProjectDefaults } from '../pipeline/source/config.js';
import { splitOutput } from './import-helpers.js';

/** The sample's front matter with what it inherits from the project's papers.yml (the masthead prints both). */
const complete = (source: string) => {
  const { frontMatter, body } = splitOutput(source);
  const lang = (frontMatter as FrontMatter).lang;
  return { body, frontMatter: withProjectDefaults(frontMatter, projectConfigFor('source') ?? undefined, lang) as FrontMatter };
};

const PAGE_BREAK = '\n\n\n\n';
const MONTHS = ['JANUARY', 'FEBRUARY', 'MARCH', 'APRIL', 'MAY', 'JUNE', 'JULY', 'AUGUST', 'SEPTEMBER', 'OCTOBER', 'NOVEMBER', 'DECEMBER'];

function masthead(fm: FrontMatter, sections: string[]): string {
  const [year, month, day] = fm.date.split('-');
  const p = fm.publisher;
  return [
    `*${fm.type}*`,
    ' ',
    `# ${fm.title.toUpperCase()}`,
    '---',
    `${MONTHS[Number(month) - 1]} ${day}, ${year}`,
    `**${p.short!.toUpperCase()}**  \n${p.name.ar}  \n${p.name.en}`,
    `## Contents\n\n${sections.map((s, i) => `${s} .....\t${3 * i + 4}`).join('\n')}`,
    `[${p.site!.replace(/^https?:\/\//u, '')}](${p.site})`,
  ].join('\n\n');
}

function contactBlock(fm: FrontMatter): string {
  const c = fm.publisher.contact!;
  return ['---', `✉ [${c.email}](mailto:${c.email})`, `🐦 ${c.social!.map((s) => `[${s}](#)`).join(' ')}`].join('\n\n');
}

/** Cut a paragraph in two at a word after its middle where the importer can tell (lower case, or Arabic after 12 words). */
function cutParagraph(text: string, arabic: boolean): string {
  const words = text.split(' ');
  for (let i = Math.floor(words.length / 2); i < words.length - 1; i++) {
    const [before, after] = [words[i], words[i + 1]];
    const fits = arabic ? /^\p{Script=Arabic}+$/u.test(after) && /\p{Script=Arabic}$/u.test(before) : /^\p{Ll}+$/u.test(after) && /\p{L}$/u.test(before);
    if (fits && !before.includes('](') && !after.includes('[')) return `${words.slice(0, i + 1).join(' ')}${PAGE_BREAK}${words.slice(i + 1).join(' ')}`;
  }
  return text;
}

/** Hyphenate at a page break a long lower-case word that the text also writes elsewhere. */
function hyphenate(text: string, body: string): string {
  const words = text.split(' ');
  const i = words.findIndex((w, k) => k > 5 && /^\p{Ll}{9,}$/u.test(w) && body.split(w).length > 2);
  if (i < 0) return text;
  const word = words[i];
  return `${[...words.slice(0, i), `${word.slice(0, 4)}-`].join(' ')}${PAGE_BREAK}${[word.slice(4), ...words.slice(i + 1)].join(' ')}`;
}

function scar(source: string): string {
  const { frontMatter: fm, body } = complete(source);
  const arabic = fm.lang === 'ar';
  const blocks = body.trimEnd().split('\n\n');
  const sections = blocks.filter((b) => b.startsWith('## ')).map((b) => b.slice(3));
  let paragraphs = 0;
  // Levels as noisy as the sample's: a section at ## or ###, its sub-sections
  // one level below it or (shallower) at ##.
  let section = 2;
  const scarred = blocks.map((block, i) => {
    if (block.startsWith('## ')) {
      section = i % 2 ? 3 : 2;
      return `${'#'.repeat(section)} **${block.slice(3)}**`;
    }
    if (block.startsWith('### ')) return i % 3 === 0 ? `## ${block.slice(4)}` : `${'#'.repeat(section + 1)} **${block.slice(4)}**`;
    if (block.startsWith('- ')) return blocks[i - 1].startsWith('- ') ? `■ ${block.slice(2)}` : block;
    if (block.split(' ').length < 40) return block;
    paragraphs++;
    if (paragraphs % 3 === 0) return cutParagraph(block, arabic);
    if (paragraphs % 5 === 0 && !arabic) return hyphenate(block, body);
    return block;
  });
  return `\n\n${masthead(fm, sections)}\n\n${scarred.join('\n\n')}\n\n\n\n${contactBlock(fm)}\n`;
}

describe.each(['en', 'ar'])('round trip of the %s source through its converted form', (lang) => {
  const source = readFileSync(new URL(`../source/rifts-within-iraqi-shiite-parties/${lang}.md`, import.meta.url), 'utf8');
  const converted = scar(source);

  it('has scars to repair', () => {
    expect(converted).toMatch(/■ /u);
    expect(converted).toMatch(/## \*\*/u);
    expect(converted).toMatch(/\.{5}\t\d/u);
    expect(converted.split(PAGE_BREAK).length).toBeGreaterThan(5);
  });

  it('imports back to the source file', () => {
    const { markdown, file } = importConverted(converted);
    const [got, want] = [splitOutput(markdown), complete(source)];
    expect(got.body).toBe(want.body);
    // What the masthead and contact block carry (not what an editor added, like a summary).
    const { title, type, date, lang: language, publisher } = want.frontMatter;
    expect(got.frontMatter).toEqual({ title, type, date, lang: language, publisher });
    expect(file.messages.filter((m) => m.fatal === true)).toEqual([]);
    const count = (ruleId: string) => file.messages.filter((m) => m.ruleId === ruleId).length;
    expect(count('import-join-paragraph')).toBeGreaterThanOrEqual(5);
    if (lang === 'en') expect(count('import-join-hyphenated')).toBeGreaterThanOrEqual(3);
    expect(count('import-heading-level')).toBeGreaterThanOrEqual(5);
  });
});
