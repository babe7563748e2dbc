import { describe, expect, it } from 'vitest';
import { importConverted } from '../pipeline/import/index.js';
import { fixture, splitOutput } from './import-helpers.js';

describe('running headers and footers that print the page number', () => {
  const { markdown, file } = importConverted(fixture('running-page-labels.txt'));
  const { body } = splitOutput(markdown);
  const reasons = file.messages.filter((m) => m.ruleId === 'import-running-header').map((m) => m.reason);

  it('drops `4 | Name` and `Name | 7`, even though every page prints another number', () => {
    expect(body).not.toMatch(/Nahrain/u);
    expect(reasons).toEqual(["dropped running header or footer '4 | Nahrain'", "dropped running header or footer 'Nahrain | 7'"]);
  });

  it('drops `- 9 -`, `Page 10` and a roman page number', () => {
    expect(body).not.toMatch(/^(?:- 9 -|Page 10|xi)$/mu);
  });

  it('joins the text the furniture cut: a sentence and a hyphenated word', () => {
    expect(body).toContain('named a new deputy chairman of the parliament');
    expect(body).toContain("the country's main security partner. Its leaders");
    expect(body).toContain('published in the weekly newspaper of the movement');
  });

  it('keeps a short line with a number that is no page label', () => {
    const text = fixture('running-page-labels.txt').replace('Page 10', 'Table 1\n\nTable 2\n\nTable 3');
    expect(splitOutput(importConverted(text).markdown).body).toMatch(/^Table 1\n\nTable 2\n\nTable 3$/mu);
  });

  it('keeps a short line repeated twice whose number is part of a word (`Wave 2-19`)', () => {
    const text = fixture('running-page-labels.txt').replace('Page 10', 'Wave 2-19').replace('- 9 -', 'Wave 2-19');
    expect(splitOutput(importConverted(text).markdown).body.match(/^Wave 2-19$/gmu)).toHaveLength(2);
  });
});

describe("running lines naming the paper's title or publisher", () => {
  it('drops them even once, with the page number beside them or not', () => {
    const text = fixture('running-page-labels.txt')
      .replace('- 9 -', 'The Armed Factions and the State')
      .replace('Page 10', '10 Nahrain Center for Studies');
    const { body } = splitOutput(importConverted(text).markdown);
    expect(body).not.toMatch(/Armed Factions|Nahrain/u);
  });
});

describe('running lines inside a paragraph', () => {
  it('drops a line printing its page number between two lines of a paragraph, and joins the word it cut', () => {
    const text = fixture('running-page-labels.txt')
      .replace('deputy\n\n4 | Nahrain\n\nchairman', 'deputy\n4 | Nahrain\nchairman')
      .replace('secu-\n\nNahrain | 7\n\nrity', 'secu-\nNahrain | 7\nrity')
      .replace('weekly\n\nxi\n\nnewspaper', 'weekly\nPage 11\nnewspaper');
    const { body } = splitOutput(importConverted(text).markdown);
    expect(body).not.toMatch(/Nahrain|Page 11/u);
    expect(body).toMatch(/a new deputy\nchairman of the parliament/u);
    expect(body).toContain("main security partner.");
    expect(body).toMatch(/weekly\nnewspaper/u);
  });

  it('keeps a line of text that ends in a number once', () => {
    const text = fixture('running-page-labels.txt').replace('deputy\n\n4 | Nahrain\n\nchairman', 'deputy\nchairman of the parliament – 2024\nof');
    expect(splitOutput(importConverted(text).markdown).body).toContain('deputy\nchairman of the parliament – 2024\nof');
  });

  it("drops a running header that is the title's part before its colon", () => {
    const text = fixture('running-page-labels.txt')
      .replace('# THE ARMED FACTIONS AND THE STATE', '# THE ARMED FACTIONS AND THE STATE: A NEW BALANCE')
      .replace('- 9 -', 'The Armed Factions and the State');
    expect(splitOutput(importConverted(text).markdown).body).not.toMatch(/Armed Factions/u);
  });
});
