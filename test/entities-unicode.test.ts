/**
 * Sources as converters leave them: Arabic presentation forms and invisible
 * format characters inside names are folded away for matching, while the
 * mention keeps the text as written.
 */
import { describe, expect, it } from 'vitest';
import { processText } from '../pipeline/process.js';
import { foldArabic } from '../pipeline/text/fold.js';

const names = (lang: 'en' | 'ar', body: string) => {
  const text = `---\ntitle: T\ntype: Policy Brief\ndate: 2024-05-05\nlang: ${lang}\npublisher:\n  name: { en: X, ar: س }\n---\n\n${body}\n`;
  const { paper } = processText(text, { slug: 't', lang, source: `t/${lang}.md` });
  return paper!.entities.map((e) => [e.id, e.mentions.map((m) => m.text)]);
};

describe('names written with presentation forms or invisible characters', () => {
  it('folds Arabic presentation forms to the letters they show, ligatures included', () => {
    expect(foldArabic('ﻣﻘﺘﺪﻯ ﺍﻟﺼﺪﺭ').text).toBe('مقتدي الصدر');
    expect(foldArabic('ﻻ').text).toBe('لا');
  });

  it('finds an Arabic name in presentation forms under its own entity, not a neighbour', () => {
    expect(names('ar', 'التقى ﻣﻘﺘﺪﻯ ﺍﻟﺼﺪﺭ بنوري المالكي، ثم قال الصدر.')).toEqual([
      ['muqtada-al-sadr', ['ﻣﻘﺘﺪﻯ ﺍﻟﺼﺪﺭ', 'الصدر']],
      ['nouri-al-maliki', ['نوري المالكي']],
    ]);
  });

  it('keeps a Latin name whole across a zero-width joiner', () => {
    expect(names('en', 'Nouri al\u200d-Maliki met Muq\u200dtada al-Sadr.')).toEqual([
      ['nouri-al-maliki', ['Nouri al\u200d-Maliki']],
      ['muqtada-al-sadr', ['Muq\u200dtada al-Sadr']],
    ]);
  });
});
