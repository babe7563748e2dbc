/**
 * `papers import`: a paper converted from PDF to Markdown becomes a clean
 * source file — YAML front matter taken from the masthead and contact block,
 * then a body with the converter's scars repaired. Pure: the same text gives
 * the same output, and every repair is a message on the returned VFile.
 * docs/import.md lists the rules with their ids.
 */
import { VFile } from 'vfile';
import { parse as parseYaml } from 'yaml';
import { frontMatterSchema } from '../model/frontmatter.js';
import type { Lang } from '../model/langs.js';
import type { ProjectConfig } from '../model/config.js';
import { withProjectDefaults } from '../source/config.js';
import { fillFromMetadata, withoutInherited } from './inherited.js';
import { repairBullets, splitRunTogetherItems } from './bullets.js';
import { dropContents } from './contents.js';
import { bracketNotes } from './bracket-notes.js';
import { emptyDraft, frontMatterOf, toYaml } from './draft.js';
import { repairCharacters } from './characters.js';
import { repairPunctuation, reportPlaceholderLinks } from './inline.js';
import { joinBrokenText } from './joins.js';
import { serialize, toBlocks, toLines, verbatimLines, type BlockKind, type Line } from './lines.js';
import { normalizeHeadings } from './headings.js';
import { takeContactBlock, takeMasthead } from './masthead.js';
import { dropPageFurniture } from './pages.js';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { detectLang } from './script.js';
import { bodySpellings } from './titlecase.js';
import { countWords } from './words.js';

export interface ImportResult {
  markdown: string;
  file: VFile;
}

export interface ImportOptions {
  /** The project config (papers.yml): what the paper inherits is not written again, and the front matter is checked with it. */
  config?: ProjectConfig;
  /** The language, when the caller knows it better than the letters of the body do. */
  lang?: Lang;
  /** Fields the file's metadata gives (a PDF's Info, a Word file's properties), used only where the page gives none. */
  metadata?: { title?: string; date?: string };
}

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/u;

/** The input's own front matter, when it is already a source file. */
function splitFrontMatter(text: string, file: VFile): { data?: Record<string, unknown>; body: string; firstLine: number } {
  const match = FRONT_MATTER.exec(text);
  if (!match) return { body: text, firstLine: 1 };
  let data: unknown;
  try {
    data = parseYaml(match[1]);
  } catch (error) {
    report(file, Rules.importFrontMatter, `the input's front matter is not valid YAML: ${(error as Error).message}`, { line: 1, column: 1 });
  }
  const firstLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) + 1;
  const record = typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { data: record, body: text.slice(match[0].length), firstLine };
}

/** Blocks whose spacing and punctuation are data, not prose. */
const NOT_PROSE = new Set<BlockKind>(['table', 'html', 'definition']);

function checkFrontMatter(frontMatter: Record<string, unknown>, file: VFile, config: ProjectConfig | undefined): void {
  const result = frontMatterSchema.safeParse(withProjectDefaults(frontMatter, config, frontMatter.lang as Lang));
  if (result.success) return;
  for (const issue of result.error.issues) {
    const path = issue.path.join('.') || '(front matter)';
    const where = config ? 'in the masthead or papers.yml' : 'in the masthead';
    report(file, Rules.importFrontMatter, `front matter ${path}: ${issue.message} (not found ${where}; add it by hand)`, {
      line: 1,
      column: 1,
    });
  }
}

/** Messages in the order of their place in the original text. */
function sortMessages(file: VFile, from: number): void {
  const own = file.messages.slice(from);
  own.sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  file.messages.splice(from, own.length, ...own);
}

export function importConverted(text: string, file: VFile = new VFile(), options: ImportOptions = {}): ImportResult {
  const firstMessage = file.messages.length;
  const normalized = text.replace(/^\ufeff/u, '').replace(/\r\n?/gu, '\n');
  const { data: existing, body, firstLine } = splitFrontMatter(normalized, file);
  // Trailing blank lines carry nothing, and an unclosed fence would keep them
  // (the last line keeps its spaces: in code they are text).
  const original = toLines(body.replace(/\s*$/u, (end) => /^[^\n]*/u.exec(end)![0]), firstLine);

  const verbatim = verbatimLines(original);
  const isVerbatim = (line: Line) => verbatim.has(line);
  const lines = splitRunTogetherItems(original, isVerbatim);
  for (const line of lines) if (!isVerbatim(line)) repairCharacters(line, file);
  repairBullets(lines, file, isVerbatim);
  let blocks = toBlocks(lines);

  const contents = dropContents(blocks, file);
  blocks = contents.blocks;
  const draft = emptyDraft();
  // An input that already has front matter is a source file: it has no masthead.
  if (!existing) {
    const spellings = bodySpellings(serialize(blocks));
    blocks = takeMasthead(blocks, draft, spellings, file);
    blocks = takeContactBlock(blocks, draft, file);
  }
  const { publisher } = draft;
  const furniture = dropPageFurniture(blocks, file, [draft.title, publisher.en, publisher.ar, publisher.short].filter((n): n is string => !!n));
  blocks = furniture.blocks;

  for (const block of blocks) {
    for (const line of block.lines) {
      if (isVerbatim(line)) continue;
      if (!NOT_PROSE.has(block.kind)) repairPunctuation(line, file);
      reportPlaceholderLinks(line, file);
    }
  }
  // Until nothing joins: a paragraph that grew by a join may now continue
  // into the one before it (it no longer looks like a heading), and an import
  // of the output must find nothing left to join.
  const counts = countWords(serialize(blocks));
  for (let before = Infinity; blocks.length < before; ) {
    before = blocks.length;
    blocks = joinBrokenText(blocks, counts, file, furniture.paged);
  }
  blocks = normalizeHeadings(blocks, contents.entries, file, { converted: !existing });
  if (!existing) blocks = bracketNotes(blocks, file);

  const bodyText = serialize(blocks);
  if (!existing) fillFromMetadata(draft, options.metadata, file);
  const frontMatter = withoutInherited(frontMatterOf(draft, options.lang ?? detectLang(bodyText), existing ?? {}), options.config, file, !existing);
  checkFrontMatter(frontMatter, file, options.config);
  sortMessages(file, firstMessage);
  const markdown = `---\n${toYaml(frontMatter)}---\n\n${bodyText}\n`;
  return { markdown, file };
}
