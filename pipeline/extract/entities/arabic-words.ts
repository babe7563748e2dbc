/**
 * What every Arabic discovery rule reads: the folded word lists (first names,
 * titles, stop words, heads, generic words) and LISTED, the phrase and sentence
 * types, the datasets' given names and towns (arabicNames), and a token's bare
 * forms. Kept apart so that the rule modules share them without importing each
 * other.
 */
import type { BlockText } from '../block-text.js';
import type { Token } from './tokens.js';
import type { NameSounds, WorldNames } from './datasets.js';

export interface ArabicPhrase {
  first: number;
  last: number;
  /** Start of the name in the text: after a clitic attached to its first word (و، ب، ل …). */
  start: number;
  type: 'person' | 'organization' | 'place';
  titled: boolean;
}

/** Letters Arabic writes more than one way, as the one the keys have: hamza seats as ا, ي and و, ى as ي, ة as ه. */
const FOLDED: Record<string, string> = { أ: 'ا', إ: 'ا', آ: 'ا', ى: 'ي', ة: 'ه', ئ: 'ي', ؤ: 'و' };
export const fold = (words: string): string[] => words.split(/\s+/).map((w) => w.replace(/[أإآىةئؤ]/g, (c) => FOLDED[c]));

/** Common first names of Iraqi, Iranian and Gulf public figures. */
export const FIRST_NAMES = new Set(fold(`محمد أحمد علي حسين حسن عباس جعفر مهدي قاسم هادي حيدر عمار قيس أكرم نوري مقتدى فالح عادل إياد إبراهيم مصطفى خالد سعد سعيد صالح كاظم
  جواد باقر صادق رضا محسن مرتضى مسلم ياسر يوسف عمر عثمان زيد فيصل فؤاد نزار رعد ضياء همام عدنان حامد حميد شبل عزت طارق أسامة سليم محمود خميس رافع ثامر نجم
  فرحان جاسم كريم ماجد وليد هشام حازم كامل عمران رحيم لطيف باسم أسعد ريان أيمن نبيل سامي منصور ناصر فاضل فلاح كمال شاكر عقيل عزيز ستار جبار حاكم قحطان غازي
  راضي إسماعيل مسعود مجتبى حسام عبد عبدالله عبدالعزيز عبدالمهدي عبداللطيف مسرور نيجيرفان بافل جلال برهم هوشيار فاروق شوان آرام ريبوار قباد لاهور زينب فاطمة
  موسى عيسى مراد مريم نادية سارة هناء ياسين أنور نوفل رياض بهاء شهاب صلاح زياد معين ثائر منذر مثنى أثيل خليل إحسان سلمان بشار نعيم يحيى حمزة إسحاق أمين حبيب سيف لؤي`));
export const KUNYA = new Set(fold('أبو أبي ابو'));
/** Titles and roles before a person's name (single folded words; the last word of longer titles). */
export const TITLES = new Set(fold(`الشيخ السيد سماحة المرجع العميد اللواء الفريق العقيد الوزير النائب الرئيس القائد زعيم الزعيم الأمين آية الله الدكتور د السفير المحافظ القاضي
  الحاج المتحدث الناطق رئيس قائد وزير نائب محافظ سفير مستشار المستشار الجنرال المشير النقيب المقدم الرائد الأدميرال الملك الأمير المبعوث مبعوث
  المدير مدير المفوض مفوض الممثل ممثل رئيسها رئيسه نجل نجله نجلها شقيق شقيقه شقيقها
  الرئيسة رئيسة الوزيرة وزيرة المبعوثة مبعوثة المديرة مديرة السفيرة سفيرة المستشارة مستشارة النائبة نائبة المفوضة مفوضة الملكة الأميرة`));
/** A title or rank before a name (a folded word key): never a word of the name (الله of آية الله is one: عبد الله). */
export const isArabicTitle = (key: string): boolean => TITLES.has(key) && key !== 'الله';
/** A preposition, particle, pronoun or frequent verb (a folded word key), which a foreign name's word rarely writes ("دون ساهونغ" does). */
export const isArabicStopWord = (key: string): boolean => STOP.has(key);
/**
 * Words between a title and the name: what the title is of ("وزير الدفاع",
 * "الرئيس النيجيري", "المتحدث باسمها", "الفريق أول", "الأمين العام"). Words with
 * the article, and these.
 */
