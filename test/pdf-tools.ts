/**
 * Helpers for the PDF tests: read a PDF back with the real tools (pdfjs-dist,
 * poppler, qpdf) and compare word sequences.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Paper } from '../pipeline/model/paper.js';

export const ARTIFACTS = join(import.meta.dirname, 'artifacts');

export function saveArtifact(name: string, data: Buffer): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  writeFileSync(path, data);
  return path;
}

/** The text items pdfjs-dist gives for each page, in its order (right-to-left items already reversed into logical order). */
async function pdfjsItems(pdf: Buffer): Promise<{ str: string; hasEOL: boolean; transform: number[] }[][]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: { str: string; hasEOL: boolean; transform: number[] }[][] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.filter((item) => 'str' in item));
  }
  await doc.destroy();
  return pages;
}

/**
 * Text of every page as most users of pdf.js join its items: each item's string, a line
 * feed after an item that ends a line, nothing else (`items.map(i => i.str + (i.hasEOL ?
 * '\n' : '')).join('')`). Word spaces are there only when the PDF draws them so that pdf.js
 * makes them items or parts of items.
 */
export async function pdfjsText(pdf: Buffer): Promise<string[]> {
  return (await pdfjsItems(pdf)).map((items) => items.map((i) => i.str + (i.hasEOL ? '\n' : '')).join(''));
}

/** Text of every page as `pdf-parse` joins pdf.js items: a line feed where an item's baseline differs from the one before. */
export async function pdfParseText(pdf: Buffer): Promise<string[]> {
  return (await pdfjsItems(pdf)).map((items) => {
    let text = '';
    let lastY: number | undefined;
    for (const item of items) {
      const y = item.transform[5];
      text += lastY === undefined || lastY === y ? item.str : `\n${item.str}`;
      lastY = y;
    }
    return text;
  });
}

/**
 * A PDF's bytes with every object written out plainly (qpdf's QDF form: no object streams,
 * streams inflated), for tests that look for a dictionary entry in the file itself.
 */
