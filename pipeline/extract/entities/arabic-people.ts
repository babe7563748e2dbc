/**
 * Arabic discovery, people: a given name, a kunya or a title, then a family
 * name, with the words where a name stops (a town, a verbal noun, a word with a
 * preposition); foreign names in Arabic letters, also after a role or a verb of
 * speech ("الرئيس التنفيذي لميرسك، فنسنت كليرك"); the authors a note opens with.
 * Separate because these rules decide only whether words are a person's name.
 */
import { ARABIC_MONTH_WORDS } from './dates.js';
import {
  type ArabicPhrase, fold, FIRST_NAMES, KUNYA, TITLES, TITLE_MODIFIERS, STOP, ORG_HEADS, GENERIC, bare, startIn, type Sentence, LATIN, MARKS, LETTER_NAMES, NATIVE_LETTERS, WRITES_NAME,
  FOREIGN_SURNAME_END, range, PLACE_HEADS, NAMED_PLACE_HEADS, PAST_VERB,
} from './arabic-words.js';
import { ROUTE_HEADS } from './arabic-acronyms.js';
import { FEATURE_HEADS } from './arabic-places.js';
import { commonNounShaped, type Written, writtenForms, foreignLooking, foreignWord, hyphenated, clauseEndsAt, writesGivenName } from './arabic-word-shapes.js';

/** First halves of compound names ("عبد الله", "عبد الواحد"). */
const COMPOUND = new Set(fold('عبد'));
/** Second halves of compound first names ("شمس الدين", "سيف الإسلام"). */
const HALVES = new Set(fold('الدين الإسلام'));
/** Words that link the words of a name: "son of" (بن، ولد، Tuareg أغ) and foreign particles (فون، دير، دي، فان). */
const LINKS = new Set(fold('بن بنت ابن أغ ولد فون فان دير دي دو دا'));

/**
 * "علي" is a name, "على" a preposition: folding makes them one, the source does not. Only particles are told
 * apart so: "موسى", "يحيى", "مصطفى" are names with their final ى.
 */
function particleWithYa(x: Sentence, n: number): boolean {
  const t = x.toks[n];
  return /ى$/u.test(x.b.text.slice(t.start, t.end)) && bare(t).some((f) => STOP.has(f));
}

function isFirstName(x: Sentence, n: number): boolean {
  return bare(x.toks[n]).some((f) => x.given.has(f)) && !particleWithYa(x, n);
}

/**
 * A given name that starts a person's name here. One of the dataset's that is also a word (سلامة "safety", برهان
 * "proof") does only before another given name, "بن", or a family name shaped as one: a nisba with the article
 * (مرعي البرعصي).
 */
export function startsName(x: Sentence, i: number): boolean {
  if (!isFirstName(x, i)) return false;
  if (bare(x.toks[i]).some((f) => FIRST_NAMES.has(f))) return true;
  const next = x.inSentence(i + 1) && x.gapOk(i, i + 1) ? x.toks[i + 1].key : '';
  return x.given.has(next) || next === 'بن' || (/^ال..+ي$/u.test(next) && !GENERIC.has(next));
}

/** "المتحدث باسم …", "تتحدث باسم …": after a word of speaking, باسم is "on behalf of", not the name Basim. */
const SPEAKS = /تحدث|ناطق/u;
/** "المعروفة … باسم", "تُسمّى باسم": after a word of knowing or naming, باسم is "by the name". */
const NAMED_AS = /عرف|عروف|سمى|سمي|يدعى|تدعى/u;

/** A word after a title that may start a name no dataset knows: not a common word's shape, unless it looks foreign. */
function nameAfterTitle(word: string): boolean {
  if (LETTER_NAMES.has(fold(word)[0])) return false;
  return foreignLooking(word) || !(/^[وفبلك]/u.test(word) || /(?:اء|ات)$/u.test(word));
}

/** "باسم CELAC": before Latin letters باسم is "under the name", not the name Basim. */
function latinNext(x: Sentence, i: number): boolean {
  const t = x.toks[i + 1];
  return x.inSentence(i + 1) && LATIN.test(x.b.text.slice(t.start, t.end));
}

