/**
 * A paper's edition as an XLIFF 2.1 file for a translator's CAT tool: one
 * unit per block (blocks.ts) in a `body` group, the front matter's
 * translatable values in a `front-matter` group, inline markup as codes, and
 * for each unit the glossary terms and entity names it holds, as notes
 * (English → Arabic) and as marks on their text. The original Markdown rides
 * along in the `<skeleton>`, so that `importXliff` needs nothing but the file.
 */
import type { Lang, Paper } from '../model/paper.js';
import { parseMarkdown } from '../parse/processor.js';
import { processText } from '../process.js';
import { decodeSource } from '../source/read.js';
import type { VFile } from 'vfile';
import { blockUnitId, translatableBlocks } from './blocks.js';
import { frontMatterUnits, ownFrontMatter } from './front-matter.js';
import { exportInline, type Mark } from './inline-export.js';
import { escapeAttribute, escapeText } from './xml.js';

export const XLIFF_NAMESPACE = 'urn:oasis:names:tc:xliff:document:2.0';

export interface XliffExportOptions {
  slug: string;
  /** The edition's language (the XLIFF's source). */
  from: Lang;
  /** The language to translate into. */
  to: Lang;
  /** The edition's path as recorded in the file (`original`) and in diagnostics. */
  source: string;
  localesDir?: string;
}

export interface XliffExport {
  /** Null when the edition could not be processed (its messages say why). */
  xliff: string | null;
  file: VFile;
  units: number;
}

const DIR: Record<Lang, 'ltr' | 'rtl'> = { en: 'ltr', ar: 'rtl' };

interface Note {
  category: 'term' | 'entity';
  text: string;
}

/** Glossary terms and entity names of the edition: where they are, and what to write in the other language. */
function annotations(paper: Paper, to: Lang): { marks: Mark[]; notes: { start: number; note: Note }[] } {
  const marks: Mark[] = [];
  const notes: { start: number; note: Note }[] = [];
  for (const g of paper.glossary) {
    if (g.source !== 'termbase') continue;
    const note: Note = { category: 'term', text: `${g.term[paper.meta.lang]} → ${g.term[to]}: ${g.definition[to]}` };
    for (const o of g.occurrences) {
      marks.push({ start: o.start, end: o.end, value: g.term[to] });
      notes.push({ start: o.start, note });
    }
  }
  for (const e of paper.entities) {
    const name = e.names[to];
    if (!name || e.type === 'date') continue;
    const note: Note = { category: 'entity', text: `${e.name} → ${name} (${e.type})` };
    for (const m of e.mentions) {
      marks.push({ start: m.start, end: m.end, value: name });
      notes.push({ start: m.start, note });
    }
  }
  // One mark at a place: the first (and so the outermost) of overlapping ones.
  marks.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Mark[] = [];
  for (const m of marks) if (!kept.length || m.start >= kept[kept.length - 1].end) kept.push(m);
  return { marks: kept, notes };
}

function notesXml(notes: Note[], indent: string): string[] {
  const seen = new Set<string>();
  const unique = notes.filter((n) => !seen.has(n.text) && seen.add(n.text));
  if (!unique.length) return [];
  return [`${indent}<notes>`, ...unique.map((n) => `${indent}  <note category="${n.category}">${escapeText(n.text)}</note>`), `${indent}</notes>`];
}

/** A unit inside a group (indented for it; the source's own line breaks are content and stay as they are). */
function unitXml(id: string, name: string, content: { xml: string; data: [string, string][] }, notes: Note[]): string {
  const data = content.data.length
    ? ['        <originalData>', ...content.data.map(([d, text]) => `          <data id="${d}">${escapeText(text)}</data>`), '        </originalData>']
    : [];
  return [
    `      <unit id="${id}" name="${escapeAttribute(name)}">`,
    ...notesXml(notes, '        '),
    ...data,
    '        <segment>',
    `          <source>${content.xml}</source>`,
    '        </segment>',
    '      </unit>',
  ].join('\n');
}

/** Characters an XML document cannot hold (XLIFF writes them as `<cp>`, which a skeleton cannot). */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u;

export function exportXliff(text: string, options: XliffExportOptions): XliffExport {
  // Processed as a build would (papers.yml included), for the terms and names to mark.
  const { paper, file } = processText(text, { slug: options.slug, lang: options.from, source: options.source, localesDir: options.localesDir });
  if (!paper) return { xliff: null, file, units: 0 };
  const source = String(file.value);
  // The tree as parsed, before any stage changed it: positions point into the source, as the import's will.
  const tree = parseMarkdown(decodeSource(new TextEncoder().encode(source), options.source));
  const { marks, notes } = annotations(paper, options.to);

  const own = ownFrontMatter(tree)?.doc.toJS() as Parameters<typeof frontMatterUnits>[0] | undefined;
  const front = frontMatterUnits(own ?? {}).map((u) => unitXml(u.id, u.path.join('.'), { xml: escapeText(u.text), data: [] }, []));
  const blocks = translatableBlocks(tree).map((block, i) => {
    const start = block.position?.start.offset ?? 0;
    const end = block.position?.end.offset ?? start;
    const within = <T extends { start: number }>(list: T[]) => list.filter((x) => x.start >= start && x.start < end);
    const content = exportInline(block.children, source, within(marks).filter((m) => m.end <= end));
    return unitXml(blockUnitId(i), block.type === 'heading' ? `heading ${block.depth}` : block.type, content, within(notes).map((n) => n.note));
  });

  const skeleton = NOT_XML.test(source) ? `    <skeleton href="${escapeAttribute(options.source)}"/>` : `    <skeleton>${escapeText(source)}</skeleton>`;
  const xliff = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff xmlns="${XLIFF_NAMESPACE}" version="2.1" srcLang="${options.from}" trgLang="${options.to}">`,
    `  <file id="f1" original="${escapeAttribute(options.source)}" srcDir="${DIR[options.from]}" trgDir="${DIR[options.to]}">`,
    skeleton,
    '    <notes>',
    `      <note category="papers">${escapeText(`${paper.meta.title}: one unit per heading, paragraph and table cell. Move the codes (links, emphasis, footnote references) with the words they belong to. Bring the file back with: papers xliff import <this file>`)}</note>`,
    '    </notes>',
    ...(front.length ? ['    <group id="front-matter" name="front matter">', ...front, '    </group>'] : []),
    '    <group id="body" name="body">',
    ...blocks,
    '    </group>',
    '  </file>',
    '</xliff>',
    '',
  ].join('\n');
  return { xliff, file, units: front.length + blocks.length };
}
