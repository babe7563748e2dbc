/**
 * `papers entities`: the names discovery found that the gazetteer lacks,
 * listed across papers, and `--accept` adding them to the gazetteer, which
 * the next run then uses. Run as a user runs it, on a copy of locales/.
 */
import { describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { papers, ROOT } from './helpers/cli.js';
import { processPath } from '../pipeline/process.js';
import type { EntityCandidate } from '../pipeline/extract/entities/candidates.js';

function workspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'papers-entities-'));
  cpSync(join(ROOT, 'locales'), join(dir, 'locales'), { recursive: true });
  // The project config the papers inherit their publisher from.
  cpSync(join(ROOT, 'papers.yml'), join(dir, 'papers.yml'));
  mkdirSync(join(dir, 'source', 'sudan'), { recursive: true });
  for (const lang of ['en', 'ar']) {
    const text = readFileSync(join(ROOT, 'test/fixtures/corpus/dev/sudan-jeddah-mediation', `${lang}.md`), 'utf8');
    writeFileSync(join(dir, 'source', 'sudan', `${lang}.md`), text);
  }
  return dir;
}

describe('papers entities', () => {
  const dir = workspace();
  const run = (...args: string[]) => papers(['entities', 'source', '--locales', 'locales', ...args], { cwd: dir });

  it('lists the candidates with both names, the link confidence, mentions and papers, as JSON, CSV or text', () => {
    const json = run('--format', 'json');
    expect(json.code).toBe(0);
    const candidates = JSON.parse(json.stdout) as EntityCandidate[];
    expect(candidates.find((c) => c.id === 'nyala')).toEqual({ id: 'nyala', type: 'place', names: { en: 'Nyala', ar: 'نيالا' }, confidence: 1, mentions: 2, papers: ['sudan'] });
    expect(candidates.find((c) => c.id === 'tom-perriello')?.names).toEqual({ en: 'Tom Perriello', ar: 'توم بيرييلو' });
    expect(candidates.every((c) => c.type !== ('date' as string))).toBe(true);
    const csv = run('--format', 'csv');
    expect(csv.stdout.split('\r\n')[0]).toBe('id,type,en,ar,confidence,mentions,papers');
    expect(csv.stdout).toContain('\r\nnyala,place,Nyala,نيالا,1,2,sudan\r\n');
    const text = run();
    expect(text.stdout).toMatch(/^place +nyala {2}Nyala \/ نيالا \(1\) {2}2 mentions in sudan$/m);
    expect(text.stderr).toMatch(/candidates in 1 paper/);
  });

  it('adds accepted candidates to both gazetteer files, which the next run uses', () => {
    const accepted = run('--accept', 'nyala', '--accept', 'tom-perriello');
    expect(accepted.code).toBe(0);
    expect(accepted.stderr).toMatch(/added 2 entities/);
    const en = JSON.parse(readFileSync(join(dir, 'locales/en/entities.json'), 'utf8')) as Record<string, unknown>;
    const ar = JSON.parse(readFileSync(join(dir, 'locales/ar/entities.json'), 'utf8')) as Record<string, unknown>;
    expect(en.nyala).toEqual({ type: 'place', name: 'Nyala' });
    expect(ar['tom-perriello']).toEqual({ name: 'توم بيرييلو' });
    const after = JSON.parse(run('--format', 'json').stdout) as EntityCandidate[];
    expect(after.map((c) => c.id)).not.toContain('nyala');
    for (const lang of ['en', 'ar'] as const) {
      const { paper } = processPath(join(dir, 'source/sudan', `${lang}.md`), { slug: 'sudan', lang, source: `${lang}.md`, localesDir: join(dir, 'locales') });
      expect(paper!.entities.find((e) => e.id === 'nyala')?.source, lang).toBe('gazetteer');
    }
    expect(run('--accept', 'no-such-name').code).toBe(1);
  });
});