/** The adjectives of "chief executive" and "director general": a word with ل after them is the company's. */
const OF_ROLE = new Set(fold('التنفيذي التنفيذية العام العامة'));
const roleOf = (x: Sentence, i: number): boolean => /^ل/u.test(x.toks[i].key) && i > x.first && OF_ROLE.has(x.toks[i - 1].key);

/** "خط أنابيب ترانس نيجر", "جزيرة سيارغاو": words right after the noun of a route, a feature or a place are its name, no person's. */
function afterPlaceNoun(x: Sentence, i: number): boolean {
  return i > x.first && x.gapOk(i - 1, i) && bare(x.toks[i - 1]).some((f) => ROUTE_HEADS.has(f) || FEATURE_HEADS.has(f) || PLACE_HEADS.has(f));
}

/** People: a first name, a kunya or a title, then a family name. */
export function personAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks, b, soft } = x;
  const forms = bare(toks[i]);
  const namedAs = () => range(Math.max(x.first, i - 4), i).some((n) => NAMED_AS.test(toks[n].key));
  if (commonNounShaped(x, i) || afterPlaceNoun(x, i) || (forms.includes('باسم') && ((i > x.first && SPEAKS.test(toks[i - 1].key)) || latinNext(x, i) || namedAs()))) return null;
  // A given name of the dataset that is also a word (سلامة "safety", برهان "proof") starts a name only before
  // another given name, "بن", or a family name shaped as one: a nisba with the article (مرعي البرعصي).
  const first = startsName(x, i);
  // Inside a name, "علي" is the first name even though it folds like the preposition "على".
  const firstName = (n: number) => x.inSentence(n) && !x.covered.has(n) && x.given.has(toks[n].key) && !particleWithYa(x, n);
  // After a title, a name starts with a first name or an unknown word, not with "the …" ("زعيم التيار …" is an organization),
  // which is written with a bare alef: folded, "ألكسندر" starts as the article does.
  // nor with "in the …" ("سوق المشير بالمدينة القديمة": المشير names the market, the old city is where it is).
  const titled =
    i > 0 && x.inSentence(i - 1) && !/^(?:[وف]?[بكل]?ال|[وف]?لل)/u.test(b.text.slice(toks[i].start, toks[i].end).replace(MARKS, '')) && !STOP.has(toks[i].key) && forms.every((f) => !TITLES.has(f) && !ORG_HEADS.has(f) && f !== 'قياده') &&
    titleBefore(x, i) && !(x.inSentence(i + 1) && startsName(x, i + 1) && !first);
  // "فلاديمير بوتين", "أورسولا فون دير لاين": a given name in Arabic letters starts a foreign name.
  const foreign = !first && !titled && (foreignGivenName(x, i) || foreignSurnameNext(x, i));
  const kunya = forms.some((f) => KUNYA.has(f));
  if (!first && !titled && !foreign && !kunya) return null;
  // A title alone is no evidence of a name: after it, a word that no dataset gives as a first name must not read as a
  // common word, one with a conjunction or preposition attached ("وصفه رئيس الرابطة بأنه ضربة"), a plural
  // ("وزراء طالبان") or a spelled-out letter ("بي"), unless it looks like a foreign name written in Arabic letters.
  const titleOnly = titled && !first && !kunya && !x.given.has(toks[i].key);
  if (titleOnly && !nameAfterTitle(x.b.text.slice(toks[i].start, toks[i].end).replace(MARKS, ''))) return null;
  // After "الرئيس التنفيذي", "المدير العام" a word with ل is what the role is of ("لباريك مارك بريستو").
  if ((titleOnly || foreign) && roleOf(x, i)) return null;
  // "عبد الله", "شمس الدين": a compound first name is one name word.
  const lead = x.inSentence(i + 1) && x.gapOk(i, i + 1) && (forms.some((f) => COMPOUND.has(f)) || HALVES.has(toks[i + 1].key)) ? 1 : 0;
  let j = i + 1 + lead;
  // First names and kunyas chain ("أبو فدك", "محمد باقر"); a family name with the article ends the name, unless it
  // completes a compound ("عبد الواحد"). A known surname may end a new name ("حسين علي المالكي"); an organization's
  // head word or a word with "و" starts something else. A foreign name runs on through words written as foreign names are.
  // "بن", "أغ", "فون دير" link the name's words ("فرحات بن قدارة", "إياد أغ غالي").
  while (j < i + 5 + lead && (x.free(j) || firstName(j) || (soft.has(j) && (toks[j].key.startsWith('ال') || x.given.has(toks[j].key)))) && x.gapOk(j - 1, j)) {
    const k = toks[j].key;
    // The place of the word among the name's words: 1 is the word after the first name.
    const at = j - i - lead;
    const linked = LINKS.has(toks[j - 1].key);
    if (ORG_HEADS.has(k) || PLACE_HEADS.has(k) || NAMED_PLACE_HEADS.has(k) || OUTLET_WORDS.has(k) || (k.startsWith('و') && !x.given.has(k)) || commonNounShaped(x, j)) break;
    // A place's head is no name word ("حاكم إقليم بوهول"); a town after two is where the person is ("عزيز غالي الرباط").
    if (at >= 2 && k.startsWith('ال') && (x.towns.has(k) || x.places.has(j))) break;
    // "ووعد عيسى بخفض …": a second word with ب or ل and letters foreign names do without is a verbal noun after the
    // name, not its family name (بلحاج، بوعزيزي، بنكيران start as Maghrebi family names do); so is a past verb ("سيف دمرت").
    if (at === 1 && !x.given.has(k) && ((/^[بل](?![ولن])\p{L}{3}$/u.test(k) && !/ي$/u.test(k) && !foreignWord(x, j, false)) || (PAST_VERB.test(k) && !foreignWord(x, j, true)))) break;
    // A third word with a preposition attached starts the rest of the sentence ("التقى … هبيلير بفنوم").
    // So does a second word after a known surname taken as a first name ("… صالح بفرض …").
    // Unless a foreign surname follows it ("قربان قولي بردي محمدوف"), a link precedes it ("فون دير لاين") or a particle ends the name after it ("دياز كانيل فقد").
    const surnameNext = x.free(j + 1) && x.gapOk(j, j + 1) && FOREIGN_SURNAME_END.test(toks[j + 1].key) && foreignWord(x, j + 1, true);
    // A Chinese name's -ng is none of an Arabic word with a preposition ("شي جين بينغ").
    if ((at >= 2 || x.covered.has(i)) && /^[بلكف]/u.test(k) && !/نغ$/u.test(k) && !x.given.has(k) && !LINKS.has(k) && !linked && !surnameNext && !lastForeign(x, j)) break;
    // A third word may end as it likes after two given names ("ماريا إيزابيل سالفادور", "هايلي ماريام ديسالين"), if
    // long and not shaped as a verb of the present or a تفاعل noun ("ماتيو روسيني تجاوز").
    // So may one the clause ends with ("برئاسة سري ثريا أوندر وبروين بولدان"), or a particle follows ("ميغيل دياز كانيل فقد").
    const afterGiven = at === 2 && /^[^تي]\p{L}{4,}$/u.test(k) && (writesGivenName(x, j - 1) || clauseEndsAt(x, j) || particleNext(x, j));
    if (foreign && !LINKS.has(k) && !linked && (k.startsWith('ال') || !foreignWord(x, j, at >= 2 && !afterGiven))) break;
    // Its family name with the article is a nisba ("… العتيبي"), not a noun ("قائد خفر السواحل", "رئيس مؤتمر المناخ").
    if (titleOnly && !linked && k.startsWith('ال') && !/[^ه]ي$/u.test(k)) break;
    // A third word is a name's when it is a first name, a family name with the article or a compound's half, or
    // ends as names in Arabic letters do ("بوبكر كيتا"); not the verb or noun after the name ("بوتين إقامة").
    if (at >= 2 && !linked && !LINKS.has(k) && !x.given.has(k) && !KUNYA.has(k) && !COMPOUND.has(k) && !k.startsWith('ال') && !COMPOUND.has(toks[j - 1].key) && !foreignWord(x, j, !afterGiven)) break;
    // A family name with the article ends an Arab name ("محمد شياع السوداني"), not a foreign one ("لويس آرسي الاستخراج").
    if (at >= 2 && k.startsWith('ال') && !first && !kunya && !forms.some((f) => COMPOUND.has(f)) && !x.given.has(toks[j - 1].key) && !COMPOUND.has(toks[j - 1].key)) break;
    j++;
    if (k.startsWith('ال') && !COMPOUND.has(toks[j - 2].key)) break;
    // After a title, a name in Arabic letters runs on as a foreign one does ("المقدم بول هنري سانداوغو داميبا").
    if (foreign || LINKS.has(k) || linked || (titled && !first && foreignWord(x, j - 1, at >= 2))) continue;
    // After a second word that is no given name, a third comes only as the checks above let it: a given name, or a
    // word ending as names in Arabic letters do ("إبراهيم بوبكر كيتا", "عمر عليو توراي").
    const more = x.free(j) && (x.given.has(toks[j].key) || foreignWord(x, j, true));
    if (!x.given.has(k) && !KUNYA.has(k) && !COMPOUND.has(k) && !k.startsWith('ال') && !(at === 1 && (titled || KUNYA.has(forms[0]) || more)) && !surnameNext) break;
  }
  // A name never ends on a linking word ("فرحات بن").
  while (j > i + 1 && LINKS.has(toks[j - 1].key)) j--;
  // A trailing common word is not part of the name ("مراد إسماعيل الحكومة …").
  if (j - i > 2 && GENERIC.has(toks[j - 1].key)) j--;
  if (j - i < 2 || GENERIC.has(toks[j - 1].key)) return null;
  const start = foreign ? writtenForms(x, i)[0].start : startIn(toks[i], first ? x.given : KUNYA);
  return { first: i, last: hyphenated(x, godsName(x, j)), start, type: 'person', titled };
}

