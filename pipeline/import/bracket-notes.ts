/**
 * Numbered sources cited in brackets (`… fell by a third [1], as insurers
 * confirm [2, 3].` over a numbered `References` list), the way many converters
 * and academic templates set them, become GFM notes: each marker a note
 * reference, each entry its note, so the editions link the two both ways.
 *
 * Taken only when it is certain: the list is the last one under a sources
 * heading, numbered 1 to N in order, every bracketed number of the text is
 * one of its entries, and the text cites at least half of them.
 */
import type { VFile } from 'vfile';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import type { Block, Line } from './lines.js';

const SOURCES_HEADING = /^#{1,6}\s+(?:references|sources|notes|endnotes|bibliography|works cited|المراجع|المصادر|الهوامش|المصادر والمراجع|المراجع والمصادر|قائمة المراجع)\s*:?\s*$/iu;
const ENTRY = /^\s*(\d{1,3})[.)]\s+(\S.*)$/u;
const ENTRY_BRACKETED = /^\s*\[(\d{1,3})\]\s+(\S.*)$/u;
/** `[3]`, `[2, 3]`, `[4–6]`: not a link's text (`[1](…)`, `[1][ref]`) nor a note already (`[^1]`). */
const MARKER = /[ \t]*\[(\d{1,3}(?:\s*[,،;–-]\s*\d{1,3})*)\](?![(:[])/gu;

function numbersOf(marker: string): number[] {
  const out: number[] = [];
  for (const part of marker.split(/\s*[,،;]\s*/u)) {
    const [from, to] = part.split(/\s*[–-]\s*/u).map(Number);
    if (to === undefined) out.push(from);
    else for (let n = from; n <= to && n - from < 50; n++) out.push(n);
  }
  return out;
}

/** The entries of the sources list: its lines, each `n. text` (or `[n] text`), numbered from 1. */
function entriesOf(blocks: Block[]): { lines: Line[]; texts: string[] } | null {
  const lines = blocks.flatMap((b) => b.lines).filter((l) => l.text.trim() !== '');
  const texts: string[] = [];
  for (const line of lines) {
    const m = ENTRY.exec(line.text) ?? ENTRY_BRACKETED.exec(line.text);
    if (m && +m[1] === texts.length + 1) texts.push(m[2].trim());
    // A line of an entry that runs on.
    else if (!m && texts.length && /^\s+\S/u.test(line.text)) texts[texts.length - 1] += ` ${line.text.trim()}`;
    else return null;
  }
  return texts.length ? { lines, texts } : null;
}

/** Blocks with bracketed source numbers turned into notes (and the sources list into their texts), or the blocks as they were. */
export function bracketNotes(blocks: Block[], file: VFile): Block[] {
  const heading = blocks.findLastIndex((b) => b.kind === 'heading' && SOURCES_HEADING.test(b.lines[0].text));
  if (heading < 0) return blocks;
  let end = heading + 1;
  while (end < blocks.length && blocks[end].kind !== 'heading') end++;
  const entries = entriesOf(blocks.slice(heading + 1, end));
  if (!entries) return blocks;
  const text = blocks.slice(0, heading).filter((b) => b.kind !== 'fence' && b.kind !== 'code');
  const cited = new Set<number>();
  for (const block of text) for (const line of block.lines) for (const m of line.text.matchAll(MARKER)) for (const n of numbersOf(m[1])) cited.add(n);
  if (cited.size === 0 || [...cited].some((n) => n < 1 || n > entries.texts.length) || cited.size * 2 < entries.texts.length) return blocks;

  for (const block of text) {
    for (const line of block.lines) line.text = line.text.replace(MARKER, (_, marker: string) => numbersOf(marker).map((n) => `[^${n}]`).join(''));
  }
  const notes: Block[] = entries.texts.map((t, i) => ({ kind: 'paragraph', lines: [{ ...entries.lines[0], text: `[^${i + 1}]: ${t}`, shift: 0 }] }));
  report(file, Rules.importBracketNotes, `turned ${cited.size} bracketed source numbers into notes, and the ${entries.texts.length} entries of '${blocks[heading].lines[0].text.replace(/^#+\s*/u, '')}' into their texts`, { line: blocks[heading].lines[0].line, column: 1 });
  return [...blocks.slice(0, heading), ...blocks.slice(end), ...notes];
}
