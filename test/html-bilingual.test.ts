import { describe, expect, test } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { renderBilingual, renderHtml } from '../pipeline/render/html/index.js';
import { takeRenderedBody } from '../pipeline/render/html/body.js';
import { translator } from '../pipeline/i18n/index.js';
import type { Lang } from '../pipeline/model/paper.js';
import type { TFunction } from 'i18next';
import { anchorProblems, sampleEditions } from './html-paper.js';

const SLUG = 'rifts-within-iraqi-shiite-parties';

describe('the bilingual edition of the sample paper', () => {
  const set = sampleEditions().set;
  const html = renderBilingual(set, ['html', 'json'], translator)!;
  const els: Element[] = [];
  visit(fromHtml(html), 'element', (el: Element) => void els.push(el));
  const rows = els.filter((e) => e.tagName === 'div' && (e.properties.className as string[])?.includes('row') && !(e.properties.className as string[]).includes('heads'));
  const cols = (row: Element) => row.children.filter((c): c is Element => c.type === 'element');
  const idsIn = (el: Element) => {
    const ids: string[] = [];
    visit(el, 'element', (e: Element) => void (typeof e.properties.id === 'string' && ids.push(e.properties.id)));
    return ids;
  };

  test('every row has an English column and an Arabic column in their directions', () => {
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const [en, ar] = cols(row);
      expect([en.properties.lang, en.properties.dir, ar.properties.lang, ar.properties.dir]).toEqual(['en', 'ltr', 'ar', 'rtl']);
    }
  });

  test('aligned blocks share a row, and every block of both bodies appears once', () => {
    const rowOf = new Map<string, number>();
    rows.forEach((row, i) => cols(row).forEach((col) => idsIn(col).forEach((id) => rowOf.set(id, i))));
    const alignment = set.editions.en!.alignment!;
    expect(alignment.length).toBeGreaterThan(10);
    const topLevel = (lang: Lang) => new Set((set.editions[lang]!.body.children ?? []).flatMap((n) => ((n.data as { id?: string })?.id ? [(n.data as { id: string }).id] : [])));
    const tops = { en: topLevel('en'), ar: topLevel('ar') };
    let paired = 0;
    for (const pair of alignment) {
      if (!tops.en.has(pair.en) || !tops.ar.has(pair.ar)) continue;
      paired++;
      expect(rowOf.get(`en-${pair.en}`)).toBe(rowOf.get(`ar-${pair.ar}`));
    }
    expect(paired).toBeGreaterThan(10);
    for (const lang of ['en', 'ar'] as const) for (const id of tops[lang]) expect(rowOf.has(`${lang}-${id}`), `${lang}-${id}`).toBe(true);
  });

  test('ids are unique and every in-page link has a target', () => {
    expect(anchorProblems(html)).toEqual([]);
  });

  test('glossary terms are marked in both columns', () => {
    const termsIn = (lang: Lang) => els.filter((e) => e.properties.lang === lang && e.tagName === 'div').flatMap((col) => {
      const found: Element[] = [];
      visit(col, 'element', (e: Element) => void ((e.properties.className as string[] | undefined)?.includes('term') && found.push(e)));
      return found;
    });
    if (set.editions.en!.glossary.length) expect(termsIn('en').length).toBeGreaterThan(0);
    if (set.editions.ar!.glossary.length) expect(termsIn('ar').length).toBeGreaterThan(0);
  });

  test('is not made when one language is missing', () => {
    expect(renderBilingual({ slug: SLUG, editions: { en: set.editions.en } }, ['html'], translator)).toBeNull();
  });

  test('speaks in the translators it is given, not in locales/ of its own', () => {
    const marked = (lang: Lang) => {
      const t = translator(lang) as unknown as (key: string, ...rest: unknown[]) => string;
      return ((key: string, ...rest: unknown[]) => (key === 'language.name' ? `«name of ${lang}»` : t(key, ...rest))) as unknown as TFunction;
    };
    const page = renderBilingual(set, ['html'], marked)!;
    expect(page).toContain('«name of en»');
    expect(page).toContain('«name of ar»');
    expect(html).not.toContain('«name of');
  });
});

describe('the bilingual edition made right after the HTML editions', () => {
  const { papers, set } = sampleEditions();
  const langs: Lang[] = ['en', 'ar'];
  const editions = () => langs.forEach((lang) => renderHtml(papers[lang], { lang, t: translator(lang), slug: SLUG, editions: langs, formats: ['html'] }));

  test('takes over the bodies the editions rendered, once each', () => {
    editions();
    for (const lang of langs) {
      expect(takeRenderedBody(set.editions[lang]!.body, translator(lang))).toBeDefined();
      expect(takeRenderedBody(set.editions[lang]!.body, translator(lang))).toBeUndefined();
    }
  });

  test('is the page made from the JSON models alone, byte for byte', () => {
    editions();
    const after = renderBilingual(set, ['html'], translator)!;
    const alone = renderBilingual(set, ['html'], translator)!;
    expect(after).toBe(alone);
    // The whole paper in both languages, not an empty shell.
    expect(after.length).toBeGreaterThan(60_000);
  });
});
