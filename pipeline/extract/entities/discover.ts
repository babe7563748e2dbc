import type { EntityType } from '../../model/paper.js';
import type { Point } from 'unist';
import type { ExtractOptions } from '../options.js';
import type { BlockText } from '../block-text.js';
import type { Token } from './tokens.js';
import type { Lexicon, Match } from './lexicon.js';

export interface Discovered {
  id: string;
  type: Exclude<EntityType, 'date'>;
  name: string;
  aliases: string[];
  short: string[];
  place?: Point;
}

export function discover(_blocks: BlockText[], _tokens: Token[][], _matches: Match[][], _lex: Lexicon, _options: ExtractOptions): Discovered[] {
  return [];
}
