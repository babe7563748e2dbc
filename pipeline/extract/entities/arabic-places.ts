/**
 * Arabic discovery, places: a place's head ("مدينة", "محافظة", "حقل"), a
 * natural or built feature's noun ("بحيرة تانا"), and the dataset's cities and
 * Arab towns where a place is expected. Separate because these rules decide
 * only whether words name a place.
 */
import { pieceAt } from '../block-text.js';
import {
  type ArabicPhrase, fold, TITLES, isArabicStopWord, ORG_HEADS, PLACE_HEADS, NAMED_PLACE_HEADS, GENERIC, bare, type Sentence, LATIN, MARKS, PLACE_CONTEXT, WRITES_NAME, CANAL,
} from './arabic-words.js';
import { isIndefiniteAdjective, commonNounShaped, isAdjective, verbShaped, type Written, writtenForms, foreignLooking, foreignWord, loneForeignName, unagreeing } from './arabic-word-shapes.js';

/**
 * Place heads whose name must look foreign: "حقل" and "منجم" are also a domain and a source ("منجم ذهب"), "مقاطعة"
 * a boycott ("مقاطعة الانتخابات").
 */
const FOREIGN_NAMED_HEADS = new Set(fold('حقل منجم مقاطعة'));

const GOVERNORATE = fold('محافظة')[0];
/** First words of two-word place names ("أم قصر", "تل عفر", "جرف الصخر", "قلعة سكر", "سوق الشيوخ"). */
const PLACE_WORDS = new Set(fold('أم تل رأس عين جرف بئر أبو أبي خور قلعة سوق جسر باب دير قصر وادي جبل شط نهر حمام كفر'));

/** "مدينة نيالا" names the town; "المدينة دون قتال" is "the town, without a fight". */
export function placeAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks } = x;
  const forms = bare(toks[i]);
  const named = forms.find((f) => NAMED_PLACE_HEADS.has(f));
  const next = toks[i + 1];
  if (!(named || forms.some((f) => PLACE_HEADS.has(f))) || toks[i].key.includes('ال') || !next || !x.free(i + 1) || !x.gapOk(i, i + 1)) return null;
  // "محافظه" (written with ه) is "its governor", not "محافظة" (governorate).
  if (named && /ه$/u.test(x.b.text.slice(toks[i].start, toks[i].end).replace(MARKS, ''))) return null;
  // "ولاية بعثة الأمم المتحدة": before an organization's head or a title, ولاية is a mandate.
  if (GENERIC.has(next.key) || isIndefiniteAdjective(next.key) || /^[وف]/u.test(next.key) || ORG_HEADS.has(next.key) || TITLES.has(next.key)) return null;
  // "حقل غالكينيش", "منجم كويلافيكو": a field or a mine is named by a foreign-looking word ("حقل الطاقة" is a domain).
  const field = forms.some((f) => FOREIGN_NAMED_HEADS.has(f));
  if (field && !(foreignWord(x, i + 1, false) && !verbShaped(x.b.text.slice(next.start, next.end), false))) return null;
  // "ميناء خور الزبير": a place's first word may come before a known name; "منجم لاس بامباس", a foreign name's
  // first word before its second.
  const second = field && x.free(i + 2) && x.gapOk(i + 1, i + 2) && !toks[i + 2].key.startsWith('و') && foreignWord(x, i + 2, false) && !verbShaped(x.b.text.slice(toks[i + 2].start, toks[i + 2].end));
  const j = second || (PLACE_WORDS.has(next.key) && (x.free(i + 2) || (x.inSentence(i + 2) && x.covered.has(i + 2))) && x.gapOk(i + 1, i + 2)) ? i + 3 : i + 2;
  const inside = named !== undefined && (next.key.startsWith('ال') || named === GOVERNORATE);
  const start = inside ? (toks[i].bare?.find((f) => f.key === named)?.start ?? toks[i].start) : next.start;
  return { first: inside ? i : i + 1, last: j, start, type: 'place', titled: false };
}

