import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { Lang } from '../model/paper.js';
import { hasErrors } from '../model/diagnostics.js';
import '../model/vfile-data.js';
import type { ExtractResources } from './resources.js';

/** What every extract stage is given besides the tree and the file. */
export interface ExtractOptions {
  lang: Lang;
  /** The paper's publication date (ISO), used as "today" when reading relative dates. */
  date: string;
  /** locales/ directory to read the gazetteer and termbase from (default: the package's). */
  localesDir?: string;
  /** The gazetteer, datasets and termbase, built once by the caller; default: the shared ones of `localesDir` (./resources.ts). */
  resources?: ExtractResources;
}

type ExtractTransform = (tree: Root, file: VFile, options: ExtractOptions) => void;

/**
 * The unified plugin of an extract stage. Inside `unified().use()` the paper's
 * language and date are known only once its front matter is read, so any of
 * them not given come from the front-matter stage (`file.data.meta`). When
 * that stage refused the front matter, its errors are on the file and the
 * extract stage does nothing, as in `processFile`.
 */
export function extractPlugin(name: string, transform: ExtractTransform) {
  return (options: Partial<ExtractOptions> = {}) =>
    (tree: Root, file: VFile): void => {
      const lang = options.lang ?? file.data.meta?.lang;
      const date = options.date ?? file.data.meta?.date;
      if (lang && date) transform(tree, file, { ...options, lang, date });
      else if (!hasErrors(file)) throw new TypeError(`${name} needs the paper's lang and date: pass them as options or use remarkFrontMatterCheck before it`);
    };
}
