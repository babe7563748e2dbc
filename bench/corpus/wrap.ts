/**
 * Hard-wrap an annotated corpus file (bench/corpus/annotated.ts) the way an
 * editor hard-wraps Markdown, measuring the width of the plain text, so that
 * in the derived source names and dates are split across line breaks inside
 * paragraphs. Paragraphs are wrapped at spaces, inside a mention too; list
 * items and footnote definitions get an indented continuation and are never
 * broken inside a mention (indentation would make the mention's source text
 * differ from its text). Headings, tables and the front matter are left alone.
 * A line never starts with what Markdown would read as a block marker.
 *
 *   npx tsc -p . && node dist/bench/corpus/wrap.js <file.annotated.md> [--width 72]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

interface Word {
  raw: string;
  plain: string;
}

/** Split an annotated line at the spaces where it may break. */
function words(raw: string, breakInside: boolean): Word[] {
  const out: Word[] = [];
  let cur: Word = { raw: '', plain: '' };
  let state: 'text' | 'name' | 'tail' = 'text';
  for (let i = 0; i < raw.length; i++) {
    if (raw.startsWith('{{', i)) {
      state = 'name';
      cur.raw += '{{';
      i++;
      continue;
    }
    if (state === 'name' && raw[i] === '|') state = 'tail';
    if (state === 'tail') {
      cur.raw += raw[i];
      if (raw.startsWith('}}', i)) {
        cur.raw += '}';
        i++;
        state = 'text';
      }
      continue;
    }
    if (raw[i] === ' ' && (state === 'text' || breakInside)) {
      if (cur.raw) out.push(cur);
      cur = { raw: '', plain: '' };
      continue;
    }
    cur.raw += raw[i];
    cur.plain += raw[i];
  }
  if (cur.raw) out.push(cur);
  return out;
}

const UNSAFE_START = /^([#>+*=|`~<-]|\[\^|\d+[.)])/;
const len = (s: string) => [...s].length;

function wrapLine(raw: string, width: number, indent: string, breakInside: boolean): string[] {
  const ws = words(raw, breakInside);
  const lines: Word[] = [];
  let line: Word | null = null;
  for (const w of ws) {
    if (!line) {
      line = { ...w };
      continue;
    }
    const room = width - (lines.length ? len(indent) : 0);
    if (len(line.plain) + 1 + len(w.plain) <= room || UNSAFE_START.test(w.plain)) {
      line.raw += ' ' + w.raw;
      line.plain += ' ' + w.plain;
    } else {
      lines.push(line);
      line = { ...w };
    }
  }
  if (line) lines.push(line);
  return lines.map((l, i) => (i ? indent : '') + l.raw);
}

export function wrapAnnotated(text: string, width = 72): string {
  const lines = text.split('\n');
  const out: string[] = [];
  let i = 0;
  if (lines[0] === '---') {
    const end = lines.indexOf('---', 1);
    out.push(...lines.slice(0, end + 1));
    i = end + 1;
  }
  let fenced = false;
  for (; i < lines.length; i++) {
    const l = lines[i];
    if (/^(```|~~~)/.test(l)) fenced = !fenced;
    if (fenced || !l.trim() || /^(#|\||```|~~~|<|>|\s)/.test(l)) {
      out.push(l);
      continue;
    }
    const item = /^(\s*)([-*+]|\d+[.)]) /.exec(l);
    const note = /^\[\^[^\]]+\]: /.exec(l);
    if (item) out.push(...wrapLine(l, width, ' '.repeat(item[0].length), false));
    else if (note) out.push(...wrapLine(l, width, '    ', false));
    else out.push(...wrapLine(l, width, '', true));
  }
  return out.join('\n');
}

function main(): void {
  const args = process.argv.slice(2);
  const w = args.indexOf('--width');
  const width = w >= 0 ? Number(args[w + 1]) : 72;
  const files = args.filter((a, k) => !a.startsWith('--') && (w < 0 || k !== w + 1));
  for (const f of files) writeFileSync(f, wrapAnnotated(readFileSync(f, 'utf8'), width));
}

if (process.argv[1] && resolve(process.argv[1]).endsWith('wrap.js')) main();