/** Nouns of natural and built features that are part of their name ("بحيرة تانا", "سد تشرين", "جبال قنديل"). */
export const FEATURE_HEADS = new Set(fold('بحيرة نهر خليج مضيق جبال جبل سد قناة هضبة بحر دلتا ممر رأس منطقة وادي جزيرة'));
/** Waters whose Arabic names, written with Arabic letters, may follow them ("بحيرة طبريا"). */
const NAMED_WATERS = new Set(fold('بحيرة خليج مضيق'));
/** Written so: "وأدّى" (and it led) folds alike. */
const WADI = fold('وادي')[0];
/** Feature nouns whose name may be a foreign word with the article ("دلتا الميكونغ", "خليج البنغال"); سد and ممر with the article are "filling the void", "the safe corridor". */
const ARTICLE_FEATURES = new Set(fold('بحيرة خليج مضيق هضبة بحر دلتا'));
/**
 * A word in -ي that writes three long vowels before its end is a foreign name ("شايابوري"), not a nisba adjective
 * ("دولي", "استراتيجي").
 */
function vowelled(key: string): boolean {
  return (key.slice(1, -1).match(/[اوي]/gu)?.length ?? 0) >= 3;
}

/** A word in -ي that does not agree with the feminine feature noun before it is its name ("جزيرة بالي"); not a direction ("منطقة شرقي الفرات"). */
function named(head: string, key: string): boolean {
  // A channel is also a broadcaster, whose names end in -ي ("قناة سكاي نيوز").
  return head !== CANAL && unagreeing(head, key) && !LOCATING.has(key);
}

/** Rivers are named with their noun inside or outside it ("نهر آمو داريا"): a name of two words takes it only for the other features. */
const RIVER = fold('نهر')[0];

/**
 * "بحيرة تانا", "نهر إيسيكيبو", "سد روغون", "قناة قره قوم": a feature's noun, then one or two words that look
 * foreign, names a place, the noun with it; so does the noun before a known place ("خليج عدن") or, for the
 * features of ARTICLE_FEATURES, a foreign-looking word with the article ("دلتا الميكونغ"). Latin letters or
 * digits after it make it a broadcaster's name ("قناة فرانس 24"), and so does a trade word, which
 * organizationAt reads first ("قناة سكاي نيوز").
 */
