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

describe('headings set only in bold or capitals, without a contents', () => {
  const { markdown } = importConverted(fixture('styled-headings.txt'));
  const { body } = splitOutput(markdown);

  it('promotes a short bold line and a capitals line followed by a paragraph; the number gives the level', () => {
    expect(headings(markdown)).toEqual(['## 1. Background of the Crisis', '### 1.1 The Court Ruling', '## The Positions of the US and Iran']);
  });

  it('keeps bold lead-ins, bold sentences, captions and bold list items as they are', () => {
    expect(body).toContain('**Key points:** the vote was delayed');
    expect(body).toContain('**The parties agreed on one thing only.**');
    expect(body).toContain('**Figure 1: Seats by party**');
    expect(body).toContain('- **Reform of the court**');
  });

  it('leaves a source file (front matter present) alone', () => {
    const source = `---\ntitle: T\n---\n\n**A Bold Line**\n\nA paragraph after it.\n`;
    expect(splitOutput(importConverted(source).markdown).body).toBe('**A Bold Line**\n\nA paragraph after it.\n');
  });
});

describe('bold lines beside a printed contents', () => {
  it('makes a bold line the contents does not list a sub-section of the section it is in', () => {
    const text = fixture('flat-contents.txt').replace(
      '### **Reactions Inside the Framework**',
      '**The Finance Committee**\n\nThe committee asked for the payroll and was refused twice.\n\n### **Reactions Inside the Framework**',
    );
    expect(headings(importConverted(text).markdown)).toEqual([
      '## The Budget Law',
      '### The Finance Committee',
      '## Reactions Inside the Framework',
      '## Outlook',
    ]);
  });
});

describe('numbered headings without a contents', () => {
  it('take their level from the number, not from the converter, and lose their capitals', () => {
    const text = fixture('styled-headings.txt')
      .replace('**1.1 The Court Ruling**', '#### 1.1 The Court Ruling')
      .replace('THE POSITIONS OF THE US AND IRAN', '#### 1.2 THE POSITIONS OF THE US AND IRAN');
    expect(headings(importConverted(text).markdown)).toEqual([
      '## 1. Background of the Crisis',
      '### 1.1 The Court Ruling',
      '### 1.2 The Positions of the US and Iran',
    ]);
  });

  it('title-case a numbered line in capitals from its first word', () => {
    const text = fixture('styled-headings.txt').replace('**1. Background of the Crisis**', '1. AN ASSEMBLY WITHOUT RIVALS');
    expect(headings(importConverted(text).markdown)?.[0]).toBe('## 1. An Assembly Without Rivals');
  });
});

describe('section numbers a layout printed before the headings', () => {
  const para = 'The talks resumed in Jeddah after a pause of several months, with the same mediators at the table.';
  const text = (titles: string[]) => `# Talks in Jeddah\n\n${titles.map((t) => `${t}\n\n${para}`).join('\n\n')}\n`;

  it('removes a full outline numbering (1, 2, 2.1, 2.2, 3) and keeps the levels it gave; back matter after it has none', () => {
    const { markdown, file } = importConverted(text(['## 1 Summary', '## 2 The Parties', '#### 2.1 The Army', '#### 2.2 ملخص', '## 3 Outlook', '## Notes']));
    expect(headings(markdown)).toEqual(['## Summary', '## The Parties', '### The Army', '### ملخص', '## Outlook', '## Notes']);
    expect(file.messages.filter((m) => m.ruleId === 'import-heading-number')).toHaveLength(1);
  });

  it('keeps numbers that skip (1, 3), that some headings lack, or that an author wrote with a stop', () => {
    expect(headings(importConverted(text(['## 1 Summary', '## 3 Outlook'])).markdown)).toEqual(['## 1 Summary', '## 3 Outlook']);
    expect(headings(importConverted(text(['## Summary', '## 1 Parties', '## 2 Outlook'])).markdown)).toEqual(['## Summary', '## 1 Parties', '## 2 Outlook']);
    expect(headings(importConverted(text(['## 1. Summary', '## 2. Outlook'])).markdown)).toEqual(['## 1. Summary', '## 2. Outlook']);
  });
});
