/**
 * Every module-level cache of pipeline/ (a Map or WeakMap made at the top of a
 * module, or a memo of text/memo.ts) is listed in docs/architecture.md's
 * Caches table, in a row that names its module: a cache nobody listed is one
 * nobody bounded.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const PIPELINE = join(ROOT, 'pipeline');
const DECLARATION = /^(?:export )?(?:const|let) ([A-Za-z_$][\w$]*)(?::[^=]+)? = (?:new (?:Weak)?Map\b|boundedMemo\(|codePointMemo\()/gmu;

const sources = (readdirSync(PIPELINE, { recursive: true }) as string[]).filter((p) => p.endsWith('.ts') && !p.endsWith('.d.ts') && !p.endsWith('text/memo.ts'));
const section = /## Caches\n([\s\S]*?)\n## /u.exec(readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8'))![1];
const rows = section.split('\n').filter((l) => l.startsWith('| `'));

describe('the caches table of docs/architecture.md', () => {
  const caches = sources.flatMap((path) => [...readFileSync(join(PIPELINE, path), 'utf8').matchAll(DECLARATION)].map((m) => ({ path: relative(PIPELINE, join(PIPELINE, path)).split('\\').join('/'), name: m[1] })));

  it('finds the caches it looks for', () => {
    expect(caches.length).toBeGreaterThan(30);
  });

  it('lists each module-level cache in a row that names its module', () => {
    const unlisted = caches.filter(({ path, name }) => !rows.some((row) => row.includes(`\`${name}\``) && row.includes(basename(path))));
    expect(unlisted.map(({ path, name }) => `${path} ${name}`)).toEqual([]);
  });
});