export function plainPdf(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'plain-pdf-'));
  try {
    const path = join(dir, 'in.pdf');
    writeFileSync(path, pdf);
    return execFileSync('qpdf', ['--qdf', '--object-streams=disable', path, '-'], { maxBuffer: 256 << 20 }).toString('latin1');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export function pdftotext(path: string, ...args: string[]): string {
  return execFileSync('pdftotext', [...args, path, '-'], { encoding: 'utf8' });
}

/**
 * Words: letters, marks and digits, everything else a separator. Invisible format
 * characters are dropped: they carry no text, and poppler brackets each run of one
 * direction with embedding controls, also inside a word (a year and its Arabic suffix,
 * 2023م, is two runs).
 */
export function words(text: string): string[] {
  return (
    text
      .replace(/\p{Cf}/gu, '')
      .normalize('NFC')
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  );
}

/** The text of an mdast node with table cells kept apart (mdast-util-to-string runs them together). */
function blockText(node: Nodes): string {
  if (node.type === 'table' || node.type === 'tableRow') return node.children.map(blockText).join(' ');
  return toString(node);
}

/** The words a reader sees in a paper's body, in order (the front matter is not part of it). */
export const bodyWords = (paper: Paper): string[] => words(paper.body.children.filter((n) => n.type !== 'yaml').map(blockText).join(' '));

/** Length of the longest common subsequence of two word lists, over their length (1 = same order, all present). */
export function sequenceRecall(expected: string[], actual: string[]): number {
  if (!expected.length) return 1;
  let prev = new Uint32Array(actual.length + 1);
  let cur = new Uint32Array(actual.length + 1);
  for (let i = 1; i <= expected.length; i++) {
    for (let j = 1; j <= actual.length; j++) {
      cur[j] = expected[i - 1] === actual[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[actual.length] / expected.length;
}

export function mutoolText(path: string): string {
  return execFileSync('mutool', ['draw', '-F', 'txt', '-o', '-', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
}

/** `pdfinfo -struct-text`: the text of the tag tree, element by element. */
export function structText(path: string): string {
  return execFileSync('pdfinfo', ['-struct-text', path], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/** Characters an extractor must never give back: ZERO WIDTH JOINER and the bidi isolates. */
export const FORBIDDEN = /[\u200d\u2066-\u2069]/gu;

export interface StextChar {
  c: string;
  /** Left, top, right, bottom in pt, y down. */
  box: [number, number, number, number];
  /** The baseline, in pt from the top. */
  baseline: number;
  size: number;
}

export interface StextLine {
  page: number;
  /** MuPDF's text block (about a paragraph) the line is in, counted through the document. */
  block: number;
  chars: StextChar[];
}

/** Lines of characters with their boxes, as MuPDF's structured text gives them. */
export function stextLines(path: string): StextLine[] {
  const xml = execFileSync('mutool', ['draw', '-F', 'stext', '-o', '-', path], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 << 20 });
  const lines: StextLine[] = [];
  let page = 0;
  let block = 0;
  let size = 0;
  let line: StextLine | undefined;
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&apos;/g, "'").replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&amp;/g, '&');
  for (const m of xml.matchAll(/<(page|block|line|font|char)\b([^>]*)>/g)) {
    const attrs = Object.fromEntries([...m[2].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    if (m[1] === 'page') page++;
    else if (m[1] === 'block') block++;
    else if (m[1] === 'line') lines.push((line = { page, block, chars: [] }));
    else if (m[1] === 'font') size = Number(attrs.size);
    else if (line) {
      const q = attrs.quad.split(' ').map(Number);
      const xs = [q[0], q[2], q[4], q[6]];
      const ys = [q[1], q[3], q[5], q[7]];
      line.chars.push({ c: unescape(attrs.c), box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], baseline: Number(attrs.y), size });
    }
  }
  return lines;
}

/** A page rendered to 8-bit grey (0 black … 255 white) by MuPDF. */
export interface GreyPage {
  width: number;
  height: number;
  /** Pixels per pt. */
  scale: number;
  pixels: Uint8Array;
}

export function renderGrey(path: string, page: number, dpi = 300): GreyPage {
  const pgm = execFileSync('mutool', ['draw', '-r', String(dpi), '-c', 'gray', '-F', 'pgm', '-o', '-', path, String(page)], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 512 << 20 });
  const header = pgm.subarray(0, 64).toString('latin1').match(/^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error('not a PGM');
  const [, w, h] = header;
  return { width: Number(w), height: Number(h), scale: dpi / 72, pixels: pgm.subarray(header[0].length) };
}

/**
 * Which way a bracket-like character faces, from its ink: 'open' when it opens to the right
 * like '(' '[' '«' (its middle rows reach further left than its top and bottom rows), 'close'
 * when it faces the other way, undefined when there is no ink. Only the rows of the glyph's
 * own height are read (from 0.8 em above the baseline to 0.3 em below), not the line's, whose
 * box may hold the descenders of the line above.
 */
export function inkFacing(page: GreyPage, ch: StextChar): 'open' | 'close' | undefined {
  const [l, r] = [ch.box[0], ch.box[2]].map((v) => Math.round(v * page.scale));
  const [t, b] = [ch.baseline - 0.8 * ch.size, ch.baseline + 0.3 * ch.size].map((v) => Math.round(v * page.scale));
  const rowCentre = (y: number): number | undefined => {
    let sum = 0;
    let weight = 0;
    for (let x = Math.max(0, l); x <= Math.min(page.width - 1, r); x++) {
      const ink = 255 - page.pixels[y * page.width + x];
      if (ink > 64) {
        sum += ink * x;
        weight += ink;
      }
    }
    return weight ? sum / weight : undefined;
  };
  // The rows of the glyph's ink, then the mean ink column of its middle and of its ends.
  const rows: { y: number; x: number }[] = [];
  for (let y = Math.max(0, t); y <= Math.min(page.height - 1, b); y++) {
    const x = rowCentre(y);
    if (x !== undefined) rows.push({ y, x });
  }
  if (rows.length < 6) return undefined;
  const third = Math.floor(rows.length / 3);
  const mean = (part: { x: number }[]) => part.reduce((s, p) => s + p.x, 0) / part.length;
  const middle = mean(rows.slice(third, rows.length - third));
  const ends = mean([...rows.slice(0, third), ...rows.slice(rows.length - third)]);
  return middle < ends ? 'open' : 'close';
}

/** A PDF's objects as qpdf's JSON (version 2) gives them: dictionaries keyed by /Name, references as "n 0 R". */
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Dict = Record<string, Json>;

function qpdfObjects(path: string): Map<string, { dict: Dict; stream?: string }> {
  const json = JSON.parse(execFileSync('qpdf', ['--json=2', '--json-key=qpdf', '--json-stream-data=inline', '--decode-level=generalized', path], { encoding: 'utf8', maxBuffer: 512 << 20 })) as {
    qpdf: [unknown, Record<string, { value?: Json; stream?: { dict: Dict; data?: string } }>];
  };
  const objects = new Map<string, { dict: Dict; stream?: string }>();
  for (const [key, o] of Object.entries(json.qpdf[1])) {
    const ref = key.replace(/^obj:/, '');
    if (o.stream) objects.set(ref, { dict: o.stream.dict, stream: o.stream.data && Buffer.from(o.stream.data, 'base64').toString('latin1') });
    else if (o.value && typeof o.value === 'object' && !Array.isArray(o.value)) objects.set(ref, { dict: o.value as Dict });
  }
  return objects;
}

/** Standard structure types (ISO 32000-1, 14.8.4) a PDF/UA document may use without a role map. */
const STANDARD_TYPES = new Set('Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot Ruby RB RT RP Warichu WT WP Figure Formula Form'.split(' '));
/** Which children each grouping element may have (PDF/UA-1 and ISO 32000-1, 14.8.4.3). */
const CHILDREN: Record<string, string[]> = {
  L: ['LI', 'L', 'Caption'],
  LI: ['Lbl', 'LBody'],
  Table: ['TR', 'THead', 'TBody', 'TFoot', 'Caption'],
  THead: ['TR'],
  TBody: ['TR'],
  TFoot: ['TR'],
  TR: ['TH', 'TD'],
  TOC: ['TOCI', 'TOC', 'Caption'],
};

/**
 * The machine-checkable failure conditions of the Matterhorn Protocol (PDF/UA-1) that qpdf's
 * JSON and pdf.js can read, as a list of failures (empty: none found). Checked: the catalog
 * (Marked, Lang, metadata with pdfuaid:part and dc:title, DisplayDocTitle), every structure
 * element (standard type; list, table and contents nesting; TH scope; Note ID; heading levels
 * not skipped), every annotation (in a Link element through its StructParent, with Contents;
 * its page's /Tabs /S), every font (embedded, with ToUnicode), and every piece of text on
 * every page (inside tagged content or an artifact, read with pdf.js).
 */
export async function structureFailures(path: string, pdf: Buffer): Promise<string[]> {
  const objects = qpdfObjects(path);
  const failures: string[] = [];
  const fail = (condition: string, what: string) => failures.push(`${condition} ${what}`);
  const get = (ref: Json | undefined): Dict | undefined => (typeof ref === 'string' && /^\d+ \d+ R$/.test(ref) ? objects.get(ref)?.dict : typeof ref === 'object' && ref && !Array.isArray(ref) ? (ref as Dict) : undefined);
  const trailer = [...objects.entries()].find(([k]) => k === 'trailer')?.[1].dict;
  const catalog = get(trailer?.['/Root']);
  if (!catalog) return ['no catalog'];
  if (get(catalog['/MarkInfo'])?.['/Marked'] !== true) fail('06-001', 'MarkInfo /Marked is not true');
  if (!catalog['/Lang']) fail('11-001', 'no /Lang in the catalog');
  if (get(catalog['/ViewerPreferences'])?.['/DisplayDocTitle'] !== true) fail('07-001', 'ViewerPreferences /DisplayDocTitle is not true');
  const metadata = typeof catalog['/Metadata'] === 'string' ? objects.get(catalog['/Metadata'])?.stream : undefined;
  if (!metadata) fail('06-001', 'no metadata stream');
  else {
    if (!/<pdfuaid:part>1<\/pdfuaid:part>/.test(metadata)) fail('06-002', 'no pdfuaid:part in the metadata');
    if (!/<dc:title>[^]*?<rdf:li[^>]*>[^<]+<\/rdf:li>/.test(metadata)) fail('06-003', 'no dc:title in the metadata');
  }

  // The structure tree.
  const root = get(catalog['/StructTreeRoot']);
  if (!root) fail('01-006', 'no structure tree');
  const kids = (d: Dict): Json[] => (Array.isArray(d['/K']) ? (d['/K'] as Json[]) : d['/K'] === undefined ? [] : [d['/K']]);
  const elements: Dict[] = [];
  /** The parent each element must have. */
  const PARENT: Record<string, string[]> = { LI: ['L'], Lbl: ['LI'], LBody: ['LI'], TR: ['Table', 'THead', 'TBody', 'TFoot'], TH: ['TR'], TD: ['TR'], TOCI: ['TOC'] };
  const walk = (d: Dict) => {
    for (const k of kids(d)) {
      const child = get(k);
      if (child && typeof child['/S'] === 'string') {
        const type = child['/S'].slice(1);
        const parent = typeof d['/S'] === 'string' ? d['/S'].slice(1) : 'StructTreeRoot';
        if (PARENT[type] && !PARENT[type].includes(parent)) fail('09-004', `${type} inside ${parent}`);
        elements.push(child);
        walk(child);
      }
    }
  };
  if (root) walk(root);
  let lastHeading = 0;
  for (const e of elements) {
    const type = String(e['/S']).slice(1);
    if (!STANDARD_TYPES.has(type)) fail('02-003', `non-standard structure type ${type}`);
    const childTypes = kids(e).map((k) => get(k)?.['/S']).filter((s): s is string => typeof s === 'string').map((s) => s.slice(1));
    const allowed = CHILDREN[type];
    for (const c of childTypes) if (allowed && !allowed.includes(c)) fail('09-004', `${c} inside ${type}`);
    if (type === 'TH') {
      const attributes = [e['/A']].flat().map(get);
      if (!attributes.some((a) => a?.['/O'] === '/Table' && a['/Scope'])) fail('15-003', 'TH without /Scope');
    }
    if (type === 'Note' && !e['/ID']) fail('19-003', 'Note without /ID');
    if (type === 'Figure' && !(typeof e['/Alt'] === 'string' && e['/Alt'].length > 2)) fail('13-004', 'Figure without /Alt');
    const level = /^H([1-6])$/.exec(type);
    if (level) {
      if (Number(level[1]) > lastHeading + 1) fail('14-003', `H${level[1]} after H${lastHeading}`);
      lastHeading = Number(level[1]);
    }
  }

  // Annotations: each link in a Link element (through the parent tree), with Contents; pages with annotations use /Tabs /S.
  const parentTree = get(root?.['/ParentTree']);
  const nums = new Map<number, Json>();
  const collect = (node: Dict | undefined) => {
    if (!node) return;
    const pairs = (node['/Nums'] as Json[] | undefined) ?? [];
    for (let i = 0; i + 1 < pairs.length; i += 2) nums.set(pairs[i] as number, pairs[i + 1]);
    for (const k of (node['/Kids'] as Json[] | undefined) ?? []) collect(get(k));
  };
  collect(parentTree);
  for (const [ref, { dict }] of objects) {
    if (dict['/Type'] === '/Page') {
      const annots = (Array.isArray(dict['/Annots']) ? dict['/Annots'] : get(dict['/Annots']) ? [] : []) as Json[];
      if (annots.length && dict['/Tabs'] !== '/S') fail('28-002', `page ${ref} with annotations has no /Tabs /S`);
    }
    if (dict['/Type'] === '/Annot' && dict['/Subtype'] === '/Link') {
      if (typeof dict['/StructParent'] !== 'number') fail('28-011', `link annotation ${ref} has no /StructParent`);
      else {
        const parent = get(nums.get(dict['/StructParent']));
        if (parent?.['/S'] !== '/Link') fail('28-011', `link annotation ${ref} is not in a Link element`);
        else if (!kids(parent).some((k) => get(k)?.['/Type'] === '/OBJR' && get(k)?.['/Obj'] === ref)) fail('28-011', `Link element of ${ref} has no OBJR for it`);
      }
      if (!dict['/Contents']) fail('28-004', `link annotation ${ref} has no /Contents`);
    }
    if (dict['/Type'] === '/Font' && dict['/Subtype'] === '/Type0') {
      if (!dict['/ToUnicode']) fail('31-027', `font ${ref} has no ToUnicode map`);
      const descendant = get((dict['/DescendantFonts'] as Json[] | undefined)?.[0]);
      const descriptor = get(descendant?.['/FontDescriptor']);
      if (!descriptor?.['/FontFile2'] && !descriptor?.['/FontFile3'] && !descriptor?.['/FontFile']) fail('31-001', `font ${ref} is not embedded`);
    }
  }

  // Every piece of text is tagged content or an artifact (pdf.js reads the marked content).
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    const stack: ('tagged' | 'artifact' | 'other')[] = [];
    for (const item of content.items) {
      if ('type' in item) {
        const tag = (item as { tag?: string }).tag;
        if (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent') stack.push(tag === 'Artifact' ? 'artifact' : item.type === 'beginMarkedContentProps' && item.id ? 'tagged' : 'other');
        else if (item.type === 'endMarkedContent') stack.pop();
        continue;
      }
      if (item.str.trim() && !stack.some((s) => s !== 'other')) fail('01-005', `page ${n}: text “${item.str.slice(0, 20)}” is neither tagged nor an artifact`);
    }
  }
  await doc.destroy();
  return failures;
}
