/**
 * The type a GFM table's header gives the names in its column: "| Company |
 * Stake |" says the first cell of every row names an organization, "| Port |"
 * or "| Country |" a place. Read from the Markdown source, whose table rows are
 * one line each.
 */
import type { EntityType } from '../../model/paper.js';
import { pieceAt, type BlockText } from '../block-text.js';

type NameType = Exclude<EntityType, 'date'>;

const ORGANIZATION_HEADER = /\b(?:compan(?:y|ies)|partners?|operators?|owners?|buyers?|lenders?|creditors?|firms?|banks?|insurers?|shareholders?|contractors?|investors?|agenc(?:y|ies)|organi[sz]ations?|publishers?|outlets?|suppliers?|producers?|carriers?|consortium)\b/i;
const PLACE_HEADER = /\b(?:countr(?:y|ies)|ports?|fields?|cit(?:y|ies)|sites?|mines?|regions?|provinces?|locations?|bases?|terminals?|destinations?|origins?|towns?|districts?)\b/i;
const DELIMITER_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** The cells of a table row's line, without the outer pipes. */
function cells(line: string): string[] {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split(/(?<!\\)\|/);
}

/** The header's type for the column holding source offset `offset`, if it lies in a table's body row. */
function columnTypeAt(source: string, offset: number): NameType | null {
  const start = source.lastIndexOf('\n', offset - 1) + 1;
  const lineEnd = source.indexOf('\n', offset);
  const line = source.slice(start, lineEnd < 0 ? source.length : lineEnd);
  if (!line.trimStart().startsWith('|') && !line.includes('|')) return null;
  const column = cells(source.slice(start, offset) + 'x').length - 1;
  // Up the table's lines to its delimiter row; the header is the line above it.
  let end = start - 1;
  for (let rows = 0; end > 0 && rows < 200; rows++) {
    const from = source.lastIndexOf('\n', end - 1) + 1;
    const above = source.slice(from, end);
    if (!above.includes('|')) return null;
    if (DELIMITER_ROW.test(above)) {
      const headerStart = source.lastIndexOf('\n', from - 2) + 1;
      const header = cells(source.slice(headerStart, from - 1))[column] ?? '';
      return ORGANIZATION_HEADER.test(header) ? 'organization' : PLACE_HEADER.test(header) ? 'place' : null;
    }
    end = from - 1;
  }
  return null;
}

/** For a block in a table: the type its column's header gives the name at block offset `at`. */
export function columnTypes(source: string, b: BlockText): ((at: number) => NameType | null) | undefined {
  if (!b.pieces.some((p) => p.slot.ancestors.includes('tableCell'))) return undefined;
  return (at) => {
    const piece = pieceAt(b, at);
    const offset = piece?.slot.node.position?.start.offset;
    return piece && offset !== undefined && piece.slot.ancestors.includes('tableCell') ? columnTypeAt(source, offset + at - piece.from) : null;
  };
}