export function featureAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks, b } = x;
  const head = toks[i].bare?.find((f) => FEATURE_HEADS.has(f.key)) ?? (FEATURE_HEADS.has(toks[i].key) ? { key: toks[i].key, start: toks[i].start } : undefined);
  const wadiAsWritten = head?.key !== WADI || b.text.slice(toks[i].start, toks[i].end).replace(MARKS, '').endsWith('وادي');
  if (!head || !wadiAsWritten || /ال|^لل/u.test(toks[i].key) || !x.inSentence(i + 1) || !x.gapOk(i, i + 1) || (isIndefiniteAdjective(toks[i + 1].key) && !vowelled(toks[i + 1].key) && !named(head.key, toks[i + 1].key))) return null;
  const next = b.text.slice(toks[i + 1].start, toks[i + 1].end).replace(MARKS, '');
  // A verb, a noun with a pronoun, or a noun with an adjective without the article after the noun is none of a
  // name ("منطقة تدرجها", "رأس مال أجنبي"); a name that does not agree with it is ("منطقة واداي تعاني").
  const described = !named(head.key, toks[i + 1].key) && x.inSentence(i + 2) && x.gapOk(i + 1, i + 2) && !x.covered.has(i + 2) && isIndefiniteAdjective(toks[i + 2].key) && ([...next].length <= 3 || !foreignWord(x, i + 2, false));
  // A known place may be shaped as a verb ("بحيرة تشاد").
  const verb = verbShaped(next, false) && !(x.covered.has(i + 1) && x.places.has(i + 1));
  if (verb || /(?:ها|هم|هما|كم)$/u.test(next) || described) return null;
  // A known place or a town of the dataset ("خليج عدن", "خليج العقبة"); an Arabic name in -ا of a lake, gulf or
  // strait ("بحيرة طبريا"); whatever word follows a wadi ("وادي عربة", "وادي السيليكون").
  const free = x.free(i + 1) && !GENERIC.has(toks[i + 1].key) && !commonNounShaped(x, i + 1);
  const known =
    (x.covered.has(i + 1) && x.places.has(i + 1) && /^\p{L}/u.test(next) && !/^[وفبلك]/u.test(next)) ||
    (free && (x.towns.has(toks[i + 1].key) || head.key === WADI || (NAMED_WATERS.has(head.key) && /^[^ا].{2,}ا$/u.test(next) && !next.startsWith('ال'))));
  const article = ARTICLE_FEATURES.has(head.key) && x.free(i + 1) && next.startsWith('ال') && [...next].length >= 6 && foreignLooking(next.slice(2));
  if (!known && !article && !(x.free(i + 1) && foreignWord(x, i + 1, false))) return null;
  // The two words of a name may be joined by a hyphen ("قناة آمو-بخارى").
  const joined = x.inSentence(i + 2) && /^[\s\u0640\-‐]*$/u.test(b.text.slice(toks[i + 1].end, toks[i + 2].start)) && pieceAt(b, toks[i + 1].start) === pieceAt(b, toks[i + 2].start);
  const after = joined ? b.text.slice(toks[i + 2].start, toks[i + 2].end).replace(MARKS, '') : '';
  if (after && (LATIN.test(after) || /^\d/u.test(after))) return null;
  // A second word may end in ه, as French and Turkic names do ("قناة قوش تيبه").
  const secondWord = [...after].length >= 3 && (foreignLooking(after) || foreignLooking(after.replace(/ه$/u, '')));
  const second = secondWord && !verbShaped(after) && !after.startsWith('و') && !known && !article && head.key !== RIVER && x.free(i + 2) && !isArabicStopWord(toks[i + 2].key) && !isAdjective(toks[i + 2].key);
  if (!second && !known && !article && after && x.free(i + 2) && foreignLooking(after) && !isArabicStopWord(toks[i + 2].key) && !verbShaped(after) && !after.startsWith('و')) return null;
  return { first: i, last: second ? i + 3 : i + 2, start: head.start, type: 'place', titled: false };
}

/**
 * "في باماكو", "إلى نيامي", "وواغادوغو" after a place: where a place is expected, a word that writes the name
 * of a city of the dataset (one word or two: "أديس أبابا"). Arabic words that share a city's consonants do not
 * write its vowels, or have letters foreign names do without.
 */
export function writtenPlaceAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks } = x;
  if (!x.free(i)) return null;
  const before = i > x.first && x.gapOk(i - 1, i) ? bare(toks[i - 1]) : [];
  const expected = (w: Written) => before.some((f) => PLACE_CONTEXT.has(f)) || /[بل]/u.test(w.clitics) || (/[وف]/u.test(w.clitics) && x.places.has(i - 1));
  const city = (text: string) => (x.sounds.places.written(text)?.score ?? 0) >= WRITES_NAME;
  for (const w of writtenForms(x, i)) {
    if (!expected(w) || !foreignLooking(w.text)) continue;
    const next = x.free(i + 1) && x.gapOk(i, i + 1) ? writtenForms(x, i + 1).find((v) => v.clitics === '' && foreignLooking(v.text)) : undefined;
    if (next && city(w.text + next.text)) return { first: i, last: i + 2, start: w.start, type: 'place', titled: false };
    if (([...w.text].length >= 4 || /[اوي]$/u.test(w.text)) && city(w.text)) return { first: i, last: i + 1, start: w.start, type: 'place', titled: false };
  }
  return null;
}

/**
 * "في جدة", "إلى البيضاء", "وصنعاء" after a place: where a place is expected, the name of an Arab town of the
 * dataset, as written (one word or two: "رأس الخيمة"). Such names are Arabic words too (البيضاء "the white"),
 * so a place's cue is needed; the letters foreign names do without are no sign against them.
 */
