/**
 * The `/ActualText` of a page's marked-content spans, in the order the spans
 * open. A browser that shapes Arabic with its own font draws letters as
 * dotless bases and separate dots, maps them to presentation forms or to
 * nothing, and says what the text is in an ActualText span around each
 * cluster. pdfjs reports where each span opens and closes but not its
 * ActualText, so the page's content stream is read here for it.
 *
 * Only what this needs is read: the page object and its content streams
 * (uncompressed or Flate), found by object number in a file with a classic
 * cross-reference table. Anything else (objects in object streams, other
 * filters) gives undefined, and the page is read without ActualText.
 */
import { inflateSync } from 'node:zlib';

/** The text of a PDF string token: literal `(…)` with escapes, or hex `<…>`; UTF-16BE with a BOM, else Latin-1. */
function decodeString(token: string): string {
  let bytes: number[];
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1).replace(/\s+/gu, '');
    bytes = (hex.length % 2 ? `${hex}0` : hex).match(/../gu)?.map((h) => parseInt(h, 16)) ?? [];
  } else {
    bytes = [];
    const body = token.slice(1, -1);
    for (let i = 0; i < body.length; i++) {
      const c = body[i];
      if (c !== '\\') {
        bytes.push(c.charCodeAt(0) & 0xff);
        continue;
      }
      const next = body[++i];
      const octal = /^[0-7]{1,3}/u.exec(body.slice(i));
      if (octal) {
        bytes.push(parseInt(octal[0], 8) & 0xff);
        i += octal[0].length - 1;
      } else if (next === '\n' || next === '\r') continue;
      else bytes.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0));
    }
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    let text = '';
    for (let i = 2; i + 1 < bytes.length; i += 2) text += String.fromCharCode((bytes[i] << 8) | bytes[i + 1]);
    return text;
  }
  return String.fromCharCode(...bytes);
}

/** The end of a literal string starting at `i` (after its balanced closing parenthesis). */
function literalEnd(s: string, i: number): number {
  let depth = 0;
  for (let k = i; k < s.length; k++) {
    if (s[k] === '\\') k++;
    else if (s[k] === '(') depth++;
    else if (s[k] === ')' && --depth === 0) return k + 1;
  }
  return s.length;
}

/** The end of a dictionary starting at `i` (`<<` … `>>`, nested, strings skipped). */
export function dictEnd(s: string, i: number): number {
  let depth = 0;
  for (let k = i; k < s.length; k++) {
    if (s[k] === '(') k = literalEnd(s, k) - 1;
    else if (s.startsWith('<<', k)) {
      depth++;
      k++;
    } else if (s.startsWith('>>', k)) {
      depth--;
      k++;
      if (depth === 0) return k + 1;
    }
  }
  return s.length;
}

/** The ActualText of each BMC/BDC of a content stream, in order (null where a span has none). */
export function spanTexts(content: string): (string | null)[] {
  const spans: (string | null)[] = [];
  let lastDict = '';
  for (let i = 0; i < content.length; ) {
    const c = content[i];
    if (c === '%') {
      i = content.indexOf('\n', i) < 0 ? content.length : content.indexOf('\n', i);
    } else if (c === '(') {
      i = literalEnd(content, i);
      lastDict = '';
    } else if (content.startsWith('<<', i)) {
      const end = dictEnd(content, i);
      lastDict = content.slice(i, end);
      i = end;
    } else if (c === '<') {
      i = content.indexOf('>', i) + 1 || content.length;
      lastDict = '';
    } else if (/[A-Za-z'"]/u.test(c)) {
      const word = /^[A-Za-z'"*]+/u.exec(content.slice(i, i + 8))![0];
      if (word === 'BI') {
        // Inline image data is binary: skip to its end.
        const end = content.indexOf('EI', content.indexOf('ID', i));
        i = end < 0 ? content.length : end + 2;
        continue;
      }
      if (word === 'BMC') spans.push(null);
      if (word === 'BDC') {
        const match = /\/ActualText\s*(\((?:\\.|[^\\)])*\)|<[0-9A-Fa-f\s]*>)/u.exec(lastDict);
        spans.push(match ? decodeString(match[1]) : null);
      }
      lastDict = '';
      i += word.length;
    } else i++;
  }
  return spans;
}

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/** Object `num gen` of the file: its dictionary text and, for a stream, its decoded data. */
export function objectAt(file: string, num: number, gen: number): { dict: string; data?: string } | undefined {
  const match = new RegExp(`(?:^|[\\r\\n\\s])${num}\\s+${gen}\\s+obj\\b`, 'u').exec(file);
  if (!match) return undefined;
  const start = file.indexOf('<<', match.index);
  if (start < 0) return undefined;
  const end = dictEnd(file, start);
  const dict = file.slice(start, end);
  const after = /^\s*stream\r?\n/u.exec(file.slice(end, end + 20));
  if (!after) return { dict };
  const from = end + after[0].length;
  const direct = /\/Length\s+(\d+)(?!\s+\d+\s+R)/u.exec(dict);
  const to = direct ? from + Number(direct[1]) : file.indexOf('endstream', from);
  const raw = Buffer.from(file.slice(from, to), 'latin1');
  const filter = /\/Filter\s*\[?\s*\/(\w+)/u.exec(dict)?.[1];
  if (filter && filter !== 'FlateDecode') return undefined;
  try {
    return { dict, data: (filter ? inflateSync(raw) : raw).toString('latin1') };
  } catch {
    return undefined;
  }
}

/**
 * The ActualText of each marked-content span of a page, in order, or
 * undefined when the page cannot be read this way. `file` is the PDF as
 * Latin-1 text (one conversion per document).
 */
export function pageSpanTexts(file: string, ref: { num: number; gen: number }): (string | null)[] | undefined {
  const page = objectAt(file, ref.num, ref.gen);
  const contents = page && /\/Contents\s*(\[[^\]]*\]|\d+\s+\d+\s+R)/u.exec(page.dict)?.[1];
  if (!contents) return undefined;
  let content = '';
  for (const [, num, gen] of contents.matchAll(/(\d+)\s+(\d+)\s+R/gu)) {
    const stream = objectAt(file, Number(num), Number(gen));
    if (stream?.data === undefined) return undefined;
    content += `${stream.data}\n`;
  }
  return spanTexts(content);
}

export const asLatin1 = latin1;
