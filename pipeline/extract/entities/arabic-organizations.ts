/**
 * Arabic discovery, organizations and companies: a head word ("حركة", "كتائب",
 * "شركة") and the words a name runs on through, heads that read as verbs or
 * common nouns there, tribes, a company or an outlet named by its trade word
 * ("دراغون أويل", "تركمن غاز") or as the owner of a share, and an organization's
 * name without its head. Separate from people and places, whose rules it does
 * not need.
 */
import type { BlockText } from '../block-text.js';
import type { Token } from './tokens.js';
import type { NameSounds } from './datasets.js';
import { type ArabicPhrase, fold, TITLES, STOP, ORG_HEADS, NAME_NOUNS, GENERIC, bare, type Sentence, MARKS, TANWEEN, PAST_VERB, range, WRITES_NAME, CANAL } from './arabic-words.js';
import { isIndefiniteAdjective, isIndefiniteParticiple, unagreeing, commonNounShaped, describes, forPhrase, isAdjective, writtenForms, foreignLooking, foreignWord, loneForeignName, writesGivenName } from './arabic-word-shapes.js';
import { startsName } from './arabic-people.js';
import { ARABIC_MONTH_WORDS } from './dates.js';
import { spelledLetter, letterAt, lettersEnd } from './arabic-acronyms.js';

/** Words before a tribe's name ("عشيرة بني مالك"); "بني" and "البو" start one. */
const TRIBE_HEADS = new Set(fold('عشيرة عشائر قبيلة قبائل'));
const TRIBE_WORDS = new Set(fold('بني البو'));

/** "عشيرة الحلاف", "بني مالك", "البو محمد": a tribe. */
export function tribeAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks } = x;
  const forms = bare(toks[i]);
  const tribe = forms.some((f) => TRIBE_WORDS.has(f)) ? i : forms.some((f) => TRIBE_HEADS.has(f)) && x.free(i + 1) && x.gapOk(i, i + 1) ? i + 1 : -1;
  if (tribe < 0 || !x.free(tribe) || GENERIC.has(toks[tribe].key)) return null;
  const tribeWord = bare(toks[tribe]).find((f) => TRIBE_WORDS.has(f));
  // "بُني بها" (was built with it): a verb before a preposition with a pronoun, no tribe.
  const named = (n: number) => x.free(n) && x.gapOk(n - 1, n) && !/^[بلك](?:ه|ها|هم|هما)$/u.test(toks[n].key) && !x.b.text.slice(toks[tribe].start, toks[tribe].end).includes('\u064F');
  const j = tribeWord && named(tribe + 1) ? tribe + 2 : tribe + 1;
  if (tribeWord !== undefined && j === tribe + 1) return null;
  return { first: tribe, last: j, start: toks[tribe].bare?.find((f) => f.key === tribeWord)?.start ?? toks[tribe].start, type: 'organization', titled: false };
}

/** "صحيفة فايننشال تايمز", "شركة باريك غولد": a classifier before a name in Arabic letters is no part of it. */
function classifiedName(x: Sentence, i: number, head: string): ArabicPhrase | null {
  const { toks } = x;
  const next = toks[i + 1];
  if (!CLASSIFIERS.has(head) || !x.free(i + 1) || !foreignWord(x, i + 1, false) || x.given.has(next.key)) return null;
  let j = i + 2;
  while (j < i + 4 && x.free(j) && x.gapOk(j - 1, j) && foreignWord(x, j, j > i + 2)) j++;
  j = withoutEnd(x, tradeEnd(x, j));
  // Unless the name goes on with what it is for (the company's name then has its head in it too).
  return x.inSentence(j) && x.gapOk(j - 1, j) && forPhrase(toks[j].key) ? null : { first: i + 1, last: j, start: next.start, type: 'organization', titled: false };
}

/**
 * "تيار الحكمة" (construct) or "الجبهة التركمانية" (article and adjective); "التيار يخدم" is a sentence.
 * "قيادة عمليات …" (operations command): "قيادة" alone is "leadership".
 */
