import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { h } from 'hastscript';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { missingKeys, translator } from '../pipeline/i18n/index.js';
import { renderHtml, renderSiteIndex, renderAuthors, htmlAssets, type HtmlContext } from '../pipeline/render/html/index.js';
import { indexName } from '../pipeline/render/html/names.js';
import type { Lang, Paper, PaperJson } from '../pipeline/model/paper.js';
import { anchorProblems, paperFromFile, paperFromMarkdown } from './html-paper.js';
import { processPath, processText } from '../pipeline/process.js';
import { isolateScripts } from '../pipeline/render/html/bidi.js';
import { curlQuotes, smartQuotes } from '../pipeline/render/html/quotes.js';

const SITE = { url: 'https://papers.example.org/' };
const ctx = (lang: Lang, editions: Lang[] = ['en', 'ar'], site: HtmlContext['site'] = SITE): HtmlContext => ({ lang, t: translator(lang), slug: 'test', editions, formats: ['html', 'pdf', 'json'], ...(site ? { site } : {}) });
const fixture = (lang: Lang, annotate: boolean) => paperFromFile(`test/fixtures/html/${lang}.md`, { annotate }).paper;
const elements = (tree: Root): Element[] => {
  const out: Element[] = [];
  visit(tree, 'element', (el: Element) => void out.push(el));
  return out;
};
const text = (el: Element): string => {
  let s = '';
  visit(el, 'text', (t: { value: string }) => void (s += t.value));
  return s;
};
const asJson = (paper: Paper): PaperJson => JSON.parse(JSON.stringify(paper));

test('every UI string exists in both languages', () => {
  expect(missingKeys('common')).toEqual([]);
});

