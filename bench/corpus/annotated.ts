/**
 * The inline annotation of the test corpus (test/fixtures/corpus/) and of the
 * held-out papers (test/fixtures/entities/heldout/): `{{text|code}}` or
 * `{{text|code|extra}}` around a mention, where code is
 *
 *   p person · o organization · l place · d date · x a title (kept in the text, not a mention)
 *
 * and extra is, for a name, the full name (or the id) of the entity it refers
 * to — its id is the slug of that (github-slugger), else the slug of the text —
 * and, for a date, its ISO 8601 value (`2023-11-19`, `2024-04`, `2024`, a range
 * `2013--2017`). Removing the marks gives the plain source; the gold mentions
 * carry the line the mention starts on in that plain source and its exact text
 * (a mention split by a hard line break keeps the line break in its text).
 */
import { slug } from 'github-slugger';

export type GoldType = 'person' | 'organization' | 'place' | 'date';

export interface GoldMention {
  line: number;
  text: string;
  type: GoldType;
  entity: string;
  value?: string | { from: string; to: string };
}

export interface Derived {
  plain: string;
  mentions: GoldMention[];
  /** Plain-text offset of each mention, in the order of `mentions`. */
  offsets: number[];
  /** Problems found while reading the annotation (an empty list when it is sound). */
  problems: string[];
}

const CODES: Record<string, GoldType | 'title'> = { p: 'person', o: 'organization', l: 'place', d: 'date', x: 'title' };
const ISO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** The id of a name: the slug of its full name, written on one line. */
export function entityId(name: string): string {
  return slug(name.replace(/\s+/g, ' ').trim());
}

/**
 * Plain text and gold mentions of an annotated source. `requireId` makes
 * every name carry its extra field (the Arabic files give the English id).
 */
export function deriveAnnotated(annotated: string, options: { requireId?: boolean } = {}): Derived {
  const problems: string[] = [];
  const mentions: GoldMention[] = [];
  const offsets: number[] = [];
  let plain = '';
  let at = 0;
  const lineOf = (offset: number): number => {
    let n = 1;
    for (let i = 0; i < offset; i++) if (plain.charCodeAt(i) === 10) n++;
    return n;
  };
  for (;;) {
    const open = annotated.indexOf('{{', at);
    if (open < 0) {
      plain += annotated.slice(at);
      break;
    }
    plain += annotated.slice(at, open);
    const close = annotated.indexOf('}}', open + 2);
    if (close < 0) {
      problems.push(`unclosed {{ at annotated offset ${open}`);
      plain += annotated.slice(open);
      break;
    }
    const body = annotated.slice(open + 2, close);
    if (body.includes('{{')) problems.push(`nested {{ in "${body}"`);
    const [text, code, extra, ...rest] = body.split('|');
    const kind = CODES[code ?? ''];
    const where = `line ${lineOf(plain.length)} "${text}"`;
    if (!kind) problems.push(`${where}: unknown code "${code}"`);
    if (rest.length) problems.push(`${where}: too many fields`);
    if (!text || text !== text.trim()) problems.push(`${where}: empty text or space at its edge`);
    const start = plain.length;
    plain += text;
    at = close + 2;
    if (!kind || kind === 'title') continue;
    if (kind === 'date') {
      if (!extra) {
        problems.push(`${where}: a date needs its ISO value`);
        continue;
      }
      const range = extra.split('--');
      let value: GoldMention['value'];
      if (range.length === 2 && range.every((r) => ISO.test(r))) value = { from: range[0], to: range[1] };
      else if (range.length === 1 && ISO.test(extra)) value = extra;
      else problems.push(`${where}: bad ISO value "${extra}"`);
      if (value) {
        mentions.push({ line: 0, text, type: 'date', entity: extra, value });
        offsets.push(start);
      }
      continue;
    }
    if (options.requireId && !extra) problems.push(`${where}: a name needs its entity id here`);
    const entity = entityId(extra ?? text);
    if (!entity) problems.push(`${where}: empty entity id`);
    mentions.push({ line: 0, text, type: kind, entity });
    offsets.push(start);
  }
  for (const stray of ['{{', '}}']) if (plain.includes(stray)) problems.push(`stray ${stray} left in the plain text`);
  // Line numbers in one pass.
  let line = 1;
  let i = 0;
  offsets.forEach((offset, k) => {
    for (; i < offset; i++) if (plain.charCodeAt(i) === 10) line++;
    mentions[k].line = line;
  });
  return { plain, mentions, offsets, problems };
}

/**
 * Every gold mention's text is in the plain source on its line: the text
 * starts on that line (and runs on to the next lines when it holds a line
 * break). Returns the mentions that fail.
 */
export function misplaced(plain: string, mentions: GoldMention[]): GoldMention[] {
  const lines = plain.split('\n');
  return mentions.filter((m) => {
    const first = m.text.split('\n')[0];
    const here = lines[m.line - 1] ?? '';
    if (!m.text.includes('\n')) return !here.includes(m.text);
    const joined = lines.slice(m.line - 1).join('\n');
    const found = joined.indexOf(m.text);
    return !here.endsWith(first) || found < 0 || found > here.length;
  });
}