export function organizationAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks, covered } = x;
  const forms = bare(toks[i]);
  const command = forms.includes('قياده') && toks[i + 1]?.key === 'عمليات' ? 'قياده' : undefined;
  // "الحكومة" is the head with its article, not a bare "حكومة" after a clitic.
  const head = command ?? forms.find((f) => f.startsWith('ال') && ORG_HEADS.has(f.slice(2))) ?? forms.find((f) => ORG_HEADS.has(f));
  const next = toks[i + 1];
  if (!head || !next || !x.inSentence(i + 1) || (!command && STOP.has(next.key)) || !x.gapOk(i, i + 1)) return null;
  const headStart = toks[i].bare?.find((f) => f.key === head)?.start ?? toks[i].start;
  if (commonHead(x, i, head)) return null;
  const classified = (head.startsWith('ال') ? null : tradeNameAt(x, i + 1)) ?? classifiedName(x, i, head);
  if (classified) return classified;
  // "الوكالة الدولية للطاقة", "المجلس الأعلى للدولة": adjectives after a head with the article name it when "for …"
  // follows them; "الوكالة الدولية" alone is "the international agency".
  const forWord = head.startsWith('ال') ? range(i + 2, i + 5).find((n) => x.inSentence(n) && x.gapOk(n - 1, n) && forPhrase(toks[n].key) && !GENERIC.has(toks[n].key) && !titledName(x, i, n)) : undefined;
  const adjectives = forWord !== undefined && range(i + 1, forWord).every((n) => describes(toks[n].key));
  if (!adjectives && GENERIC.has(next.key)) return null;
  // A head with the article takes adjectives, not a noun after it: "the front, today" is no name.
  if (head.startsWith('ال') && !(adjectives || (isAdjective(next.key) && !PASSING.has(next.key)))) return null;
  if (!head.startsWith('ال') && !command && !ownsName(x, i + 1)) return null;
  // "بنك تي بي سي": the head and the letters of an acronym spelled out.
  if (!head.startsWith('ال') && lettersEnd(x, i + 1) > i + 1) return { first: i, last: lettersEnd(x, i + 1), start: headStart, type: 'organization', titled: false };
  let j = adjectives ? forWord! + 1 : i + 2;
  // The name runs on through known names and article words ("حركة أنصار الله الأوفياء", "مركز البيان للدراسات والتخطيط").
  // "حركة البناء والإصلاح": a name of two coordinated nouns; "… للتعاون والصندوق …" is two names.
  // "حزب المساواة وديمقراطية الشعوب": so is a coordinated noun in -a with its own "the …" after it.
  const andConstruct = (n: number) => {
    const noun = toks[n].key.slice(1);
    return /^و(?!ال)\p{L}{3,}ه$/u.test(toks[n].key) && ![ORG_HEADS, TITLES, GENERIC].some((set) => set.has(noun)) && noun !== 'قياده' &&
      x.inSentence(n + 1) && x.gapOk(n, n + 1) && toks[n + 1].key.startsWith('ال') && !GENERIC.has(toks[n + 1].key);
  };
  const coordinated = (n: number) => /^(?:لل|ال)/u.test(toks[n - 1].key) && ((toks[n].key.startsWith('وال') && !ORG_HEADS.has(toks[n].key.slice(3))) || andConstruct(n));
  // A known surname that is a given name starts the person after the name ("رئيس مجلس الأمة صالح قوجيل").
  const named = (n: number) => (covered.has(n) && !toks[n].key.startsWith('و') && !(x.soft.has(n) && startsName(x, n))) || toks[n].key.startsWith('ال') || forPhrase(toks[n].key) || coordinated(n);
  // "جبهة تحرير ديجوشي": past a verbal noun, the next word is the name whatever its form.
  if (NAME_NOUNS.has(toks[i + 1].key) && x.inSentence(j) && x.gapOk(j - 1, j) && !STOP.has(toks[j].key) && !GENERIC.has(toks[j].key)) j++;
  // Past the "for …" word, only adjectives go on ("… للأمم المتحدة"), not the sentence's object ("… للموانئ الاتفاق").
  // Past the first word after the head, an adjective of kind goes on ("حكومة الوحدة الوطنية"), one of time does not.
  // Another "for …" word may follow ("… for the United Nations for human rights").
  // A noun with the article, the head or the word before, takes no noun after it, only adjectives, until a "for …"
  // word: "الاتحاد الأفريقي الملف" is the African Union and the file it took up, "حركة النهضة الانتخابات" the
  // movement and the elections it boycotted.
  // A participle takes its complement ("المتعددة الأبعاد", multidimensional).
  const definite = (n: number) => head.startsWith('ال') || (n > i + 1 && toks[n - 1].key.startsWith('ال') && !covered.has(n - 1) && !/^الم\p{L}{4,}$/u.test(toks[n - 1].key));
  const definiteNoun = (n: number) => definite(n) && !forSeen && !covered.has(n) && !forPhrase(toks[n].key) && !coordinated(n) && !describes(toks[n].key);
  // "مفوضية حوض نهر النيل", "لجنة نهر ميكونغ": a basin or a river is named with the name after it.
  const basin = (n: number) =>
    (BASINS.has(toks[n].key) && x.inSentence(n + 1) && x.gapOk(n, n + 1) && (named(n + 1) || BASINS.has(toks[n + 1].key) || foreignWord(x, n + 1, false))) ||
    (BASINS.has(toks[n - 1].key) && x.free(n) && foreignWord(x, n, false));
  const goesOn = (n: number) =>
    (adjectives
      ? (isAdjective(toks[n].key) && (!GENERIC.has(toks[n].key) || forPhrase(toks[n - 1].key))) || forPhrase(toks[n].key) || coordinated(n)
      : (named(n) && (!GENERIC.has(toks[n].key) || (n > i + 1 && isAdjective(toks[n].key))) && !definiteNoun(n)) || basin(n)) && !PASSING.has(toks[n].key) && !titledName(x, i, n);
  // A "for …" word without the article, a point of the compass, and the indefinite nouns after them are nouns that
  // need what follows them ("for the states of West Africa", "for saving the Aral Sea", "for human rights").
  const indefinite = (n: number) => !toks[n].key.startsWith('ال') && !covered.has(n);
  const needs = (n: number) => ((forPhrase(toks[n].key) && !toks[n].key.startsWith('لل')) || COMPASS.has(toks[n].key)) && indefinite(n);
  let open = adjectives && needs(forWord!);
  let forSeen = adjectives;
  const genitive = (n: number) => open && !toks[n].key.startsWith('و') && (covered.has(n) || !GENERIC.has(toks[n].key));
  while (j < i + 8 && x.inSentence(j) && x.gapOk(j - 1, j) && !STOP.has(toks[j].key) && (goesOn(j) || genitive(j))) {
    const k = toks[j].key;
    // The coordinated noun and its "the …" end the name.
    if (andConstruct(j)) {
      j += 2;
      break;
    }
    forSeen ||= forPhrase(k);
    // A known name of several words is taken whole ("لدول شرق أفريقيا").
    open = ((needs(j) || open) && indefinite(j)) || (open && covered.has(j) && covered.has(j + 1));
    j++;
  }
  // A mission for something, or of a kind ("الانتقالية", transitional), is named with the country it serves ("… for
  // support in Libya"); "بعثة الأمم المتحدة في مالي" is the UN's mission there.
  const kind = j > i + 2 && !covered.has(j - 1) && describes(toks[j - 1].key);
  // A known place may have two words ("في الصحراء الغربية").
  const served = x.inSentence(j + 1) && toks[j].key === 'في' && x.gapOk(j, j + 1) ? [j + 1, j + 2].find((n) => x.places.has(n) && range(j + 1, n + 1).every((m) => covered.has(m) && x.gapOk(m - 1, m))) : undefined;
  if ((forSeen || kind) && MISSIONS.has(head.replace(/^ال/u, '')) && served !== undefined) j = served + 1;
  return namedOrganization(x, i, j, head, headStart);
}