export const TITLE_MODIFIERS = new Set(fold('أول باسم باسمها باسمه الخاص العام ركن'));
/** Words a name never contains: prepositions, particles, pronouns ("أنها", that it), frequent verbs. */
export const STOP = new Set(fold(`في من إلى على عن مع أن إن التي الذي الذين اللذين هذا هذه ذلك تلك بين حول عند بعد قبل منذ خلال ضد لدى حتى أو ثم قد لم لن لا ما هو هي هم كان كانت
  قال قالت أكد أكدت أعلن أعلنت وأضاف أضاف يرى ترى يقول تقول عام العام رئيس الوزراء وزير السابق الأسبق الحالي الراحل الجديد باسم باسمها باسمه
  دون بدون بلا غير سوى نحو عبر ضمن إثر جراء وسط أمام خلف تحت فوق عند كل بعض جميع كافة أي أية مثل لكن إذ إذا كما حيث أيضا فقط مع آخر أخرى
  فيما بينما عندما حينما كلما طالما ريثما لما رغم برغم فقد وقد لقد أنه أنها أنهم أنهما إنه إنها إنهم إنهما`));
/** Head words of organization names. */
export const ORG_HEADS = new Set(fold(`حركة حزب تيار تحالف ائتلاف كتائب سرايا عصائب منظمة جبهة هيئة لواء فيلق جيش كتلة جماعة اتحاد وزارة مفوضية مجلس قوات مؤسسة مركز معهد
  جامعة محكمة جهاز تجمع شركة عملية بعثة مكتب برنامج صندوق وكالة لجنة رابطة نقابة جمعية مجموعة بنك مصرف صحيفة مجلة إذاعة قناة منتدى مرصد
  شبكة كتيبة فرقة أكاديمية حكومة برلمان نادي غرفة بورصة`));
/** Verbal nouns an organization's name runs on after ("جبهة تحرير …", "هيئة إنقاذ …"): the name goes on past them. */
export const NAME_NOUNS = new Set(fold('تحرير إنقاذ دعم تنمية إعادة مكافحة حماية رعاية تعاون تنسيق مراقبة إغاثة'));

/** Words before a place name, not part of it ("حي الكرادة", "ميناء أم قصر", "مقاطعة بوهول"). */
export const PLACE_HEADS = new Set(fold('مدينة بلدة قرية قضاء ناحية حي ميناء مطار معبر مخيم حقل منجم مقاطعة'));

/**
 * Words that are part of the place's name, as "Province" and "State" are in English ("محافظة نينوى", Nineveh
 * Governorate; "ولاية الجزيرة", Gezira State, where الجزيرة alone is "the island"). Before a bare name, إقليم and
 * ولاية classify it and stay outside ("إقليم دارفور", "ولاية رورايما"); محافظة, a governorate's title, stays in.
 */
export const NAMED_PLACE_HEADS = new Set(fold('محافظة ولاية إقليم'));

/** Words after a head that make it a common noun phrase, not a name ("حركة الاحتجاج", "قوات الأمن"). */
export const GENERIC = new Set(fold(`الاحتجاج الاحتجاجات الأمن الأمنية المسلحة مسلحة المسلح الشعبية الوطنية الدولي الدولية السياسي السياسية العسكري العسكرية الحكومة الحكومي
  الحكومية النواب الوزراء المحافظة الشيعي الشيعية السني السنية الكردي الكردية العراقي العراقية الإيراني الإيرانية الإسلامي الإسلامية المعارضة الجديد الجديدة
  الكبرى الحاكم الحاكمة المقاومة التغيير الإصلاح شيعية سنية كردية عراقية إيرانية سياسية عسكرية دولية جديدة كبيرة واسعة القوي القوية الكبير
  الكبيرة الأكبر الواسع الواسعة الحالي الحالية السابق السابقة الأخير الأخيرة المقبل المقبلة المحتمل المحتملة المرتقب المتين الأوسع الأقوى الفقيه
  التالي التالية الماضي الماضية القادم القادمة المنصرم سابق سابقة حالي حالية`));

/** Word without the attached conjunction/preposition/article forms (first clitic form is the word itself). */
export function bare(t: Token): string[] {
  return t.bare?.map((b) => b.key) ?? [t.key];
}

/** Where the first form of a word found in `set` starts (the word's start if none). */
export function startIn(t: Token, set: Set<string>): number {
  return t.bare?.find((b) => set.has(b.key))?.start ?? t.start;
}

/** What the rules of one sentence read: its block, tokens, known names, and the names datasets give by sound. */
export interface ArabicContext {
  b: BlockText;
  toks: Token[];
  /** Tokens a gazetteer name covers. */
  covered: Set<number>;
  /** Tokens of gazetteer surnames, which may end a name the gazetteer lacks. */
  soft: Set<number>;
  /** Tokens of gazetteer places (a name listed with one is a place too). */
  places: Set<number>;
  /** Tokens of gazetteer organizations (a title may be of one: "رئيس مجلس النواب"). */
  orgs: Set<number>;
  sounds: NameSounds;
  /** Given names that start a person's name: this field's and the dataset's (arabicNames). */
  given: Set<string>;
  /** Names of Arab towns, folded (arabicNames). */
  towns: Set<string>;
  /** The English names of towns (locales/places.json, by cityKey), loaded when a Latin word asks. */
  cities: () => Set<string>;
}

