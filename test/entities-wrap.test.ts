/**
 * A hard-wrapped source (how many editors write Markdown) reads like the same
 * source with one line per paragraph: soft line breaks are spaces to every
 * extractor, and every span still points at its own text in the source.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { processText } from '../pipeline/process.js';
import type { Paper } from '../pipeline/model/paper.js';
import { wrapAnnotated } from '../bench/corpus/wrap.js';

const PAPERS = [
  'source/rifts-within-iraqi-shiite-parties/en.md',
  'source/rifts-within-iraqi-shiite-parties/ar.md',
  'test/fixtures/corpus/dev/sahel-juntas-africa-corps/en.md',
  'test/fixtures/corpus/dev/sahel-juntas-africa-corps/ar.md',
];

const flat = (s: string) => s.replace(/\s+/gu, ' ').trim();

function run(text: string, source: string): Paper {
  const lang = source.endsWith('ar.md') ? 'ar' : 'en';
  const { paper, file } = processText(text, { slug: 'wrap', lang, source });
  if (!paper) throw new Error(file.messages.map(String).join('\n'));
  return paper;
}

/** What the extractors found, without where: it must not depend on the line breaks. */
function found(paper: Paper) {
  return {
    entities: paper.entities.map((e) => ({ id: e.id, type: e.type, name: e.name, source: e.source, value: e.value, mentions: e.mentions.map((m) => flat(m.text)) })),
    glossary: paper.glossary.map((g) => ({ id: g.id, count: g.count })),
    citations: paper.citations.map((c) => ({ id: c.id, kind: c.kind, href: c.href, text: flat(c.text), sentence: flat(c.sentence) })),
  };
}

describe('hard-wrapped and unwrapped sources', () => {
  for (const path of PAPERS) {
    const text = readFileSync(path, 'utf8');
    const wrapped = wrapAnnotated(text, 48);

    it(`${path}: the same entities, terms, citations and dates`, () => {
      expect(wrapped.split('\n').length).toBeGreaterThan(text.split('\n').length + 20);
      const [a, b] = [found(run(text, path)), found(run(wrapped, path))];
      expect(b.entities.length).toBeGreaterThan(10);
      expect(b).toEqual(a);
    });

    it(`${path}: every wrapped mention and term points at its text in the source`, () => {
      const paper = run(wrapped, path);
      const source = wrapped;
      const lines = source.split('\n');
      const spans = [...paper.entities.flatMap((e) => e.mentions), ...paper.glossary.flatMap((g) => g.occurrences)];
      const split = spans.filter((s) => s.text.includes('\n'));
      if (path.endsWith('en.md')) expect(split.length).toBeGreaterThan(0);
      for (const s of spans) {
        expect(flat(source.slice(s.start, s.end).replace(/^\s*>/gmu, ''))).toBe(flat(s.text));
        expect(lines[s.line - 1].slice(s.column - 1)).toBe(source.slice(s.start).split('\n')[0]);
      }
    });
  }

  it('a name split by a line break is one mention, and its halves are nothing', () => {
    const text = '---\ntitle: T\ntype: Policy Brief\ndate: 2024-05-05\nlang: en\n---\n\nThe Popular Mobilization\nForces met the Coordination\nFramework in Baghdad.\n';
    const paper = run(text, 'x/en.md');
    const names = paper.entities.filter((e) => e.type !== 'date').map((e) => [e.id, e.mentions.map((m) => m.text)]);
    expect(names).toEqual([
      ['popular-mobilization-forces', ['Popular Mobilization\nForces']],
      ['coordination-framework', ['Coordination\nFramework']],
      ['baghdad', ['Baghdad']],
    ]);
  });
});