export function townAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks } = x;
  if (!x.free(i)) return null;
  const before = i > x.first && x.gapOk(i - 1, i) ? bare(toks[i - 1]) : [];
  const context = before.some((f) => PLACE_CONTEXT.has(f));
  for (const form of toks[i].bare ?? [{ key: toks[i].key, start: toks[i].start }]) {
    const clitics = x.b.text.slice(toks[i].start, form.start);
    if (!(context || /[بل]/u.test(clitics) || (/[وف]/u.test(clitics) && x.places.has(i - 1)))) continue;
    const two = x.free(i + 1) && x.gapOk(i, i + 1) && x.towns.has(`${form.key} ${toks[i + 1].key}`);
    if (two || x.towns.has(form.key)) return { first: i, last: two ? i + 2 : i + 1, start: form.start, type: 'place', titled: false };
  }
  return null;
}

/** Colours that name seas after "البحر" ("البحر الأسود"), and the middle one ("البحر المتوسط"). */
const SEA_COLOURS = new Set(fold('الأسود الأحمر الأبيض الأصفر الأخضر الأزرق المتوسط'));
const SEA = fold('البحر')[0];
const WHITE = fold('الأبيض')[0];
const MIDDLE = fold('المتوسط')[0];

/** "البحر الأسود", "بالبحر الأبيض المتوسط": the sea and its colour name it; "البحر الأقرب" is "the nearest sea". */
export function seaAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks } = x;
  const sea = toks[i].bare?.find((f) => f.key === SEA) ?? (toks[i].key === SEA ? { key: SEA, start: toks[i].start } : undefined);
  if (!sea || !x.free(i + 1) || !x.gapOk(i, i + 1) || !SEA_COLOURS.has(toks[i + 1].key)) return null;
  const white = toks[i + 1].key === WHITE && x.free(i + 2) && x.gapOk(i + 1, i + 2) && toks[i + 2].key === MIDDLE;
  return { first: i, last: white ? i + 3 : i + 2, start: sea.start, type: 'place', titled: false };
}

/**
 * Words right before a place ("قرب دولو", "عند خورغوس"); "حول" and "نحو" are also "about" ("حول مستقبل"), "مقابل"
 * "in return for" ("مقابل تكنولوجيا").
 */
const NEAR = new Set(fold('قرب بالقرب عند ضواحي محيط'));
/** Words that locate a place in a larger one after it ("… في جنوب إثيوبيا", "… على جزيرة كرك"). */
const LOCATING = new Set(fold('شمال جنوب شرق غرب وسط شمالي جنوبي شرقي غربي ولاية إقليم مقاطعة محافظة منطقة جزيرة'));
const IN_OR_ON = new Set(fold('في على قرب'));
const IN_OR_TO = new Set(fold('في إلى'));

/**
 * "قرب دولو، في جنوب إثيوبيا", "في ميرتي في شمال كينيا": one foreign-looking word right after "near" or "at"
 * before a pause or a word that locates it, or after "in" or "to" before "in", "on" or "near" and a known place or
 * a word that locates it, is a place no dataset writes in Arabic.
 */
export function cuedPlaceAt(x: Sentence, i: number): ArabicPhrase | null {
  const { toks } = x;
  if (i <= x.first || !x.gapOk(i - 1, i) || !loneForeignName(x, i)) return null;
  const cue = bare(toks[i - 1]);
  const next = x.inSentence(i + 1) && x.gapOk(i, i + 1) ? toks[i + 1].key : undefined;
  const locating = (n: number) => x.inSentence(n) && x.gapOk(n - 1, n) && (x.places.has(n) || LOCATING.has(toks[n].key));
  const near = cue.some((f) => NEAR.has(f)) && (next === undefined || IN_OR_ON.has(next) || LOCATING.has(next));
  const at = cue.some((f) => IN_OR_TO.has(f)) && next !== undefined && IN_OR_ON.has(next) && locating(i + 2);
  return near || at ? { first: i, last: i + 1, start: toks[i].start, type: 'place', titled: false } : null;
}
