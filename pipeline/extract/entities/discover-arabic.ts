/**
 * Discovery in Arabic, where no capital letter marks a name: people are found
 * after a title or role ("الشيخ", "رئيس الوزراء") or from a common first name or
 * kunya ("أبو"), followed by a family name; organizations from their head word
 * ("حركة", "كتائب", "تحالف") followed by a proper name. Word lists are folded
 * (pipeline/text/fold.ts) like the tokens.
 */
import type { BlockText } from '../block-text.js';
import type { Token } from './tokens.js';

export interface ArabicPhrase {
  first: number;
  last: number;
  /** Start of the name in the text: after a clitic attached to its first word (و، ب، ل …). */
  start: number;
  type: 'person' | 'organization' | 'place';
  titled: boolean;
}

const fold = (words: string): string[] => words.split(/\s+/).map((w) => w.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه').replace(/ئ/g, 'ي').replace(/ؤ/g, 'و'));

/** Common first names of Iraqi, Iranian and Gulf public figures. */
const FIRST_NAMES = new Set(fold(`محمد أحمد علي حسين حسن عباس جعفر مهدي قاسم هادي حيدر عمار قيس أكرم نوري مقتدى فالح عادل إياد إبراهيم مصطفى خالد سعد سعيد صالح كاظم
  جواد باقر صادق رضا محسن مرتضى مسلم ياسر يوسف عمر عثمان زيد فيصل فؤاد نزار رعد ضياء همام عدنان حامد حميد شبل عزت طارق أسامة سليم محمود خميس رافع ثامر نجم
  فرحان جاسم كريم ماجد وليد هشام حازم كامل عمران رحيم لطيف باسم أسعد ريان أيمن نبيل سامي منصور ناصر فاضل فلاح كمال شاكر عقيل عزيز ستار جبار حاكم قحطان غازي
  راضي إسماعيل مسعود مجتبى حسام عبد عبدالله عبدالعزيز عبدالمهدي عبداللطيف مسرور نيجيرفان بافل جلال برهم هوشيار فاروق شوان آرام ريبوار قباد لاهور زينب فاطمة
  مراد مريم نادية سارة هناء ياسين أنور نوفل رياض بهاء شهاب صلاح زياد معين ثائر منذر مثنى أثيل خليل إحسان سلمان بشار نعيم يحيى حمزة إسحاق أمين حبيب سيف لؤي`));
const KUNYA = new Set(fold('أبو أبي ابو'));
/** Titles and roles before a person's name (single folded words; the last word of longer titles). */
const TITLES = new Set(fold(`الشيخ السيد سماحة المرجع العميد اللواء الفريق العقيد الوزير النائب الرئيس القائد زعيم الزعيم الأمين آية الله الدكتور د السفير المحافظ القاضي
  الحاج المتحدث الناطق رئيس قائد وزير نائب محافظ سفير مستشار المستشار الجنرال المشير النقيب المقدم الرائد الأدميرال الملك الأمير المبعوث مبعوث
  المدير مدير المفوض الممثل ممثل رئيسها رئيسه`));
/**
 * Words between a title and the name: what the title is of ("وزير الدفاع",
 * "الرئيس النيجيري", "المتحدث باسمها", "الفريق أول", "الأمين العام"). Words with
 * the article, and these.
 */
const TITLE_MODIFIERS = new Set(fold('أول باسم باسمها باسمه الخاص العام ركن'));
/** Words a name never contains: prepositions, particles, pronouns, frequent verbs. */
const STOP = new Set(fold(`في من إلى على عن مع أن إن التي الذي الذين اللذين هذا هذه ذلك تلك بين حول عند بعد قبل منذ خلال ضد لدى حتى أو ثم قد لم لن لا ما هو هي هم كان كانت
  قال قالت أكد أكدت أعلن أعلنت وأضاف أضاف يرى ترى يقول تقول عام العام رئيس الوزراء وزير السابق الأسبق الحالي الراحل الجديد باسم باسمها باسمه
  دون بدون غير سوى نحو عبر ضمن إثر جراء وسط أمام خلف تحت فوق عند`));
/** Head words of organization names. */
const ORG_HEADS = new Set(fold(`حركة حزب تيار تحالف ائتلاف كتائب سرايا عصائب منظمة جبهة هيئة لواء فيلق جيش كتلة جماعة اتحاد وزارة مفوضية مجلس قوات مؤسسة مركز معهد
  جامعة محكمة جهاز تجمع شركة عملية بعثة مكتب برنامج صندوق وكالة لجنة رابطة نقابة جمعية مجموعة`));
/** Verbal nouns an organization's name runs on after ("جبهة تحرير …", "هيئة إنقاذ …"): the name goes on past them. */
const NAME_NOUNS = new Set(fold('تحرير إنقاذ دعم تنمية إعادة مكافحة حماية رعاية تعاون تنسيق مراقبة إغاثة'));
/** Words before a tribe's name ("عشيرة بني مالك"); "بني" and "البو" start one. */
const TRIBE_HEADS = new Set(fold('عشيرة عشائر قبيلة قبائل'));
const TRIBE_WORDS = new Set(fold('بني البو'));
/** Words before a place name, not part of it ("حي الكرادة", "ميناء أم قصر"). */
const PLACE_HEADS = new Set(fold('مدينة بلدة قرية قضاء ناحية حي ميناء مطار معبر مخيم'));
/** Words that are part of the place's name ("ولاية الجزيرة", "محافظة نينوى"), as "Province" and "State" are in English. */
const NAMED_PLACE_HEADS = new Set(fold('محافظة ولاية إقليم'));
/** First words of two-word place names ("أم قصر", "تل عفر", "جرف الصخر", "قلعة سكر", "سوق الشيوخ"). */
const PLACE_WORDS = new Set(fold('أم تل رأس عين جرف بئر أبو أبي خور قلعة سوق جسر باب دير قصر وادي جبل شط نهر حمام كفر'));

/** Words after a head that make it a common noun phrase, not a name ("حركة الاحتجاج", "قوات الأمن"). */
const GENERIC = new Set(fold(`الاحتجاج الاحتجاجات الأمن الأمنية المسلحة مسلحة المسلح الشعبية الوطنية الدولي الدولية السياسي السياسية العسكري العسكرية الحكومة الحكومي
  الحكومية النواب الوزراء المحافظة الشيعي الشيعية السني السنية الكردي الكردية العراقي العراقية الإيراني الإيرانية الإسلامي الإسلامية المعارضة الجديد الجديدة
  الكبرى الحاكم الحاكمة المقاومة التغيير الإصلاح شيعية سنية كردية عراقية إيرانية سياسية عسكرية دولية جديدة كبيرة واسعة القوي القوية الكبير
  الكبيرة الأكبر الواسع الواسعة الحالي الحالية السابق السابقة الأخير الأخيرة المقبل المقبلة المحتمل المحتملة المرتقب المتين الأوسع الأقوى الفقيه`));

/** "تحالف شيعي", "تحالف سياسي": an adjective without the article describes, it does not name. */
function isIndefiniteAdjective(word: string): boolean {
  return !word.startsWith('ال') && /(?:ي|يه)$/u.test(word) && word.length > 3;
}

/** Word without the attached conjunction/preposition/article forms (first clitic form is the word itself). */
function bare(t: Token): string[] {
  return t.bare?.map((b) => b.key) ?? [t.key];
}

/** Where the first form of a word found in `set` starts (the word's start if none). */
function startIn(t: Token, set: Set<string>): number {
  return t.bare?.find((b) => set.has(b.key))?.start ?? t.start;
}

/** First halves of compound names ("عبد الله", "عبد الواحد"). */
const COMPOUND = new Set(fold('عبد'));

/**
 * Names in one sentence, whose tokens are `toks[first..end)`. `soft`: tokens of
 * gazetteer surnames, which may end a name the gazetteer lacks.
 */
export function arabicPhrases(b: BlockText, toks: Token[], covered: Set<number>, soft: Set<number>, [first, end]: [number, number]): ArabicPhrase[] {
  const out: ArabicPhrase[] = [];
  const inSentence = (i: number) => i >= first && i < end;
  const gapOk = (a: number, c: number) => /^[\s\u0640]*$/u.test(b.text.slice(toks[a].end, toks[c].start));
  const free = (i: number) => inSentence(i) && !covered.has(i) && !STOP.has(toks[i].key);
  for (let i = first; i < end; i++) {
    if (covered.has(i)) continue;
    const forms = bare(toks[i]);
    // "علي" is a name, "على" a preposition: folding makes them one, the source does not.
    const isFirstName = forms.some((f) => FIRST_NAMES.has(f)) && !/ى$/u.test(b.text.slice(toks[i].start, toks[i].end));
    // Inside a name, "علي" is the first name even though it folds like the preposition "على".
    const firstName = (n: number) => inSentence(n) && !covered.has(n) && FIRST_NAMES.has(toks[n].key) && !/ى$/u.test(b.text.slice(toks[n].start, toks[n].end));
    // After a title, a name starts with a first name or an unknown word, not with "the …" ("زعيم التيار …" is an organization).
    const titled =
      i > 0 && inSentence(i - 1) && !toks[i].key.startsWith('ال') && !STOP.has(toks[i].key) && forms.every((f) => !TITLES.has(f) && !ORG_HEADS.has(f) && f !== 'قياده') &&
      titleBefore(toks, i, first, covered, gapOk) && !(inSentence(i + 1) && FIRST_NAMES.has(toks[i + 1].key) && !isFirstName);
    if (isFirstName || titled || forms.some((f) => KUNYA.has(f))) {
      let j = i + 1;
      // First names and kunyas chain ("أبو فدك", "محمد باقر"); a family name with the article ends the name, unless it
      // completes a compound ("عبد الواحد"). A known surname may end a new name ("حسين علي المالكي"); an organization's
      // head word or a word with "و" starts something else.
      while (j < i + 5 && (free(j) || firstName(j) || (soft.has(j) && (toks[j].key.startsWith('ال') || FIRST_NAMES.has(toks[j].key)))) && gapOk(j - 1, j)) {
        const k = toks[j].key;
        if (ORG_HEADS.has(k) || (k.startsWith('و') && !FIRST_NAMES.has(k))) break;
        // A third word with a preposition attached starts the rest of the sentence ("التقى … هبيلير بفنوم").
        if (j - i >= 2 && /^[بلكف]/u.test(k) && !FIRST_NAMES.has(k) && k !== 'بن' && k !== 'بنت') break;
        j++;
        if (k.startsWith('ال') && !COMPOUND.has(toks[j - 2].key)) break;
        if (!FIRST_NAMES.has(k) && !KUNYA.has(k) && !COMPOUND.has(k) && !k.startsWith('ال') && !(j - i === 2 && (titled || KUNYA.has(forms[0])))) break;
      }
      // A trailing common word is not part of the name ("مراد إسماعيل الحكومة …").
      if (j - i > 2 && GENERIC.has(toks[j - 1].key)) j--;
      if (j - i >= 2 && !GENERIC.has(toks[j - 1].key)) {
        out.push({ first: i, last: j, start: startIn(toks[i], isFirstName ? FIRST_NAMES : KUNYA), type: 'person', titled });
        i = j - 1;
        continue;
      }
    }
    // "عشيرة الحلاف", "بني مالك", "البو محمد": a tribe.
    const tribe = forms.some((f) => TRIBE_WORDS.has(f)) ? i : forms.some((f) => TRIBE_HEADS.has(f)) && free(i + 1) && gapOk(i, i + 1) ? i + 1 : -1;
    if (tribe >= 0 && free(tribe) && !GENERIC.has(toks[tribe].key)) {
      const tribeWord = bare(toks[tribe]).find((f) => TRIBE_WORDS.has(f));
      const j = tribeWord && free(tribe + 1) && gapOk(tribe, tribe + 1) ? tribe + 2 : tribe + 1;
      if (tribeWord === undefined || j > tribe + 1) {
        out.push({ first: tribe, last: j, start: toks[tribe].bare?.find((f) => f.key === tribeWord)?.start ?? toks[tribe].start, type: 'organization', titled: false });
        i = j - 1;
        continue;
      }
    }
    // "تيار الحكمة" (construct) or "الجبهة التركمانية" (article and adjective); "التيار يخدم" is a sentence.
    // "قيادة عمليات …" (operations command): "قيادة" alone is "leadership".
    const command = forms.includes('قياده') && toks[i + 1]?.key === 'عمليات' ? 'قياده' : undefined;
    const head = command ?? forms.find((f) => ORG_HEADS.has(f) || (f.startsWith('ال') && ORG_HEADS.has(f.slice(2))));
    const next = toks[i + 1];
    if (head && next && inSentence(i + 1) && (command || !STOP.has(next.key)) && gapOk(i, i + 1) && !GENERIC.has(next.key) && (!head.startsWith('ال') || next.key.startsWith('ال')) && !isIndefiniteAdjective(next.key)) {
      let j = i + 2;
      // The name runs on through known names and article words ("حركة أنصار الله الأوفياء", "مركز البيان للدراسات والتخطيط").
      // "حركة البناء والإصلاح": a name of two coordinated nouns.
      const named = (n: number) =>
        covered.has(n) || toks[n].key.startsWith('ال') || toks[n].key.startsWith('لل') || (toks[n].key.startsWith('وال') && /^(?:لل|ال)/u.test(toks[n - 1].key));
      // "جبهة تحرير ديجوشي": past a verbal noun, the next word is the name whatever its form.
      if (NAME_NOUNS.has(toks[i + 1].key) && inSentence(j) && gapOk(j - 1, j) && !STOP.has(toks[j].key) && !GENERIC.has(toks[j].key)) j++;
      while (j < i + 5 && inSentence(j) && gapOk(j - 1, j) && !STOP.has(toks[j].key) && !GENERIC.has(toks[j].key) && named(j)) j++;
      out.push({ first: i, last: j, start: toks[i].bare?.find((f) => f.key === head)?.start ?? toks[i].start, type: 'organization', titled: false });
      i = j - 1;
      continue;
    }
    // "مدينة نيالا" names the town; "المدينة دون قتال" is "the town, without a fight".
    const named = forms.find((f) => NAMED_PLACE_HEADS.has(f));
    if ((named || forms.some((f) => PLACE_HEADS.has(f))) && !toks[i].key.includes('ال') && next && free(i + 1) && gapOk(i, i + 1) && !GENERIC.has(next.key) && !isIndefiniteAdjective(next.key) && !/^[وف]/u.test(next.key)) {
      // "ميناء خور الزبير": a place's first word may come before a known name.
      const j = PLACE_WORDS.has(next.key) && (free(i + 2) || (inSentence(i + 2) && covered.has(i + 2))) && gapOk(i + 1, i + 2) ? i + 3 : i + 2;
      const start = named ? (toks[i].bare?.find((f) => f.key === named)?.start ?? toks[i].start) : next.start;
      out.push({ first: named ? i : i + 1, last: j, start, type: 'place', titled: false });
      i = j - 1;
    }
  }
  return out;
}

/** A title one to three words before the word, past what it is of ("وزير الدفاع يونس …", "الفريق أول عبد الفتاح …"). */
function titleBefore(toks: Token[], i: number, first: number, covered: Set<number>, gapOk: (a: number, c: number) => boolean): boolean {
  return [1, 2, 3].some(
    (back) =>
      i - back >= first &&
      !covered.has(i - back) &&
      bare(toks[i - back]).some((f) => TITLES.has(f)) &&
      range(i - back + 1, i).every((n) => !covered.has(n) && (toks[n].key.startsWith('ال') || TITLE_MODIFIERS.has(toks[n].key)) && !TITLES.has(toks[n].key)) &&
      range(i - back, i).every((n) => gapOk(n, n + 1)),
  );
}

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, k) => a + k);
}
