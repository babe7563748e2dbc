/** Citations: links, footnotes, bare URLs, bibliography entries. (Filled by the citations stage work.) */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ExtractOptions } from '../options.js';
import '../../model/vfile-data.js';

export function citationsTransform(_tree: Root, file: VFile, _options: ExtractOptions): void {
  file.data.citations = [];
}

export function remarkCitations(options: ExtractOptions) {
  return (tree: Root, file: VFile): void => citationsTransform(tree, file, options);
}
