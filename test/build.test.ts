/** The batch build's parts on their own: shards, cache keys, the output lock, GitHub annotations. */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { inShard, parseShard, shardOf } from '../pipeline/batch/shard.js';
import { optionsKey, paperKey, type KeyOptions } from '../pipeline/batch/cache.js';
import { acquireLock, LockTimeoutError } from '../pipeline/batch/lock.js';
import { githubAnnotation } from '../pipeline/cli/github.js';
import { removeTemporaries, writeAtomic } from '../pipeline/batch/write.js';
import { ROOT } from './helpers/cli.js';

const temp = () => mkdtempSync(join(tmpdir(), 'papers-build-'));

describe('shards', () => {
  const slugs = Array.from({ length: 1000 }, (_, i) => `paper-${i}`);

  it('put every paper in exactly one shard, in roughly even shares', () => {
    const counts = [0, 0, 0, 0];
    for (const slug of slugs) {
      const owners = [1, 2, 3, 4].filter((index) => inShard(slug, { index, count: 4 }));
      expect(owners).toHaveLength(1);
      counts[owners[0] - 1]++;
    }
    for (const c of counts) expect(c).toBeGreaterThan(200);
  });

  it('depend only on the slug: adding papers moves no other paper', () => {
    const before = slugs.map((s) => shardOf(s, 3));
    const more = [...slugs, 'another-paper', 'و-ورقة-عربية'];
    expect(more.slice(0, slugs.length).map((s) => shardOf(s, 3))).toEqual(before);
  });

  it('are written i/n with 1 ≤ i ≤ n', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/2', '3/2', 'a/b', '1', '1/0']) expect(() => parseShard(bad)).toThrow(/not of the form i\/n/);
  });
});

describe('cache keys', () => {
  const dir = temp();
  mkdirSync(join(dir, 'source/p'), { recursive: true });
  writeFileSync(join(dir, 'source/p/en.md'), 'one');
  const source = { slug: 'p', dir: join(dir, 'source/p'), files: { en: join(dir, 'source/p/en.md') } };
  const options: KeyOptions = { langs: ['en', 'ar'], formats: undefined, cwd: dir, localesDir: join(ROOT, 'locales'), env: {}, config: null };

  it('change with a source, and only then', () => {
    const base = optionsKey(options);
    const first = paperKey(source, options, base)!;
    expect(paperKey(source, options, base)!.key).toBe(first.key);
    writeFileSync(source.files.en, 'two');
    expect(paperKey(source, options, base)!.key).not.toBe(first.key);
    // The last build's stamps are trusted only while size and time match: a new content is read and hashed again.
    expect(paperKey(source, options, base, first.sources)!.key).not.toBe(first.key);
  });

  it('change with the formats, the languages and SOURCE_DATE_EPOCH', () => {
    const base = optionsKey(options);
    expect(optionsKey({ ...options, formats: ['json'] })).not.toBe(base);
    expect(optionsKey({ ...options, langs: ['en'] })).not.toBe(base);
    expect(optionsKey({ ...options, env: { SOURCE_DATE_EPOCH: '1700000000' } })).not.toBe(base);
    expect(optionsKey({ ...options })).toBe(base);
  });

  it('are null for a source that cannot be read (the build then reports it)', () => {
    expect(paperKey({ ...source, files: { en: join(dir, 'missing.md') } }, options, 'x')).toBeNull();
  });
});

describe('the output lock', () => {
  it('makes a second taker wait, then time out with the holder named', async () => {
    const out = temp();
    const release = await acquireLock(out, { timeoutMs: 1000 });
    let waited = false;
    await expect(acquireLock(out, { timeoutMs: 300, onWait: () => (waited = true) })).rejects.toThrow(new RegExp(`locked by another build \\(pid ${process.pid} on `));
    expect(waited).toBe(true);
    release();
    expect(existsSync(join(out, '.lock'))).toBe(false);
    (await acquireLock(out, { timeoutMs: 300 }))();
  });

  it('breaks a lock left by a process that is gone', async () => {
    const out = temp();
    const dead = spawnSync(process.execPath, ['-e', '0']).pid!;
    writeFileSync(join(out, '.lock'), JSON.stringify({ pid: dead, host: hostname() }));
    const release = await acquireLock(out, { timeoutMs: 300 });
    expect(JSON.parse(readFileSync(join(out, '.lock'), 'utf8')).pid).toBe(process.pid);
    release();
  });

  it('never breaks a live lock', async () => {
    const out = temp();
    writeFileSync(join(out, '.lock'), JSON.stringify({ pid: process.pid, host: hostname() }));
    await expect(acquireLock(out, { timeoutMs: 200 })).rejects.toBeInstanceOf(LockTimeoutError);
    expect(existsSync(join(out, '.lock'))).toBe(true);
  });
});

describe('GitHub annotations', () => {
  it('carry file, position and rule, with the workflow-command escapes', () => {
    const line = githubAnnotation({ ruleId: 'citation-placeholder', severity: 'warning', message: '50% lost\nhere', file: 'source/a,b:c/en.md', line: 3, column: 7, endLine: 3, endColumn: 9 });
    // A line break from a source is shown, not obeyed: the annotation says what the source holds.
    expect(line).toBe('::warning file=source/a%2Cb%3Ac/en.md,line=3,col=7,endLine=3,endColumn=9,title=citation-placeholder::50%25 lost\\u{a}here');
    expect(githubAnnotation({ ruleId: 'citation-placeholder', severity: 'warning', message: 'm', file: 'a.md', line: 1, column: 1 }, true)).toBe('::error file=a.md,line=1,col=1,title=citation-placeholder::m');
    expect(githubAnnotation({ ruleId: 'source-slug', severity: 'error', message: 'bad', file: 'source/x y', line: null, column: null })).toBe('::error file=source/x y,title=source-slug::bad');
  });
});

describe('writing outputs', () => {
  it('replaces files whole, and sweeps the temporaries a killed build left', () => {
    const out = temp();
    writeAtomic(join(out, 'p/en.json'), 'new');
    writeFileSync(join(out, 'p/en.json.4242.1.7.tmp'), 'half');
    writeFileSync(join(out, 'p/notes.tmp'), 'not ours');
    expect(removeTemporaries(out)).toEqual(['p/en.json.4242.1.7.tmp']);
    expect(readFileSync(join(out, 'p/en.json'), 'utf8')).toBe('new');
    expect(existsSync(join(out, 'p/notes.tmp'))).toBe(true);
  });
});
