import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { processText } from '../pipeline/process.js';
import { ROOT } from './helpers/cli.js';

describe('footnote checks', () => {
  it('reports an undefined reference at its column and an unused definition at its line', () => {
    const text = readFileSync(join(ROOT, 'test/fixtures/bad/unmatched-footnote.md'), 'utf8');
    const { paper, file } = processText(text, { slug: 'fn', lang: 'en', source: 'fn/en.md' });
    expect(paper).not.toBeNull();
    const found = file.messages.filter((m) => m.ruleId?.startsWith('footnote-')).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
    const orphanLine = text.split('\n').findIndex((l) => l.startsWith('[^orphan]')) + 1;
    expect(found.sort()).toEqual(['12:48 footnote-undefined', `${orphanLine}:1 footnote-unused`].sort());
    expect(paper!.citations.filter((c) => c.kind === 'footnote').map((c) => c.text)).toEqual(['A note.']);
  });
});
