/**
 * Whether an English name and an Arabic one say the same thing word by word,
 * for the names that are translated rather than transliterated: most
 * organizations ("Central Bank of Libya" / "مصرف ليبيا المركزي") and places
 * with a head word ("Gulf of Aden" / "خليج عدن"). A word of the English name is
 * matched by a word of the Arabic one when it is
 * - one of the common words of institution and place names below, translated
 *   (compared as stems: without the article, a clitic before it, or the
 *   endings of gender, number and the nisba);
 * - a transliterated name, by its consonants (pipeline/text/sound.ts), a
 *   demonym by its country's ("Libyan" / "الليبي");
 * - an acronym spelled out letter by letter in Arabic ("BP" / "بي بي").
 */
import { foldArabic } from '../text/fold.js';
import { boundedMemo } from '../text/memo.js';
import { arabicSkeletons, arabicSounds, comparable, latinSkeletons, latinSounds, sameSound, soundWord, transcription } from '../text/sound.js';
import { isArabicStopWord } from '../extract/entities/arabic-words.js';
import { tokenize } from '../extract/entities/tokens.js';
import { resourcesOf, type ExtractResources } from '../extract/resources.js';

/** English words of names and the Arabic words that translate them (as written; folded and stemmed on load). */
const WORDS: Record<string, string> = {
  // Kinds of organization.
  agency: 'وكالة هيئة', alliance: 'تحالف', army: 'جيش', assembly: 'جمعية مجلس', association: 'رابطة جمعية اتحاد', authority: 'هيئة سلطة',
  bank: 'بنك مصرف', board: 'مجلس هيئة', brigade: 'لواء', bureau: 'مكتب', cabinet: 'حكومة مجلس', centre: 'مركز', center: 'مركز',
  chamber: 'غرفة', coalition: 'تحالف ائتلاف', command: 'قيادة', commission: 'مفوضية لجنة هيئة', committee: 'لجنة', company: 'شركة مؤسسة', club: 'نادي', department: 'وزارة إدارة دائرة', project: 'مشروع',
  conference: 'مؤتمر', congress: 'مؤتمر كونغرس', corporation: 'مؤسسة شركة', council: 'مجلس', court: 'محكمة', directorate: 'مديرية',
  federation: 'اتحاد', force: 'قوة قوات', forces: 'قوات قوة', front: 'جبهة', fund: 'صندوق', government: 'حكومة', group: 'مجموعة',
  guard: 'حرس', house: 'مجلس بيت', initiative: 'مبادرة', institute: 'معهد', league: 'جامعة رابطة', line: 'خط', ministry: 'وزارة',
  mission: 'بعثة', movement: 'حركة', navy: 'بحرية', office: 'مكتب', organization: 'منظمة', organisation: 'منظمة', operation: 'عملية',
  parliament: 'برلمان', party: 'حزب', programme: 'برنامج', program: 'برنامج', school: 'مدرسة', service: 'جهاز خدمة', society: 'جمعية',
  task: 'مهام', union: 'اتحاد', university: 'جامعة', network: 'شبكة', platform: 'منصة', port: 'ميناء', station: 'محطة',
  // What they are of, and their adjectives.
  affairs: 'شؤون', african: 'أفريقي', arab: 'عربي', central: 'مركزي وسطى', civil: 'مدني', coastal: 'ساحلي', combined: 'مشترك', common: 'مشترك', cooperation: 'تعاون',
  coordination: 'تنسيق', defence: 'دفاع', defense: 'دفاع', democratic: 'ديمقراطي', development: 'تنمية', economic: 'اقتصادي', energy: 'طاقة',
  equality: 'مساواة', european: 'أوروبي', executive: 'تنفيذي', federal: 'اتحادي', finance: 'مالية تمويل', financial: 'مالي', food: 'غذاء أغذية',
  foreign: 'خارجي خارجية أجنبي', free: 'حر', gas: 'غاز', general: 'عام', health: 'صحة', high: 'أعلى عالي سامي عليا', higher: 'أعلى', human: 'إنسان',
  humanitarian: 'إنساني', independent: 'مستقل', interior: 'داخلية', international: 'دولي', investment: 'استثمار', irrigation: 'ري', islamic: 'إسلامي',
  joint: 'مشترك', justice: 'عدل عدالة', labour: 'عمل', liberation: 'تحرير', maritime: 'بحري', market: 'سوق', migration: 'هجرة',
  military: 'عسكري', monetary: 'نقد نقدي', national: 'وطني قومي', naval: 'بحري', oil: 'نفط بترول', peace: 'سلام', people: 'شعب',
  petroleum: 'بترول نفط', popular: 'شعبي', presidential: 'رئاسي', public: 'عام', reconstruction: 'إعمار', red: 'أحمر', refugees: 'لاجئ لاجئين',
  relief: 'إغاثة', republic: 'جمهورية', republican: 'جمهوري', resources: 'موارد', revolutionary: 'ثوري', rights: 'حقوق', security: 'أمن',
  shipping: 'شحن ملاحة', sovereign: 'سيادي', special: 'خاص', state: 'دولة حكومي', supreme: 'أعلى', support: 'دعم', trade: 'تجارة',
  transitional: 'انتقالي', transport: 'نقل', united: 'متحد متحدة', unity: 'وحدة', war: 'حرب', water: 'مياه مائي', workers: 'عمال', world: 'عالمي',
  agriculture: 'زراعة', air: 'جوي', armed: 'مسلح', change: 'تغيير', constitutional: 'دستوري', crisis: 'أزمات أزمة', dialogue: 'حوار',
  doctors: 'أطباء', economy: 'اقتصاد', education: 'تعليم', electoral: 'انتخابي انتخابات', electricity: 'كهرباء', forum: 'منتدى',
  freedom: 'حرية', industry: 'صناعة', intelligence: 'استخبارات مخابرات', legislative: 'تشريعي', local: 'محلي', medical: 'طبي',
  mining: 'تعدين', planning: 'تخطيط', police: 'شرطة', ports: 'موانئ', rapid: 'سريع', reform: 'إصلاح', regional: 'إقليمي', research: 'بحوث أبحاث',
  salvation: 'إنقاذ', social: 'اجتماعي', solidarity: 'تضامن', sovereignty: 'سيادة', strategic: 'استراتيجي', studies: 'دراسات', summit: 'قمة',
  women: 'نساء مرأة', youth: 'شباب', airport: 'مطار', base: 'قاعدة', railway: 'سكك حديدية', exchange: 'بورصة', news: 'أنباء',
  administrative: 'إداري', assistance: 'مساعدة', audit: 'رقابة', border: 'حدود', borders: 'حدود', broadcasting: 'إذاعة', ceasefire: 'وقف إطلاق نار',
  children: 'أطفال', communications: 'اتصالات', corruption: 'فساد', counter: 'مكافحة', crime: 'جريمة', criminal: 'جنائي', culture: 'ثقافة',
  customs: 'جمارك', democracy: 'ديمقراطية', disaster: 'كوارث', electric: 'كهرباء', emergency: 'طوارئ', environment: 'بيئة', environmental: 'بيئي',
  generating: 'توليد', generation: 'توليد', global: 'عالمي دولي', holding: 'قابضة', housing: 'إسكان', immigration: 'هجرة', information: 'معلومات إعلام',
  infrastructure: 'بنية تحتية', integrated: 'متكامل', management: 'إدارة', media: 'إعلام', minerals: 'معادن', mines: 'مناجم', monitoring: 'مراقبة رصد',
  natural: 'طبيعي', nuclear: 'نووي', observatory: 'مرصد', population: 'سكان', power: 'طاقة كهرباء قوة', press: 'صحافة', prosecution: 'نيابة',
  protection: 'حماية', religious: 'ديني', renaissance: 'نهضة', stabilization: 'استقرار', stabilisation: 'استقرار', statistics: 'إحصاء',
  terrorism: 'إرهاب', tourism: 'سياحة', transition: 'انتقالي انتقالية', treasury: 'خزانة', tribunal: 'محكمة', wealth: 'ثروة', interstate: 'بين دول',
  commerce: 'تجارة', reserve: 'احتياطي', official: 'رسمي', creditor: 'دائن', creditors: 'دائن', export: 'تصدير', import: 'استيراد',
  container: 'حاوية حاويات', challenge: 'تحدي', millennium: 'الألفية', king: 'ملك', desalination: 'تحلية', conveyance: 'نقل جر',
  asian: 'آسيوي', middle: 'أوسط وسط وسطى', framework: 'إطار', permanent: 'دائم', volunteers: 'متطوع', nations: 'أمم', homeland: 'وطن',
  us: 'أمريكي أميركي', uk: 'بريطاني', british: 'بريطاني', american: 'أمريكي أميركي', operations: 'عمليات', aviation: 'طيران', airlines: 'طيران خطوط', green: 'أخضر', white: 'أبيض', upper: 'أعلى', lower: 'أدنى سفلى', old: 'قديم',
  // Places.
  bay: 'خليج', canal: 'قناة', cape: 'رأس', city: 'مدينة', coast: 'ساحل', dam: 'سد', desert: 'صحراء', east: 'شرق', field: 'حقل', gulf: 'خليج',
  horn: 'قرن', island: 'جزيرة', islands: 'جزر', lake: 'بحيرة', mount: 'جبل', mountains: 'جبال', new: 'جديد', north: 'شمال', ocean: 'محيط',
  pipeline: 'خط أنابيب', province: 'محافظة ولاية', region: 'إقليم منطقة', river: 'نهر', sea: 'بحر', south: 'جنوب', square: 'ميدان ساحة',
  strait: 'مضيق', valley: 'وادي', west: 'غرب', western: 'غربي', eastern: 'شرقي', northern: 'شمالي', southern: 'جنوبي', black: 'أسود',
  mediterranean: 'متوسط', route: 'طريق مسار', great: 'عظيم كبير عظمى كبرى', grand: 'كبير كبرى', basin: 'حوض', bridge: 'جسر', block: 'قطاع كتلة', camp: 'مخيم', corridor: 'ممر',
  delta: 'دلتا', district: 'حي منطقة', governorate: 'محافظة', oasis: 'واحة', peninsula: 'شبه جزيرة', plain: 'سهل', plateau: 'هضبة', road: 'طريق',
  terminal: 'محطة', tunnel: 'نفق', zone: 'منطقة', trans: 'عابر', pacific: 'هادئ',
  // More kinds of organization and what they are of.
  senate: 'مجلس شيوخ', representatives: 'نواب ممثلين', community: 'مجتمع جماعة', control: 'مراقبة رقابة', assets: 'أصول', diplomacy: 'دبلوماسية', preventive: 'وقائي', against: 'ضد',
};

