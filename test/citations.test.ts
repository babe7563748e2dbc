import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { renderCsl, cslItems } from '../pipeline/render/csl/index.js';
import { classifyTarget } from '../pipeline/extract/citations/url.js';
import { extract, readFixture } from './helpers/extract.js';

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv);
const validateCsl = ajv.compile(JSON.parse(readFixture('schema/csl.schema.json')));

const PAPER = `## Background

Sadr called for protests [on X](https://x.com/Mu_AlSadr/status/1) in 2023.[^1] The framework answered.[^2] See also <https://www.example.org/report> and https://rasanah-iiis.org/english/page.

A lost link [here](#) and an empty one [there](). A broken one [cited](http//example.com) and [another](www.example.com/no-scheme). A [reference link][cfr] and an [internal one](#background). Mail [us](mailto:a@b.org).

Again the first source.[^1]

[cfr]: https://www.cfr.org/backgrounder/iraq

[^1]: Reuters, "Sadr calls for protests," 12 March 2023, https://www.reuters.com/world/middle-east/sadr-1
[^2]: Interview with a framework official, Baghdad, June 2023.

## References

- Smith, J. *Iraq's Militias*. London, 2021.
- [Crisis Group, Iraq report](https://www.crisisgroup.org/iraq), 2022.
`;

describe('citations', () => {
  const { citations, tree, file } = extract(PAPER);

  it('takes a DOI written in a note or an entry as its address at doi.org', () => {
    const cited = extract('Trade fell.[^1]\n\n## References\n\n- Smith, J. (2021). "Shipping." *J. Maritime Studies* 12(3). doi:10.1234/jms.2021.45.\n- Jones, K. (2020). DOI 10.5555/abc-12.\n\n[^1]: Hamid, A. (2019). *Ports*. https://doi.org/10.1000/182\n').citations;
    expect(cited.map((c) => c.href)).toEqual(['https://doi.org/10.1000/182', 'https://doi.org/10.1234/jms.2021.45', 'https://doi.org/10.5555/abc-12']);
    expect(cited.every((c) => !c.malformed)).toBe(true);
  });

  it('numbers links, footnotes, bare URLs and bibliography entries in order of appearance', () => {
    expect(citations.map((c) => [c.id, c.number, c.kind, c.text.slice(0, 20)])).toEqual([
      ['c-1', 1, 'link', 'on X'],
      ['c-2', 2, 'footnote', 'Reuters, "Sadr calls'],
      ['c-3', 3, 'footnote', 'Interview with a fra'],
      ['c-4', 4, 'url', 'https://www.example.'],
      ['c-5', 5, 'url', 'https://rasanah-iiis'],
      ['c-6', 6, 'link', 'here'],
      ['c-7', 7, 'link', 'there'],
      ['c-8', 8, 'link', 'cited'],
      ['c-9', 9, 'link', 'another'],
      ['c-10', 10, 'link', 'reference link'],
      ['c-11', 11, 'bibliography', 'Smith, J. Iraq\'s Mil'],
      ['c-12', 12, 'bibliography', 'Crisis Group, Iraq r'],
    ]);
  });

  it('records the target, the supported sentence and where the citation is', () => {
    const [link, fn1, fn2] = citations;
    expect(link).toMatchObject({ href: 'https://x.com/Mu_AlSadr/status/1', placeholder: false, section: 'background', sentence: 'Sadr called for protests on X in 2023.', line: 14, column: 26 });
    expect(link.block).toMatch(/^p-/);
    expect(fn1).toMatchObject({ href: 'https://www.reuters.com/world/middle-east/sadr-1', sentence: 'Sadr called for protests on X in 2023.' });
    expect(fn2).toMatchObject({ href: null, sentence: 'The framework answered.', placeholder: false });
    // A note's or entry's first date is its source's date; a link's text is not read for one.
    expect(citations.map((c) => c.issued)).toEqual([undefined, '2023-03-12', '2023-06', ...Array(7).fill(undefined), '2021', '2022']);
    expect(citations.find((c) => c.kind === 'bibliography' && c.href)?.href).toBe('https://www.crisisgroup.org/iraq');
    expect(citations.find((c) => c.text === 'reference link')?.href).toBe('https://www.cfr.org/backgrounder/iraq');
  });

  it('marks lost links as placeholders and reports them and malformed URLs as warnings where they are', () => {
    expect(citations.filter((c) => c.placeholder).map((c) => c.text)).toEqual(['here', 'there']);
    expect(citations.filter((c) => c.malformed).map((c) => c.text)).toEqual(['cited', 'another']);
    const warnings = file.messages.filter((m) => m.ruleId?.startsWith('citation-')).map((m) => [m.ruleId, m.line, m.column, m.fatal]);
    expect(warnings).toEqual([
      ['citation-placeholder', 16, 13, false],
      ['citation-placeholder', 16, 40, false],
      ['citation-malformed-url', 16, 64, false],
      ['citation-malformed-url', 16, 95, false],
    ]);
  });

  it('does not cite internal links or e-mail addresses', () => {
    expect(citations.map((c) => c.text)).not.toContain('internal one');
    expect(citations.map((c) => c.text)).not.toContain('us');
  });

  it('sets data.citation on the cited nodes; every reference to a footnote shares its citation', () => {
    const marked: string[] = [];
    visit(tree as Root, (node) => {
      const id = (node as { data?: { citation?: string } }).data?.citation;
      if (id) marked.push(`${node.type}:${id}`);
    });
    expect(marked).toContain('link:c-1');
    expect(marked.filter((m) => m === 'footnoteReference:c-2')).toHaveLength(2);
    expect(marked).toContain('listItem:c-11');
    expect(marked).toContain('linkReference:c-10');
  });

  it('exports the sources as CSL-JSON that validates against schema/csl.schema.json', () => {
    const paper = { meta: { lang: 'en' as const, date: '2024-05-05' }, citations };
    const items = JSON.parse(renderCsl(paper as never));
    expect(validateCsl(items), ajv.errorsText(validateCsl.errors)).toBe(true);
    expect(items.map((i: { id: string }) => i.id)).toEqual(['c-1', 'c-2', 'c-3', 'c-4', 'c-5', 'c-10', 'c-11', 'c-12']);
    expect(items[1]).toMatchObject({ type: 'webpage', URL: 'https://www.reuters.com/world/middle-east/sadr-1', issued: { 'date-parts': [[2023, 3, 12]] } });
    expect(items[2]).toMatchObject({ type: 'document', issued: { 'date-parts': [[2023, 6]] } });
    // Lost and malformed links point nowhere: they are reported, not exported.
    expect(cslItems(paper as never).some((i) => ['here', 'there', 'cited', 'another'].includes(i.title))).toBe(false);
  });

  it('the schema rejects what the export must not produce', () => {
    expect(validateCsl([{ id: 'c-1', type: 'webpage', title: 'x', language: 'en', 'citation-number': 1, URL: 'not a url' }])).toBe(false);
    expect(validateCsl([{ id: 'c-1', type: 'book', title: 'x', language: 'en', 'citation-number': 1 }])).toBe(false);
  });
});

