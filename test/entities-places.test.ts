/**
 * The places dataset (locales/places.json): generated from the packages, and
 * what it brings to extraction in both languages.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { givenNamesDocument, nameSoundsDocument, placesDocument, worldNamesDocument } from '../pipeline/extract/entities/write-datasets.js';
import { ExtractResources } from '../pipeline/extract/resources.js';
import { processText } from '../pipeline/process.js';

const paper = (lang: 'en' | 'ar', body: string) => {
  const text = `---\ntitle: T\ntype: Policy Brief\ndate: 2024-05-05\nlang: ${lang}\npublisher:\n  name: { en: X, ar: س }\n---\n\n${body}\n`;
  const { paper: p } = processText(text, { slug: 't', lang, source: `t/${lang}.md` });
  return p!.entities.filter((e) => e.type !== 'date').map((e) => `${e.type}:${e.id}:${e.mentions.map((m) => m.text).join('|')}`);
};

describe('places dataset', () => {
  it('matches locales/places.json, given-names.json, name-sounds.json and world-names.json (regenerate with npm run datasets)', async () => {
    expect(readFileSync('locales/places.json', 'utf8')).toBe(placesDocument());
    expect(readFileSync('locales/given-names.json', 'utf8')).toBe(await givenNamesDocument());
    expect(readFileSync('locales/name-sounds.json', 'utf8')).toBe(nameSoundsDocument());
    expect(readFileSync('locales/world-names.json', 'utf8')).toBe(await worldNamesDocument());
  });

  it('names the cities and regions CLDR writes in both languages under one id, matched as written', () => {
    // No sound test: an Arab town's own letters (ط ص ع) are no sign of a word, and the id is the English name's.
    expect(paper('ar', 'وصل الوفد إلى طرابلس ثم الخرطوم وعشق آباد، وقال إن جنوب شرق آسيا تراقب.')).toEqual([
      'place:tripoli:طرابلس', 'place:khartoum:الخرطوم', 'place:ashgabat:عشق آباد', 'place:southeast-asia:جنوب شرق آسيا',
    ]);
    expect(paper('en', 'Traders in Southeast Asia and Central Asia watched.')).toEqual(['place:southeast-asia:Southeast Asia', 'place:central-asia:Central Asia']);
    // Oman's عمان is not Amman's عمّان once folded: the country keeps the name.
    expect(paper('ar', 'زار الوزير عمان.')).toEqual(['place:oman:عمان']);
  });

  it('starts an Arabic name with a given name of the dataset, and finds an Arab town of it where a place is expected', () => {
    expect(paper('ar', 'وقال رائد الزبيدي إن سلامة الموقف مهمة. وقال فرج بن حسن إن عبد الرحمن كوليبالي وصل. وصل الوفد إلى البيضاء ثم إلى رأس الخيمة.')).toEqual([
      'person:رائد-الزبيدي:رائد الزبيدي', 'person:فرج-بن-حسن:فرج بن حسن', 'person:عبد-الرحمن-كوليبالي:عبد الرحمن كوليبالي', 'place:البيضاء:البيضاء', 'place:رأس-الخيمة:رأس الخيمة',
    ]);
    // A given name that is also a word (سلامة, "safety") starts no name before an ordinary word; المدينة is "the town".
    expect(paper('ar', 'ناقش المجلس سلامة الملاحة في المدينة.')).toEqual([]);
  });

  it('reads Latin names in an Arabic edition as English names: known ones, acronyms, a head word; not inside a web address', () => {
    expect(paper('ar', 'ونشرت Reuters وCNPC ولـG42 بيانًا عن Libya وعن Suez Canal، انظر https://example.org/Egypt/EU-report.')).toEqual([
      'organization:reuters:Reuters', 'organization:cnpc:CNPC', 'organization:g42:G42', 'place:libya:Libya', 'place:suez-canal:Suez Canal',
    ]);
  });

  it('finds, in Arabic, the cities and given names of the datasets by their sound where a place or a name is expected', () => {
    const found = paper(
      'ar',
      'زار الوفد مدينة كورسك ثم توجّه إلى ميديلين، ومنها إلى ماراكايبو وبوكارامانغا. وقال فيليب دوروسييه إن ميديلين تنتظر. وتحدّث إلى ماريا سانتوس. ' +
        'ولم يكن في وسع الحكومة أن تتجاوز الخلاف في رموز الدولة.',
    );
    expect(found).toContain('place:ميديلين:ميديلين|ميديلين');
    expect(found).toContain('place:ماراكايبو:ماراكايبو');
    expect(found).toContain('place:بوكارامانغا:بوكارامانغا');
    expect(found).toContain('person:فيليب-دوروسييه:فيليب دوروسييه');
    expect(found).toContain('person:ماريا-سانتوس:ماريا سانتوس');
    // Arabic words that share a city's consonants but not its vowels ("رموز", symbols; Ormož) are no places.
    expect(found.filter((f) => /رموز|وسع|الخلاف/u.test(f))).toEqual([]);
  });

  it('names every country in both languages under one id, and merges with the gazetteer', () => {
    const { countries } = new ExtractResources().places;
    expect(countries.length).toBeGreaterThan(230);
    expect(countries.find((c) => c.id === 'chad')?.name).toEqual({ en: 'Chad', ar: 'تشاد' });
    expect(paper('en', 'Troops from Chad and Niger met in the Russian Federation and Syria.')).toEqual(['place:chad:Chad', 'place:niger:Niger', 'place:russia:Russian Federation', 'place:syria:Syria']);
    expect(paper('ar', 'التقت قوات من تشاد والنيجر في روسيا وسوريا.')).toEqual(['place:chad:تشاد', 'place:niger:النيجر', 'place:russia:روسيا', 'place:syria:سوريا']);
  });

  it('types a capitalised phrase as a place when it names a town or city', () => {
    expect(paper('en', 'The force took Nyala, then Zalingei and El Geneina, and ships called at Walvis Bay.')).toEqual([
      'place:nyala:Nyala', 'place:zalingei:Zalingei', 'place:el-geneina:El Geneina', 'place:walvis-bay:Walvis Bay',
    ]);
    // A town that is also an English word, or a person's surname, is not taken without a place's cue.
    expect(paper('en', 'Reading the report, Lloyd Austin said Mobile units were ready.')).toEqual(['person:lloyd-austin:Lloyd Austin']);
  });
});