/**
 * "زعيم الحزب الديمقراطي لوفسانفانداني غانزوريغ": after a title and the organization it is of, two words written as
 * foreign names are are the titled person, though the first begins with ل as "for …" does.
 */
function titledName(x: Sentence, i: number, n: number): boolean {
  const title = i > x.first && x.gapOk(i - 1, i) && bare(x.toks[i - 1]).some((f) => TITLES.has(f));
  return title && n > i + 1 && !x.covered.has(n) && x.free(n + 1) && x.gapOk(n, n + 1) && foreignWord(x, n, false) && foreignWord(x, n + 1, false);
}

/** Past "بلا" and the noun after it from n ("مراسلون بلا حدود"), or n. */
function withoutEnd(x: Sentence, n: number): number {
  return x.inSentence(n + 1) && x.toks[n].key === 'بلا' && x.free(n + 1) && x.gapOk(n - 1, n) && x.gapOk(n, n + 1) ? n + 2 : n;
}

/** The organization a head at i and the words up to j name, if they name one, and not a common noun phrase. */
function namedOrganization(x: Sentence, i: number, j: number, head: string, headStart: number): ArabicPhrase | null {
  const { toks, covered } = x;
  // "منظمة أطباء بلا حدود": "without …" belongs to the name, which the classifier stays outside.
  if (j === i + 2 && withoutEnd(x, j) > j) {
    const outside = CLASSIFIERS.has(head);
    return { first: outside ? i + 1 : i, last: j + 2, start: outside ? toks[i + 1].start : headStart, type: 'organization', titled: false };
  }
  // "بعثة الأمم المتحدة في مالي", "وكالة رويترز": a classifier or a mission before a known name that is no place,
  // and nothing more, is what that name has or is; the known name stands alone.
  if (OUTSIDE_HEADS.has(head) && range(i + 1, j).every((n) => covered.has(n)) && !x.places.has(j - 1)) return null;
  // "المركز الديني", "اللجنة المشتركة": a head with the article and one adjective is a common noun phrase, unless
  // the adjective is a nisba of a name in Arabic letters, longer than Arabic roots ("الاتحاد الأفريقي").
  if (head.startsWith('ال') && j === i + 2 && !covered.has(i + 1) && !/^ال\p{L}{5,}(?:ي|يه)$/u.test(toks[i + 1].key)) return null;
  // "شركة النفط الحكومية", "the state oil company": what a state owns, described, is no name; a name in Arabic
  // letters after it is ("شركة التعدين الحكومية كوديلكو"). So is a classifier's trade and nationality ("شركة المياه
  // الإسرائيلية ميكوروت").
  let k = j;
  while (k < j + 3 && x.free(k) && x.gapOk(k - 1, k) && foreignWord(x, k, k > j) && !x.given.has(toks[k].key) && !commonNounShaped(x, k)) k++;
  const nisba = (n: number) => !covered.has(n) && /^ال\p{L}{4,}(?:ي|يه)$/u.test(toks[n].key);
  const described = COMPANIES.has(head) && !range(i + 1, j).some((n) => covered.has(n)) && nisba(j - 1) && k > j;
  if (j - i >= 3 && (STATE_OWNED.has(toks[j - 1].key) || described)) return k > j ? { first: j, last: k, start: toks[j].start, type: 'organization', titled: false } : null;
  // "شركة مصدر الإماراتية": a classifier, the name, and the country's nisba, both outside it.
  if (COMPANIES.has(head) && j === i + 3 && !toks[i + 1].key.startsWith('ال') && !covered.has(i + 1) && nisba(i + 2)) return { first: i + 1, last: i + 2, start: toks[i + 1].start, type: 'organization', titled: false };
  return { first: i, last: j, start: headStart, type: 'organization', titled: false };
}

