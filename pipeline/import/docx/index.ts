/**
 * A Word file (.docx) becomes converted Markdown: mammoth reads the document
 * (heading styles, lists, tables, links, notes) into HTML, which is turned
 * into mdast and written as Markdown with GFM notes and tables. The title,
 * subtitle, author and date paragraphs of Word's styles become masthead lines
 * that `importConverted` moves to the front matter. Comments and tracked
 * changes, which mammoth passes over, are counted from the file and reported.
 * Images become files of the paper's folder (`media/image1.png`, as pandoc's
 * --extract-media does) when the import writes to a folder; else they are
 * counted and left out.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import type { VFile } from 'vfile';
import { load } from '../load.js';
import { report } from '../../model/diagnostics.js';
import { Rules } from '../../model/rules.js';
import { InputError } from '../input-error.js';

const { fromHtml } = load<typeof import('hast-util-from-html')>('hast-util-from-html');
const { toMdast } = load<typeof import('hast-util-to-mdast')>('hast-util-to-mdast');
const JSZip = load<typeof import('jszip')>('jszip');
const mammoth = load<typeof import('mammoth')>('mammoth');
const { gfmToMarkdown } = load<typeof import('mdast-util-gfm')>('mdast-util-gfm');
const { toMarkdown } = load<typeof import('mdast-util-to-markdown')>('mdast-util-to-markdown');

export interface DocxConversion {
  markdown: string;
  info: { title?: string; date?: string };
  /** The images taken out of the file, by their path in the paper's folder. */
  media: MediaFile[];
}

export interface MediaFile {
  /** Relative to the paper's folder, posix (`media/image1.png`). */
  path: string;
  data: Uint8Array;
}

/** Image types a page can show, by the extension their file gets. */
const IMAGE_TYPES: Readonly<Record<string, string>> = { 'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'image/svg+xml': 'svg' };

/** Word's masthead styles (English names, as Word stores them whatever the interface language). */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  "p[style-name='Author'] => p.author:fresh",
  "p[style-name='Date'] => p.date:fresh",
  "p[style-name='Abstract'] => p.abstract:fresh",
  "p[style-name='Block Text'] => blockquote > p:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='Image Caption'] => p.caption:fresh",
];

const NOTE_ID = /^#?(footnote|endnote)-(-?\d+)$/u;
/** A note reference's place in the text until the Markdown is written. */
const REFERENCE = (label: string) => `\u{f0000}${label}\u{f0001}`;

const isElement = (node: unknown): node is Element => typeof node === 'object' && node !== null && (node as Element).type === 'element';
const classes = (node: Element) => (Array.isArray(node.properties.className) ? node.properties.className.map(String) : []);
const textOf = (node: ElementContent): string => (node.type === 'text' ? node.value : isElement(node) ? node.children.map(textOf).join('') : '');

function label(kind: string, id: string, both: boolean): string {
  return both && kind === 'endnote' ? `e${id}` : id;
}

/** Writes mdast as GFM Markdown. */
function markdownOf(nodes: ElementContent[]): string {
  const tree = toMdast({ type: 'root', children: nodes } as HastRoot);
  return (
    toMarkdown(tree, { extensions: [gfmToMarkdown()], bullet: '-', emphasis: '*', strong: '*', rule: '-', fences: true })
      .trim()
      // The writer escapes bare addresses so that they stay text; in a paper they are meant as links.
      .replace(/\b(https?)\\:\/\//gu, '$1://')
      .replace(/\bwww\\\./gu, 'www.')
  );
}

/** The images left out, said once: what they are and what to do. */
function reportUnshown(file: VFile, unshown: string[], extracting: boolean): void {
  if (!unshown.length) return;
  const types = [...new Set(unshown)].sort().join(', ');
  const fix = extracting
    ? 'export them from Word as PNG into the paper\'s folder and link them where they belong'
    : 'import with --out or --slug to write them into the paper\'s folder, or add them there and link them where they belong';
  report(file, Rules.importDocxImage, `${unshown.length} image(s) of the Word file (${types}) are left out: ${fix}`);
}

/** Counts elements of a Word XML part. */
const count = (xml: string | undefined, element: string) => xml?.match(new RegExp(`<${element}[\\s>]`, 'gu'))?.length ?? 0;

async function zipOf(bytes: Uint8Array): Promise<InstanceType<typeof JSZip>> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    if (!zip.file('word/document.xml')) throw new InputError('the file is a ZIP archive but not a Word document (no word/document.xml)');
    return zip;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError('the Word file is damaged (its ZIP structure cannot be read): open it in Word or LibreOffice and save it again');
  }
}

