import { describe, expect, it } from 'vitest';
import { importConverted } from '../pipeline/import/index.js';
import { fixture, splitOutput } from './import-helpers.js';

const headings = (markdown: string) => splitOutput(markdown).body.match(/^#+ .*$/gmu);

describe('heading levels from a flat printed contents', () => {
  it('makes every heading the contents lists as a peer a `##` section, whatever the converter printed', () => {
    expect(headings(importConverted(fixture('flat-contents.txt')).markdown)).toEqual([
      '## The Budget Law',
      '## Reactions Inside the Framework',
      '## Outlook',
    ]);
  });

  it('still nests a heading the flat contents does not list under its section', () => {
    const text = fixture('flat-contents.txt').replace('Reactions Inside the Framework .....\t9\n', '');
    expect(headings(importConverted(text).markdown)).toEqual(['## The Budget Law', '### Reactions Inside the Framework', '## Outlook']);
  });
});
