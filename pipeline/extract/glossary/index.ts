/** Glossary terms: termbase matching and candidates. (Filled by the glossary stage work.) */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ExtractOptions } from '../options.js';
import '../../model/vfile-data.js';

export function glossaryTransform(_tree: Root, file: VFile, _options: ExtractOptions): void {
  file.data.glossary = [];
}

export function remarkGlossary(options: ExtractOptions) {
  return (tree: Root, file: VFile): void => glossaryTransform(tree, file, options);
}