describe('citations of the sample paper', () => {
  for (const lang of ['en', 'ar'] as const) {
    it(`${lang}: the seven links lost in conversion are placeholders with their sentence`, () => {
      const { citations, file } = extract(readFixture(`source/rifts-within-iraqi-shiite-parties/${lang}.md`), lang);
      expect(citations).toHaveLength(7);
      expect(citations.every((c) => c.placeholder && c.kind === 'link' && c.href === null && c.sentence.length > 20)).toBe(true);
      expect(file.messages.filter((m) => m.ruleId === 'citation-placeholder')).toHaveLength(7);
    });
  }
});

describe('URL checks', () => {
  it.each([
    ['https://www.rasanah-iiis.org/x', 'ok'],
    ['http://example.com', 'ok'],
    ['doi:10.1000/182', 'ok'],
    ['#', 'placeholder'],
    ['', 'placeholder'],
    ['#section', 'internal'],
    ['mailto:a@b.org', 'internal'],
    ['../other.md', 'internal'],
    ['http//example.com', 'malformed'],
    ['www.example.com', 'malformed'],
    ['https://exa mple.com', 'malformed'],
    ['http://localhost', 'malformed'],
    ['htp://example.com', 'malformed'],
  ])('%s is %s', (href, kind) => {
    expect(classifyTarget(href)).toBe(kind);
  });
});
