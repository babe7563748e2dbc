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