/** How well Arabic letters must transcribe a name word of fewer than two consonants (transcription in sound.ts). */
export const SHORT_WRITTEN = 0.8;

/** Words of English names that the Arabic does not write as a word of its own. */
const FUNCTION_WORDS = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'at', 'a', 'an', 'al', 'el']);

/** Endings of gender, number and the nisba (الوطنية، المشتركة، لاجئين) and the tā' marbūṭa, so that a word and its forms compare as one stem. */
const ENDINGS = /(?:يين|يون|يه|ين|ون|ات|ه|ي)$/u;
/** A word's stem, once per word: soundMatch asks it of every form of a block's words for each head word of a name. */
const stem = boundedMemo((key: string): string => {
  const bare = key.replace(/^ال(?=..)/u, '');
  const cut = bare.replace(ENDINGS, '');
  if ([...cut].length < 2) return bare;
  // A plural of a nisba noun ends twice (عمليات → عملي → عمل, as عملية → عمل).
  const again = cut.replace(ENDINGS, '');
  return cut !== bare && [...again].length >= 3 ? again : cut;
}, 50_000);

let stems: Map<string, Set<string>> | undefined;
/** The lexicon with its Arabic words folded as tokens are, and stemmed. */
function lexicon(): Map<string, Set<string>> {
  stems ??= new Map(Object.entries(WORDS).map(([en, ar]) => [en, new Set(ar.split(' ').map((w) => stem(foldArabic(w).text)))]));
  return stems;
}