describe.each([
  ['en', false],
  ['en', true],
  ['ar', false],
  ['ar', true],
] as const)('%s edition (extractions: %s)', (lang, annotate) => {
  const paper = fixture(lang, annotate);
  const html = renderHtml(paper, ctx(lang));
  const tree = fromHtml(html);
  const els = elements(tree);

  test('declares its language and direction', () => {
    const root = els.find((e) => e.tagName === 'html')!;
    expect(root.properties.lang).toBe(lang);
    expect(root.properties.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
  });

  test('ids are unique and every in-page link has a target', () => {
    expect(anchorProblems(html)).toEqual([]);
  });

  test('the table of contents links every section of the outline, ids kept in their script', () => {
    const toc = els.find((e) => e.tagName === 'nav' && (e.properties.className as string[]).includes('toc'))!;
    const hrefs = elements({ type: 'root', children: [toc] }).flatMap((e) => (e.tagName === 'a' ? [String(e.properties.href)] : []));
    const walk = (s: Paper['outline']): string[] => s.flatMap((x) => [x.id, ...walk(x.children)]);
    for (const id of walk(paper.outline)) expect(hrefs).toContain(`#${id}`);
    if (lang === 'ar') expect(walk(paper.outline).every((id) => /\p{Script=Arabic}/u.test(id))).toBe(true);
  });

  test('the date is Gregorian, in the edition language', () => {
    const published = text(els.find((e) => e.tagName === 'time' && e.properties.dateTime === '2024-05-05')!);
    expect(published).toBe(lang === 'en' ? 'Published May 5, 2024' : 'نُشرت في 5 مايو 2024');
  });

  test('foreign-script runs are isolated', () => {
    const foreign = els.filter((e) => e.tagName === 'span' && e.properties.lang === (lang === 'en' ? 'ar' : 'en'));
    const texts = foreign.map(text);
    if (lang === 'ar') {
      expect(texts).toContain('State of Law Coalition');
      expect(texts).toContain('Coordination Framework');
      expect(foreign.every((e) => e.properties.dir === 'ltr')).toBe(true);
    } else {
      expect(texts).toContain('التيار الصدري');
      expect(foreign.every((e) => e.properties.dir === 'rtl')).toBe(true);
    }
  });

  test('links to the other language and to the PDF and JSON editions, with absolute canonical and hreflang URLs', () => {
    const other = lang === 'en' ? 'ar' : 'en';
    const link = (rel: string, hrefLang?: string) => els.find((e) => e.tagName === 'link' && (e.properties.rel as string[]).includes(rel) && (hrefLang === undefined || e.properties.hrefLang === hrefLang));
    expect(link('canonical')?.properties.href).toBe(`${SITE.url}test/${lang}.html`);
    expect(link('alternate', other)?.properties.href).toBe(`${SITE.url}test/${other}.html`);
    expect(link('alternate', 'x-default')?.properties.href).toBe(`${SITE.url}test/en.html`);
    expect(els.some((e) => e.tagName === 'a' && e.properties.href === `${other}.html` && e.properties.hrefLang === other)).toBe(true);
    expect(els.some((e) => e.tagName === 'a' && e.properties.href === `${lang}.pdf`)).toBe(true);
    expect(els.some((e) => e.tagName === 'a' && e.properties.href === `${lang}.json`)).toBe(true);
    const meta = (key: string) => els.filter((e) => e.tagName === 'meta' && (e.properties.name === key || e.properties.property === key)).map((e) => String(e.properties.content));
    expect(meta('description')[0].length).toBeGreaterThan(20);
    expect(meta('og:url')).toEqual([`${SITE.url}test/${lang}.html`]);
    expect(meta('twitter:card')).toEqual(['summary']);
    expect(meta('citation_title')).toEqual([paper.meta.title]);
    expect(meta('citation_author').length).toBeGreaterThan(0);
    expect(meta('citation_publication_date')).toEqual(['2024/05/05']);
    expect(meta('citation_pdf_url')).toEqual([`${SITE.url}test/${lang}.pdf`]);
  });

  test('JSON-LD describes a Report with its headline, authors, URL, dates, translation, publisher and entities', () => {
    const script = els.find((e) => e.tagName === 'script' && e.properties.type === 'application/ld+json')!;
    const data = JSON.parse(text(script));
    expect(data['@type']).toContain('Report');
    expect(data.inLanguage).toBe(lang);
    expect(data.headline).toBeTruthy();
    expect(data.url).toBe(`${SITE.url}test/${lang}.html`);
    expect(data.author.length).toBeGreaterThan(0);
    expect(data.dateModified).toBe('2024-05-05');
    expect(data.description).toBeTruthy();
    expect(data.publisher.name).toBe(paper.meta.publisher.name[lang]);
    const other = lang === 'en' ? 'ar' : 'en';
    expect(data[lang === 'en' ? 'workTranslation' : 'translationOfWork']['@id']).toBe(`${SITE.url}test/${other}.html`);
    expect((data.mentions ?? []).length).toBe(paper.entities.filter((e) => e.type !== 'date').length);
  });

  test('back matter follows the model', () => {
    const sections = els.filter((e) => e.tagName === 'section').map((e) => e.properties.id);
    expect(sections.includes('_glossary')).toBe(annotate);
    expect(sections.includes('_sources')).toBe(annotate);
    expect(sections.includes('_names')).toBe(annotate);
    if (!annotate) return;
    const dfns = els.filter((e) => e.tagName === 'dfn');
    expect(dfns).toHaveLength(paper.glossary.filter((g) => g.first).length);
    for (const dfn of dfns) {
      expect(dfn.properties.tabIndex).toBe(0);
      const tip = els.find((e) => e.properties.id === (dfn.properties.ariaDescribedBy as string[])[0])!;
      expect(tip.properties.role).toBe('tooltip');
      expect(text(tip)).toContain(paper.glossary[0].definition[lang]);
    }
    const missing = translator(lang)('paper.noTarget');
    const sources = els.filter((e) => e.tagName === 'li' && String(e.properties.id).startsWith('source-'));
    expect(sources).toHaveLength(paper.citations.length);
    paper.citations.forEach((c, i) => expect(text(sources[i]).includes(missing)).toBe(c.placeholder));
    // The index of names refers to every section that names an entity, by its first mention there.
    for (const entity of paper.entities) {
      const firsts = new Map<string | null, string>();
      for (const m of [...entity.mentions].sort((a, b) => a.start - b.start)) if (m.anchor && !firsts.has(m.section)) firsts.set(m.section, m.anchor);
      for (const anchor of firsts.values()) expect(els.some((e) => e.tagName === 'a' && e.properties.href === `#${anchor}`)).toBe(true);
    }
  });

  test('is deterministic', () => {
    expect(renderHtml(fixture(lang, annotate), ctx(lang))).toBe(html);
  });
});

test('a paper with one language has no language switch to it or alternate', () => {
  const html = renderHtml(fixture('en', true), ctx('en', ['en']));
  expect(html).not.toContain('hreflang="x-default"');
  expect(html).not.toMatch(/href="(https:[^"]*\/)?ar\.html"/);
  // The site's header switches to the Arabic index instead.
  expect(html).toContain('href="../index.ar.html"');
});