/**
 * The head at i is a verb, a canal, traffic, a government of someone, a common noun described ("تحالف واسع"), or
 * an adjective before the sentence's verb ("عصابات منظمة تقف وراء …", organized gangs are behind …).
 */
function commonHead(x: Sentence, i: number, head: string): boolean {
  const { covered } = x;
  const next = x.toks[i + 1];
  const bareHead = head.replace(/^ال/u, '');
  if (verbReading(x, i, head) || canalAt(x, i, head) || (bareHead === MOVEMENT && TRAFFIC.has(next.key))) return true;
  // "حكومة الوحدة الوطنية" is a name; the government of a person (or of a title: "حكومة المستشار"), of a country or of the east is not.
  if (bareHead === 'حكومه' && (covered.has(i + 1) || !next.key.startsWith('ال') || COMPASS.has(next.key.slice(2)) || TITLES.has(next.key))) return true;
  // "مجموعة أداني": a company is named by a foreign word in -ي that does not agree with its head; an operation may
  // be named by a noun ("عملية رامي بوسيدون").
  const adjective = isIndefiniteAdjective(next.key) && !(COMPANIES.has(bareHead) && unagreeing(bareHead, next.key) && foreignWord(x, i + 1, false));
  return !covered.has(i + 1) && (adjective || (!head.startsWith('ال') && (isIndefiniteParticiple(x, i + 1) || PRESENT_VERB.test(next.key))));
}

/** A verb in the present of three or four letters ("تقف", "يدعم"); "تشيس" writes ch, "تاس" a vowel. */
const PRESENT_VERB = /^[يت](?!ش)[^اويى]\p{L}[^اويىه]?$/u;

/** "قناة قره قوم": قناة before a word in Arabic letters that looks foreign (no trade word after it) is a canal, featureAt's. */
function canalAt(x: Sentence, i: number, head: string): boolean {
  return head === CANAL && x.free(i + 1) && foreignWord(x, i + 1, false) && tradeEnd(x, i + 2) === i + 2;
}

/** Heads of companies, which a paper describes by trade and country before their name ("شركة المياه الإسرائيلية ميكوروت"). */
const COMPANIES = new Set(fold('شركة مؤسسة مجموعة'));

/** "حركة الحاويات", "حركة الملاحة": the traffic of goods, ships and people, not a movement's name. */
const TRAFFIC = new Set(fold('السفن الحاويات الملاحة الشحن المرور التجارة البضائع الطيران النقل الركاب العبور الأموال الناقلات'));
const MOVEMENT = fold('حركة')[0];

/** "State-owned", the adjective that describes a company rather than names it. */
const STATE_OWNED = new Set(fold('الحكومي الحكومية'));

/** Heads that are also verbs: تجمع "collects", تحالف "allied". */
const VERB_HEADS = new Set(fold('تجمع تحالف'));
/** Particles only a verb follows ("لم تحالف …", "قد تجمع …"). */
const BEFORE_VERBS = new Set(fold('لم لن قد سوف لا'));

/**
 * A head that is also a verb reads as one after a particle only a verb follows, or before two nouns with the
 * article that are no noun and its adjective: its subject and object ("وتجمع الدولة الضرائب", the state collects
 * the taxes; "تجمع المزارعين الصغار" is the small farmers' association).
 */
function verbReading(x: Sentence, i: number, head: string): boolean {
  const { toks } = x;
  if (!VERB_HEADS.has(head)) return false;
  if (i > x.first && x.gapOk(i - 1, i) && BEFORE_VERBS.has(toks[i - 1].key)) return true;
  const definite = (n: number) => x.inSentence(n) && x.gapOk(n - 1, n) && toks[n].key.startsWith('ال');
  return definite(i + 1) && definite(i + 2) && !x.covered.has(i + 2) && !describes(toks[i + 2].key);
}

