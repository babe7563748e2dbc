/**
 * Entities linked across the two editions (pipeline/align/entity-links.ts):
 * names the gazetteer lacks get an id per language, and the alignment pairs
 * them. A fixture paper in both languages whose people, organizations and
 * places no gazetteer entry knows.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { visit } from 'unist-util-visit';
import { processPath, processText } from '../pipeline/process.js';
import { linkEditions } from '../pipeline/align/editions.js';
import { soundAlike } from '../pipeline/align/entity-links.js';
import { nameWords } from '../pipeline/align/entity-projection.js';
import { arabicSkeletons, comparable, latinSkeletons, sameSound } from '../pipeline/text/sound.js';
import { wordsTranslated } from '../pipeline/align/name-translation.js';
import type { Entity, Lang, Paper } from '../pipeline/model/paper.js';
import { ROOT } from './helpers/cli.js';
import { processBilingual } from '../pipeline/api/bilingual.js';

function editions(dir: string): Record<Lang, Paper> {
  const [en, ar] = linkEditions(
    (['en', 'ar'] as const).map((lang) => {
      const { paper, file } = processPath(join(dir, `${lang}.md`), { slug: 'p', lang, source: `${lang}.md` });
      return { paper: paper!, file };
    }),
  );
  return { en: en.paper, ar: ar.paper };
}

const named = (paper: Paper, name: string): Entity => paper.entities.find((e) => e.name === name)!;
const byId = (paper: Paper, id: string | undefined): Entity | undefined => paper.entities.find((e) => e.id === id);

describe('names that sound alike', () => {
  it('match a transliteration with its Arabic spelling, word by word', () => {
    expect(soundAlike('Hamid al-Ghurabi', 'حامد الغرابي')).toBe(1);
    expect(soundAlike('al-Ghurabi', 'حامد الغرابي')).toBe(1);
    expect(soundAlike('Qalat Sukkar', 'قلعة سكر')).toBe(1);
    // عبد is a word of its own; a final h or t the transliteration drops, Arabic writes.
    expect(soundAlike('Abdel Karim al-Nuwaihi', 'عبد الكريم النويهي')).toBe(1);
    expect(soundAlike('Abdulkarim Saleh', 'عبد الكريم صالح')).toBe(1);
    expect(soundAlike('Herat', 'هرات')).toBe(1);
    // A final -at is the tā' marbūṭa only where two consonants are left before it.
    expect(soundAlike('Eilat', 'إيلات')).toBe(1);
    // An English plural s Arabic does not write.
    expect(soundAlike('Grenadines', 'الغرينادين')).toBe(1);
    // Two English words Arabic writes as one.
    expect(soundAlike('Port Sudan', 'بورتسودان')).toBe(1);
    expect(soundAlike('La Paz', 'لاباز')).toBe(1);
    // One English word Arabic writes as two or three.
    expect(soundAlike('ExxonMobil', 'إكسون موبيل')).toBe(1);
    expect(soundAlike('Uzbekneftegaz', 'أوزبك نفط غاز')).toBe(1);
    // … the final ه of a word but the last being a vowel there.
    expect(soundAlike('Karakum', 'قره قوم')).toBe(1);
    expect(soundAlike('Tesla', 'تي سلا')).toBe(0);
    // A name that starts with وال as written, not و and the article.
    expect(soundAlike('Walvis Bay', 'خليج والفيس')).toBe(1);
    // … and one with فال or بال (فالبارايسو, not ف and the article).
    expect(soundAlike('Valparaiso', 'فالبارايسو')).toBe(1);
    expect(soundAlike('Rafidain Reform Bloc', 'كتلة إصلاح الرافدين')).toBeCloseTo(1 / 3);
    // ch written تش, zh (the Russian ж) written ج.
    expect(soundAlike('Chad', 'تشاد')).toBe(1);
    expect(soundAlike('Zhanna Kozhemyakina', 'جانا كوجيمياكينا')).toBe(1);
    // c before e, i, y is s and ph is f (French, Dutch and Spanish names); ق may write a g, ث an s, ذ a z; Turkish ç is ج.
    expect(soundAlike('Vincent Rodolphe', 'فنسنت رودولف')).toBe(1);
    expect(soundAlike('Belgassem Agar', 'بلقاسم عقار')).toBe(1);
    // ك may write the g of Maghrebi names too.
    expect(soundAlike('Khouribga Agadir', 'خريبكة أكادير')).toBe(1);
    expect(soundAlike('Süreyya Termez', 'ثريا ترمذ')).toBe(1);
    expect(soundAlike('Bahçeli', 'بهجلي')).toBe(1);
    // ض may write z and ح the kh of Russian spellings (Uzbek names).
    expect(soundAlike('Mirziyoyev', 'ميرضيائيف')).toBe(1);
    expect(soundAlike('Khamrayev', 'حمرايف')).toBe(1);
    // v is ف or the و of Turkic and Persian names.
    expect(soundAlike('Devlet Vakhsh', 'دولت وخش')).toBe(1);
    expect(soundAlike('Vladimir', 'فلاديمير')).toBe(1);
    // w is و, dropped, or the ف of German names.
    expect(soundAlike('Wagner', 'فاغنر')).toBe(1);
  });

  it('read ق or ك as g and ث as s only in a name of more than two consonants or of more than one word', () => {
    const [latin, arabic] = [latinSkeletons('Jeddah').map(comparable)[0], arabicSkeletons('قيادة').map(comparable)[0]];
    expect(sameSound(latin, arabic, true)).toBe(false);
    expect(sameSound(latinSkeletons('Agar').map(comparable)[0], arabicSkeletons('عقار').map(comparable)[0])).toBe(true);
    expect(sameSound(latinSkeletons('Gala').map(comparable)[0], arabicSkeletons('كلا').map(comparable)[0], true)).toBe(false);
  });

  it('do not match different names', () => {
    expect(soundAlike('Salman al-Khazali', 'حامد الغرابي')).toBe(0);
    expect(soundAlike('Basra', 'الموصل')).toBe(0);
    // ق is not any consonant: "Qasim" is not "Jasim", nor "Kasim" "Fasim".
    expect(soundAlike('Fasim', 'قاسم')).toBe(0);
    expect(soundAlike('Tasim', 'قاسم')).toBe(0);
  });
});

describe('names translated word for word', () => {
  it('match an organization or place name with its Arabic translation, names and demonyms by sound', () => {
    expect(wordsTranslated('Coastal Water Authority', 'هيئة المياه الساحلية')).toEqual({ words: 3, share: 1 });
    expect(wordsTranslated('Central Bank of Nepal', 'البنك المركزي النيبالي')).toEqual({ words: 3, share: 1 });
    expect(wordsTranslated('Kenyan Ports Authority', 'لهيئة الموانئ الكينية')).toEqual({ words: 3, share: 1 });
    expect(wordsTranslated('Office of Foreign Assets Control', 'مكتب مراقبة الأصول الأجنبية')).toEqual({ words: 4, share: 1 });
    expect(wordsTranslated('Pacific Community', 'جماعة المحيط الهادئ')).toEqual({ words: 2, share: 1 });
    expect(wordsTranslated('Senate', 'مجلس الشيوخ')).toEqual({ words: 1, share: 1 });
    expect(wordsTranslated('Abdelrahim Farah', 'عبد الرحيم فرح').share).toBe(1);
    expect(wordsTranslated('Gulf of Tadjoura', 'خليج تاجورة')).toEqual({ words: 2, share: 1 });
    // Elatives and plurals of nisba nouns: "Grand" الكبرى, "Operations" عمليات, "UK" البريطانية.
    expect(wordsTranslated('Grand National Assembly', 'الجمعية الوطنية الكبرى')).toEqual({ words: 3, share: 1 });
    expect(wordsTranslated('UK Maritime Trade Operations', 'عمليات التجارة البحرية البريطانية')).toEqual({ words: 4, share: 1 });
  });

  it('match a name word of fewer than two consonants by how the Arabic letters transcribe it', () => {
    expect(wordsTranslated('Loa River', 'نهر لوا')).toEqual({ words: 2, share: 1 });
    expect(wordsTranslated('Loa River', 'نهر النيل').share).toBeLessThan(1);
  });

  it('match an acronym spelled out in Arabic letters', () => {
    expect(wordsTranslated('KTB', 'كيه تي بي').share).toBe(1);
    expect(wordsTranslated('KTB', 'تي بي').share).toBe(0);
  });

  it('do not match names that share only a head word', () => {
    expect(wordsTranslated('African Union', 'الاتحاد الأوروبي').words).toBe(1);
    expect(wordsTranslated('Ministry of Health', 'وزارة الخارجية').words).toBe(1);
    // A bare -an ends names too: "Sudan" is no demonym with the consonants of السعودية.
    expect(wordsTranslated('Sudan', 'السعودية').share).toBe(0);
    expect(wordsTranslated('Sudanese', 'السودانية').share).toBe(1);
  });
});

describe('entities linked across editions', () => {
  const { en, ar } = editions(join(ROOT, 'test/fixtures/papers/unknown-names'));

  it('links people the gazetteer lacks by their aligned blocks and their names', () => {
    for (const [english, arabic] of [
      ['Hamid al-Ghurabi', 'حامد الغرابي'],
      ['Salman al-Khazali', 'سلمان الخزعلي'],
    ]) {
      const e = named(en, english);
      const a = named(ar, arabic);
      expect(e.source).toBe('discovered');
      expect([e.counterpart, a.counterpart]).toEqual([a.id, e.id]);
      expect(e.names).toEqual({ en: english, ar: arabic });
      expect(a.names).toEqual({ en: english, ar: arabic });
    }
    // The family name alone, with its article, is the same person in both editions.
    expect(named(en, 'Hamid al-Ghurabi').mentions.map((m) => m.text)).toEqual(['Hamid al-Ghurabi', 'al-Ghurabi', 'al-Ghurabi']);
    expect(en.entities.map((e) => e.name)).not.toContain('al-Ghurabi');
  });

  it('ends an Arabic organization name before the family name of a person of the paper', () => {
    // "ودعمت كتلة إصلاح الرافدين الغرابي": the bloc backed al-Ghurabi.
    expect(ar.entities.map((e) => e.name)).not.toContain('كتلة إصلاح الرافدين الغرابي');
    expect(named(ar, 'حامد الغرابي').mentions.map((m) => m.text)).toContain('الغرابي');
  });

  it('links an organization and a place named alone in a pair of aligned blocks', () => {
    expect(byId(ar, named(en, 'Rafidain Reform Bloc').counterpart)?.name).toBe('كتلة إصلاح الرافدين');
    expect(byId(ar, named(en, 'Qalat Sukkar').counterpart)?.name).toBe('قلعة سكر');
  });

  it('tells two places of one pair of blocks apart by their sound', () => {
    // "from the town of Qalat Sukkar to the district of al-Fuhud": two places on each side.
    expect(named(en, 'al-Fuhud').type).toBe('place');
    expect(byId(ar, named(en, 'al-Fuhud').counterpart)?.name).toBe('الفهود');
    expect(byId(en, named(ar, 'الفهود').counterpart)?.name).toBe('al-Fuhud');
  });

  it('gives a gazetteer entity its own id as counterpart, and every counterpart exists in the other edition', () => {
    expect(named(en, 'Dhi Qar').counterpart).toBe('dhi-qar');
    for (const [here, there] of [[en, ar], [ar, en]] as const) {
      for (const e of here.entities) {
        if (e.counterpart === undefined) continue;
        const other = byId(there, e.counterpart);
        expect(other, `${e.id} → ${e.counterpart}`).toBeDefined();
        expect(other!.type).toBe(e.type);
      }
    }
  });

  it('leaves unlinked what has no partner of its type', () => {
    // "Sumer Youth Gathering" shares its pair of blocks with another organization on each side.
    expect(named(en, 'Sumer Youth Gathering').counterpart).toBeUndefined();
  });
});

describe('one id in both editions', () => {
  const dir = join(ROOT, 'test/fixtures/corpus/dev/sudan-jeddah-mediation');
  const run = () => {
    const [en, ar] = linkEditions(
      (['en', 'ar'] as const).map((lang) => {
        const text = readFileSync(join(dir, `${lang}.md`), 'utf8');
        const { paper, file } = processText(text, { slug: 'p', lang, source: `${lang}.md` });
        return { paper: paper!, file };
      }),
    );
    return { en: en.paper, ar: ar.paper };
  };
  const { en, ar } = run();

  it('gives a discovered Arabic entity linked by the alignment the English id, on its mention nodes too', () => {
    const nyala = byId(ar, 'nyala')!;
    expect(nyala.mentions.map((m) => m.text)).toEqual(['نيالا']);
    expect(nyala.names).toEqual({ en: 'Nyala', ar: 'نيالا' });
    expect(nyala.linkConfidence).toBe(1);
    const nodes: string[] = [];
    visit(ar.body, 'mention', (node) => {
      if (node.entity === 'nyala') nodes.push(node.id);
    });
    expect(nodes).toEqual(nyala.mentions.map((m) => m.anchor));
  });

  it('finds in the Arabic block a transliterated name only the English edition found, not a word that merely shares consonants', () => {
    for (const id of ['zalingei', 'el-geneina', 'tom-perriello']) expect(byId(ar, id)?.mentions.length, id).toBeGreaterThan(0);
    // "يعكس" (reflects) has the consonants of Kosti but an ع the name lacks.
    expect(ar.entities.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('يعكس');
  });

  it('keeps every anchor unique and every counterpart an entity of the other edition', () => {
    for (const [paper, other] of [[en, ar], [ar, en]] as const) {
      const anchors = paper.entities.flatMap((e) => e.mentions.map((m) => m.anchor));
      expect(new Set(anchors).size).toBe(anchors.length);
      for (const e of paper.entities) if (e.counterpart) expect(byId(other, e.counterpart), e.id).toBeDefined();
    }
  });
});

describe('translated names, list items and footnotes', () => {
  const { en, ar } = editions(join(ROOT, 'test/fixtures/papers/translated-names'));

  it('gives organizations whose names are translated one id in both editions', () => {
    for (const [english, arabic] of [
      ['Coastal Water Authority', 'هيئة المياه الساحلية'],
      ['National Irrigation Board', 'المجلس الوطني للري'],
    ]) {
      const e = named(en, english);
      expect(e.source).toBe('discovered');
      expect(byId(ar, e.id)?.name).toBe(arabic);
      expect(e.names).toEqual({ en: english, ar: arabic });
    }
  });

  it('finds an organization whose common words are transliterated, not translated', () => {
    expect(byId(ar, named(en, 'Human Rights Watch').id)?.mentions.map((m) => m.text)).toEqual(['هيومن رايتس ووتش']);
  });

  it('pairs the paragraphs of aligned list items and footnotes, so a name only there is found in the Arabic one', () => {
    // "Kipini" is named only in a list item; the alignment pairs the items, the names are in their paragraphs.
    expect(byId(ar, 'kipini')?.mentions.map((m) => m.text)).toEqual(['كيبيني']);
    expect(named(en, 'Kipini').counterpart).toBe('kipini');
    // The footnote's mention of the board is the board's, in both editions.
    expect(byId(ar, 'national-irrigation-board')!.mentions.map((m) => m.line)).toEqual(named(en, 'National Irrigation Board').mentions.map((m) => m.line));
  });
});

describe('names spelled the way their language says them', () => {
  // Invented Serbian, German and company names Arabic discovery does not find on its own: a final c as تس, j as ي,
  // č as تش, -tion as ش, a silent gh, a possessive s, an initial x as ز.
  const { en, ar } = editions(join(ROOT, 'test/fixtures/papers/spelled-names'));

  it('finds them in the Arabic edition under the English id', () => {
    for (const [english, arabic] of [
      ['Zaječar', 'زايتشار'],
      // Two words Arabic writes as one.
      ['Gornji Milanovac', 'غورنيميلانوفاتس'],
      ['Johann Weidmann', 'يوهان فايدمان'],
      ['Danube Freight International', 'دانوب فريت إنترناشونال'],
      ['Harbour Insight', 'هاربور إنسايت'],
      ['Xantos Group', 'مجموعة زانتوس'],
      // A common word transliterated, of one consonant: read by how the Arabic letters write it.
      ['Meridian Oil', 'ميريديان أويل'],
      ['Brandvold Larsen', 'براندفولد لارسن'],
      // وال read whole, not as و and the article.
      ['Walter Kessling', 'والتر كيسلينغ'],
    ]) {
      const e = named(en, english);
      expect(byId(ar, e.id)?.mentions.map((m) => m.text), english).toEqual([arabic]);
    }
  });

  it('reads the name words Arabic writes apart', () => {
    // عبد الله: two Arabic words for "Abdullah".
    expect(nameWords('King Abdullah Canal').map((w) => w.sound)).toEqual(['knJ', 'bd', 'lh', 'knl']);
  });

  it('does not take the only Arabic place of a block for the English one when the English name is heard elsewhere in it', () => {
    // The English edition does not find "Mlava"; Arabic discovery finds نهر ملافا and not بوجاريفاتس (Požarevac).
    const river = ar.entities.find((a) => a.name === 'نهر ملافا');
    expect(river?.id).not.toBe(named(en, 'Požarevac').id);
    expect(byId(ar, named(en, 'Požarevac').id)?.mentions.map((m) => m.text)).toEqual(['بوجاريفاتس', 'بوجاريفاتس']);
  });
});

describe('Arabic names cut short, made whole from the English edition', () => {
  // Invented Kyrgyz names: Arabic writes a long name word as two ("Nurlanbek" / "نورلان بيك"), which discovery
  // takes for two names or stops at.
  const { en, ar } = editions(join(ROOT, 'test/fixtures/papers/partial-names'));

  it('replaces a short Arabic person by the whole name the English names in the aligned block, under the English id', () => {
    for (const [english, arabic] of [
      ['Nurlanbek Sadyrbaev Tashiev', 'نورلان بيك سادير باييف تاشييف'],
      ['Aibek Usenaliev Karimov', 'أيبك أوسين علييف كريموف'],
    ]) {
      const e = named(en, english);
      const a = byId(ar, e.id)!;
      expect(a.mentions.map((m) => m.text.replace(/\s+/g, ' '))).toEqual(e.mentions.map(() => arabic));
      expect(e.counterpart).toBe(e.id);
    }
    // The short names are gone, from the model and from the body.
    const texts = ar.entities.map((x) => x.name.replace(/\s+/g, ' '));
    for (const short of ['نورلان بيك', 'سادير باييف تاشييف', 'أيبك أوسين علييف']) expect(texts).not.toContain(short);
    const ids = new Set(ar.entities.map((x) => x.id));
    visit(ar.body, 'mention', (node) => {
      expect(ids.has(node.entity), node.entity).toBe(true);
    });
  });

  it('makes an organization whole too, and keeps the short name said alone in the same paragraph', () => {
    expect(byId(ar, named(en, 'Kabar Agency').id)?.mentions.map((m) => m.text)).toEqual(['وكالة كابار', 'كابار']);
  });

  it('reads a country name as a given name when the English block names the person and not the country', () => {
    // "تشاد" is Chad in the gazetteer; the English says "Chad Omurbekov" (ch written تش).
    expect(byId(ar, named(en, 'Chad Omurbekov').id)?.mentions.map((m) => m.text)).toEqual(['تشاد أومورابيكوف']);
    expect(byId(ar, 'chad')).toBeUndefined();
  });

  it('gives a Latin name an Arabic note quotes the English extent and id, a shorter name found inside it giving way', () => {
    // The Arabic notes keep the English article titles: "Bab el-Mandeb Strait", not the gazetteer's "Bab el-Mandeb".
    const red = editions(join(ROOT, 'test/fixtures/corpus/dev/red-sea-shipping-insurance'));
    const latin = red.ar.entities.flatMap((e) => e.mentions.filter((m) => /[A-Za-z]/.test(m.text)).map((m) => `${m.line}:${m.text}`));
    expect(latin).toEqual(expect.arrayContaining(['167:Bab el-Mandeb Strait', '158:Black Sea', '162:Eilat']));
    expect(latin).not.toContain('167:Bab el-Mandeb');
    for (const text of ['Black Sea', 'Eilat']) expect(byId(red.ar, named(red.en, text).id)?.mentions.some((m) => m.text === text)).toBe(true);
  });

  it('finds a translation that says a word in two, puts a preposition between words, or runs past the English name', () => {
    // Invented names: "Pipeline" is خط أنابيب, "Ceasefire" وقف إطلاق النار, "of Thailand"-like names take في; the
    // authority's name, which Arabic discovery runs on into the object of the verb, ends where the English one does.
    const front = (lang: Lang) => `---\ntitle: "x"\nlang: ${lang}\ndate: 2024-05-10\n---\n\n`;
    const both = processBilingual(
      `${front('en')}The Zorvanian Electricity Generating Authority will buy gas through the Trans-Velkan Gas Pipeline, the Joint Ceasefire Monitoring Committee of Vorland said.\n`,
      `${front('ar')}وستشتري هيئة توليد الكهرباء الزورفانية الغاز عبر خط أنابيب الغاز العابر لفيلكان، بحسب لجنة مراقبة وقف إطلاق النار المشتركة في فورلاند.\n`,
      { slug: 'p', source: { en: 'en.md', ar: 'ar.md' } },
    );
    const arabic = (english: string) => byId(both.ar.paper!, named(both.en.paper!, english)?.id)?.mentions.map((m) => m.text);
    expect(arabic('Zorvanian Electricity Generating Authority')).toEqual(['هيئة توليد الكهرباء الزورفانية']);
    expect(arabic('Trans-Velkan Gas Pipeline')).toEqual(['خط أنابيب الغاز العابر لفيلكان']);
    expect(arabic('Joint Ceasefire Monitoring Committee of Vorland')).toEqual(['لجنة مراقبة وقف إطلاق النار المشتركة في فورلاند']);
  });

  it('ends the Arabic name with the number that ends the English one', () => {
    const front = (lang: Lang) => `---\ntitle: "x"\nlang: ${lang}\ndate: 2024-05-10\n---\n\n`;
    const both = processBilingual(`${front('en')}The Joint Task Force 153 patrols the strait.\n`, `${front('ar')}وتسيّر قوة المهام المشتركة 153 دوريات في المضيق.\n`, {
      slug: 'p',
      source: { en: 'en.md', ar: 'ar.md' },
    });
    expect(byId(both.ar.paper!, 'joint-task-force-153')?.mentions.map((m) => m.text)).toEqual(['قوة المهام المشتركة 153']);
  });

  it('finds a coordinated word of a translated name with its و, and only where the English coordinates', () => {
    const front = (lang: Lang) => `---\ntitle: "x"\nlang: ${lang}\ndate: 2024-05-10\n---\n\n`;
    const both = processBilingual(
      `${front('en')}The delegation met the Ministry of Water and Environment of Vorland.\n`,
      `${front('ar')}والتقى الوفد وزارة المياه والبيئة في فورلاند.\n`,
      { slug: 'p', source: { en: 'en.md', ar: 'ar.md' } },
    );
    const e = both.en.paper!.entities.find((x) => x.type === 'organization')!;
    expect(byId(both.ar.paper!, e.id)?.mentions.map((m) => m.text)).toEqual(['وزارة المياه والبيئة في فورلاند']);
  });

  it('reads an acronym said as a word without the article', () => {
    // "ICWC" has the consonants of الحق ("the right") once its w may be silent.
    const front = (lang: Lang) => `---\ntitle: "x"\nlang: ${lang}\ndate: 2024-05-10\n---\n\n`;
    const both = processBilingual(
      `${front('en')}The ICWC said that Vorland had the right to use its share.\n`,
      `${front('ar')}وقالت اللجنة إن لفورلاند الحق في استخدام حصتها.\n`,
      { slug: 'p', source: { en: 'en.md', ar: 'ar.md' } },
    );
    expect(both.ar.paper!.entities.flatMap((e) => e.mentions.map((m) => m.text))).not.toContain('الحق');
  });

  it('keeps a ف the name starts with, and reads an ع where the English has two vowels in a row', () => {
    const front = (lang: Lang) => `---\ntitle: "x"\nlang: ${lang}\ndate: 2024-05-10\n---\n\n`;
    const both = processBilingual(
      `${front('en')}The chief executive, Vincent Marbo, and Rodolphe Saadé repeated it.\n`,
      `${front('ar')}وكرّرها الرئيس التنفيذي، فنسنت ماربو، ورودولف سعادة.\n`,
      { slug: 'p', source: { en: 'en.md', ar: 'ar.md' } },
    );
    const people = both.ar.paper!.entities.filter((e) => e.type === 'person').flatMap((e) => e.mentions.map((m) => m.text));
    expect(people).toEqual(expect.arrayContaining(['فنسنت ماربو', 'رودولف سعادة']));
  });

  it('takes in a middle name the Arabic gives and the English leaves out', () => {
    const front = (lang: Lang) => `---\ntitle: "x"\nlang: ${lang}\ndate: 2024-05-10\n---\n\n`;
    const both = processBilingual(
      `${front('en')}The governor, Tirno Kabashi, signed it.\n`,
      `${front('ar')}ووقّعه الحاكم تيرنو داكو كاباشي.\n`,
      { slug: 'p', source: { en: 'en.md', ar: 'ar.md' } },
    );
    const e = both.en.paper!.entities.find((x) => x.type === 'person')!;
    expect(byId(both.ar.paper!, e.id)?.mentions.map((m) => m.text)).toEqual(['تيرنو داكو كاباشي']);
  });

  it('does not take a country alone for its adjective or a word with ئ', () => {
    const front = (lang: Lang) => `---\ntitle: "x"\nlang: ${lang}\ndate: 2024-05-10\n---\n\n`;
    const both = processBilingual(
      `${front('en')}Since Russia's invasion, Vorland needs a new main line.\n`,
      `${front('ar')}ومنذ الغزو الروسي تحتاج فورلاند إلى خط رئيسي جديد.\n`,
      { slug: 'p', source: { en: 'en.md', ar: 'ar.md' } },
    );
    const texts = both.ar.paper!.entities.flatMap((e) => e.mentions.map((m) => m.text));
    expect(texts).not.toContain('الروسي');
    expect(texts).not.toContain('رئيسي');
  });

  it('finds a short one-word name in a word without the article before one with it', () => {
    // "Quetta" has the consonants of الخط ("the line") as well as of كويتا.
    const front = (lang: Lang) => `---\ntitle: "x"\nlang: ${lang}\ndate: 2024-05-10\n---\n\n`;
    const both = processBilingual(`${front('en')}The line would run to Quetta.\n`, `${front('ar')}ويفترض أن يمر الخط إلى كويتا.\n`, { slug: 'p', source: { en: 'en.md', ar: 'ar.md' } });
    expect(byId(both.ar.paper!, 'quetta')?.mentions.map((m) => m.text)).toEqual(['كويتا']);
  });

  it('finds a one-word name of fewer than two consonants spelled as foreign names are', () => {
    // "Gao" / غاو, "Eni" / إيني: no consonant skeleton to compare, so the Arabic letters must transcribe the word.
    const sahel = editions(join(ROOT, 'test/fixtures/corpus/dev/sahel-juntas-africa-corps'));
    expect(byId(sahel.ar, 'gao')?.mentions.map((m) => m.text)).toEqual(['غاو']);
    const libya = editions(join(ROOT, 'test/fixtures/corpus/dev/libya-central-bank-oil'));
    expect(byId(libya.ar, named(libya.en, 'Eni').id)?.mentions.map((m) => m.text)).toEqual(['إيني']);
    expect(nameWords('ENI')[0]).toMatchObject({ short: 'eni', acronym: true });
  });

  it('finds a name in -iya of one consonant and a glide in the Arabic word with the article, without the و before it', () => {
    // Rawiya (invented) / الراوية: its ية is the name's, not a nisba's, and its skeleton has one consonant.
    const front = (lang: Lang) => `---\ntitle: "x"\nlang: ${lang}\ndate: 2024-05-10\n---\n\n`;
    const both = processBilingual(
      `${front('en')}Fuel queues returned to Misrata and Rawiya, where the refinery ran out of crude.\n`,
      `${front('ar')}وعادت طوابير الوقود إلى مصراتة والراوية، حيث نفد النفط الخام من المصفاة.\n`,
      { slug: 'p', source: { en: 'en.md', ar: 'ar.md' } },
    );
    expect(byId(both.ar.paper!, 'rawiya')?.mentions.map((m) => m.text)).toEqual(['الراوية']);
  });

  it('settles a type the editions disagree on for a person the English names with a given name first', () => {
    // English discovery reads "Luigi Villafuerte" after "Camarines Sur," as a place of a list; Arabic, after حاكم, as a person.
    const front = (lang: Lang) => `---\ntitle: "x"\nlang: ${lang}\ndate: 2024-05-10\n---\n\n`;
    const both = processBilingual(
      `${front('en')}Tropical Storm Kristine struck Bicol on 22 October, and Typhoon Marce\nhit Cagayan two weeks later. The National Disaster Risk Reduction and\nManagement Council counted 162 dead. In Naga, floods covered the city for\nfour days, and the governor of Camarines Sur, Luigi Villafuerte, asked\nManila for rice.\n`,
      `${front('ar')}ضربت العاصفة الاستوائية كريستين منطقة بيكول في 22 أكتوبر/تشرين الأول،\nوضرب إعصار مارسي كاغايان بعد أسبوعين. وأحصى المجلس الوطني للحد من\nمخاطر الكوارث وإدارتها 162 قتيلًا. وفي ناغا غمرت الفيضانات المدينة\nأربعة أيام، وطلب حاكم كامارينس سور، لويجي فيلافويرتي، الأرز من مانيلا.\n`,
      { slug: 'p', source: { en: 'en.md', ar: 'ar.md' } },
    );
    const en = named(both.en.paper!, 'Luigi Villafuerte');
    expect(en.type).toBe('person');
    expect(byId(both.ar.paper!, en.id)?.type).toBe('person');
  });

  it('finds a name word by the Arabic name the datasets give it, with the word said beside it', () => {
    // "Caspian" is قزوين (the gazetteer's "Caspian Sea" / "بحر قزوين"), said with بحر; "China" is الصين, and in
    // "الصيني وبنك التنمية" the و starts another name.
    const caspian = editions(join(ROOT, 'test/fixtures/corpus/dev/caspian-gas-corridors'));
    expect(byId(caspian.ar, named(caspian.en, 'Trans-Caspian Gas Pipeline').id)?.mentions[0].text).toBe('خط أنابيب الغاز العابر لبحر قزوين');
    expect(byId(caspian.ar, named(caspian.en, 'Central Asia–China Gas Pipeline').id)?.mentions[0].text).toBe('خط أنابيب الغاز بين آسيا الوسطى والصين');
    const lanka = editions(join(ROOT, 'test/fixtures/corpus/dev4/sri-lanka-debt-restructuring'));
    expect(byId(lanka.ar, 'china-development-bank')?.mentions.map((m) => m.text)).not.toContain('الصيني وبنك التنمية');
  });

  it('gives an English name only the Arabic edition found in the gazetteer the gazetteer id', () => {
    // "the Caspian port of Aktau" / "ميناء أكتاو على بحر قزوين": the gazetteer knows بحر قزوين, whose قزوين is "Caspian".
    expect(wordsTranslated('Caspian', 'بحر قزوين')).toEqual({ words: 1, share: 1 });
    const front = (lang: Lang) => `---\ntitle: "x"\nlang: ${lang}\ndate: 2024-05-10\n---\n\n`;
    const both = processBilingual(
      `${front('en')}Tim Gitzel said in Saskatoon that shipments through the Caspian port of Aktau had doubled.\n`,
      `${front('ar')}وقال تيم غيتزل في ساسكاتون إن الشحنات عبر ميناء أكتاو على بحر قزوين تضاعفت.\n`,
      { slug: 'p', source: { en: 'en.md', ar: 'ar.md' } },
    );
    expect(named(both.en.paper!, 'Caspian').id).toBe('caspian-sea');
    expect(byId(both.ar.paper!, 'caspian-sea')?.counterpart).toBe('caspian-sea');
  });

  it('finds an acronym the Arabic spells out letter by letter, freeing a name discovery cut short there', () => {
    // Arabic discovery reads "سي جي" alone as an organization.
    const front = (lang: Lang) => `---\ntitle: "x"\nlang: ${lang}\ndate: 2024-05-10\n---\n\n`;
    const both = processBilingual(
      `${front('en')}Cameco reported lower sales. CGN and Orano buy most of the rest.\n`,
      `${front('ar')}وأعلنت كاميكو تراجع مبيعاتها. وتشتري سي جي إن وأورانو معظم الباقي.\n`,
      { slug: 'p', source: { en: 'en.md', ar: 'ar.md' } },
    );
    expect(byId(both.ar.paper!, 'cgn')?.mentions.map((m) => m.text)).toEqual(['سي جي إن']);
    expect(both.ar.paper!.entities.map((e) => e.name)).not.toContain('سي جي');
  });

  it('leaves out a word that says what a known name is, with its clitic, when the English does not say it', () => {
    // The gazetteer knows "وكالة رويترز" as Reuters; "Reuters" alone is "رويترز" in "لوكالة رويترز".
    const front = (lang: Lang) => `---\ntitle: "x"\nlang: ${lang}\ndate: 2024-05-10\n---\n\n`;
    const both = processBilingual(`${front('en')}The minister told Reuters that talks had failed.\n`, `${front('ar')}وقال الوزير لوكالة رويترز إن المحادثات فشلت.\n`, { slug: 'p', source: { en: 'en.md', ar: 'ar.md' } });
    expect(byId(both.ar.paper!, 'reuters')?.mentions.map((m) => m.text)).toEqual(['رويترز']);
  });

  it('replaces an Arabic person that runs across an end of the English name', () => {
    // "لباريك مارك" (a company with the ل of "for" and a given name) against "Barrick's Mark Bristow".
    const sahel = editions(join(ROOT, 'test/fixtures/corpus/dev/sahel-juntas-africa-corps'));
    expect(byId(sahel.ar, named(sahel.en, 'Mark Bristow').id)?.mentions.map((m) => m.text)).toEqual(['مارك بريستو']);
    expect(sahel.ar.entities.map((x) => x.name)).not.toContain('لباريك مارك');
  });

  it('finds as many mentions in the Arabic block as the English block has', () => {
    // "Gazprom" twice in one paragraph; Arabic discovery found one "غازبروم" there.
    const caspian = editions(join(ROOT, 'test/fixtures/corpus/dev/caspian-gas-corridors'));
    expect(byId(caspian.ar, 'gazprom')?.mentions.map((m) => m.line)).toEqual(named(caspian.en, 'Gazprom').mentions.map((m) => m.line));
  });

  it('frees a known short name inside a longer one the English block says instead', () => {
    // The gazetteer's "المجلس الأعلى" (another council) read inside "المجلس الأعلى للدولة", the "High Council of State".
    const libya = editions(join(ROOT, 'test/fixtures/corpus/dev/libya-central-bank-oil'));
    const council = byId(libya.ar, named(libya.en, 'High Council of State').id)!;
    expect(council.mentions.map((m) => m.text.replace(/\s+/g, ' '))).toEqual(['المجلس الأعلى للدولة', 'المجلس الأعلى للدولة']);
  });

  it('frees a known name inside a longer one when the English block says it fewer times than the Arabic', () => {
    // The block names Colombo and the Port of Colombo; Arabic discovery read كولومبو in both.
    const lanka = editions(join(ROOT, 'test/fixtures/corpus/dev4/sri-lanka-debt-restructuring'));
    const port = byId(lanka.ar, named(lanka.en, 'Port of Colombo').id)!;
    expect(port.mentions.map((m) => m.text)).toContain('ميناء كولومبو');
    expect(byId(lanka.ar, 'colombo')!.mentions.map((m) => m.text)).not.toContain('كولومبو ميناء');
  });

  it('reads a title the English name says after its first word as a word of the name', () => {
    const jordan = editions(join(ROOT, 'test/fixtures/corpus/dev4/jordan-water-energy'));
    expect(byId(jordan.ar, named(jordan.en, 'Sharm el-Sheikh').id)?.mentions.map((m) => m.text)).toEqual(['شرم الشيخ']);
  });

  it('makes a known entity whole where the Arabic knows it by a shorter name than the English says', () => {
    // The gazetteer knows the Global Coalition in Arabic as التحالف الدولي only; the English says "Global Coalition Against Daesh".
    const paper = editions(join(ROOT, 'test/fixtures/corpus/dev2/kurdish-peace-process'));
    expect(byId(paper.ar, 'global-coalition')?.mentions.map((m) => m.text.replace(/\s+/g, ' '))).toContain('التحالف الدولي ضد داعش');
  });

  it('drops an Arabic person the aligned English block does not name, and keeps one whose name it says', () => {
    const jordan = editions(join(ROOT, 'test/fixtures/corpus/dev4/jordan-water-energy'));
    const people = (paper: Paper) => paper.entities.filter((x) => x.type === 'person').flatMap((x) => x.mentions.map((m) => m.text));
    // A noun phrase ("بحسن نية", in good faith) that Arabic discovery alone reads as a given name and a family name.
    const alone = processPath(join(ROOT, 'test/fixtures/corpus/dev4/jordan-water-energy/ar.md'), { slug: 'p', lang: 'ar', source: 'ar.md' }).paper!;
    expect(people(alone)).toContain('حسن نية');
    expect(people(jordan.ar)).not.toContain('حسن نية');
    // "Ursula von der Leyen", a name the English extraction missed but its text says.
    const caspian = editions(join(ROOT, 'test/fixtures/corpus/dev/caspian-gas-corridors'));
    expect(people(caspian.ar)).toContain('أورسولا فون دير لاين');
  });

  it('finds in the English block a name only the Arabic edition found, and gives both editions its English id', () => {
    // English discovery missed "Chevron"; Arabic discovery found شيفرون.
    const guyana = editions(join(ROOT, 'test/fixtures/corpus/dev3/guyana-essequibo-oil'));
    const chevron = named(guyana.en, 'Chevron');
    expect(chevron?.type).toBe('organization');
    expect(byId(guyana.ar, chevron.id)?.name).toBe('شيفرون');
  });

  it('finds in the English block the English name of a known entity only the Arabic edition found', () => {
    // The world dataset names Manila for Arabic discovery only (English discovery finds cities on its own, and missed it here).
    const front = (lang: Lang) => `---\ntitle: "x"\nlang: ${lang}\ndate: 2024-05-10\n---\n\n`;
    const both = processBilingual(
      `${front('en')}In Naga, floods covered the city for four days, and the governor asked Manila for rice.\n`,
      `${front('ar')}وفي ناغا غمرت الفيضانات المدينة أربعة أيام، وطلب الحاكم الأرز من مانيلا.\n`,
      { slug: 'p', source: { en: 'en.md', ar: 'ar.md' } },
    );
    const manila = byId(both.en.paper!, 'manila');
    expect(manila?.mentions.map((m) => m.text)).toEqual(['Manila']);
    expect(manila?.source).toBe('gazetteer');
    expect(byId(both.ar.paper!, 'manila')?.counterpart).toBe('manila');
  });

  it('lets a name only the Arabic edition found whole take over English mentions cut short or typed otherwise', () => {
    // English discovery read "Dissanayake" (of "Anura Kumara Dissanayake", across a line break) as an organization,
    // and "Badr" (of "Badr Abdelatty") as the Iraqi Badr Organization.
    const lanka = editions(join(ROOT, 'test/fixtures/corpus/dev4/sri-lanka-debt-restructuring'));
    const anura = lanka.en.entities.find((e) => e.name.replace(/\s+/g, ' ') === 'Anura Kumara Dissanayake')!;
    expect(anura.type).toBe('person');
    expect(anura.mentions.map((m) => m.text)).toContain('Dissanayake');
    expect(byId(lanka.ar, anura.id)?.name).toBe('أنورا كومارا ديساناياكا');
    expect(lanka.en.entities.filter((e) => e.type === 'organization').map((e) => e.name)).not.toContain('Dissanayake');
    const gerd = editions(join(ROOT, 'test/fixtures/corpus/dev/gerd-nile-negotiations'));
    const badr = named(gerd.en, 'Badr Abdelatty');
    expect(badr?.type).toBe('person');
    expect(byId(gerd.ar, badr.id)?.name).toBe('بدر عبد العاطي');
  });

  it('keeps an Arabic name that is already whole', () => {
    expect(byId(ar, named(en, 'Talantbek Myrzakhmetov').id)?.mentions.map((m) => m.text)).toEqual(['تالانت بيك ميرزاخمتوف']);
  });
});
