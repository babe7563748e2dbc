/**
 * An edition's bytes do not depend on what the process rendered before it (fontkit keeps
 * per-font state; the shaping cache is module-level), nor on a preload (preloadPdf fills
 * the caches and draws a warm-up document with the same fonts). Modules are reloaded
 * between renders so each comparison starts from fresh fonts and caches.
 */
import { createHash } from 'node:crypto';
import { expect, it, vi } from 'vitest';
import type { Lang } from '../pipeline/model/paper.js';

const SLUG = 'rifts-within-iraqi-shiite-parties';

async function render(langs: Lang[], preload = false): Promise<string> {
  const { processPath } = await import('../pipeline/process.js');
  const { createI18n } = await import('../pipeline/i18n/index.js');
  const { renderPdf, preloadPdf } = await import('../pipeline/render/pdf/index.js');
  if (preload) await preloadPdf();
  let hash = '';
  for (const lang of langs) {
    const source = `source/${SLUG}/${lang}.md`;
    const { paper } = processPath(source, { slug: SLUG, lang, source });
    const i18n = createI18n(lang);
    const pdf = await renderPdf(paper!, { lang, t: i18n.t, i18n, slug: SLUG, editions: ['en', 'ar'], formats: ['pdf'], epoch: 1714867200 });
    hash = createHash('sha256').update(pdf).digest('hex');
  }
  return hash;
}

it('renders the Arabic edition to the same bytes after the English one as in a fresh process', async () => {
  const afterEnglish = await render(['en', 'ar']);
  vi.resetModules();
  const fresh = await render(['ar']);
  expect(afterEnglish).toBe(fresh);
});

it('renders the same bytes after a preload as in a fresh process', async () => {
  const fresh = await render(['en']);
  vi.resetModules();
  expect(await render(['en'], true)).toBe(fresh);
});
