/**
 * Helpers for the PDF tests: read a PDF back with the real tools (pdfjs-dist,
 * poppler, qpdf) and compare word sequences.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export const ARTIFACTS = join(import.meta.dirname, 'artifacts');

export function saveArtifact(name: string, data: Buffer): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  writeFileSync(path, data);
  return path;
}

/**
 * Text of every page as pdfjs-dist extracts it, one string per page. pdf.js gives text
 * items (it reverses right-to-left ones into logical order); items follow each other in
 * content order and are joined as a text-layer reader sees them: directly when they touch
 * on the line (a year and its Arabic suffix: 2022م), with a space when there is a gap,
 * with a line feed after an item ending a line.
 */
export async function pdfjsText(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    let text = '';
    let previous: { left: number; right: number; y: number; eol: boolean } | undefined;
    for (const item of content.items) {
      if (!('str' in item) || !item.str) continue;
      const left = item.transform[4];
      const box = { left, right: left + item.width, y: item.transform[5], eol: item.hasEOL };
      if (previous && !previous.eol) {
        const touching = Math.abs(box.y - previous.y) < 1 && (Math.abs(box.right - previous.left) < 1 || Math.abs(box.left - previous.right) < 1);
        text += touching || /\s$/.test(text) || /^\s/.test(item.str) ? '' : ' ';
      }
      text += item.str + (item.hasEOL ? '\n' : '');
      previous = box;
    }
    pages.push(text);
  }
  await doc.destroy();
  return pages;
}

export function pdftotext(path: string, ...args: string[]): string {
  return execFileSync('pdftotext', [...args, path, '-'], { encoding: 'utf8' });
}

/**
 * Words: letters, marks and digits, everything else a separator. Bidi embedding controls
 * (poppler brackets each direction run with them) separate; other invisible format
 * characters (ZERO WIDTH JOINER and the like, which carry no text) are dropped.
 */
export function words(text: string): string[] {
  return (
    text
      .replace(/[\u202a-\u202e\u2066-\u2069]/gu, ' ')
      .replace(/\p{Cf}/gu, '')
      .normalize('NFC')
      .match(/[\p{L}\p{M}\p{N}]+/gu) ?? []
  );
}

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