/** Particles that open what is said of a name just before them ("… كانيل فقد ظهر", "… بيريز أن"), folded. */
const AFTER_SUBJECT = new Set(['ان', 'انه', 'انها', 'فقد', 'قد', 'لقد', 'وقد']);

/**
 * The word n looks foreign and such a particle follows it, where the name ends; four letters or more, no article and
 * no pronoun ("سميث لها إن"). Not before a preposition nor at the clause's end: a place with ب stands there as often
 * ("التقى المبعوث … هبيلير بفنوم في ميناء …").
 */
function lastForeign(x: Sentence, n: number): boolean {
  const k = x.toks[n].key;
  const next = x.toks[n + 1];
  return [...k].length >= 4 && !/^[بلكف]?ال|^لل/u.test(k) && !/(?:ها|هم|هما|نا|كم)$/u.test(k) && foreignWord(x, n, false) && particleNext(x, n) && AFTER_SUBJECT.has(next.key);
}

/** A particle or a verb of speech right after the word n ("… كانيل فقد ظهر", "… كانيل إن"): the name ends there. */
function particleNext(x: Sentence, n: number): boolean {
  return x.inSentence(n + 1) && x.gapOk(n, n + 1) && STOP.has(x.toks[n + 1].key);
}

/**
 * "مصطفى صنع الله", "محمد فضل الله": a family name compounded with "الله" ends with it, past the word before it; not
 * a blessing on a noun with a pronoun ("زايد رحمه الله").
 */
