/** The Markdown dialect of a source paper: CommonMark + GFM (footnotes, tables, autolinks) + YAML front matter. */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import type { Root } from 'mdast';
import type { VFile } from 'vfile';

const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** Parse a source file (front matter included) into mdast with positions. */
export function parseMarkdown(file: VFile): Root {
  return parser.runSync(parser.parse(file), file) as Root;
}