/** The title and creation date of the file's properties (docProps/core.xml). */
function propertiesOf(core: string | undefined): DocxConversion['info'] {
  const field = (name: string) => {
    const match = new RegExp(`<${name}[^>]*>([^<]+)</${name}>`, 'u').exec(core ?? '');
    return match?.[1].trim() || undefined;
  };
  const created = /^(\d{4}-\d{2}-\d{2})/u.exec(field('dcterms:created') ?? '')?.[1];
  return { title: field('dc:title'), date: created };
}

/**
 * The reader of the file's images: each one a page can show becomes a media file
 * (numbered in reading order) when `extract`, every other one an empty <img> that
 * is counted and dropped.
 */
function imageReader(extract: boolean) {
  const media: MediaFile[] = [];
  const unshown: string[] = [];
  const convertImage = mammoth.images.imgElement(async (image) => {
    const extension = IMAGE_TYPES[image.contentType];
    if (!extract || !extension) {
      unshown.push(image.contentType);
      return { src: '' };
    }
    const path = `media/image${media.length + 1}.${extension}`;
    media.push({ path, data: new Uint8Array(await image.readAsBuffer()) });
    return { src: path };
  });
  return { convertImage, media, unshown };
}

export async function convertDocx(bytes: Uint8Array, file: VFile, options: { extractMedia?: boolean } = {}): Promise<DocxConversion> {
  const zip = await zipOf(bytes);
  const part = async (name: string) => zip.file(name)?.async('string');
  const [document, comments, core] = await Promise.all([part('word/document.xml'), part('word/comments.xml'), part('word/core.xml').then(async (c) => c ?? part('docProps/core.xml'))]);
  let html: string;
  const images = imageReader(options.extractMedia === true);
  const convertImage = images.convertImage;
  try {
    const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: STYLE_MAP, ignoreEmptyParagraphs: true, convertImage });
    html = result.value;
    const seen = new Set<string>();
    for (const message of result.messages) {
      // Each unknown style once: they are many in a real document, and harmless.
      const text = message.message.replace(/\s+/gu, ' ');
      if (seen.has(text) || /^Unrecognised (?:paragraph|run) style|style with ID \S+ was referenced but not defined/u.test(text)) continue;
      seen.add(text);
      report(file, Rules.importDocxMessage, `the Word reader says: ${text}`);
    }
  } catch (error) {
    throw new InputError(`the Word file cannot be read: ${(error as Error).message.split('\n')[0]}`);
  }
  const commentCount = count(comments, 'w:comment');
  if (commentCount) report(file, Rules.importDocxComment, `${commentCount} comment(s) in the Word file are not part of the source: read them in Word before you publish`);
  const insertions = count(document, 'w:ins');
  const deletions = count(document, 'w:del');
  if (insertions || deletions) {
    report(file, Rules.importDocxTrackedChange, `the Word file has unresolved tracked changes (${insertions} insertions kept, ${deletions} deletions left out): accept or reject them in Word to be sure`);
  }

  reportUnshown(file, images.unshown, options.extractMedia === true);
  // An image left out is an <img> with no source: it goes, and the ones taken out stay as images of the text.
  const tree = fromHtml(html.replace(/<img\b(?![^>]*\bsrc="media\/)[^>]*>/gu, ''), { fragment: true });
  const notes = new Map<string, ElementContent[]>();
  const kinds = new Set([...html.matchAll(/id="(footnote|endnote)-\d+"/gu)].map((m) => m[1]));
  const both = kinds.size > 1;
  const body: ElementContent[] = [];
  for (const node of tree.children as ElementContent[]) {
    // The notes mammoth lists at the end: each list item is a note.
    if (isElement(node) && node.tagName === 'ol' && node.children.some((li) => isElement(li) && NOTE_ID.test(String(li.properties.id ?? '')))) {
      for (const li of node.children) {
        if (!isElement(li)) continue;
        const [, kind, id] = NOTE_ID.exec(String(li.properties.id ?? '')) ?? [];
        if (kind) notes.set(label(kind, id, both), stripBackLinks(li.children));
      }
      continue;
    }
    body.push(node);
  }
  const transformed = captioned(body.filter((node) => !(isElement(node) && node.tagName === 'a' && node.properties.href === undefined && !node.children.length)))
    .flatMap((node) => masthead(node))
    .map((node) => withReferences(withoutAnchors(node), both));
  let markdown = markdownOf(transformed);
  // Notes are numbered in the order of their first reference (Word's own ids are internal and sparse).
  const numbers = new Map<string, number>();
  for (const [, id] of markdown.matchAll(/\u{f0000}([^\u{f0001}]*)\u{f0001}/gu)) if (notes.has(id) && !numbers.has(id)) numbers.set(id, numbers.size + 1);
  for (const id of notes.keys()) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  const definitions = [...notes]
    .sort((a, b) => numbers.get(a[0])! - numbers.get(b[0])!)
    .map(([id, content]) => `[^${numbers.get(id)}]: ${markdownOf(content.map((n) => withReferences(withoutAnchors(n), both))).replace(/\n\n/gu, '\n\n    ')}`);
  if (notes.size) report(file, Rules.importNote, `${notes.size} notes of the Word file became GFM notes`);
  markdown = [markdown, ...definitions].join('\n\n').replace(/\u{f0000}([^\u{f0001}]*)\u{f0001}/gu, (_, id: string) => `[^${numbers.get(id) ?? id}]`);
  return { markdown: `${markdown}\n`, info: propertiesOf(core), media: images.media };
}

/** Bookmarks (`<a id>` without a target) are places, not links: their content stays, the anchor goes. */
function withoutAnchors(node: ElementContent): ElementContent {
  if (!isElement(node)) return node;
  const children = node.children.flatMap((c) => (isElement(c) && c.tagName === 'a' && c.properties.href === undefined ? c.children : [c])).map(withoutAnchors);
  return { ...node, children };
}

/** A note's content without mammoth's link back to its reference (`↑`). */
function stripBackLinks(nodes: ElementContent[]): ElementContent[] {
  return nodes
    .map((node) => {
      if (!isElement(node)) return node;
      if (node.tagName === 'a' && /^#(?:footnote|endnote)-ref-/u.test(String(node.properties.href ?? ''))) return undefined;
      return { ...node, children: stripBackLinks(node.children) };
    })
    .filter((n): n is ElementContent => n !== undefined);
}

/** A note reference (`<sup><a href="#footnote-1">[1]</a></sup>`) as a placeholder for `[^1]`. */
function withReferences(node: ElementContent, both: boolean): ElementContent {
  if (!isElement(node)) return node;
  if (node.tagName === 'sup' && node.children.length === 1 && isElement(node.children[0]) && node.children[0].tagName === 'a') {
    const match = NOTE_ID.exec(String(node.children[0].properties.href ?? ''));
    if (match) return { type: 'text', value: REFERENCE(label(match[1], match[2], both)) };
  }
  return { ...node, children: node.children.map((c) => withReferences(c, both)) };
}

/** Word's subtitle, author and date paragraphs as the masthead lines the importer reads. */
/** The one image a paragraph holds and nothing else, if so. */
function loneImage(node: ElementContent): Element | undefined {
  if (!isElement(node) || node.tagName !== 'p') return undefined;
  const content = node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  return content.length === 1 && isElement(content[0]) && content[0].tagName === 'img' ? content[0] : undefined;
}

/**
 * A caption paragraph (Word's Caption style) right after a lone image becomes the image's
 * title, which the editions print as the figure's caption; any other caption (a table's)
 * stays a paragraph.
 */
function captioned(nodes: ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    const previous = out[out.length - 1];
    const image = previous && loneImage(previous);
    if (image && isElement(node) && node.tagName === 'p' && classes(node).includes('caption') && textOf(node).trim()) {
      image.properties = { ...image.properties, title: textOf(node).trim().replace(/\s+/gu, ' ') };
      continue;
    }
    out.push(node);
  }
  return out;
}

function masthead(node: ElementContent): ElementContent[] {
  if (!isElement(node) || node.tagName !== 'p') return [node];
  const kind = classes(node).find((c) => ['subtitle', 'author', 'date', 'abstract'].includes(c));
  if (!kind) return [node];
  const text = textOf(node).trim();
  if (kind === 'subtitle') return [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'element', tagName: 'em', properties: {}, children: [{ type: 'text', value: text }] }] }];
  if (kind === 'author') return [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: /^(?:by|إعداد|بقلم)\b/iu.test(text) ? text : `By ${text}` }] }];
  return [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] }];
}