/** Latin letters as Arabic spells them out ("بي" B, "إم" M), folded. */
const LETTERS: Record<string, string[]> = Object.fromEntries(
  Object.entries({
    a: 'إيه أي', b: 'بي', c: 'سي', d: 'دي', e: 'إي', f: 'إف', g: 'جي', h: 'إتش', i: 'آي', j: 'جيه جاي', k: 'كيه كي', l: 'إل', m: 'إم', n: 'إن',
    o: 'أو', p: 'بي', q: 'كيو', r: 'آر', s: 'إس', t: 'تي', u: 'يو', v: 'في', w: 'دبليو', x: 'إكس', y: 'واي', z: 'زد',
  }).map(([l, ar]) => [l, ar.split(' ').map((w) => foldArabic(w).text)]),
);

/**
 * Demonym endings of English adjectives ("Libyan", "Sudanese", "Turkish", "African", "Iraqi"), left out to compare
 * with the country's consonants; not a bare -an, which ends names too ("Sudan").
 */
export const DEMONYM = /(?:ese|ian|ish|yan|ican|i)$/;

interface ArabicWord {
  /** The stems of the word's forms (with and without a clitic). */
  stems: string[];
  /** The folded forms of the word (with and without a clitic). */
  forms: string[];
  /** The consonants of the word without a clitic or the article. */
  sound: string;
  /** The word as written. */
  raw: string;
}