const namesOf = new WeakMap<WorldNames['arabic'], { given: Set<string>; towns: Set<string> }>();

/**
 * The Arabic given names and town names of the datasets, folded, with this field's first names. A given name
 * that is one of the words these rules read otherwise (على folds as علي; الأمين, أمين) is left to them.
 */
export function arabicNames(world: WorldNames['arabic']): { given: Set<string>; towns: Set<string> } {
  let names = namesOf.get(world);
  if (!names) {
    const listed = (key: string) => key.startsWith('ال') || [STOP, GENERIC, TITLES, ORG_HEADS, PLACE_HEADS, NAMED_PLACE_HEADS, KUNYA, NAME_NOUNS, TITLE_MODIFIERS].some((set) => set.has(key));
    const given = new Set([...FIRST_NAMES, ...world.givenNames.filter((n) => !/\s/u.test(n)).map((n) => fold(n)[0]).filter((k) => !listed(k))]);
    // المدينة is "the town" before it is Medina.
    const towns = world.towns.map((n) => fold(n).join(' ')).filter((k) => !listed(k.replace(/^ال/u, '')));
    namesOf.set(world, (names = { given, towns: new Set(towns) }));
  }
  return names;
}

/** One sentence's view: its token range and the tests every rule uses. */
export interface Sentence extends ArabicContext {
  first: number;
  end: number;
  /** Last tokens of the people this sentence has named so far. */
  people: Set<number>;
  inSentence(i: number): boolean;
  /** Only spaces (or a tatweel) between two tokens. */
  gapOk(a: number, c: number): boolean;
  /** In the sentence, not a known name, not a particle. */
  free(i: number): boolean;
}

export const LATIN = /^[A-Za-z]/;

/** Short vowels, tanween, shadda, sukun and the tatweel: marks that are no letters. */
export const MARKS = /[\u0640\u064B-\u065F\u0670]/gu;
export const TANWEEN = /[\u064B-\u064D]/u;

/** Latin letters spelled out in Arabic ("تي بي سي" is TBC, "بي بي" BP); not في, أو, إن, which are words. */
export const LETTERS = 'إيه بي سي دي إف جي إتش آي جيه كيه إل إم كيو آر إس تي يو إكس واي زد';
export const LETTER_NAMES = new Set(fold(LETTERS));

/** Words before a place's name: prepositions of place, "the capital", the points of the compass ("في باماكو", "شمال نيامي"). */
export const PLACE_CONTEXT = new Set(
  fold(`في من إلى نحو قرب حول عبر بين داخل خارج عاصمة العاصمة عاصمتها مدن شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي ضواحي
  على دخل دخلت غادر غادرت زار زارت تطال طالت حاصر حاصرت اجتاح اجتاحت`),
);
/** Letters Arabic spellings of foreign names do without: ع ح ص ض ط ظ ذ ث, ء and ة, a hamza seat past the first letter. */
export const NATIVE_LETTERS = /[عحصضطظذثءةؤئ]|(?<!^)[أإآ]/u;
/** How well a word must write a Latin name to be taken for it (pipeline/text/sound.ts transcription): one short vowel of six unwritten. */
export const WRITES_NAME = 0.85;
/**
 * Ordinary nouns written only with letters foreign names also use, that follow "في" as a place would ("في بيان
 * لها", "في كتاب", "في برنامج"): never a foreign name, however well they write one.
 */
export const COMMON_NOUNS = new Set(fold('بيان كتاب برنامج مجال ميدان مكان زمن سياق مقال تقرير منشور تسجيل مرسوم قرار قانون دستور اتفاق مسار ملف بلاغ نداء'));
/** Canal or channel: a feature's noun and a broadcaster's classifier. */
export const CANAL = fold('قناة')[0];
/** Words of the lists above: never a foreign name. */
export const LISTED = [STOP, GENERIC, COMMON_NOUNS, TITLES, ORG_HEADS, PLACE_HEADS, NAMED_PLACE_HEADS, FIRST_NAMES, KUNYA, NAME_NOUNS, TITLE_MODIFIERS, PLACE_CONTEXT, LETTER_NAMES];

/** Endings of Slavic, Central Asian, Armenian and Georgian family names (-ov, -ev, -ova, -sky, -enko, -yan, -shvili, -dze, -ić), whatever letters come before. */
export const FOREIGN_SURNAME_END = /(?:وف|يف|وفا|يفا|سكي|نكو|يان|شفيلي|دزه|دزي|يتش)$/u;

/** A verb in the past with a feminine subject ("نشرت", "اشترت"), whose letters foreign names have too. */
export const PAST_VERB = /^(?:ا|است)?\p{L}{3}ت$/u;

export function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);
}
