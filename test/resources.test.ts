/**
 * The stages take what they read besides the paper as data: an
 * `ExtractResources` built once by the caller, else the shared one of the
 * locales directory, built once per process and kept among a few.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processText } from '../pipeline/process.js';
import { ExtractResources, loadTermbase, resourcesOf } from '../pipeline/extract/resources.js';
import { createI18n, Locales, localesOf } from '../pipeline/i18n/index.js';
import { TEST_CONFIG } from './helpers/stages.js';

/** A locales directory of its own: one term, one person. */
function ownLocales(): string {
  const dir = mkdtempSync(join(tmpdir(), 'papers-resources-'));
  const write = (lang: string, name: string, data: unknown) => {
    mkdirSync(join(dir, lang), { recursive: true });
    writeFileSync(join(dir, lang, `${name}.json`), JSON.stringify(data));
  };
  write('en', 'glossary', { fatwa: { term: 'fatwa', transliteration: 'fatwā', definition: 'A ruling.', variants: ['fetwa'] } });
  write('ar', 'glossary', { fatwa: { term: 'فتوى', definition: 'حكم.' } });
  write('en', 'entities', { 'jane-roe': { type: 'person', name: 'Jane Roe', description: 'A jurist.' } });
  write('ar', 'entities', { 'jane-roe': { name: 'جين رو', description: 'فقيهة.' } });
  return dir;
}

const PAPER = `---
title: A ruling
lang: en
date: 2024-05-05
---

Jane Roe issued a fatwa, and a second fetwa followed; the marjaiyya said nothing.
`;

const process = (resources?: ExtractResources) => processText(PAPER, { slug: 'ruling', lang: 'en', source: 'source/ruling/en.md', config: TEST_CONFIG, resources });

describe('resources given to the stages', () => {
  it('are what the stages read, not the package locales', () => {
    const { paper } = process(new ExtractResources(ownLocales()));
    expect(paper!.glossary.map((g) => [g.id, g.count, g.variants])).toEqual([['fatwa', 2, { en: ['fetwa'], ar: [] }]]);
    expect(paper!.entities.filter((e) => e.source === 'gazetteer').map((e) => e.id)).toEqual(['jane-roe']);
    // The package termbase has marjaiyya; these resources do not.
    expect(process().paper!.glossary.map((g) => g.id)).toContain('marjaiyya');
  });

  it('are read once: a paper processed after the directory is gone is the same', () => {
    const dir = ownLocales();
    const resources = new ExtractResources(dir);
    const first = process(resources);
    rmSync(dir, { recursive: true });
    const again = process(resources);
    expect(again.paper).toEqual(first.paper);
    expect(again.file.messages.map(String)).toEqual(first.file.messages.map(String));
    expect(resources.termMatcher).toBe(resources.termMatcher);
  });
});

describe('the shared resources', () => {
  it('are built once per locales directory', () => {
    expect(resourcesOf({})).toBe(resourcesOf({}));
    expect(resourcesOf({}).locales).toBe(localesOf());
    expect(loadTermbase()).toBe(loadTermbase());
    expect(createI18n('ar')).toBe(localesOf().i18n('ar'));
  });

  it('are kept for a few directories only, the least recently used dropped', () => {
    const dirs = Array.from({ length: 5 }, () => mkdtempSync(join(tmpdir(), 'papers-locales-')));
    const first = localesOf(dirs[0]);
    const second = localesOf(dirs[1]);
    for (const dir of dirs.slice(2, 4)) localesOf(dir);
    expect(localesOf(dirs[0])).toBe(first);
    localesOf(dirs[4]);
    expect(localesOf(dirs[0])).toBe(first);
    expect(localesOf(dirs[1])).not.toBe(second);
    // A caller's own object is its own, whatever is shared.
    expect(new Locales(dirs[0])).not.toBe(first);
  });
});