test('without the site URL, links stay relative: no canonical, no hreflang alternates, no absolute URL', () => {
  const html = renderHtml(fixture('en', true), ctx('en', ['en', 'ar'], null));
  expect(html).not.toContain('rel="canonical"');
  expect(html).not.toMatch(/<link rel="alternate" hreflang/);
  expect(html).toContain('<a href="ar.html" hreflang="ar"');
});

test('JSON-LD cannot close its script element', () => {
  const { paper } = paperFromMarkdown(readFileSync('test/fixtures/html/en.md', 'utf8').replace(/^title: .*$/m, 'title: "A </script><script>alert(1)</script> <!-- title"'));
  const html = renderHtml(paper, ctx('en'));
  const scripts = elements(fromHtml(html)).filter((e) => e.tagName === 'script');
  expect(scripts).toHaveLength(1);
  expect(JSON.parse(text(scripts[0])).name).toContain('</script>');
});

test('executable links are dropped and reported at their position', () => {
  const { paper, file } = paperFromMarkdown(readFileSync('test/fixtures/html/en.md', 'utf8') + '\nClick [here](javascript:alert(1)) or [there](  JaVa\tScRiPt:x) or ![i](data:text/html,x).\n\n<script>alert(1)</script>\n');
  const html = renderHtml(paper, ctx('en'));
  expect(html).not.toMatch(/javascript:|data:text|<script>alert/i);
  expect(html).toContain('Click here or');
  const unsafe = file.messages.filter((m) => m.ruleId === 'html-unsafe-link');
  expect(unsafe.length).toBeGreaterThanOrEqual(2);
  expect(unsafe[0].line).toBe(paper.body.children.at(-2)!.position!.start.line);
  expect(file.messages.some((m) => m.ruleId === 'html-raw-dropped')).toBe(true);
});

