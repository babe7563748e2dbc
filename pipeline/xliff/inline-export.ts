/**
 * A block's inline content as XLIFF 2 inline content. Text stays text; markup
 * becomes codes the translator moves but does not type: emphasis, strong,
 * strikethrough and links are paired codes (`<pc>`) around their text, and
 * inline code, footnote references, images and breaks are placeholders
 * (`<ph/>`). Each code points at its original Markdown in the unit's
 * `<originalData>`, so a CAT tool can show it. Terms of the glossary and
 * names of entities are marked (`<mrk type="term">`) where their text is
 * written in the source exactly as it reads.
 */
import type { Nodes, PhrasingContent } from 'mdast';
import { escapeAttribute, escapeText } from './xml.js';

/** A span of the block's source to mark: a glossary term or an entity name, with what it is in the other language. */
export interface Mark {
  start: number;
  end: number;
  /** The equivalent in the target language (the mark's `value`). */
  value: string;
}

export interface UnitContent {
  /** The `<source>` content. */
  xml: string;
  /** `<data>` elements: id → original Markdown. */
  data: [string, string][];
}

type Parent = Extract<PhrasingContent, { children: unknown }>;

/** The subType of each kind of code: XLIFF's own where it has one (xlf:i, xlf:b, xlf:lb), else Markdown's (md:…). */
const PAIRED: Record<string, string> = { emphasis: 'xlf:i', strong: 'xlf:b', delete: 'md:strikethrough', link: 'md:link', linkReference: 'md:link' };
const PLACEHOLDER: Record<string, string> = { break: 'xlf:lb', inlineCode: 'md:code', footnoteReference: 'md:footnote', image: 'md:image', imageReference: 'md:image', html: 'md:html' };

/**
 * The XLIFF content of `nodes`, the children of one block. `source` is the
 * paper's text, which positions point into; codes are numbered from 1 in
 * document order, which the import relies on.
 */
export function exportInline(nodes: PhrasingContent[], source: string, marks: Mark[]): UnitContent {
  const data: [string, string][] = [];
  let codes = 0;
  let markCount = 0;
  const slice = (from: number, to: number) => source.slice(from, to);
  const datum = (text: string): string => {
    const id = `d${data.length + 1}`;
    data.push([id, text]);
    return id;
  };

  const text = (node: Nodes & { value: string }): string => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    // Marks are placed by source offsets, so only where the text is the source verbatim (no escapes, no entities).
    if (start === undefined || end === undefined || slice(start, end) !== node.value) return escapeText(node.value);
    let out = '';
    let at = start;
    for (const m of marks) {
      if (m.start < at || m.end > end) continue;
      out += escapeText(slice(at, m.start));
      out += `<mrk id="m${++markCount}" type="term" value="${escapeAttribute(m.value)}">${escapeText(slice(m.start, m.end))}</mrk>`;
      at = m.end;
    }
    return out + escapeText(slice(at, end));
  };

  const walk = (list: PhrasingContent[]): string =>
    list
      .map((node) => {
        if (node.type === 'text') return text(node);
        const start = node.position?.start.offset ?? 0;
        const end = node.position?.end.offset ?? start;
        const id = ++codes;
        if (node.type in PAIRED && (node as Parent).children.length > 0) {
          const children = (node as Parent).children;
          const first = children[0].position?.start.offset ?? start;
          const last = children[children.length - 1].position?.end.offset ?? end;
          const open = datum(slice(start, first));
          const close = datum(slice(last, end));
          const type = node.type === 'link' || node.type === 'linkReference' ? 'link' : 'fmt';
          return `<pc id="${id}" dataRefStart="${open}" dataRefEnd="${close}" type="${type}" subType="${PAIRED[node.type]}">${walk(children)}</pc>`;
        }
        const type = node.type === 'image' || node.type === 'imageReference' ? 'image' : node.type === 'link' ? 'link' : 'fmt';
        return `<ph id="${id}" dataRef="${datum(slice(start, end))}" type="${type}" subType="${PLACEHOLDER[node.type] ?? 'md:other'}"/>`;
      })
      .join('');

  return { xml: walk(nodes), data };
}