/**
 * How many of the English name's words (function words left out) the Arabic
 * name says, and what share of them.
 */
export function wordsTranslated(english: string, arabic: string): { words: number; share: number } {
  const latin = english.split(/[^\p{L}'’]+/u).map((w) => w.replace(/['’]s?$/u, '')).filter((w) => w && !FUNCTION_WORDS.has(w.toLowerCase()));
  if (!latin.length) return { words: 0, share: 0 };
  const arabicWords: ArabicWord[] = tokenize(arabic, 'ar').map((t) => {
    const forms = t.bare ?? [{ key: t.key, start: t.start }];
    return { stems: forms.map((f) => stem(f.key)), forms: forms.map((f) => f.key), sound: comparable(arabicSkeletons(arabic.slice(t.start, t.end))[0] ?? ''), raw: arabic.slice(t.start, t.end) };
  });
  let said = 0;
  for (const w of latin) {
    const lower = w.toLowerCase();
    const translations = translationsOf(lower);
    const sounds = new Set([lower, lower.replace(DEMONYM, '')].flatMap((x) => latinSkeletons(x).map(comparable)));
    if (
      (translations && arabicWords.some((a) => a.stems.some((s) => translations.has(s)))) ||
      (knownName(lower) && arabicWords.some((a) => a.forms.some((f) => namesWord(lower, f)))) ||
      // A name word of fewer than two consonants, by how the Arabic letters transcribe it ("Loa River" / "نهر لوا").
      (sounds.size === 0 && latin.length > 1 && arabicWords.some((a) => !a.forms[0].startsWith('ال') && !isArabicStopWord(a.forms[0]) && transcription(arabicSounds(a.raw), latinSounds(soundWord(w))) >= SHORT_WRITTEN)) ||
      arabicWords.some((a) => a.sound !== '' && [...sounds].some((x) => sameSound(x, a.sound))) ||
      (/^\p{Lu}{2,5}$/u.test(w) && spelledOut(lower, arabicWords))
    )
      said++;
  }
  return { words: said, share: said / latin.length };
}

/** The stems that translate an English word (lower case), singular or plural. */
const translationsOf = (english: string): Set<string> | undefined => lexicon().get(english) ?? lexicon().get(english.replace(/s$/, ''));

