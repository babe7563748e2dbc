/**
 * The type a GFM table's header gives the names in its column: "| Company |
 * Stake |" says every body cell of the first column names an organization,
 * "| Port |" or "| Country |" a place. Read from the parsed table (its first
 * row is the header), so a table in a list or a quotation, or a cell holding an
 * escaped pipe, is read as the parser reads it.
 */
import type { Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { EntityType } from '../../model/paper.js';
import { pieceAt, type BlockText } from '../block-text.js';

type NameType = Exclude<EntityType, 'date'>;

const ORGANIZATION_HEADER = /\b(?:compan(?:y|ies)|partners?|operators?|owners?|buyers?|lenders?|creditors?|firms?|banks?|insurers?|shareholders?|contractors?|investors?|agenc(?:y|ies)|organi[sz]ations?|publishers?|outlets?|suppliers?|producers?|carriers?|consortium)\b/i;
const PLACE_HEADER = /\b(?:countr(?:y|ies)|ports?|fields?|cit(?:y|ies)|sites?|mines?|regions?|provinces?|locations?|bases?|terminals?|destinations?|origins?|towns?|districts?)\b/i;

function headerType(header: string): NameType | null {
  return ORGANIZATION_HEADER.test(header) ? 'organization' : PLACE_HEADER.test(header) ? 'place' : null;
}

/** The text nodes of table body cells whose column's header gives a type, with that type. */
export function tableColumnTypes(tree: Root): WeakMap<Text, NameType> {
  const out = new WeakMap<Text, NameType>();
  visit(tree, 'table', (table) => {
    const [header, ...rows] = table.children;
    const types = header ? header.children.map((cell) => headerType(toString(cell))) : [];
    for (const row of rows) {
      row.children.forEach((cell, column) => {
        const type = types[column];
        if (type) visit(cell, 'text', (text) => void out.set(text, type));
      });
    }
  });
  return out;
}

/** For a block in a table: the type its column's header gives the name at block offset `at`. */
export function columnTypes(types: WeakMap<Text, NameType>, b: BlockText): ((at: number) => NameType | null) | undefined {
  if (!b.pieces.some((p) => p.slot.ancestors.includes('tableCell'))) return undefined;
  return (at) => {
    const piece = pieceAt(b, at);
    return (piece && types.get(piece.slot.node)) ?? null;
  };
}
