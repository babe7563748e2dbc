/**
 * The source parser leaves GFM's table construct out of sources with no line
 * that could be a table's delimiter row, and its email autolink out of sources
 * with no @ after the front matter (parse/processor.ts). The trees must be
 * exactly those of the full dialect: checked on the CommonMark examples, the
 * sample paper and generated documents, with and without tables and emails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import spec from 'commonmark-spec';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import { VFile } from 'vfile';
import { afterFrontMatter, mayHoldEmail, mayHoldTable, parseMarkdown } from '../pipeline/parse/processor.js';

const full = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const reference = (text: string) => full.runSync(full.parse(new VFile({ value: text })));
const parsed = (text: string) => parseMarkdown(new VFile({ value: text }));

/**
 * The tree, or the error thrown: a few inputs (`-\n[ ] ---\n`) trip an assertion of
 * mdast-util-gfm-task-list-item in the development build tests load, in both parsers alike.
 */
const outcome = (parse: (text: string) => unknown, text: string): unknown => {
  try {
    return parse(text);
  } catch (e) {
    return { threw: e instanceof Error ? e.message : String(e) };
  }
};

describe('mayHoldTable', () => {
  it('finds delimiter rows with pipes or colons, inside block quotes and list items too', () => {
    expect(mayHoldTable('| a | b |\n| - | - |\n')).toBe(true);
    expect(mayHoldTable('a\n:-:\n')).toBe(true);
    expect(mayHoldTable('> a | b\n> --|--\n')).toBe(true);
    expect(mayHoldTable('- a | b\n\n  ---|---\n')).toBe(true);
    expect(mayHoldTable('a\r\n|-\r\n')).toBe(true);
  });

  it('finds none in hyphen rows (front matter fences, rules, setext underlines) or prose with pipes', () => {
    expect(mayHoldTable('---\ntitle: x\n---\n\nHeading\n-------\n\n***\n- - -\n')).toBe(false);
    expect(mayHoldTable('a | b | c\nx: y - z\n')).toBe(false);
  });

  it('parses a source it finds none in as a table does not start in it', () => {
    expect(parsed('a | b\n- x\n').children.some((n) => n.type === 'table')).toBe(false);
    expect(parsed('a | b\n--|--\n').children.some((n) => n.type === 'table')).toBe(true);
  });
});

describe('mayHoldEmail', () => {
  it('looks for an @ after the front matter only, when a fence closes it', () => {
    const front = '---\ntitle: x\nemail: a@b.co\n---  \n';
    expect(afterFrontMatter(front + 'Text')).toBe(front.length);
    expect(mayHoldEmail(front + 'Text')).toBe(false);
    expect(mayHoldEmail(front + 'Write to a@b.co')).toBe(true);
    // No closing fence: no front matter, the @ is in the text.
    expect(afterFrontMatter('---\na@b.co\n--- x\n')).toBe(0);
    expect(mayHoldEmail('---\na@b.co\n')).toBe(true);
    // Only Markdown line endings end a line.
    expect(mayHoldEmail('---\na@b.co\u2028---\n')).toBe(true);
    expect(afterFrontMatter('---\r\nx\r---')).toBe(10);
  });

  it('parses a source without an @ in its text as an email autolink does not start in it', () => {
    expect(JSON.stringify(parsed('---\nemail: a@b.co\n---\n\nx www.a.bc a.b'))).toContain('"url":"http://www.a.bc"');
  });
});

describe('the source parser', () => {
  it('gives the full dialect’s tree for every CommonMark example', () => {
    for (const example of spec.tests) expect(parsed(example.markdown)).toEqual(reference(example.markdown));
  });

  it('gives the full dialect’s tree for the sample paper', () => {

    for (const lang of ['en', 'ar']) {
      const text = readFileSync(`source/rifts-within-iraqi-shiite-parties/${lang}.md`, 'utf8');
      expect(mayHoldTable(text)).toBe(false);
      expect(parsed(text)).toEqual(reference(text));
    }
  });

  it('fails where the full dialect fails, alike (an input the generator found)', () => {
    expect(outcome(reference, '-\n[ ] ---\n')).toHaveProperty('threw');
    expect(outcome(parsed, '-\n[ ] ---\n')).toEqual(outcome(reference, '-\n[ ] ---\n'));
  });

  it('gives the full dialect’s tree (or error) for generated documents', () => {
    const pieces = ['---\n', 'e: a@b.co\n', '@', 'x@y.zz', 'http://a.bc/d', '](', 'a', 'b c', ' ', '    ', '\t', '\n', '\n\n', '\r\n', '|', '-', '--', ':', '>', '> ', '- ', '1. ', '[^1]: ', '[^1]', '## ', '```', '<div>', '===', '***', '_', '*', '~~', 'www.a.bc', 'a@b.co', '[x](y)', '\\', '`', '---\n', 'ا', '[ ] ', '|a|', 'x|y', '|-', '-:', ':-'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(outcome(parsed, text)).toEqual(outcome(reference, text));
      }),
      { numRuns: 5000 },
    );
  });
});