/** Heads that classify a name rather than belong to it ("صحيفة", "شركة"): outside a transliterated name. */
const CLASSIFIERS = new Set(fold('شركة صحيفة مجلة وكالة منظمة تنظيم إذاعة مصرف بنك'));
/** Points of the compass, which need the place they are of ("غرب أفريقيا"). */
const COMPASS = new Set(fold('شمال جنوب شرق غرب وسط'));
/** Heads named with the country they serve ("بعثة … في ليبيا", "مكتب … في السودان"). */
const MISSIONS = new Set(fold('بعثة مكتب'));
/** Basins and waters an organization may be named for, with their name after them ("حوض نهر النيل"). */
const BASINS = new Set(fold('حوض نهر بحيرة خليج بحر'));
/** Heads left outside a known name they come before: the classifiers and the missions, bare. */
const OUTSIDE_HEADS = new Set([...CLASSIFIERS, ...MISSIONS]);
/** Adjectives of time and rank that describe an organization, not name it ("الجديدة", "السابق"). */
const PASSING = new Set(fold(`الجديد الجديدة السابق السابقة الأسبق الحالي الحالية الأخير الأخيرة المقبل المقبلة المحتمل المحتملة المرتقب المرتقبة الوحيد الوحيدة
  التابع التابعة المعروف المعروفة الموالي الموالية المدعوم المدعومة المقرب المقربة الحاكم الحاكمة المعارض المعارضة المملوك المملوكة`));
/** Number words: "مصرف واحد" is "one bank". */
const NUMBER_WORDS = new Set(fold('واحد واحدة اثنان اثنين اثنتان اثنتين ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثماني ثمانية تسع تسعة عشر عشرة'));

/** Heads an organization is also named without ("قوات الدعم السريع" is also "الدعم السريع"). */
const DROPPED_HEADS = new Set(fold('قوات حركة جماعة تنظيم مجموعة ميليشيا'));

/**
 * The name of a discovered organization without its head, when the rest is two words or more with the article:
 * "قوات الدعم السريع" is also called "الدعم السريع" (not "تنظيم القاعدة" "القاعدة", "the base", a word too).
 */
export function nameWithoutHead(b: BlockText, toks: Token[], first: number, last: number): string | undefined {
  if (last - first < 2 || !bare(toks[first]).some((f) => DROPPED_HEADS.has(f))) return undefined;
  // "مجموعة فاغنر" is also "فاغنر": the rest is a foreign name, one or two words.
  const rest = range(first + 1, last).map((n) => b.text.slice(toks[n].start, toks[n].end).replace(MARKS, ''));
  const foreign = rest.length <= 2 && rest.every((w) => [...w].length >= 3 && (foreignLooking(w) || /^[A-Z]/u.test(w)));
  if (!foreign && (last - first < 3 || !range(first + 1, last).every((n) => toks[n].key.startsWith('ال')))) return undefined;
  return b.text.slice(toks[first + 1].start, toks[last - 1].end);
}

/**
 * The word after a head without the article names something only as a proper noun would: not with tanween, not
 * with a preposition joined to it ("لجنة برئاسة"), not a number ("مصرف واحد"), not with a pronoun joined to it ("صندوق يديره"), and not
 * as an indefinite common noun that ends the phrase ("مجلس إدارة": "a board"; "مجلس إدارة المصرف" is one).
 */
function ownsName(x: Sentence, n: number): boolean {
  const t = x.toks[n];
  const written = x.b.text.slice(t.start, t.end);
  const raw = written.replace(/[\u064B-\u065F\u0670\u0640]/gu, '');
  if (x.covered.has(n) || t.key.startsWith('ال')) return true;
  // "منتدى خاصًا": an indefinite ending (tanween) is no name's.
  if (/[\u064B-\u064D]/u.test(written)) return false;
  if (/^[بلك]/u.test(raw) && !x.given.has(t.key) && !t.key.startsWith('لل')) return false;
  if (NUMBER_WORDS.has(t.key) || /(?:ها|هم|هما|كم)$/u.test(raw) || /[^زة]ه$/u.test(raw)) return false;
  // "اتحاد غاز ثلاثي": a noun with an adjective without the article is indefinite, "a tripartite gas union".
  if (x.inSentence(n + 1) && x.gapOk(n, n + 1) && !x.covered.has(n + 1) && isIndefiniteAdjective(x.toks[n + 1].key) && !foreignWord(x, n + 1, false)) return false;
  const definiteNext = x.inSentence(n + 1) && x.gapOk(n, n + 1) && (x.covered.has(n + 1) || x.toks[n + 1].key.startsWith('ال'));
  return !(raw.endsWith('ة') && !definiteNext);
}

/**
 * Last words of company and outlet names written in Arabic letters, by their trade: the English words such names
 * keep ("دراغون أويل", "ستابروك نيوز", "هيومن رايتس ووتش").
 */
