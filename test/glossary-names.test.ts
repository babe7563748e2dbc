import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processText } from '../pipeline/process.js';
import { ROOT } from './helpers/cli.js';

const head = readFileSync(join(ROOT, 'test/fixtures/papers/mini-paper/en.md'), 'utf8').split('---\n').slice(0, 2).join('---\n') + '---\n\n';

describe('glossary terms inside names', () => {
  it('does not count a term that is part of a person\'s name, but does count a leading title and free uses', () => {
    const text = head + "Prime Minister Mohammad Shia' al-Sudani met Ayatollah Ali al-Sistani. Shia parties welcomed it.\n";
    const { paper } = processText(text, { slug: 'names', lang: 'en', source: 'names/en.md' });
    const shia = paper!.glossary.find((g) => g.id === 'shia');
    expect(paper!.entities.map((e) => e.id)).toEqual(expect.arrayContaining(['mohammed-shia-al-sudani', 'ali-al-sistani']));
    expect(shia?.occurrences.map((o) => o.text)).toEqual(['Shia']);
    expect(shia?.occurrences[0].column).toBeGreaterThan(60);
    expect(paper!.glossary.find((g) => g.id === 'ayatollah')?.count).toBe(1);
  });
});
