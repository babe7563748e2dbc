/**
 * The printed table of contents: a "Contents" heading (or a run of lines with
 * dot leaders and page numbers) followed by entries. It is dropped because the
 * editions regenerate it; its entries are kept to tell which headings are the
 * document's top-level sections.
 */
import type { VFile } from 'vfile';
import { blockText, type Block } from './lines.js';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { asciiDigits } from '../text/digits.js';
import { plainText, titleKey } from './text.js';

export interface ContentsEntry {
  title: string;
  /** Nesting from a printed number (`2` → 1, `2.1` → 2) or from the indent. */
  depth: number;
  /** Leading spaces of the entry as printed. */
  indent?: number;
}

const CONTENTS_HEADING = /^(?:table\s+of\s+contents|contents|content|المحتويات|فهرس\s+المحتويات|الفهرس|المحتوى|جدول\s+المحتويات)\s*:?$/iu;
/** Title, then a leader (dots, ellipses, tabs or a wide gap), then the page. */
const ENTRY = /^(?:[-*+]\s+)?(.+?)(?:\s*(?:[.…·_](?:\s?)){2,}\s*|\t+\s*|\s{2,})(\d{1,3})\s*$/u;
const DOT_LEADER = /(?:[.…·_]\s?){3,}\s*\d{1,3}\s*$/u;
const NUMBERED = /^(\d+(?:\.\d+)*)\.?\s/u;
const BACK_MATTER_NAME =
  '(?:notes|endnotes|sources|references|bibliography|glossary|index(?: of names)?|appendix|annex|المصادر|المراجع|الهوامش|الحواشي|مسرد(?: المصطلحات)?|فهرس(?: الأعلام| الأسماء)?|ملحق)';
/** Back matter the editions make, one name or several run together (`المصادر فهرس الأعلام`). */
const BACK_MATTER = new RegExp(`^${BACK_MATTER_NAME}(?:\\s+${BACK_MATTER_NAME})*$`, 'iu');

