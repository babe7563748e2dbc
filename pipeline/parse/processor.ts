/** The Markdown dialect of a source paper: CommonMark + GFM (footnotes, tables, autolinks) + YAML front matter. */
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

const dialect = () => unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

const parser = dialect().freeze();

/**
 * The same dialect with GFM's table construct switched off (micromark's `disable`).
 * The construct tries every paragraph's first line as a table's head row, word by
 * word, and gives up only at the next line: a paragraph is one long line in these
 * papers, so that made most of the parser's garbage. A table cannot start without a
 * delimiter row, so sources without one parse the same without the construct.
 */
const withoutTables = dialect()
  .use(function disableTables(this: Processor) {
    const data = this.data();
    (data.micromarkExtensions ??= []).push({ disable: { null: ['table'] } });
  })
  .freeze();

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

/** Parse a source file (front matter included) into mdast with positions. */
export function parseMarkdown(file: VFile): Root {
  const chosen = mayHoldTable(String(file.value)) ? parser : withoutTables;
  return chosen.runSync(chosen.parse(file), file) as Root;
}