test('the stylesheet uses logical properties only and local fonts only', () => {
  const assets = htmlAssets();
  const css = String(assets.find((a) => a.path === 'assets/paper.css')!.data).replace(/\/\*[\s\S]*?\*\//g, '');
  expect(css).not.toMatch(/\b(left|right)\b/);
  expect(css).not.toMatch(/url\(\s*['"]?(https?:)?\/\//);
  expect(css).toContain('@media print');
  const fonts = [...css.matchAll(/url\(fonts\/([^)]+)\)/g)].map((m) => `assets/fonts/${m[1]}`);
  expect(fonts.some((f) => f.includes('noto-naskh-arabic-arabic'))).toBe(true);
  for (const f of fonts) expect(assets.map((a) => a.path)).toContain(f);
});

test('the site index lists every paper and says when the Arabic edition is missing', () => {
  const en = asJson(fixture('en', true));
  const ar = asJson(fixture('ar', true));
  const html = renderSiteIndex(
    [
      { slug: 'zeta', editions: { en } },
      { slug: 'alpha', editions: { en, ar } },
    ],
    { lang: 'en', t: translator('en'), formats: ['html', 'pdf', 'json'] },
  );
  expect(html).toContain('href="alpha/ar.html"');
  expect(html).toContain('href="zeta/en.html"');
  expect(html).not.toContain('zeta/ar.html');
  expect(html.match(/No Arabic edition yet/g)).toHaveLength(1);
  expect(html.indexOf('alpha/')).toBeLessThan(html.indexOf('zeta/'));
});

test('the Arabic site index runs right to left, lists Arabic editions first, and links to the English index', () => {
  const en = asJson(fixture('en', true));
  const ar = asJson(fixture('ar', true));
  const html = renderSiteIndex([{ slug: 'alpha', editions: { en, ar } }, { slug: 'zeta', editions: { en } }], { lang: 'ar', t: translator('ar'), formats: ['html'] });
  expect(html).toMatch(/<html lang="ar" dir="rtl">/);
  expect(html).toMatch(/<a href="index.html" hreflang="en" lang="en" dir="ltr">Read in English<\/a>/);
  const alpha = html.slice(html.indexOf('id="paper-alpha"'));
  expect(alpha.indexOf('alpha/ar.html')).toBeLessThan(alpha.indexOf('alpha/en.html'));
  expect(html).toContain(translator('ar')('site.notTranslated'));
  // Each index links the other one.
  expect(renderSiteIndex([{ slug: 'alpha', editions: { en, ar } }], { lang: 'en', t: translator('en'), formats: ['html'] })).toContain('href="index.ar.html"');
});

test.each([
  ['en', 'Yasmin Abdel Rahman', 'Abdel Rahman, Yasmin'],
  ['en', 'Abdel Fattah el-Sisi', 'el-Sisi, Abdel Fattah'],
  ['en', 'Ursula von der Leyen', 'von der Leyen, Ursula'],
  ['en', 'Osama bin Laden', 'bin Laden, Osama'],
  ['ar', 'ياسمين عبد الرحمن', 'عبد الرحمن، ياسمين'],
  ['ar', 'أحمد أبو الغيط', 'أبو الغيط، أحمد'],
  ['ar', 'عبد الفتاح السيسي', 'السيسي، عبد الفتاح'],
] as const)('a person is filed by family name, a family name of several words kept whole (%s: %s)', (lang, name, shown) => {
  expect(indexName(name, lang).shown).toBe(shown);
});

test('the authors listing files authors by family name, without its article', () => {
  const paper = (slug: string, authors: string[]) => {
    const en = asJson(fixture('en', true));
    en.meta.authors = authors;
    return { slug, editions: { en } };
  };
  const html = renderAuthors([paper('a', ['Zaid al-Amin', 'Basma Kadri']), paper('b', ['Amal Osman', 'Yasmin Abdel Rahman'])], { lang: 'en', t: translator('en'), formats: ['html'] });
  const headings = [...html.matchAll(/<h2 id="author-[^"]*">([^<]*)<\/h2>/g)].map((m) => m[1]);
  expect(headings).toEqual(['Abdel Rahman, Yasmin', 'al-Amin, Zaid', 'Kadri, Basma', 'Osman, Amal']);
});

describe.each(['en', 'ar'] as const)('the sample paper through the pipeline (%s)', (lang) => {
  const path = `source/rifts-within-iraqi-shiite-parties/${lang}.md`;
  const { paper } = processPath(path, { slug: 'rifts-within-iraqi-shiite-parties', lang, source: path });
  const html = renderHtml(paper!, ctx(lang));
  const els = elements(fromHtml(html));

  test('ids are unique and every in-page link has a target', () => {
    expect(anchorProblems(html)).toEqual([]);
  });

  test('headings carry the numbers the contents give them, then a space', () => {
    const headings = els.filter((e) => e.tagName === 'h2' && paper!.outline.some((s) => s.id === e.properties.id));
    expect(headings.length).toBe(paper!.outline.length);
    headings.forEach((h, i) => expect(text(h)).toBe(`${i + 1} ${curlQuotes(paper!.outline[i].title, lang)}`));
  });

  test('JSON-LD links the gazetteer entities that name a Wikidata item', () => {
    const ld = JSON.parse(html.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1]);
    const iraq = ld.mentions.find((m: { sameAs?: string[] }) => m.sameAs?.includes('https://www.wikidata.org/wiki/Q796'));
    expect(iraq?.['@type']).toBe('Place');
  });

  test('every section, entity and citation of the model is on the page', () => {
    const ids = new Set(els.map((e) => e.properties.id));
    const walk = (s: Paper['outline']): string[] => s.flatMap((x) => [x.id, ...walk(x.children)]);
    for (const id of walk(paper!.outline)) expect(ids).toContain(id);
    for (const c of paper!.citations) expect(ids).toContain(`source-${c.number}`);
    for (const e of paper!.entities) for (const m of e.mentions) if (m.anchor) expect(ids).toContain(m.anchor);
  });
});

test('the site index says when the English edition is missing, and links the parallel edition only with both', () => {
  const en = asJson(fixture('en', false));
  const ar = asJson(fixture('ar', false));
  const html = renderSiteIndex(
    [
      { slug: 'arabic-only', editions: { ar } },
      { slug: 'both', editions: { en, ar } },
    ],
    { lang: 'en', t: translator('en'), formats: ['html'] },
  );
  expect(html.match(/No English edition yet/g)).toHaveLength(1);
  expect(html).toContain('href="arabic-only/ar.html"');
  expect(html).not.toContain('arabic-only/en.html');
  expect(html).toContain('href="both/bilingual.html"');
  expect(html).not.toContain('arabic-only/bilingual.html');
  expect(html).not.toMatch(/\.pdf|\.json"/);
});

const toText = (node: Element | Root): string => node.children.map((c) => (c.type === 'text' ? c.value : c.type === 'element' ? toText(c) : '')).join('');

describe('script isolation', () => {
  const runs = (text: string, lang: Lang) => {
    const p: Element = { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] };
    isolateScripts(p, lang);
    return p.children.flatMap((c) => (c.type === 'element' ? [`${c.properties.lang}/${c.properties.dir}:${text_(c)}`] : []));
  };
  const text_ = (el: Element) => (el.children[0] as { value: string }).value;

  test.each([
    ['تحالف Egypt, Jordan and Syria، ثم', ['en/ltr:Egypt, Jordan and Syria']],
    ['تابعونا على @rasanahiiis.', ['en/ltr:@rasanahiiis']],
    ['بحسب موقع Shafaq News. وبقيت', ['en/ltr:Shafaq News']],
    ['في قاعدة Tower 22 الأمريكية', ['en/ltr:Tower 22']],
    ['في عام 2024 فقط', []],
    // A title's colon and a bracketed acronym stay inside the phrase; the quotes around it go with it.
    ['هيومن رايتس ووتش، \u201CBurkina Faso: Army, Militia Massacre Civilians\u201D، 25 أبريل', ['en/ltr:\u201CBurkina Faso: Army, Militia Massacre Civilians\u201D']],
    ['مشروع Grand Ethiopian Renaissance Dam (GERD) الذي', ['en/ltr:Grand Ethiopian Renaissance Dam (GERD)']],
    ['الاسم (Mohamed Bazoum): 2', ['en/ltr:Mohamed Bazoum']],
    ['\u201CReuters\u201D و\u201CAFP\u201D', ['en/ltr:\u201CReuters\u201D', 'en/ltr:\u201CAFP\u201D']],
    // A note's title broken over lines of the source is one phrase; an address keeps its last slash, not the sentence's full stop.
    ['أونكتاد، \u201CNavigating Troubled Waters: Impact of\nDisruption of Shipping Routes\u201D، 2024', ['en/ltr:\u201CNavigating Troubled Waters: Impact of\nDisruption of Shipping Routes\u201D']],
    ['انظر https://example.org/live/workers/. ثم', ['en/ltr:https://example.org/live/workers/']],
    ['انظر (https://example.org/a_(b)) ثم', ['en/ltr:https://example.org/a_(b)']],
  ])('Arabic page: %s', (text, expected) => expect(runs(text, 'ar')).toEqual(expected));

  test('Arabic page: a Latin title is one run through the mentions and links inside it, not through a note marker', () => {
    const p: Element = h('p', [
      'الأهرام، «',
      h('span.mention', 'Egypt'),
      ' announces end of ',
      h('span.mention', 'GERD'),
      ' talks»، انظر ',
      h('a', { href: 'https://example.org/x' }, 'https://example.org/x'),
      '، وكتبت ',
      h('em', 'The Times'),
      h('sup', h('a', { href: '#s-1' }, '1')),
      ' أن ',
      h('span.mention', ['Ahmed ', h('b', 'Abiy'), ' قال']),
    ]);
    isolateScripts(p, 'ar');
    const spans = p.children.flatMap((c) => (c.type === 'element' && c.properties.dir === 'ltr' ? [toText(c)] : []));
    expect(spans).toEqual(['«Egypt announces end of GERD talks»', 'https://example.org/x', 'The Times']);
    // A mention holding Arabic too is not taken whole: its Latin part is isolated inside it.
    const mixed = p.children.at(-1) as Element;
    expect(mixed.children.flatMap((c) => (c.type === 'element' && c.properties.dir === 'ltr' ? [toText(c)] : []))).toEqual(['Ahmed Abiy']);
  });

  test.each([
    ['the (التيار الصدري) movement', ['ar/rtl:التيار الصدري']],
    ['governments of (مصر، الأردن) and', ['ar/rtl:مصر، الأردن']],
    ['religious authority (marjaya) in 2024', []],
    ['the slogan «الشعب: يريد» and (وزارة (الخارجية) and', ['ar/rtl:«الشعب: يريد»', 'ar/rtl:وزارة (الخارجية)']],
  ])('English page: %s', (text, expected) => expect(runs(text, 'en')).toEqual(expected));
});

test('a term without definition or equivalent still marks its first use, with what there is', () => {
  const paper = fixture('en', true);
  paper.glossary[0].definition.en = '';
  let els = elements(fromHtml(renderHtml(paper, ctx('en'))));
  const tip = els.find((e) => e.properties.role === 'tooltip')!;
  expect(text(tip)).toBe(paper.glossary[0].term.ar);
  paper.glossary[0].term.ar = ' ';
  els = elements(fromHtml(renderHtml(paper, ctx('en'))));
  expect(els.some((e) => e.properties.role === 'tooltip')).toBe(false);
  const dfn = els.find((e) => e.tagName === 'dfn')!;
  expect(dfn.properties.tabIndex).toBeUndefined();
});

test('a source whose link had no words is named by its sentence', () => {
  const paper = fixture('en', true);
  paper.citations[0].text = '';
  const html = renderHtml(paper, ctx('en'));
  const source = elements(fromHtml(html)).find((e) => e.properties.id === 'source-1')!;
  expect(text(source)).toContain(paper.citations[0].sentence.slice(0, 40));
});

test('cited links of every form get one marker, and every source leads back to the text', () => {
  const markdown = `---
title: Citations
type: Position Paper
date: 2024-05-05
lang: en
publisher:
  name: { en: Institute, ar: المعهد }
---

Iraq's parties met, as [one report](https://example.org/a) and [another][ref] say.[^1] See also https://example.org/b for more.

[ref]: https://example.org/c

[^1]: Reported by [Shafaq News](https://example.org/d).

## References

- Author, *A Book*, 2023. https://example.org/e
`;
  const { paper } = processText(markdown, { slug: 'c', lang: 'en', source: 'source/c/en.md' });
  const html = renderHtml(paper!, ctx('en', ['en']));
  expect(anchorProblems(html)).toEqual([]);
  const els = elements(fromHtml(html));
  const markers = els.filter((e) => e.tagName === 'sup' && (e.properties.className as string[] | undefined)?.includes('cite'));
  expect(markers).toHaveLength(paper!.citations.filter((c) => c.kind === 'link' || c.kind === 'url').length);
  expect(markers.length).toBeGreaterThanOrEqual(3);
  for (const c of paper!.citations) {
    const entry = els.find((e) => e.properties.id === `source-${c.number}`)!;
    expect(elements({ type: 'root', children: [entry] }).some((e) => (e.properties.className as string[] | undefined)?.includes('back')), `source ${c.number} (${c.kind})`).toBe(true);
  }
});

test('numbers are written as Intl writes them in the edition locale, remembered or not', async () => {
  const { formatNumber, intlLocale } = await import('../pipeline/render/format.js');
  for (const lang of ['en', 'ar'] as Lang[]) {
    const t = translator(lang);
    const intl = new Intl.NumberFormat(intlLocale(lang, t));
    for (const n of [0, -0, 1, 7, 12, 4095, 4096, 12345, 1.5, -3]) {
      expect(formatNumber(n, lang, t)).toBe(intl.format(n));
      expect(formatNumber(n, lang, t)).toBe(intl.format(n));
    }
  }
});

test.each([
  ['en', `He said "the 'Framework' is Sadr's" in the '90s.`, 'He said “the ‘Framework’ is Sadr’s” in the ’90s.'],
  ['ar', 'قال "الإطار التنسيقي" إن', 'قال «الإطار التنسيقي» إن'],
  ['ar', 'صحيفة "New York Times" قالت', 'صحيفة “New York Times” قالت'],
  ['en', 'the ("quoted") word', 'the (“quoted”) word'],
] as const)('typographic quotes (%s): %s', (lang, from, to) => {
  expect(curlQuotes(from, lang)).toBe(to);
});

test('typographic quotes skip code and carry across inline elements', () => {
  const { paper } = paperFromMarkdown(readFileSync('test/fixtures/html/en.md', 'utf8') + '\nA "*quoted*" word and `"code"`.\n');
  const html = renderHtml(paper, ctx('en'));
  expect(html).toContain('A “<em>quoted</em>” word and <code>"code"</code>.');
});

test('a quote beside an element takes the script of the element’s words: an English title in an Arabic note gets one kind of marks', () => {
  const p: Element = h('p', ['المونيتور، "', h('span.mention', 'Egypt'), ' warns UN Security Council over Ethiopian dam"، 2 سبتمبر، و"', h('span.mention', 'مصر'), '" وحدها']);
  smartQuotes(p, 'ar');
  expect(toText(p)).toBe('المونيتور، “Egypt warns UN Security Council over Ethiopian dam”، 2 سبتمبر، و«مصر» وحدها');
});

test.each(['en', 'ar'] as const)('a note is its own source: the %s list of sources gives it whole, its URL linked once after it', (lang) => {
  const path = `test/fixtures/corpus/dev/sahel-juntas-africa-corps/${lang}.md`;
  const { paper } = processPath(path, { slug: 'sahel', lang, source: path });
  const sources = elements(fromHtml(renderHtml(paper, ctx(lang)))).find((e) => e.tagName === 'section' && (e.properties.className as string[]).includes('sources'))!;
  const notes = paper.citations.filter((c) => c.kind === 'footnote' && c.href);
  expect(notes.length).toBeGreaterThan(1);
  for (const c of notes) {
    const item = elements({ type: 'root', children: [sources] }).find((e) => e.properties.id === `source-${c.number}`)!;
    const cite = text(elements({ type: 'root', children: [item] }).find((e) => e.tagName === 'cite')!);
    expect(cite).not.toContain('…');
    expect(cite).not.toContain(c.href!);
    // Every word of the note but its URL is there: the 2022 of "Moura in March 2022" used to be cut to "20…".
    expect(cite.replace(/[\s«»“”"]/g, '')).toBe(c.text.replace(c.href!, '').replace(/[\s«»“”",،:;.]+$/u, '').replace(/[\s«»“”"]/g, ''));
    expect(cite).not.toMatch(/\.$/);
    expect(text(item)).toContain(`: ${c.href}`);
  }
});
