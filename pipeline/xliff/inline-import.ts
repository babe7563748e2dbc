/**
 * A unit's translated inline content back to Markdown nodes. Codes are
 * matched by id to the nodes the export numbered (inline-export.ts): a paired
 * code becomes the same emphasis, link… around the translated text, a
 * placeholder the same footnote reference, image, inline code. Marks are
 * unwrapped; a code the export did not write (or one a tool renamed) is
 * dropped with a warning, its text kept.
 */
import type { PhrasingContent } from 'mdast';

/** The block's inline nodes as the export numbered them: code id → node. */
export function numberCodes(nodes: PhrasingContent[]): Map<string, PhrasingContent> {
  const codes = new Map<string, PhrasingContent>();
  const walk = (list: PhrasingContent[]) => {
    for (const node of list) {
      if (node.type === 'text') continue;
      codes.set(String(codes.size + 1), node);
      if ('children' in node && (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete' || node.type === 'link' || node.type === 'linkReference') && node.children.length > 0) {
        walk(node.children);
      }
    }
  };
  walk(nodes);
  return codes;
}

/** The DOM of a parsed XLIFF file, as much of it as this module reads. */
export interface XmlNode {
  nodeType: number;
  nodeValue: string | null;
  localName?: string | null;
  childNodes: ArrayLike<XmlNode>;
  getAttribute?: (name: string) => string | null;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

export function importInline(parent: XmlNode, codes: Map<string, PhrasingContent>, unknown: (what: string) => void): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of Array.from(parent.childNodes)) {
    if (child.nodeType === TEXT || child.nodeType === CDATA) {
      out.push({ type: 'text', value: child.nodeValue ?? '' });
      continue;
    }
    if (child.nodeType !== ELEMENT) continue;
    const name = child.localName;
    const id = child.getAttribute?.('id') ?? '';
    const original = codes.get(id);
    if (name === 'cp') {
      out.push({ type: 'text', value: String.fromCodePoint(parseInt(child.getAttribute?.('hex') ?? '0', 16)) });
    } else if (name === 'mrk') {
      out.push(...importInline(child, codes, unknown));
    } else if (name === 'pc' && original && 'children' in original) {
      out.push({ ...original, position: undefined, children: importInline(child, codes, unknown) } as PhrasingContent);
    } else if (name === 'ph' && original) {
      out.push(structuredClone({ ...original, position: undefined }));
    } else {
      unknown(`<${name}${id ? ` id="${id}"` : ''}>`);
      out.push(...importInline(child, codes, unknown));
    }
  }
  return out;
}
