/** Named entities: gazetteer matching, discovery, coreference. (Filled by the entities stage work.) */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ExtractOptions } from '../options.js';
import '../../model/vfile-data.js';

export function entitiesTransform(_tree: Root, file: VFile, _options: ExtractOptions): void {
  file.data.entities = [];
}

export function remarkEntities(options: ExtractOptions) {
  return (tree: Root, file: VFile): void => entitiesTransform(tree, file, options);
}
