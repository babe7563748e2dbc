/**
 * `phrase` resolves a string with placeholders once and then only fills it:
 * it must say exactly what `t` says, for every UI string with placeholders in
 * both languages and any values, and fall back to `t` where i18next does more
 * with a value than insert it.
 */
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createI18n, loadResources, phrase, rememberingT, translator } from '../pipeline/i18n/index.js';
import type { Lang } from '../pipeline/model/paper.js';

/** Dotted keys of the strings with placeholders, with their placeholder names. */
function placeholders(value: unknown, prefix = ''): [string, string[]][] {
  if (typeof value === 'string') {
    const names = [...value.matchAll(/\{\{\s*([^}\s,]+)/g)].map((m) => m[1]);
    return names.length ? [[prefix, [...new Set(names)]]] : [];
  }
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([k, v]) => placeholders(v, prefix ? `${prefix}.${k}` : k));
}

describe.each(['en', 'ar'] as Lang[])('%s UI strings', (lang) => {
  const t = translator(lang);
  const keys = placeholders(loadResources()[lang].common);

  test('there are strings with placeholders to check', () => {
    expect(keys.map(([k]) => k)).toContain('paper.sourceN');
  });

  test('a phrase says what t says, whatever the values', () => {
    const value = fc.string({ unit: fc.constantFrom('a', '٣', ' ', '{', '}', '$', '(', ')', '<', '&', 't', ',', '\u0000') });
    for (const [key, names] of keys) {
      const fill = phrase(t, key, names);
      fc.assert(
        fc.property(fc.tuple(...names.map(() => value)), (values) => {
          const record = Object.fromEntries(names.map((n, i) => [n, values[i]]));
          expect(fill(record)).toBe(t(key, record));
        }),
        { numRuns: 50 },
      );
    }
  });

  test('a remembering t says what t says, and is one per translator', () => {
    const remembering = rememberingT(t);
    expect(rememberingT(t)).toBe(remembering);
    expect(rememberingT(remembering)).toBe(remembering);
    const keys = (value: unknown, prefix = ''): string[] =>
      typeof value === 'string' ? [prefix] : Object.entries(value as object).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
    for (const key of [...keys(loadResources()[lang].common), 'no.such.key']) {
      expect(remembering(key)).toBe(t(key));
      expect(remembering(key)).toBe(t(key));
    }
    expect(remembering('paper.sourceN', { n: '7' })).toBe(t('paper.sourceN', { n: '7' }));
  });

  test('instances are shared per language', () => {
    expect(createI18n(lang)).toBe(createI18n(lang));
    expect(createI18n(lang).language).toBe(lang);
  });
});

test('a phrase whose value i18next formats or pluralizes calls t for every fill', () => {
  const dir = mkdtempSync(join(tmpdir(), 'papers-phrase-'));
  mkdirSync(join(dir, 'en'));
  writeFileSync(
    join(dir, 'en', 'common.json'),
    JSON.stringify({ total: 'Total {{n, number}}', item_one: '{{count}} item', item_other: '{{count}} items', plain: 'No {{x}} here {{x}}' }),
  );
  const t = createI18n('en', dir).t;
  expect(phrase(t, 'total', ['n'])({ n: '1500' })).toBe(t('total', { n: '1500' }));
  expect(t('total', { n: '1500' })).toBe('Total 1,500');
  for (const count of ['1', '2']) expect(phrase(t, 'item', ['count'])({ count })).toBe(t('item', { count }));
  expect(phrase(t, 'plain', ['x'])({ x: 'a' })).toBe('No a here a');
  expect(phrase(t, 'missing.key', ['x'])({ x: 'a' })).toBe(t('missing.key', { x: 'a' }));
});
