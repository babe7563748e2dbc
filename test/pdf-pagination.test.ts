/**
 * Pagination rules of the flow (document.ts) on blocks of known heights: the end of a group
 * (a list of sources, an index) never starts a page alone, a table's header row never
 * ends a page, a paragraph leaves no line alone on either page, and no page ends inside a
 * hyphenated word.
 */
import { describe, expect, it } from 'vitest';
import type { Block } from '../pipeline/render/pdf/blocks.js';
import { MARGIN, PAGE } from '../pipeline/render/pdf/content.js';
import { Flow } from '../pipeline/render/pdf/document.js';
import type { LaidLine } from '../pipeline/render/pdf/layout.js';

const LINE = 10;
const line = (): LaidLine => ({ runs: [], width: 0, height: LINE, baseline: 8, breakSpace: false });
const block = (lines: number, more: Partial<Block> = {}): Block => ({
  cells: [{ x: MARGIN.side, width: 100, lines: Array.from({ length: lines }, line), spans: [], lang: 'en' }],
  tag: 'P',
  spaceBefore: 0,
  spaceAfter: 0,
  ...more,
});
/** A paragraph filling the first page but for `free` lines. */
const filler = (free: number) => block(Math.floor((PAGE.height - MARGIN.bottom - MARGIN.top) / LINE) - free);
const pageOf = (flow: Flow, b: Block) => flow.pages.findIndex((p) => p.fragments.some((f) => f.block === b)) + 1;

describe('the flow', () => {
  it('takes the entry before the last one-line entry of a group to the next page rather than leave that one alone there', () => {
    const entries = [1, 1, 1].map(() => block(1, { group: 'sources' }));
    const flow = new Flow();
    flow.add([filler(2), ...entries]);
    expect(entries.map((e) => pageOf(flow, e))).toEqual([1, 2, 2]);
  });

  it('leaves a group alone when two lines of it or more go to the next page', () => {
    const entries = [1, 1, 1, 1].map(() => block(1, { group: 'sources' }));
    const flow = new Flow();
    flow.add([filler(2), ...entries]);
    expect(entries.map((e) => pageOf(flow, e))).toEqual([1, 1, 2, 2]);
  });

  it('keeps a table header row with the first row, and a heading with both', () => {
    const heading = block(1, { tag: 'H2', keepWithNext: true });
    const header = block(1, { tag: 'TR', keepWithNext: true });
    const row = block(2, { tag: 'TR', header });
    const flow = new Flow();
    flow.add([filler(3), heading, header, row]);
    expect([heading, header, row].map((b) => pageOf(flow, b))).toEqual([2, 2, 2]);
  });

  it('moves a three-line paragraph whole when only two of its lines fit, and splits a longer one leaving two lines on each side', () => {
    for (const [lines, free, expected] of [[3, 2, [2]], [4, 2, [1, 2]], [4, 3, [1, 2]]] as const) {
      const paragraph = block(lines);
      const flow = new Flow();
      flow.add([filler(free), paragraph]);
      const fragments = flow.pages.flatMap((p, n) => p.fragments.filter((f) => f.block === paragraph).map((f) => ({ page: n + 1, lines: f.lines.length })));
      expect(fragments.map((f) => f.page)).toEqual(expected);
      for (const f of fragments) expect(f.lines).toBeGreaterThan(1);
    }
  });

  it('ends no page inside a hyphenated word: a line goes over with it while two stay, else the paragraph moves', () => {
    const paragraph = block(6);
    paragraph.cells[0].lines[2] = { ...line(), hyphenated: true };
    const flow = new Flow();
    flow.add([filler(3), paragraph]);
    const counts = flow.pages.flatMap((p) => p.fragments.filter((f) => f.block === paragraph).map((f) => f.lines.length));
    expect(counts).toEqual([2, 4]);
    // With room for two lines only, the second ending with a hyphen: the paragraph starts on the next page.
    const short = block(6);
    short.cells[0].lines[1] = { ...line(), hyphenated: true };
    const next = new Flow();
    next.add([filler(2), short]);
    expect(pageOf(next, short)).toBe(2);
    expect(next.pages[0].fragments.some((f) => f.block === short)).toBe(false);
  });
});