const TRADE_WORDS = new Set(fold(`أويل إنرجي إنيرجي إنرجيز باور فودز تيرمينالز إنترناشونال إنفستمنت إنفستمنتس هولدينغ هولدينغز غروب ماينينغ بتروليوم
  ريسورسز شيبينغ لاينز موتورز تكنولوجيز كابيتال كوربوريشن كومباني ليمتد إندستريز لوجستيكس ميتالز مينيرالز
  نيوز تايمز بوست ووتش ميديا أونلاين مونيتور إنسايت جورنال برس ريفيو تريبيون هيرالد غازيت تلغراف ميرور القابضة`));
/** Oil and gas in Russian and Central Asian company names ("غازبروم نفط", "تركمن غاز"): only after a foreign-looking word and before no adjective ("غاز طبيعي"). */
const FUEL_WORDS = new Set(fold('نفط غاز'));
/** Verbs a company's name follows, whose present tense looks as foreign names do ("تدير", "تملك"). */
const COMPANY_VERBS = new Set(fold('تدير يدير تملك يملك تمتلك يمتلك تبني يبني تبيع يبيع تشتري يشتري تشغل يشغل تنتج ينتج تستثمر يستثمر'));

/** A word of a company's name before its trade word: foreign-looking, a spelled-out letter, or (before an English trade word) a known name. */
function tradeNamePart(x: Sentence, n: number, english: boolean): boolean {
  const t = x.toks[n];
  // A word with و starts the next name ("سوكار وتركمن غاز"); a common noun's shape is no name's ("تقرير").
  if (!x.inSentence(n) || COMPANY_VERBS.has(t.key) || t.key.startsWith('و') || commonNounShaped(x, n)) return false;
  if (x.covered.has(n)) return english;
  return spelledLetter(x, n) || (english && t.key.startsWith('ال') && !isAdjective(t.key)) || foreignWord(x, n, false);
}

/** Past the trade words from n ("أوزبك نفط غاز"): where the name ends, or n if none is there. */
function tradeEnd(x: Sentence, n: number): number {
  let j = n;
  while (j < n + 2 && x.inSentence(j) && x.gapOk(j - 1, j) && !x.covered.has(j) && (TRADE_WORDS.has(x.toks[j].key) || FUEL_WORDS.has(x.toks[j].key))) j++;
  if (j > n && FUEL_WORDS.has(x.toks[j - 1].key)) {
    const next = x.inSentence(j) && x.gapOk(j - 1, j) && !x.toks[j].key.startsWith('و') ? x.toks[j].key : '';
    // An adjective with the article describes the company ("تركمن غاز الحكومية"), one without it the fuel ("غاز ثلاثي").
    if (TANWEEN.test(x.b.text.slice(x.toks[j - 1].start, x.toks[j - 1].end)) || isIndefiniteAdjective(next)) return n;
  }
  return j;
}

/**
 * "دراغون أويل", "وتركمن غاز", "بلقان إنسايت": one to three words of a name, then the word of its trade, name a
 * company or an outlet, whatever comes before them.
 */
export function tradeNameAt(x: Sentence, i: number): ArabicPhrase | null {
  // Only a trade word in the three words after it makes one: the other words are spared the tests below.
  const tradeWord = (k: number) => k < x.end && (TRADE_WORDS.has(x.toks[k].key) || FUEL_WORDS.has(x.toks[k].key));
  if (!tradeWord(i + 1) && !tradeWord(i + 2) && !tradeWord(i + 3)) return null;
  const letters = spelledLetter(x, i, true);
  if (!x.inSentence(i) || x.covered.has(i) || (STOP.has(x.toks[i].key) && !letters) || commonNounShaped(x, i)) return null;
  const forms = writtenForms(x, i);
  // "وتملك توتال إنرجي", "ونشرت هيومن …": a verb before the name is none of it.
  if (forms.some((w) => COMPANY_VERBS.has(fold(w.text)[0]) || PAST_VERB.test(w.text))) return null;
  // A leading و is the conjunction ("وتركمن غاز").
  const lead = forms.find((w) => foreignLooking(w.text) && !w.text.startsWith('و'));
  if (!lead && !letters) return null;
  for (let k = i + 1; k <= i + 3 && x.inSentence(k) && x.gapOk(k - 1, k); k++) {
    const end = tradeEnd(x, k);
    if (end > k) {
      // Oil and gas end a name of one or two foreign-looking words ("قزاق غاز", "غازبروم نفط"), no known name.
      if (!TRADE_WORDS.has(x.toks[k].key) && (k > i + 2 || range(i + 1, k).some((n) => x.covered.has(n)))) return null;
      return { first: i, last: end, start: lead?.start ?? letterAt(x, i, true), type: 'organization', titled: false };
    }
    if (!tradeNamePart(x, k, true)) return null;
  }
  return null;
}

/** Verbs of owning: the words after them, before a share, are a company ("تملك إكسون موبيل 45 في المئة"). */
const OWN_VERBS = new Set(fold('تملك يملك تمتلك يمتلك'));
/** A share: digits, "حصة", "نسبة". */
const SHARE_WORDS = new Set(fold('حصة حصته حصتها نسبة'));

