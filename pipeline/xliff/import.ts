/**
 * A translated XLIFF file back to a paper source in the target language. The
 * original Markdown (the file's skeleton, else its `original` file) is parsed
 * again; each block (blocks.ts) takes the translation of its unit, with its
 * codes turned back into the same Markdown (inline-import.ts); the front
 * matter takes the translated title, subtitle, type, summary, keywords and
 * authors, and the target language. Everything else — block structure,
 * footnote definitions, link targets, tables — is the original's, so the two
 * editions align block for block. A unit without a translation keeps the
 * original text and is reported.
 */
import { DOMParser } from '@xmldom/xmldom';
import type { Root } from 'mdast';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { toMarkdown } from 'mdast-util-to-markdown';
import { VFile } from 'vfile';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import { parseMarkdown } from '../parse/processor.js';
import { LANGS, type Lang } from '../model/langs.js';
import { decodeSource } from '../source/read.js';
import { blockUnitId, translatableBlocks } from './blocks.js';
import { XLIFF_NAMESPACE } from './export.js';
import { frontMatterUnits, ownFrontMatter } from './front-matter.js';
import { importInline, numberCodes, type XmlNode } from './inline-import.js';

export interface XliffImport {
  /** The translated source; null when the file could not be used (its messages say why). */
  markdown: string | null;
  /** The XLIFF file, with the problems found in it. */
  file: VFile;
  /** The paper source the XLIFF was made from (its `original`). */
  original: string | null;
  lang: Lang | null;
  units: { translated: number; untranslated: number };
}

interface Element extends XmlNode {
  localName: string;
  namespaceURI: string | null;
  lineNumber?: number;
  columnNumber?: number;
  getAttribute(name: string): string | null;
  getElementsByTagNameNS(ns: string, name: string): ArrayLike<Element>;
  textContent: string | null;
}

const ELEMENT = 1;
const children = (el: Element): Element[] => Array.from(el.childNodes).filter((n): n is Element => n.nodeType === ELEMENT);
const place = (el: Element) => (el.lineNumber ? { line: el.lineNumber, column: el.columnNumber ?? 1 } : undefined);
const isLang = (value: string | null): value is Lang => LANGS.includes(value as Lang);

/** Each segment's (and ignorable's) target, in order; the source where a segment has none. */
function unitParts(unit: Element): { parts: Element[]; missing: number } {
  const parts: Element[] = [];
  let missing = 0;
  for (const part of children(unit).filter((c) => c.localName === 'segment' || c.localName === 'ignorable')) {
    const target = children(part).find((c) => c.localName === 'target');
    const source = children(part).find((c) => c.localName === 'source');
    const empty = !target || (target.textContent ?? '').trim() === '';
    if (empty && part.localName === 'segment' && (source?.textContent ?? '').trim() !== '') missing++;
    const used = empty ? source : target;
    if (used) parts.push(used);
  }
  return { parts, missing };
}

/**
 * `readOriginal` gives the text of the file named in `original` when the XLIFF
 * has no skeleton (null when it cannot be read).
 */
export function importXliff(text: string, path: string, readOriginal: (original: string) => string | null): XliffImport {
  const file = new VFile({ path, value: text });
  const result: XliffImport = { markdown: null, file, original: null, lang: null, units: { translated: 0, untranslated: 0 } };
  const invalid = (reason: string, at?: Element) => {
    report(file, Rules.xliffInvalid, reason, at && place(at));
    return result;
  };
  let doc: { documentElement: Element | null };
  try {
    doc = new DOMParser({ onError: (level, message) => { if (level !== 'warning') throw new Error(message); } }).parseFromString(text, 'text/xml') as unknown as { documentElement: Element | null };
  } catch (e) {
    return invalid(`Not well-formed XML (${(e as Error).message.split('\n')[0]}): re-export it from the CAT tool as XLIFF 2`);
  }
  const root = doc.documentElement;
  if (!root || root.localName !== 'xliff' || root.namespaceURI !== XLIFF_NAMESPACE || !/^2\./.test(root.getAttribute('version') ?? '')) {
    return invalid('Not an XLIFF 2 file (root <xliff version="2.x"> in the XLIFF 2 namespace): export XLIFF 2.0 or 2.1 from the CAT tool', root ?? undefined);
  }
  const from = root.getAttribute('srcLang');
  const to = root.getAttribute('trgLang');
  if (!isLang(from) || !isLang(to) || from === to) return invalid(`srcLang '${from}' and trgLang '${to}' must be two of ${LANGS.join(', ')}`, root);
  const xfile = children(root).find((c) => c.localName === 'file');
  if (!xfile) return invalid('The XLIFF file has no <file> element', root);
  result.original = xfile.getAttribute('original');
  result.lang = to;

  const skeleton = children(xfile).find((c) => c.localName === 'skeleton');
  const markdown = skeleton && !skeleton.getAttribute('href') ? skeleton.textContent : result.original && readOriginal(result.original);
  if (markdown === null || markdown === undefined || markdown === '') {
    return invalid(`Neither a skeleton nor a readable original (${result.original ?? 'none'}): export the paper again with papers xliff export`, xfile);
  }
  const source = decodeSource(new TextEncoder().encode(markdown), result.original ?? path);
  const tree: Root = parseMarkdown(source);

  const units = new Map(Array.from(xfile.getElementsByTagNameNS(XLIFF_NAMESPACE, 'unit')).map((u) => [u.getAttribute('id') ?? '', u]));
  translatableBlocks(tree).forEach((block, i) => {
    const unit = units.get(blockUnitId(i));
    if (!unit) {
      report(file, Rules.xliffUntranslated, `Unit ${blockUnitId(i)} is missing: its ${block.type} keeps the original text`);
      result.units.untranslated++;
      return;
    }
    const { parts, missing } = unitParts(unit);
    if (missing > 0) {
      report(file, Rules.xliffUntranslated, `Unit ${blockUnitId(i)} has ${missing} untranslated segment${missing === 1 ? '' : 's'}: the original text is kept there`, place(unit));
      result.units.untranslated++;
    } else result.units.translated++;
    const codes = numberCodes(block.children);
    const unknown = (what: string) => report(file, Rules.xliffUnknownCode, `Unit ${blockUnitId(i)} has a code the export did not write (${what}): it is dropped and its text kept`, place(unit));
    block.children = parts.flatMap((part) => importInline(part, codes, unknown)) as typeof block.children;
  });

  const own = ownFrontMatter(tree);
  if (own) {
    const { node: yaml, doc: front } = own;
    const meta = front.toJS() as Parameters<typeof frontMatterUnits>[0];
    for (const u of frontMatterUnits(meta)) {
      const unit = units.get(u.id);
      const translated = unit && unitParts(unit);
      const value = translated && translated.missing === 0 ? translated.parts.map((p) => p.textContent ?? '').join('').trim() : '';
      if (value) front.setIn(u.path, value);
      else report(file, Rules.xliffUntranslated, `The front matter's ${u.path.join('.')} is not translated: the original is kept`, unit && place(unit));
    }
    front.set('lang', to);
    yaml.value = front.toString({ lineWidth: 0 }).trimEnd();
  }
  result.markdown = toMarkdown(tree, { extensions: [gfmToMarkdown(), frontmatterToMarkdown(['yaml'])], bullet: '-', emphasis: '*', strong: '*', rule: '-', fences: true, listItemIndent: 'one' });
  return result;
}