/** Whether an Arabic word (folded) spells out a Latin letter (lower case): "بي" b, "إتش" h. */
export const spellsLetter = (letter: string, arabicKey: string): boolean => LETTERS[letter]?.includes(arabicKey) ?? false;

/** An acronym whose letters the Arabic spells out in a row ("bp" / "بي بي", "tbc" / "تي بي سي"). */
function spelledOut(acronym: string, words: ArabicWord[]): boolean {
  const letters = [...acronym];
  for (let i = 0; i + letters.length <= words.length; i++) if (letters.every((l, k) => words[i + k].forms.some((f) => LETTERS[l]?.includes(f)))) return true;
  return false;
}

/** Whether an Arabic word (folded, as tokenize keys it) translates an English word (lower case) of the lexicon. */
export function translatesWord(english: string, arabicKey: string): boolean {
  return translationsOf(english)?.has(stem(arabicKey)) ?? false;
}

/** Whether the lexicon knows the English word (lower case). */
export const inLexicon = (english: string): boolean => translationsOf(english) !== undefined;

/** What the datasets' names say a proper name word is in Arabic: the word itself, and the words said with it. */
interface KnownName {
  word: Set<string>;
  with: Set<string>;
}

const knownBy = new WeakMap<ExtractResources, Map<string, KnownName>>();

/**
 * Proper name words the gazetteer and the world datasets give an Arabic name for, as stems: a name of one word
 * ("Anatolia" / الأناضول), or the word beside a head word of the lexicon in a name of two ("Caspian" in "Caspian
 * Sea" / "بحر قزوين" is قزوين, said with بحر), so a name that contains them is found word for word ("Trans-Caspian
 * Gas Pipeline" / "خط أنابيب الغاز العابر لبحر قزوين").
 */
function knownNames(): Map<string, KnownName> {
  const r = resourcesOf({});
  let known = knownBy.get(r);
  if (known) return known;
  const [en, ar] = (['en', 'ar'] as const).map((lang) => (r.locales.namespace(lang, 'entities') ?? {}) as Record<string, { type?: string; name?: string }>);
  const pairs: [string, string][] = [
    ...Object.entries(en).flatMap(([id, e]) => (e.type !== 'person' && e.name && ar[id]?.name ? [[e.name, ar[id].name!] as [string, string]] : [])),
    ...r.places.countries.flatMap((c) => (c.name.ar ? [[c.name.en, c.name.ar] as [string, string]] : [])),
    ...r.worldNames.places.map((p) => [p.en, p.ar] as [string, string]),
  ];
  knownBy.set(r, (known = new Map()));
  for (const [english, arabic] of pairs) {
    const words = english.toLowerCase().split(/[\s-]+/u).filter((w) => w && !FUNCTION_WORDS.has(w));
    const arabicStems = tokenize(arabic, 'ar').map((t) => stem(t.key));
    const names = words.filter((w) => !inLexicon(w) && /^\p{L}+$/u.test(w));
    if (names.length !== 1 || words.length > 2 || arabicStems.length > 2) continue;
    const head = words.find((w) => w !== names[0]);
    const heads = head === undefined ? undefined : translationsOf(head);
    if (head !== undefined && !heads) continue;
    const said = heads ? arabicStems.filter((a) => !heads.has(a)) : arabicStems;
    if (said.length !== 1 || (head && said.length === arabicStems.length)) continue;
    const entry = known.get(names[0]) ?? { word: new Set<string>(), with: new Set<string>() };
    entry.word.add(said[0]);
    for (const a of arabicStems) if (a !== said[0]) entry.with.add(a);
    known.set(names[0], entry);
  }
  return known;
}

/** Whether the datasets give an Arabic name for a proper name word (lower case). */
export const knownName = (english: string): boolean => knownNames().has(english);

/** Whether an Arabic word (folded) is a proper name word's Arabic name; `beside`: a word said with it ("بحر" of قزوين). */
export function namesWord(english: string, arabicKey: string, beside = false): boolean {
  const entry = knownNames().get(english);
  return entry !== undefined && (beside ? entry.with : entry.word).has(stem(arabicKey));
}
