/**
 * The lint of locales/ (pipeline/locales/lint.ts): the repository's termbase
 * and gazetteer pass it, and a fixture with one fault of each kind fails it
 * with each rule at the line of the fault. The IJMES rules and the Arabic
 * conventions are tested on the faults the editor's review found.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintLocales } from '../pipeline/locales/lint.js';
import { localeDiagnostics } from '../pipeline/batch/locale-checks.js';
import { transliterationFaults } from '../pipeline/locales/ijmes.js';
import { hamzaFaults, scriptFaults, tanwinAfterAlif } from '../pipeline/locales/arabic-orthography.js';
import { Rules } from '../pipeline/model/rules.js';
import { loadTermbase } from '../pipeline/extract/glossary/index.js';

const FAULTY = 'test/fixtures/locales/faulty';

/** 1-based line of the first line of a locale file holding `needle` (at or after the first holding `after`). */
function lineOf(file: string, needle: string, after = ''): number {
  const lines = readFileSync(file, 'utf8').split('\n');
  const from = lines.findIndex((l) => l.includes(after));
  return lines.findIndex((l, i) => i >= from && l.includes(needle)) + 1;
}

describe('the locales of the repository', () => {
  it('pass the lint', () => {
    expect(lintLocales().map((p) => `${p.rule.id}: ${p.message}`)).toEqual([]);
    expect(localeDiagnostics().filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('transliterate every term by IJMES, and every transliteration reads as its Arabic term', () => {
    const termbase = loadTermbase();
    expect(termbase.length).toBe(157);
    for (const t of termbase) expect(transliterationFaults(t.en.transliteration!, t.ar.term, t.en.term), t.id).toEqual([]);
  });
});

describe('a fixture with one fault of each kind', () => {
  const found = localeDiagnostics(FAULTY, process.cwd());
  // [rule, language, namespace, text on the line of the fault (after the first line holding the last item, if any), what the message says]
  const faults: [string, string, string, string, string, string?][] = [
    [Rules.localeScript.id, 'ar', 'entities', 'أحمدي‌نژاد', '“ژ” (U+0698) is not a letter of the Arabic alphabet (Arabic writes ج or ز); an invisible zero-width non-joiner'],
    [Rules.localeScript.id, 'ar', 'glossary', '"Atabat"', 'Latin letters'],
    [Rules.localeTanwin.id, 'ar', 'glossary', 'أحياناً', '“أحيانًا”'],
    [Rules.localeHamza.id, 'ar', 'glossary', 'حجة الاسلام والمسلمين', '“الاسلام” is written “الإسلام”'],
    [Rules.glossaryVariant.id, 'en', 'glossary', '"Sunnis"', 'repeats the transliteration'],
    [Rules.glossaryVariant.id, 'en', 'glossary', '"shari\'a"', 'repeats the term'],
    [Rules.glossaryVariant.id, 'en', 'glossary', '"holy shrines"', 'repeats the variant “holy shrine”'],
    [Rules.glossaryVariant.id, 'en', 'glossary', '"atabats"', 'plural of the term of `atabat`'],
    [Rules.glossaryVariant.id, 'ar', 'glossary', 'مرجع التقليد', 'repeats the match phrase', '"match"'],
    [Rules.glossaryTransliteration.id, 'en', 'glossary', '"sunnī"', 'proper noun'],
    [Rules.glossaryTransliteration.id, 'en', 'glossary', 'al-muqaddasah', 'ta marbuta -a (al-muqaddasa)'],
    [Rules.glossaryTransliteration.id, 'en', 'glossary', 'ash-sharīʿa', 'sun letters'],
    [Rules.glossaryTransliterationTerm.id, 'en', 'glossary', '"sunnī"', 'does not transliterate “أهل السنة”'],
    [Rules.glossaryTransliterationTerm.id, 'en', 'glossary', 'ash-sharīʿa', 'leaves out the article of “الشريعة”'],
    [Rules.gazetteerEntry.id, 'en', 'entities', '"istanbul"', 'type must be one of'],
    [Rules.gazetteerEntry.id, 'ar', 'entities', '{', '`tower-22` (ar): missing'],
    [Rules.gazetteerDuplicateName.id, 'ar', 'entities', 'كتائب حزب الله', 'also “كتائب حزب الله” of `kataib-hezbollah`', '"hezbollah-brigades"'],
    [Rules.gazetteerDuplicateName.id, 'ar', 'entities', '"اسطنبول"', 'once folded'],
    [Rules.localeDefinitionName.id, 'en', 'glossary', 'championed by', 'write the gazetteer\'s name “Muhammad Sadiq al-Sadr”'],
  ];

  it.each(faults)('reports %s in %s/%s at the line of its fault (%s)', (ruleId, lang, namespace, needle, says, after = '') => {
    const file = `${FAULTY}/${lang}/${namespace}.json`;
    const hit = found.find((d) => d.ruleId === ruleId && d.file === file && d.message.includes(says));
    expect(hit, `${ruleId} ${says}`).toBeDefined();
    expect(hit!.line).toBe(lineOf(file, needle, after));
    expect(hit!.severity).toBe('error');
  });

  it('reports nothing else, and every rule of the lint is exercised', () => {
    const lint = [Rules.localeScript, Rules.localeTanwin, Rules.localeHamza, Rules.glossaryVariant, Rules.glossaryTransliteration, Rules.glossaryTransliterationTerm, Rules.gazetteerEntry, Rules.gazetteerDuplicateName, Rules.localeDefinitionName];
    expect(new Set(found.map((d) => d.ruleId))).toEqual(new Set(lint.map((r) => r.id)));
    expect(found).toHaveLength(faults.length);
  });
});

describe('IJMES transliteration', () => {
  const faults = (latin: string, arabic: string, english: string) => transliterationFaults(latin, arabic, english).map((f) => `${f.kind}: ${f.message}`);

  it('accepts the IJMES forms: article unassimilated, -a, -at in construct, -āt after ā, -iyya, capitals of proper nouns', () => {
    for (const [latin, arabic, english] of [
      ['al-ḥawza al-ʿilmiyya', 'الحوزة العلمية', 'hawza'],
      ['khuṭbat al-Jumʿa', 'خطبة الجمعة', 'Friday sermon'],
      ['Wilāyat al-Faqīh', 'ولاية الفقيه', 'Guardianship of the Jurist'],
      ['al-zakāt', 'الزكاة', 'zakat'],
      ['Āyat Allāh', 'آية الله', 'Ayatollah'],
      ['ʿĀshūrāʾ', 'عاشوراء', 'Ashura'],
      ['al-Ithnā ʿAshariyya', 'الاثنا عشرية', 'Twelver Shiism'],
      ['ijtithāth al-Baʿth', 'اجتثاث البعث', 'de-Baathification'],
      ['al-uṣūliyyūn', 'الأصوليون', 'principlists'],
      ['iḥtijājāt Tishrīn', 'احتجاجات تشرين', 'Tishreen protests'],
      // wa-l-, bi-l- for the conjunction or preposition joined to the article; a capital inside a hyphenated headword.
      ['al-walāʾ wa-l-barāʾ', 'الولاء والبراء', 'al-wala wal-bara'],
      ['al-ʿUthmāniyya al-jadīda', 'العثمانية الجديدة', 'neo-Ottomanism'],
    ]) expect(faults(latin, arabic, english), latin).toEqual([]);
  });

  it('rejects ALA-LC forms: -ah, -īyah, ʻ and ʼ', () => {
    expect(faults('al-muqaddasah', 'المقدسة', 'holy')).toEqual(['scheme: “al-muqaddasah”: IJMES writes ta marbuta -a (al-muqaddasa), not -ah']);
    expect(faults('al-ḥusaynīyah', 'الحسينية', 'husayniyya').join('\n')).toMatch(/-a \(al-ḥusaynīya\), not -ah[\s\S]*does not transliterate/u);
    expect(faults('al-marjaʻiyya', 'المرجعية', 'marjaiyya')[0]).toContain('ALA-LC');
  });

  it('rejects what does not transliterate the Arabic term (the issue’s list)', () => {
    expect(faults('rahbar', 'المرشد الأعلى', 'Supreme Leader')).toContain('term: “rahbar” does not transliterate “المرشد الأعلى”: it has 1 word, the Arabic term 2');
    expect(faults('al-muḥāṣaṣa al-ṭāʾifiyya', 'المحاصصة', 'muhasasa')[0]).toContain('2 words, the Arabic term 1');
    expect(faults('istikbār', 'الاستكبار العالمي', 'global arrogance')).toHaveLength(1);
    expect(faults('rajul dīn', 'رجل الدين', 'cleric')).toEqual(['term: “dīn” leaves out the article of “الدين” (in “رجل الدين”): al-…']);
    expect(faults('al-tawāfuqiyya', 'الديمقراطية التوافقية', 'consensual democracy')).toHaveLength(1);
    expect(faults('al-marjaʿiyya', 'المرجع', 'marja')).toEqual(['term: “al-marjaʿiyya” does not transliterate “المرجع”']);
  });

  it('checks capitals against the headword and the article’s case', () => {
    expect(faults('shīʿa', 'شيعة', 'Shia')).toEqual(['scheme: “shīʿa”: the headword “Shia” is a proper noun, so every word of its transliteration is capitalized']);
    expect(faults('Al-Mahdī', 'المهدي', 'Mahdi')).toEqual(['scheme: “Al-Mahdī”: the article is written al-, in lower case']);
    expect(faults('ḥujjat al-islām', 'حجة الإسلام', 'hujjat al-islam')).toEqual(['scheme: “islām”: a proper noun, capitalized in any term']);
    expect(faults('Al-ghayba', 'الغيبة', 'occultation')[0]).toContain('lower case');
    expect(faults('al-ʿuthmāniyya al-jadīda', 'العثمانية الجديدة', 'neo-Ottomanism')[0]).toContain('capitalize the transliteration');
    expect(faults('wa-l-barāʾ', 'والي', 'governor')).toEqual(['term: “wa-l-barāʾ” does not transliterate “والي”']);
    expect(faults('Ghayba', 'غيبة', 'occultation')).toEqual(['scheme: “Ghayba”: the headword “occultation” is a common noun, so its transliteration starts in lower case']);
  });
});

describe('Arabic conventions', () => {
  it('finds Persian letters, invisible joiners and Latin letters in names', () => {
    expect(scriptFaults('محمود أحمدي‌نژاد', true)).toEqual([
      '“ژ” (U+0698) is not a letter of the Arabic alphabet (Arabic writes ج or ز)',
      'an invisible zero-width non-joiner (U+200C)',
    ]);
    expect(scriptFaults('کتائب حزب الله', true)[0]).toContain('(Arabic writes ك)');
    expect(scriptFaults('نسخة PDF', false)).toEqual([]);
    expect(scriptFaults('نسخة PDF', true)).toEqual(['Latin letters in an Arabic name or term']);
    expect(scriptFaults('سنة 260 هـ', true)).toEqual([]);
  });

  it('wants tanwīn fatḥ on the letter before the alif', () => {
    expect(tanwinAfterAlif('يظهر ليملأ الأرض عدلاً، وأحياناً')).toEqual(['عدلاً،', 'وأحياناً']);
    expect(tanwinAfterAlif('عدلًا وأحيانًا ومهديًّا')).toEqual([]);
  });

  it('wants the hamza of an initial alif wherever the word has it elsewhere, and tells apart words that differ by it', () => {
    const found = (...texts: string[]) => hamzaFaults(texts.map((text, where) => ({ text, where }))).map((f) => [f.where, f.written, f.expected]);
    expect(found('حجة الإسلام', 'حجة الاسلام والمسلمين')).toEqual([[1, 'الاسلام', 'الإسلام']]);
    expect(found('إلى بغداد', 'الى بغداد', 'والى')).toEqual([[1, 'الى', 'إلى']]);
    // ittibāʿ (following) and atbāʿ (followers); the imam and "in front of"; sāla and saʾala.
    expect(found('اتباع الفتوى', 'أتباع المرجع')).toEqual([]);
    expect(found('الإمام', 'أمام', 'امام')).toEqual([[2, 'امام', 'أمام']]);
    expect(found('سال الماء', 'سأل')).toEqual([]);
  });
});
