/**
 * The rule registry is the only place rule ids are spelt: no string literal
 * in pipeline/ equals a registered id, every id is unique and well formed,
 * and docs/rules.md is the registry's current rendering.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Rules } from '../pipeline/model/rules.js';
import { rulesDocument } from '../pipeline/model/write-rules-doc.js';

const ROOT = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : name.endsWith('.ts') ? [path] : [];
  });
}

describe('rule registry', () => {
  const ids = Object.values(Rules).map((r) => r.id);

  it('has unique, kebab-case ids with a description', () => {
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of Object.values(Rules)) {
      expect(r.id).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
      expect(r.description.length).toBeGreaterThan(10);
    }
  });

  it('is the only file that spells a rule id as a string literal', () => {
    const registered = new Set(ids);
    const found: string[] = [];
    for (const path of sources(join(ROOT, 'pipeline'))) {
      if (path.endsWith(join('model', 'rules.ts'))) continue;
      // Comments may name a rule; code may not.
      const text = readFileSync(path, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      for (const m of text.matchAll(/(['"`])([a-z0-9-]+)\1/g)) if (registered.has(m[2])) found.push(`${path}: ${m[0]}`);
    }
    expect(found).toEqual([]);
  });

  it('matches docs/rules.md (regenerate with npm run rules)', () => {
    expect(readFileSync(join(ROOT, 'docs', 'rules.md'), 'utf8')).toBe(rulesDocument());
  });
});
