/** Helpers for the import tests: reading fixtures and comparing word sequences. */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { sequenceRecall } from './pdf-tools.js';

export function fixture(name: string): string {
  return readFileSync(new URL(`./fixtures/import/${name}`, import.meta.url), 'utf8');
}

/** A copy of the sample paper as the converter left it (shared/papers/000_f1e7b818a0f8527b.txt). */
export const SAMPLE = 'sample-rifts.txt';

/** Lines `from`..`to` (1-based, inclusive) of a text, minus lines matching `drop`. */
export function lineRange(text: string, from: number, to: number, drop?: RegExp): string {
  return text
    .split('\n')
    .slice(from - 1, to)
    .filter((line) => !drop?.test(line))
    .join('\n');
}

export function splitOutput(markdown: string): { frontMatter: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n\n([\s\S]*)$/u.exec(markdown);
  if (!match) throw new Error('output does not start with front matter');
  return { frontMatter: parse(match[1]) as Record<string, unknown>, body: match[2] };
}

/**
 * The words of Markdown text, markup removed, in order. Hyphens between
 * letters are ignored, also where a break cut the word (`govern-` / `ing`), so
 * that the comparison counts kept words, not where the importer put hyphens.
 */
export function words(markdown: string): string[] {
  const text = markdown
    // Ligatures and soft hyphens are typesetting, not spelling.
    .normalize('NFKC')
    .replace(/\u00ad/gu, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/(\p{L})-\s*(\p{L})/gu, '$1$2');
  return [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0].toLowerCase());
}

/** Share of the original body's words found, in order, in the output body. */
export function wordCoverage(originalBody: string, outputBody: string): number {
  return sequenceRecall(words(originalBody), words(outputBody));
}

/** Conversion scars that must not survive an import; returns the offending lines. */
export function scars(body: string): Record<string, string[]> {
  const lines = body.split('\n');
  const fenced = new Set<number>();
  let inFence = false;
  lines.forEach((line, i) => {
    if (/^ {0,3}(```|~~~)/u.test(line)) inFence = !inFence;
    else if (inFence) fenced.add(i);
  });
  const prose = lines.filter((_, i) => !fenced.has(i));
  const find = (pattern: RegExp) => prose.filter((line) => pattern.test(line));
  return {
    bulletGlyphs: find(/^\s*[■▪•●◦○►➢✓❖◆]/u),
    emphasisInHeadings: find(/^#{1,6}\s.*(\*\*|__)/u),
    dotLeaders: find(/(?:\.\s?){4,}\s*\d+\s*$|\t\d+\s*$/u),
    lineEndHyphens: find(/\p{Ll}-$/u),
    doubledPunctuation: find(/(?<!\.)\.\.(?!\.)|,,|،،/u),
    spaceBeforePunctuation: find(/\p{L} +[,;:؛،](?:\s|$)/u),
    bodyH1: find(/^# /u),
  };
}

export const NO_SCARS = {
  bulletGlyphs: [],
  emphasisInHeadings: [],
  dotLeaders: [],
  lineEndHyphens: [],
  doubledPunctuation: [],
  spaceBeforePunctuation: [],
  bodyH1: [],
};
