/**
 * Linking the two editions returns new papers and leaves the ones given as
 * they were (#22: an assembled Paper is never changed; a caller or a cache
 * holding one sees the same model afterwards).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processText } from '../pipeline/process.js';
import { linkEditions } from '../pipeline/align/editions.js';
import { processBilingual } from '../pipeline/api/bilingual.js';
import { ROOT } from './helpers/cli.js';
import { visit } from 'unist-util-visit';
import type { Root } from 'mdast';

const DIR = join(ROOT, 'test/fixtures/corpus/dev/sudan-jeddah-mediation');
const text = (lang: 'en' | 'ar') => readFileSync(join(DIR, `${lang}.md`), 'utf8');

describe('linkEditions', () => {
  const given = (['en', 'ar'] as const).map((lang) => {
    const { paper, file } = processText(text(lang), { slug: 'p', lang, source: `${lang}.md` });
    return { paper: paper!, file };
  });
  const before = given.map((e) => JSON.stringify(e.paper));
  const linked = linkEditions(given);

  it('leaves the papers it is given unchanged', () => {
    expect(given.map((e) => JSON.stringify(e.paper))).toEqual(before);
    expect(given.every((e) => e.paper.alignment === undefined || e.paper.alignment.length === 0)).toBe(true);
  });

  it('returns the papers linked: the alignment, entities of the other edition, mentions it added to the Arabic body', () => {
    const [en, ar] = linked.map((e) => e.paper);
    expect(en.alignment!.length).toBeGreaterThan(10);
    expect(ar.alignment).toEqual(en.alignment);
    expect(en.entities.filter((e) => e.counterpart).length).toBeGreaterThan(10);
    expect(JSON.stringify(ar.body)).not.toBe(JSON.stringify(given[1].paper.body));
    expect(linked.map((e) => e.file)).toEqual(given.map((e) => e.file));
  });

  it('gives back an edition alone as it is', () => {
    expect(linkEditions([given[0]])[0]).toBe(given[0]);
  });

  it('gives every mention of the linked papers its own anchor, also where it made a cut-short name whole', () => {
    const dir = join(ROOT, 'test/fixtures/papers/partial-names');
    const read = (lang: 'en' | 'ar') => readFileSync(join(dir, `${lang}.md`), 'utf8');
    const both = processBilingual(read('en'), read('ar'), { slug: 'p', source: { en: 'en.md', ar: 'ar.md' } });
    for (const paper of [both.en.paper!, both.ar.paper!]) {
      const anchors: string[] = [];
      visit(paper.body as Root, 'mention', (node) => void anchors.push((node as unknown as { id: string }).id));
      expect(anchors.length).toBeGreaterThan(5);
      expect(new Set(anchors).size).toBe(anchors.length);
      expect(paper.entities.flatMap((e) => e.mentions.map((m) => m.anchor)).sort()).toEqual([...anchors].sort());
    }
  });

  it('is what processBilingual returns', () => {
    const both = processBilingual(text('en'), text('ar'), { slug: 'p', source: { en: 'en.md', ar: 'ar.md' } });
    expect(both.alignment).toEqual(linked[0].paper.alignment);
    expect(JSON.stringify(both.ar.paper)).toBe(JSON.stringify(linked[1].paper));
  });
});
