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

/** Text of every page as pdfjs-dist extracts it (one string per page, items joined as pdf.js reports them). */
export async function pdfjsText(pdf: Buffer): Promise<string[]> {
  const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : ' ');
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