/**
 * "تملك إكسون موبيل 45 في المئة وشيفرون 30 في المئة": after a verb of owning, one to three foreign-looking words
 * before a share name its owner, a company; so do such words with و before another share later in the sentence.
 */
export function stakeAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks } = x;
  const owner = (n: number) => n >= x.first && bare(toks[n]).some((f) => OWN_VERBS.has(f));
  const verb = i > x.first && x.gapOk(i - 1, i) && owner(i - 1);
  const lead = writtenForms(x, i).find((w) => (verb ? w.clitics === '' : w.clitics === 'و') && foreignLooking(w.text) && !COMPANY_VERBS.has(fold(w.text)[0]) && !PAST_VERB.test(w.text));
  if (!lead || x.covered.has(i) || commonNounShaped(x, i) || (!verb && !range(x.first, i).some(owner))) return null;
  for (let k = i + 1; k <= i + 3 && x.inSentence(k) && x.gapOk(k - 1, k); k++) {
    const raw = x.b.text.slice(toks[k].start, toks[k].end);
    if (/^\d/u.test(raw) || (verb && SHARE_WORDS.has(toks[k].key))) return { first: i, last: k, start: lead.start, type: 'organization', titled: false };
    if (!x.free(k) || !foreignWord(x, k, false) || k === i + 3) return null;
  }
  return null;
}

/** Verbs of what companies do, with a feminine subject (a company, شركة, is feminine): "استحوذت غلينكور …". */
const CORPORATE_VERBS = new Set(fold('استحوذت اشترت باعت ضخت استثمرت أبرمت تعاقدت'));
/**
 * Verbs a region, a city or a woman also takes ("رفضت تيغراي", "رفضت ميركل"): a company's subject only in a sentence
 * of business (BUSINESS_WORDS).
 */
const ACTING_VERBS = new Set(fold('أعلنت رفضت طلبت قررت بدأت حصلت وقعت فازت اضطرت أغلقت خفضت رفعت انسحبت أوقفت علقت'));
/** Stems of trade, shares and output (folded, as a word's key holds them) that make a sentence one of business. */
const BUSINESS_WORDS = /استثمار|انتاج|منتج|اسهم|حصه|حصت|صفقه|شرك[هات]|اصول|مصفا|شحنات|ارباح|ايرادات|صادرات|تصدير|مشغل|النفط|الغاز/u;
/** Endings of town names ("جورجتاون", "ستالينغراد", "جلال آباد", "كازاخستان", "يكاترينبورغ"): a capital may act as its government does. */
const TOWN_END = /(?:تاون|غراد|اباد|ستان|بورغ)$/u;

/**
 * "وأعلنت ألبيمارل أنها …", "واستحوذت غلينكور على حصة": one foreign-looking word right after a verb of business
 * with a feminine subject (of acting, in a sentence of business), or one a company's name follows, is a company's name, unless it writes a city of the
 * dataset ("رفضت موسكو"), a given name, or starts a name of two words ("أعلنت ميلوني" is the person's when the
 * paper named her in full).
 */
export function corporateAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks } = x;
  const verb = i > x.first && x.gapOk(i - 1, i) ? bare(toks[i - 1]) : [];
  const business = () => range(x.first, x.end).some((n) => BUSINESS_WORDS.test(toks[n].key));
  if (!verb.some((f) => CORPORATE_VERBS.has(f) || COMPANY_VERBS.has(f) || (ACTING_VERBS.has(f) && business())) || !loneForeignName(x, i)) return null;
  const text = x.b.text.slice(toks[i].start, toks[i].end).replace(MARKS, '');
  if (x.towns.has(toks[i].key) || TOWN_END.test(toks[i].key) || writesGivenName(x, i) || (x.sounds.places.written(text)?.score ?? 0) >= WRITES_NAME) return null;
  const after = x.free(i + 1) && x.gapOk(i, i + 1) ? toks[i + 1].key : undefined;
  if (after !== undefined && (x.given.has(after) || (foreignWord(x, i + 1, false) && !/(?:ها|هم|هما)$/u.test(after)))) return null;
  return { first: i, last: i + 1, start: toks[i].start, type: 'organization', titled: false };
}

const OPERATION = fold('عملية')[0];

/**
 * "عملية «أسبيدس»", "عملية «حارس الازدهار»": up to four words in quotes after "operation" name it, the noun outside;
 * a first word with the article is a process's ("عملية «التطبيع»").
 */
