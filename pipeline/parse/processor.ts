/** The Markdown dialect of a source paper: CommonMark + GFM (footnotes, tables, autolinks) + YAML front matter. */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

/**
 * The dialect with some of micromark's constructs switched off (its `disable`), for
 * sources in which they cannot match. GFM's table construct tries every paragraph's
 * first line as a table's head row, word by word, and gives up only at the next line;
 * its email autolink tries every word that starts with an ASCII letter. A paragraph is
 * one long line in these papers, so the two made much of the parser's garbage.
 */
const dialect = (disabled: string[]) =>
  unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml'])
    .use(function disable(this: Processor) {
      if (disabled.length) (this.data().micromarkExtensions ??= []).push({ disable: { null: disabled } });
    })
    .freeze();

const parsers = new Map<string, ReturnType<typeof dialect>>();

function parserWithout(disabled: string[]): ReturnType<typeof dialect> {
  const key = disabled.join(' ');
  let parser = parsers.get(key);
  if (!parser) parsers.set(key, (parser = dialect(disabled)));
  return parser;
}

/** A line made of delimiter-row characters only (and blockquote markers before them). */
const DELIMITER_CHARS = /^[ \t>|:-]+$/gm;

/**
 * Whether a line could be a table's delimiter row: cells of hyphens, each with
 * optional colons, with a pipe or a colon somewhere (a row of hyphens alone is
 * a thematic break or a setext underline, and the front matter's fence).
 */
export function mayHoldTable(source: string): boolean {
  for (const m of source.matchAll(DELIMITER_CHARS)) if (m[0].includes('-') && /[|:]/.test(m[0])) return true;
  return false;
}

const OPENING_FENCE = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSING_FENCE = /---[ \t]*(?:\r\n|\r|\n|$)/y;
const LINE_ENDING = /\r\n|\r|\n/g;

/**
 * Where the text after the YAML front matter starts: after its closing fence when the
 * source opens with a fence that one closes (micromark-extension-frontmatter's rule:
 * `---` and spaces or tabs alone on a line, markdown line endings only), else 0.
 */
export function afterFrontMatter(source: string): number {
  const open = OPENING_FENCE.exec(source);
  if (!open) return 0;
  LINE_ENDING.lastIndex = open[0].length;
  for (let line = open[0].length; ; ) {
    CLOSING_FENCE.lastIndex = line;
    const close = CLOSING_FENCE.exec(source);
    if (close) return line + close[0].length;
    const ending = LINE_ENDING.exec(source);
    if (!ending) return 0;
    line = ending.index + ending[0].length;
  }
}

/** Whether an email autolink can occur: it needs an @ outside the front matter (whose text is not parsed as Markdown). */
export function mayHoldEmail(source: string): boolean {
  return source.includes('@', afterFrontMatter(source));
}

/** Parse a source file (front matter included) into mdast with positions. */
export function parseMarkdown(file: VFile): Root {
  const source = String(file.value);
  const disabled: string[] = [];
  if (!mayHoldTable(source)) disabled.push('table');
  if (!mayHoldEmail(source)) disabled.push('emailAutolink');
  const parser = parserWithout(disabled);
  return parser.runSync(parser.parse(file), file) as Root;
}
