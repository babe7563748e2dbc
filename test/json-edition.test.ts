/**
 * The JSON edition's body is the model's body without positions, exactly what
 * a JSON round trip that drops `position` keys gives, made once per body.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { join } from 'node:path';
import type { Root } from 'mdast';
import { processPath } from '../pipeline/process.js';
import { serializePaper, toPaperJson } from '../pipeline/render/json/index.js';
import type { Lang, Paper } from '../pipeline/model/paper.js';

/** The definition: a JSON round trip with a replacer dropping `position`. */
const roundTrip = (body: unknown): unknown => JSON.parse(JSON.stringify(body, (key, value) => (key === 'position' ? undefined : value)));

describe.each(['en', 'ar'] as Lang[])('the sample paper in %s', (lang) => {
  const slug = 'rifts-within-iraqi-shiite-parties';
  const source = join('source', slug, `${lang}.md`);
  const paper = processPath(source, { slug, lang, source }).paper!;

  test('the body is the round trip without positions', () => {
    const json = toPaperJson(paper);
    expect(JSON.stringify(json.body)).toBe(JSON.stringify(roundTrip(paper.body)));
    expect(JSON.stringify(json.body)).not.toContain('"position"');
    expect(json.body).not.toBe(paper.body);
  });

  test('the body is copied once, and the model keeps its positions', () => {
    expect(toPaperJson(paper).body).toBe(toPaperJson(paper).body);
    expect(paper.body.position).toBeDefined();
  });

  test('the edition is the model with the stripped body, indented', () => {
    const expected = JSON.stringify({ ...paper, body: roundTrip(paper.body) }, null, 2) + '\n';
    expect(serializePaper(paper)).toBe(expected);
    expect(serializePaper(toPaperJson(paper))).toBe(expected);
  });
});

test('any JSON-like body strips like the round trip (undefined, non-finite numbers, nested positions)', () => {
  const leaf = fc.oneof(fc.string(), fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined));
  const { v: value } = fc.letrec<{ v: unknown }>((tie) => ({
    v: fc.oneof(
      { depthSize: 'small' },
      leaf,
      fc.array(tie('v'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('type', 'position', 'data', 'children', 'value', '0', '10'), tie('v'), { maxKeys: 4 }),
    ),
  }));
  fc.assert(
    fc.property(value, (extra) => {
      const body = { type: 'root', children: [], position: { start: { line: 1 } }, data: { extra } } as unknown as Root;
      const paper = { meta: {}, body } as unknown as Paper;
      expect(JSON.stringify(toPaperJson(paper).body)).toBe(JSON.stringify(roundTrip(body)));
    }),
    { numRuns: 300 },
  );
});