export function operationAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks, b } = x;
  if (!bare(toks[i]).includes(OPERATION) || !x.inSentence(i + 1) || !/^\s*[«"“]$/u.test(b.text.slice(toks[i].end, toks[i + 1].start)) || toks[i + 1].key.startsWith('ال')) return null;
  for (let j = i + 1; j < i + 5 && x.inSentence(j) && (j === i + 1 || x.gapOk(j - 1, j)); j++) {
    if (!/^[»"”]/u.test(b.text.slice(toks[j].end))) continue;
    return x.covered.has(i + 1) ? null : { first: i + 1, last: j + 1, start: toks[i + 1].start, type: 'organization', titled: false };
  }
  return null;
}

/**
 * "… مؤسسة بترول الإمارات الوطنية (إينوك)": a foreign-looking word alone in parentheses a few words after an
 * organization's head, or right after a known organization, is its short form, the same organization.
 */
export function shortFormAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks, b } = x;
  if (i <= x.first || !x.free(i) || !/^\s*\(\s*$/u.test(b.text.slice(toks[i - 1].end, toks[i].start)) || !/^\s*\)/u.test(b.text.slice(toks[i].end))) return null;
  // The head starts the words right before the parenthesis, with no mark or particle between ("… (حاليا) تنتج مليون
  // برميل (تقريبا)" is no short form).
  const name = (n: number) => range(n, i - 1).every((k) => x.gapOk(k, k + 1) && !STOP.has(toks[k + 1].key));
  const headed = range(Math.max(x.first, i - 8), i).some((n) => bare(toks[n]).some((f) => ORG_HEADS.has(f.replace(/^ال/u, '')) || CLASSIFIERS.has(f)) && name(n));
  const text = b.text.slice(toks[i].start, toks[i].end).replace(MARKS, '');
  return (headed || x.orgs.has(i - 1)) && [...text].length >= 3 && foreignLooking(text) && shortForm(b.text.slice(toks[i].start, toks[i].end), x.sounds) ? { first: i, last: i + 1, start: toks[i].start, type: 'organization', titled: false } : null;
}

/**
 * "[^1]: يوراسيانت، "…"", "[^1]: الأهرام أونلاين، "…"": the one foreign-looking word a note opens with, before a
 * comma and a quoted title, or two ending in an outlet's English word, are its publisher (a person is two words or
 * more: arabic-people's authorAt).
 */
export function noteOutletAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks, b } = x;
  if (i !== 0 || x.first !== 0 || !toks.length || b.text.slice(0, toks[0].start).trim() || !x.free(0)) return null;
  const outlet = (n: number) => ({ first: 0, last: n, start: toks[0].start, type: 'organization' as const, titled: false });
  const text = b.text.slice(toks[0].start, toks[0].end).replace(MARKS, '');
  const before = (n: number) => /^\s*[،,]\s*[«"“]/u.test(b.text.slice(toks[n - 1].end));
  // "المونيتور": with the article, the rest must look foreign; "الأهرام أونلاين": an outlet's English word ends two.
  const word = text.startsWith('ال') ? [...text].length >= 6 && foreignLooking(text.slice(2)) : [...text].length >= 4 && foreignLooking(text);
  if (before(1)) return word && !x.given.has(toks[0].key) ? outlet(1) : null;
  return x.free(1) && x.gapOk(0, 1) && before(2) && TRADE_WORDS.has(toks[1].key) ? outlet(2) : null;
}

/** Words in parentheses after a name that say when or how much ("(سابقًا)", "(تقريبًا)"), no other name of it. */
const ASIDES = new Set(fold('سابقا حاليا تقريبا مؤقتا لاحقا رسميا أيضا مثلا'));

/** What parentheses after an organization give, if it may be another name of it: not an aside, one word with the article, or a city the dataset writes (where it is). */
export function shortForm(text: string | undefined, sounds: NameSounds): string | undefined {
  if (!text || /\s/u.test(text)) return text;
  const plain = text.replace(MARKS, '');
  const city = (sounds.places.written(plain)?.score ?? 0) >= WRITES_NAME;
  return TANWEEN.test(text) || ASIDES.has(fold(plain)[0]) || plain.startsWith('ال') || city ? undefined : text;
}

/** Days of the week, which a quotation may be dated by ("«…»، الأربعاء، 3 مايو"). */
const WEEKDAYS = new Set(fold('الأحد الاثنين الإثنين الثلاثاء الأربعاء الخميس الجمعة السبت'));

/**
 * "[^2]: ألكسندر أوبلان، "…"، لوموند، 29 أكتوبر 2024": one to three words between a quoted title and a date, each
 * set off by a comma, are where the cited piece appeared, a publisher (a reference's authors come before its title).
 */
export function citedOutletAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks, b } = x;
  if (!x.free(i) || WEEKDAYS.has(toks[i].key) || ARABIC_MONTH_WORDS.has(toks[i].key) || !/["»”]\s*[،,]\s*$/u.test(b.text.slice(Math.max(0, toks[i].start - 4), toks[i].start))) return null;
  for (let j = i; j < i + 3 && x.inSentence(j); j++) {
    if ((j > i && (!x.free(j) || !x.gapOk(j - 1, j))) || !/^[\u0621-\u064A\u064B-\u065F\u0640\u0670]+$/u.test(b.text.slice(toks[j].start, toks[j].end))) return null;
    if (/^\s*[،,]\s*[\d٠-٩]/u.test(b.text.slice(toks[j].end))) return { first: i, last: j + 1, start: toks[i].start, type: 'organization', titled: false };
  }
  return null;
}