function godsName(x: Sentence, j: number): number {
  return x.inSentence(j) && x.gapOk(j - 1, j) && x.toks[j].key === GOD && !/ه$/u.test(x.toks[j - 1].key) ? j + 1 : j;
}
const GOD = fold('الله')[0];

/** Last words of the names of outlets and bodies written in Arabic letters ("جوردان تايمز", "هيومن رايتس ووتش"): never a person's. */
const OUTLET_WORDS = new Set(fold('تايمز بوست نيوز جورنال تريبيون هيرالد غازيت مونيتور ووتش إنترناشونال إنسايت برس تلغراف بلومبرغ رويترز'));
/** A name word of a note's author: no particle, organization head, list word or outlet word; the article only on a family name. */
const AUTHOR_WORD = /^[\u0621-\u064A\u064B-\u065F\u0640\u0670-\u06D3]+$/u;

/** Where the authors a note opens with end: "[^2]: جدعون برومبرغ ويانا أبو طالب، «…»" (their token ranges), or none. */
function noteAuthors(x: Sentence): [number, number][] {
  const { toks, b } = x;
  if (x.first !== 0 || !toks.length || b.text.slice(0, toks[0].start).trim()) return [];
  let n = 0;
  while (n < Math.min(toks.length, 9) && AUTHOR_WORD.test(b.text.slice(toks[n].start, toks[n].end)) && x.gapOk(Math.max(0, n - 1), n)) n++;
  if (n < 2 || !/^\s*[،,]\s*[«"“]/u.test(b.text.slice(toks[n - 1].end))) return [];
  const parts: [number, number][] = [];
  let a = 0;
  for (let k = 1; k <= n; k++) {
    if (k < n && !(/^و/u.test(toks[k].key) && k - a >= 2)) continue;
    parts.push([a, k]);
    a = k;
  }
  const word = (k: number, last: boolean) => !x.covered.has(k) && !STOP.has(toks[k].key) && !ORG_HEADS.has(toks[k].key) && !OUTLET_WORDS.has(toks[k].key) && !GENERIC.has(toks[k].key) && (last || !b.text.slice(toks[k].start, toks[k].end).startsWith('ال'));
  // A name's first word is a given name, or written as foreign names are ("مبادرة حوض النيل" is an initiative).
  const given = (k: number) => {
    const text = writtenForms(x, k).find((w) => w.clitics === (k > 0 ? 'و' : ''))?.text ?? '';
    return isFirstName(x, k) || foreignLooking(text) || (x.sounds.givenNames.written(text)?.score ?? 0) >= 0.8;
  };
  const person = ([p, q]: [number, number]) => q - p >= 2 && q - p <= 4 && given(p) && range(p, q).every((k) => word(k, k === q - 1));
  return parts.every(person) ? parts : [];
}

/** "[^1]: إريك هاغن، «الفوسفاط مقابل النهب»": the names a note opens with, before a comma and a quoted title, are its authors. */
export function authorAt(x: Sentence, i: number): ArabicPhrase | null {
  const part = noteAuthors(x).find(([p]) => p === i);
  if (!part) return null;
  const start = i > 0 ? (writtenForms(x, i).find((w) => w.clitics === 'و')?.start ?? x.toks[i].start) : x.toks[i].start;
  return { first: part[0], last: part[1], start, type: 'person', titled: true };
}

/** Roles a few words before a person's name, with the feminine forms and the analysts papers quote. */
const ROLES = new Set(
  [
    ...TITLES,
    ...fold(`رئيسة وزيرة مفوضة مديرة سفيرة مبعوثة نائبة مستشارة التنفيذي التنفيذية الباحث الباحثة الخبير الخبيرة المحلل المحللة الأستاذ الأستاذة
    الناشط الناشطة الصحفي الصحفية الكاتب الكاتبة الاقتصادي الاقتصادية رئيسا وزيرا نائبا عضو عضوة`),
  ].filter((k) => k !== 'الله'),
);
/** A role, or a role with a pronoun joined to it ("محافظه", "مديرتها": its governor, its director). */
function isRole(key: string): boolean {
  const base = key.replace(/(?:ه|ها)$/u, '');
  return ROLES.has(key) || (base.length >= 3 && base !== key && (ROLES.has(base) || ROLES.has(base.replace(/ت$/u, 'ه'))));
}

/** "وكبير المفاوضين سيليشي بيكيلي": "chief", without the article (الكبير is "the big"). */
const CHIEF = new Set(fold('كبير وكبير'));
/** What befalls a person ("مقتل", "اعتقال"), which befalls common nouns as often ("مقتل جنود أمريكيين"). */
const EVENTS = new Set(fold('مقتل اغتيال وفاة اعتقال إقالة استقالة تعيين انتخاب'));

/**
 * Words right before a person's name that say who acts: verbs of speech and of what people do to and with each
 * other ("وقال", "صرّح", "التقى", "عيّن"), "led by" ("بقيادة", "برئاسة", "قادها"), "according to" ("بحسب"), and what
 * befalls a person ("مقتل", "اعتقال", "تعيين").
 * Not verbs of going somewhere (زار): a place follows them.
 */
const ACTOR_CUES = new Set(
  fold(`قال قالت يقول تقول صرح صرحت أعلن أعلنت أكد أكدت أضاف أضافت أوضح أوضحت أشار أشارت ذكر ذكرت رأى رأت يرى ترى حذر حذرت نفى نفت
  كتب كتبت اعتبر اعتبرت انتقد انتقدت دعا دعت طالب طالبت وصف وصفت التقى التقت استقبل استقبلت عين عينت أقال أقالت تولى تولت وعد وعدت اقترح
  اقترحت قدر قدرت يقدر تبنى تبنت بحسب حسب وفق بقيادة برئاسة بزعامة قاده قادها يقوده يقودها ترأسه ترأسها يرأسه يرأسها يتزعمه يتزعمها
  يديره يديرها تديره تديرها اختار اختارت انتخب انتخبت`),
);
/** "بقيادة X", "قادها X", "ونجله X": led by a person, or kin of one; before a name in Arabic letters too. */
const LED_BY = new Set(fold('بقيادة برئاسة بزعامة قاده قادها يقوده يقودها ترأسه ترأسها يرأسه يرأسها يتزعمه يتزعمها يديره يديرها تديره تديرها'));

/** A cue word right before the word n (with و or ف attached). */
function actorCue(x: Sentence, n: number): boolean {
  const cue = (c: number) => {
    if (c - 1 < x.first || !x.gapOk(c - 1, c) || x.covered.has(c - 1)) return false;
    const forms = bare(x.toks[c - 1]);
    // After an event, a nisba is a common noun's adjective ("مقتل جنود أمريكيين").
    return forms.some((f) => ACTOR_CUES.has(f)) || (forms.some((f) => EVENTS.has(f)) && !/ي(?:ين|ون)?$/u.test(x.toks[n + 1]?.key ?? ''));
  };
  // The verb may have its subject, a known place or body, between it and the name ("وعيّنت واشنطن توم بيرييلو"),
  // or a noun of that place ("واختار برلمان سريلانكا رانيل ويكريمسينغه").
  const known = n - 1 > x.first && (x.places.has(n - 1) || x.orgs.has(n - 1)) && x.gapOk(n - 2, n - 1);
  return cue(n) || (known && (cue(n - 1) || (n - 3 >= x.first && !x.covered.has(n - 2) && x.gapOk(n - 3, n - 2) && cue(n - 2))));
}

/**
 * "الرئيس التنفيذي لميرسك، فنسنت كليرك", "وزير خارجية توغو روبير دوسي": two words that look foreign (a third
 * that ends as names do) within four words after a role are a person no dataset knows when the two write no city;
 * a verb or verbal noun ("تجاوز", "تمويل") writes none. So are they right after a verb of speech or "led by"
 * ("وصرّح جيمي شيريزييه", "برئاسة روفشان نجف").
 */
export function roleForeignAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks } = x;
  if (!x.free(i) || !x.free(i + 1) || !x.gapOk(i, i + 1) || !foreignWord(x, i, false)) return null;
  // "خوسيه دي إتشافي": a linking particle may stand between the given and the family name.
  const f = LINKS.has(toks[i + 1].key) && x.free(i + 2) && x.gapOk(i + 1, i + 2) ? i + 2 : i + 1;
  if (!foreignWord(x, f, false)) return null;
  // The role's, not another's: between them no known name but a place, no foreign-looking word but one after ل
  // ("لميرسك"), which the role is of ("وزير الخزانة ستيفن منوشين تجاوز دور …": the name is Mnuchin's).
  // "برئاسة سري ثريا أوندر وبروين بولدان": a second person listed with و after one just named.
  const listed = x.people.has(i - 1) && x.gapOk(i - 1, i) && /^و/u.test(toks[i].key);
  // A role up to four words back, not counting a known organization's ("رئيس بعثة صندوق النقد الدولي بيتر بروير").
  const back = range(Math.max(x.first, i - 8), i).filter((n) => range(n + 1, i).filter((k) => !x.orgs.has(k)).length <= 3);
  const role = actorCue(x, i) || listed ? i - 1 : back.findLast((n) => bare(toks[n]).some((f) => isRole(f)) || CHIEF.has(toks[n].key));
  const between = (n: number) => (x.covered.has(n) ? x.places.has(n) || x.orgs.has(n) : !foreignWord(x, n, false) || /^ل/u.test(toks[n].key));
  if (role === undefined || !range(role + 1, i).every(between)) return null;
  const [given, family] = [writtenForms(x, i)[listed ? 1 : 0], writtenForms(x, f)[0]];
  // A quoted pair is a term or a place's name ("غوايانا إيسيكيبا"); a pronoun joined to a word makes it a noun ("ولايتها").
  if (!given || !family || given.clitics !== (listed ? 'و' : '') || roleOf(x, i) || /["«“']/u.test(x.b.text[given.start - 1] ?? '')) return null;
  if (![given, family].every((w) => /^\p{L}+$/u.test(w.text) && !/(?:ها|هم|هما)$/u.test(w.text)) || commonNounShaped(x, i) || commonNounShaped(x, f) || OUTLET_WORDS.has(toks[f].key)) return null;
  // A verb of the present is no given name ("يبدو ردم الهوة"; not تشانغ), nor a word with a shadda ("أقرّ").
  if (/^(?:ي[^اوي]|ت[^اويشس])\p{L}{2}$/u.test(given.text) || x.b.text.slice(toks[i].start, toks[i].end).includes('\u0651')) return null;
  // Two words that write a city ("أديس أبابا") are a place, unless the first writes a given name better ("جون كيري", not Jonquière).
  const city = x.sounds.places.written(given.text + family.text)?.score ?? 0;
  // A second word with و before another foreign word lists another name ("وقالت سوكار وتالمن غاز"; not "جوكو ويدودو").
  const list = /^و/u.test(family.text) && x.free(f + 1) && x.gapOk(f, f + 1) && foreignWord(x, f + 1, false);
  // "ويقوده أدريانزين ووزير الطاقة": a role with و lists another person, it names none.
  const nextRole = /^و/u.test(family.text) && bare(toks[f]).some((f) => isRole(f));
  if ((/^و/u.test(given.text) && !listed) || list || nextRole || [i, f].some((n) => ARABIC_MONTH_WORDS.has(toks[n].key)) || (city >= WRITES_NAME && (x.sounds.givenNames.written(given.text)?.score ?? 0) < city)) return null;
  // A third word that ends as names do, or that ends the clause ("رولف هابن يانسن، المستثمرين").
  const third = x.free(f + 1) && x.gapOk(f, f + 1) && !commonNounShaped(x, f + 1) && (foreignWord(x, f + 1, true) || (foreignWord(x, f + 1, false) && clauseEndsAt(x, f + 1)));
  return { first: i, last: hyphenated(x, third ? f + 2 : f + 1), start: given.start, type: 'person', titled: true };
}

/**
 * "فلاديمير بوتين": the word writes a given name of the dataset and a foreign-looking word follows. Five letters
 * or more, a long vowel, no shadda: shorter words write too many names by chance (تشير, "indicates", writes Cher).
 */
function foreignGivenName(x: Sentence, i: number): boolean {
  if (!x.free(i + 1) || !x.gapOk(i, i + 1) || !foreignWord(x, i + 1, false)) return false;
  const given = (w: Written) => [...w.text].length >= 5 && /.[اوي]/u.test(w.text) && !NATIVE_LETTERS.test(w.text) && foreignLooking(w.text);
  const t = x.toks[i];
  if (x.b.text.slice(t.start, t.end).includes('\u0651')) return false;
  return writtenForms(x, i).some((w) => w.clitics === '' && given(w) && (x.sounds.givenNames.written(w.text)?.score ?? 0) >= WRITES_NAME);
}

/**
 * "بيدزينا إيفانيشفيلي", "ماموكا خازارادزه": a foreign-looking word before a family name with a Slavic, Georgian or
 * Armenian ending (-shvili, -dze, -ov, -yan) starts a foreign name, whatever its given name (the dataset's given
 * names that may start with a conjunction are foreignGivenName's).
 */
function foreignSurnameNext(x: Sentence, i: number, twoGiven = true): boolean {
  if (!x.free(i) || !x.free(i + 1) || !x.gapOk(i, i + 1) || !foreignWord(x, i, false) || !foreignWord(x, i + 1, false)) return false;
  const [given, family] = [x.toks[i], x.toks[i + 1]].map((t) => x.b.text.slice(t.start, t.end));
  const plain = family.replace(/[\u064B-\u065F\u0670\u0640]/gu, '');
  // Short words end so by chance ("كيف", "بيان", "أوف"), and so do plurals with the article ("بالظروف"); a word that
  // may carry و or ف ("وقال علييف") or has tanween ("مشوبًا") is no given name here.
  if (/^[وف]/u.test(given) || /[\u064B-\u064D]/u.test(given)) return false;
  // Two given names may come before it ("سردار بردي محمدوف"), the first of five letters or more.
  const surname = [...plain].length >= 5 && FOREIGN_SURNAME_END.test(plain) && !/^[وفبلك]?ال/u.test(plain);
  return surname || (twoGiven && [...given.replace(MARKS, '')].length >= 5 && foreignSurnameNext(x, i + 1, false));
}

/**
 * A title one to three words before the word (four past a known organization, six past two domains joined by و), past what it is of ("وزير الدفاع يونس …", "الفريق أول عبد الفتاح …"),
 * or "led by" right before it ("بزعامة مني أركو مناوي").
 */
export function titleBefore(x: Sentence, i: number): boolean {
  const { toks, covered } = x;
  // Past a known organization the title is of ("رئيس مجلس النواب بوان مهاراني"), or two domains joined by و ("وزير
  // الموارد المائية والري المصري هاني سويلم").
  const joined = (n: number) => !covered.has(n) && toks[n].key.startsWith('وال');
  const between = (n: number) => x.orgs.has(n) || joined(n) || (!covered.has(n) && (toks[n].key.startsWith('ال') || TITLE_MODIFIERS.has(toks[n].key)) && !TITLES.has(toks[n].key));
  return [1, 2, 3, 4, 5, 6].some(
    (back) =>
      i - back >= x.first &&
      !covered.has(i - back) &&
      (bare(toks[i - back]).some((f) => TITLES.has(f)) || (back === 1 && LED_BY.has(toks[i - 1].key))) &&
      range(i - back + 1, i).every(between) &&
      (back < 4 || range(i - back + 1, i).some((n) => (back === 4 && x.orgs.has(n)) || joined(n))) &&
      range(i - back, i).every((n) => x.gapOk(n, n + 1)),
  );
}

/**
 * "1. شوكت عزيز، رئيس هيئة الطاقة الذرية", "ونيامدافا تسنديمبايار، زعيم حزب هون": two words that open a clause
 * (or follow a listed name with و) before a comma and a role are the person the role is, when the first is a given
 * name or written as foreign names are and the two write no city.
 */
export function nameBeforeRoleAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks, b } = x;
  const opens = i === x.first || /[،,.؛;:]\s*$/u.test(b.text.slice(toks[i - 1].end, toks[i].start)) || (x.people.has(i - 1) && x.gapOk(i - 1, i));
  if (!opens || !x.free(i) || !x.free(i + 1) || !x.gapOk(i, i + 1) || !x.inSentence(i + 2)) return null;
  if (!/^\s*[،,]\s*$/u.test(b.text.slice(toks[i + 1].end, toks[i + 2].start)) || !bare(toks[i + 2]).some((f) => isRole(f))) return null;
  const given = writtenForms(x, i).find((w) => w.clitics === (x.people.has(i - 1) ? 'و' : ''));
  const family = b.text.slice(toks[i + 1].start, toks[i + 1].end).replace(MARKS, '');
  if (!given || /^(?:[وفبلك]?ال|[وفبلك])/u.test(family) || [i, i + 1].some((n) => GENERIC.has(toks[n].key) || ORG_HEADS.has(toks[n].key) || TITLES.has(toks[n].key))) return null;
  if (!(isFirstName(x, i) || foreignWord(x, i, false)) || (x.sounds.places.written(given.text + family)?.score ?? 0) >= WRITES_NAME) return null;
  return { first: i, last: i + 2, start: given.start, type: 'person', titled: true };
}
