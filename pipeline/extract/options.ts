import type { Lang } from '../model/paper.js';

/** What every extract stage is given besides the tree and the file. */
export interface ExtractOptions {
  lang: Lang;
  /** The paper's publication date (ISO), used as "today" when reading relative dates. */
  date: string;
  /** locales/ directory to read the gazetteer and termbase from (default: the package's). */
  localesDir?: string;
}