function parseEntry(text: string): ContentsEntry | undefined {
  const match = ENTRY.exec(asciiDigits(text.replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')));
  if (!match) return undefined;
  const title = plainText(match[1]);
  const numbered = NUMBERED.exec(title);
  return { title, depth: numbered ? numbered[1].split('.').length : 1 };
}

/**
 * Entries of one block, or undefined when a line is not part of an entry.
 * With page numbers, a line without one is the first part of an entry that
 * wraps (only its last line carries the number); without page numbers, each
 * line must name a heading of the document, with or without its section
 * number (`2.1. From Khartoum`), or, right under a Contents heading, name
 * back matter that the editions make (sources, an index).
 */
function blockEntries(block: Block, headingKeys: Set<string>, titled: boolean, repeated: Set<string>, listed: Set<string>): ContentsEntry[] | undefined {
  if (block.kind === 'table') return tableEntries(block);
  // Entries set as headings (bold, as a web page's contents may be): each names a heading found again below.
  if (block.kind === 'heading' && titled) {
    const title = plainText(blockText(block).replace(/^\s*#+\s*/u, ''));
    const numbered = NUMBERED.exec(title);
    // The second time a title comes, it is the section itself: the contents has ended.
    if (listed.has(titleKey(title)) || !(repeated.has(titleKey(title)) || BACK_MATTER.test(title))) return undefined;
    listed.add(titleKey(title));
    return [{ title, depth: numbered ? numbered[1].split('.').filter(Boolean).length : 1 }];
  }
  if (block.kind !== 'paragraph' && block.kind !== 'list') return undefined;
  if (!block.lines.some((line) => parseEntry(line.text))) {
    const entries = block.lines.map((line): ContentsEntry | undefined => {
      const title = plainText(line.text.replace(/^\s*(?:[-*+]|\d{1,3}[.)])\s+/u, ''));
      // A nested list (a web page's table of contents) nests its entries by indent.
      const indent = indentOf(line.text);
      const numbered = NUMBERED.exec(title);
      if (numbered && headingKeys.has(titleKey(title))) return { title, depth: numbered[1].split('.').filter(Boolean).length, indent };
      if (headingKeys.has(titleKey(title))) return { title, depth: 1, indent };
      if (titled && BACK_MATTER.test(title)) return { title, depth: 1, indent };
      return undefined;
    });
    return entries.every((e) => e) ? (entries as ContentsEntry[]) : undefined;
  }
  const entries: ContentsEntry[] = [];
  let pending = '';
  let indent = 0;
  for (const line of block.lines) {
    if (!pending) indent = indentOf(line.text);
    const text = pending ? `${pending} ${line.text.trim()}` : line.text.trim();
    const entry = parseEntry(text);
    if (entry) entries.push({ ...entry, indent });
    pending = entry ? '' : text;
  }
  return pending ? undefined : entries;
}

/** A contents printed as a table: `| Title | 4 |` rows (with or without leaders). */
function tableEntries(block: Block): ContentsEntry[] | undefined {
  const entries: ContentsEntry[] = [];
  for (const line of block.lines) {
    const cells = line.text.trim().replace(/^\||\|$/gu, '').split('|').map((c) => c.trim()).filter(Boolean);
    if (cells.every((c) => /^:?-{3,}:?$/u.test(c))) continue;
    const entry = parseEntry(`${cells.slice(0, -1).join(' ')}\t${cells.at(-1) ?? ''}`);
    if (!entry) return undefined;
    entries.push(entry);
  }
  return entries;
}

function indentOf(text: string): number {
  return /^[ \t]*/u.exec(text)![0].replace(/\t/gu, '    ').length;
}

/**
 * Unnumbered entries printed with different indents nest by indent: the
 * least indented are depth 1, the next depth 2, and so on.
 */
function depthFromIndent(entries: ContentsEntry[]): ContentsEntry[] {
  if (entries.some((e) => e.depth > 1)) return entries;
  const indents = [...new Set(entries.map((e) => e.indent ?? 0))].sort((a, b) => a - b);
  return entries.map((e) => ({ ...e, depth: indents.indexOf(e.indent ?? 0) + 1 }));
}

function isContentsHeading(block: Block): boolean {
  if (block.kind !== 'heading' && !(block.kind === 'paragraph' && block.lines.length === 1)) return false;
  return CONTENTS_HEADING.test(plainText(blockText(block).replace(/^\s*#+\s*/u, '')));
}

export function dropContents(
  blocks: Block[],
  file: VFile,
): { blocks: Block[]; entries: ContentsEntry[] } {
  const keys = blocks.filter((b) => b.kind === 'heading').map((b) => titleKey(blockText(b).replace(/^\s*#+/u, '')));
  const headingKeys = new Set(keys);
  const repeated = new Set(keys.filter((k, i) => keys.indexOf(k) !== i));
  const entries: ContentsEntry[] = [];
  const kept: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    const titled = isContentsHeading(block);
    const leaders = block.lines.filter((l) => DOT_LEADER.test(asciiDigits(l.text))).length;
    if (!titled && leaders < 2) {
      kept.push(block);
      continue;
    }
    let end = titled ? i + 1 : i;
    const found: ContentsEntry[] = [];
    const listed = new Set<string>();
    for (let parsed; end < blocks.length && (parsed = blockEntries(blocks[end], headingKeys, titled, repeated, listed)); end++) {
      found.push(...parsed);
    }
    if (found.length === 0) {
      kept.push(block);
      continue;
    }
    entries.push(...depthFromIndent(found));
    report(
      file,
      Rules.importDropContents,
      `dropped the printed table of contents (${found.length} entries); the editions regenerate it`,
      { line: block.lines[0].line, column: 1 },
    );
    i = end - 1;
  }
  return { blocks: kept, entries };
}
