/**
 * `papers serve` as an editor uses it: the command started on a folder of
 * papers, a page opened in headless Chromium, the source edited and saved;
 * the page must show the edit by itself within 2 seconds of the save.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { spawn, type ChildProcess } from 'node:child_process';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS } from './site.js';

const CLI = resolve('dist/pipeline/launch/papers.js');
let dir: string;
let serve: ChildProcess;
let url: string;
let browser: Browser;
let stderr = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'papers-serve-'));
  cpSync('test/fixtures/papers/mini-paper', join(dir, 'source/mini-paper'), { recursive: true });
  cpSync('papers.yml', join(dir, 'papers.yml'));
  serve = spawn(process.execPath, [CLI, 'serve', '--port', '0'], { cwd: dir, env: { ...process.env, CI: '1' } });
  serve.stderr!.on('data', (d) => void (stderr += d));
  url = await new Promise<string>((ok, fail) => {
    let out = '';
    serve.stdout!.on('data', (d) => {
      out += d;
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(out);
      if (found) ok(found[0]);
    });
    serve.once('exit', (code) => fail(new Error(`papers serve exited with ${code}: ${stderr}`)));
  });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (serve && serve.exitCode === null) serve.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

test('listens on 127.0.0.1 only', () => {
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:/);
});

test('a saved edit shows in the open page within 2 seconds, without touching the page', async () => {
  const page = await browser.newPage();
  await page.goto(`${url}mini-paper/en.html`);
  expect(await page.textContent('h1')).toBe('A Small Test Paper');
  // The page is connected to the reload stream before the edit is made.
  await page.waitForTimeout(300);
  const source = join(dir, 'source/mini-paper/en.md');
  const saved = performance.now();
  writeFileSync(source, readFileSync(source, 'utf8').replace('title: A Small Test Paper', 'title: A Title Edited Just Now'));
  await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'A Title Edited Just Now', undefined, { timeout: 10_000 });
  const seconds = (performance.now() - saved) / 1000;
  expect(seconds, stderr).toBeLessThan(2);
  // What the build wrote has no reload script: it is added as the page is served.
  expect(readFileSync(join(dir, 'output/mini-paper/en.html'), 'utf8')).not.toContain('EventSource');
});

test('stops cleanly on SIGTERM', async () => {
  const exited = new Promise<number | null>((ok) => serve.once('exit', (code) => ok(code)));
  serve.kill('SIGTERM');
  expect(await exited).toBe(0);
});
