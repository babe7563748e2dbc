/**
 * How names sound across scripts: a transliterated name keeps the consonants
 * of its Latin spelling, and an Arabic spelling of a foreign name writes most
 * of its vowels as long ones (Bamako باماكو, Niamey نيامي, Agadez أغاديز).
 *
 * Two levels: skeletons (consonants only, one letter per sound class), cheap
 * and used to pair the names of two aligned editions and as the key of an
 * index; and a transcription test that aligns an Arabic word with a Latin one
 * letter by letter (vowels included), strict enough to tell a foreign name
 * written in Arabic from an Arabic word that shares its consonants.
 */

/**
 * Sounds a transliteration and an Arabic spelling may write alike, as one letter each; vowels and glides are dropped.
 * ق, ث, ح, ذ and ض keep classes of their own (q, T, H, D), each of which two Latin sounds may write (sameSound).
 */
const ARABIC_SOUNDS: Record<string, string> = {
  ب: 'b', پ: 'b', ت: 't', ط: 't', ث: 'T', ج: 'j', ح: 'H', ه: 'h', خ: 'k', ك: 'k', ق: 'q', د: 'd', ض: 'D', ذ: 'D', ظ: 'z', ر: 'r', ز: 'z',
  س: 's', ص: 's', ش: 'S', غ: 'G', ف: 'f', ڤ: 'f', ل: 'l', م: 'm', ن: 'n', گ: 'G', چ: 'S',
};
// zh is the Russian ж that Arabic writes ج (Prigozhin / بريغوجين).
// German tsch and sch are one ش (Deutschland / دويتشلاند), so is the t of -tion (International / إنترناشونال); gh before t
// is silent (Insight / إنسايت).
// A j before o or e that starts a word, or one after a vowel, l, n or r, is Y: the ج of Arabic and English spellings
// or the y of Slavic, German and Nordic ones, which the skeleton drops as a glide (Johann / يوهان, Zaječar /
// زايتشار, Dragoljub / دراغوليوب); not the j of Jazeera, Jamal or Juba (but Jansen / يانسن, of three consonants
// more: latinSkeletons). A final c is C: k, or the ts of Slavic names (Obrenovac / أوبرينوفاتس).
const LATIN_DIGRAPHS: [RegExp, string][] = [
  [/^j(?=[oe])|(?<=[aeioulnr])j/g, 'Y'],
  [/dj|zh/g, 'j'],
  [/t?sch|sh|ch|t(?=io)/g, 'S'],
  [/gh(?=t)/g, ''],
  [/kh/g, 'k'],
  [/gh|g/g, 'G'],
  [/th/g, 't'],
  [/dh/g, 'd'],
  [/ph/g, 'f'],
  [/c(?=[eiy])/g, 's'],
  [/(?<=[aeiou])c$/g, 'C'],
  [/q|c/g, 'k'],
  [/p/g, 'b'],
  [/v|w/g, 'V'],
  [/x+/g, 'X'],
];
const LATIN_SOUNDS = /[bdfhjklmnrstzCGSVXY]/;
/** Articles and particles written with or apart from a name ("al-", "bin", "ال"). */
const LATIN_PARTICLES = new Set(['al', 'el', 'ul', 'bin', 'ibn', 'bint', 'abu', 'of', 'the', 'and']);

/** Consonant skeletons of the words of a Latin name (particles left out). */
export function latinSkeletons(name: string): string[] {
  // A final "ah" or "at" is the tā' marbūṭa (Jeddah, Qalat), which Arabic does not sound as h or t.
  // Turkish ç is the ج Arabic writes for it (Bahçeli / بهجلي), ş its ش (before the diacritics go).
  // The háček letters of Slavic names: č and ć as تش, š as ش, ž as ج, đ as ج (Pančevo / بانتشيفو, Đedović / جيدوفيتش);
  // Turkish dotless ı is an i (Sırrı / سري).
  // A possessive 's is part of the word Arabic writes (Lloyd's / لويدز).
  const words = name
    .replace(/[çÇ]/g, 'j')
    .replace(/[şșŞȘšŠ]/g, 'sh')
    .replace(/[čćČĆ]/g, 'ch')
    .replace(/[žŽ]/g, 'zh')
    .replace(/[đĐ]/g, 'dj')
    .replace(/ı/g, 'i')
    .replace(/(?<=\p{L})['’]s\b/gu, 's')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter((w) => w && !LATIN_PARTICLES.has(w))
    .flatMap(servantOf)
    // … unless the name would keep fewer than two consonants (Eilat / إيلات).
    // … and the silent h of John (جون).
    .map((w) => w.replace(/(?<=o)h(?=n)/, '').replace(/(?<=..[aeiou])h$/, '').replace(/(?<=..)at$/, (at, i: number) => (w.slice(0, i).replace(/[aeiouwy]/g, '').length >= 2 ? 'a' : at)));
  return words.map((w) => (/^j[aiu]/.test(w) && w.slice(1).replace(/[aeiouy]/g, '').length >= 3 ? `Y${w.slice(1)}` : w)).map((w) => [...LATIN_DIGRAPHS.reduce((s, [from, to]) => s.replace(from, to), w)].filter((c) => LATIN_SOUNDS.test(c)).join('')).filter((s) => s.length >= 2);
}

/** "Abdel", "Abdul", and the first half of "Abdelrahim", "Abdirahman", "Abdulaziz": Arabic writes عبد as a word of its own. */
function servantOf(word: string): string[] {
  if (/^abd(?:el|ul|al|ol)?$/.test(word)) return ['abd'];
  const joined = /^abd(?:el|ul|al|ol|u|i)(?=[a-z]{3})/.exec(word);
  return joined ? ['abd', word.slice(joined[0].length)] : [word];
}

/**
 * A Latin and an Arabic comparable skeleton of one name word: the same, or the Arabic with a final h or t that a
 * transliteration drops after a vowel ("Fattah" / فتاح, "Herat" / هرات); not the other way ("Kosti" / يعكس).
 * `alone`: the Latin word is a whole name.
 */
export function sameSound(latin: string, arabic: string, alone = false): boolean {
  // A name of one word of two consonants sounds like too many words to read ق as g or ث as s (Jeddah is not قيادة).
  const strict = alone && latin.replace(/[VY]/g, '').length < 3;
  return (
    alike(latin, arabic, strict) ||
    (latin.length >= 2 && /[hHt]$/.test(arabic) && alike(latin, arabic.slice(0, -1), strict)) ||
    // An English plural s Arabic does not write (Grenadines / الغرينادين), in a word of three consonants more.
    (/s$/.test(latin) && latin.replace(/[VY]/g, '').length >= 4 && alike(latin.slice(0, -1), arabic, strict))
  );
}

/**
 * The Latin sounds each Arabic class of its own may write: ق as k or as the g of Maghrebi and Sudanese names
 * (Belgassem / بلقاسم, Agar / عقار), ك (and خ, of its class) as k or as the Maghrebi g too (Khouribga / خريبكة,
 * Agadir / أكادير), ث as t or as s (Süreyya / ثريا), ذ and ض as d or as z (Termez / ترمذ,
 * Mirziyoyev / ميرضيائيف), ح as h or as the kh of Russian spellings (Khamrayev / حمرايف), ز as z or as an s said
 * z (News / نيوز, Gonsalves / غونزالفيس).
 */
const WRITTEN_AS: Record<string, string> = { q: 'kJ', k: 'kJ', T: 'ts', D: 'dz', H: 'hk', z: 'zs' }; // the first, the usual one

function alike(latin: string, arabic: string, strict: boolean, i = 0, j = 0): boolean {
  if (i === latin.length) return j === arabic.length;
  // x is كس, or the ز or ش of a name that starts with it (Xeneta / زينيتا, Xayaburi / شايابوري).
  if (latin[i] === 'X') return (arabic.startsWith('ks', j) && alike(latin, arabic, strict, i + 1, j + 2)) || (i === 0 && /[zS]/.test(arabic[j] ?? '') && alike(latin, arabic, strict, i + 1, j + 1));
  // v is ف, or the و of Turkic and Persian names (Devlet / دولت, Shavkat / شوكت), which the skeleton drops as a vowel.
  // Y goes unwritten only in a word of two other consonants or more (not in the acronym ICJ).
  if (latin[i] === 'Y') return (arabic[j] === 'J' && alike(latin, arabic, strict, i + 1, j + 1)) || (latin.replace(/[VY]/g, '').length >= 2 && alike(latin, arabic, strict, i + 1, j));
  if (latin[i] === 'C') return ((arabic[j] === 'k' || arabic[j] === 's') && alike(latin, arabic, strict, i + 1, j + 1)) || (arabic.startsWith('ts', j) && alike(latin, arabic, strict, i + 1, j + 2));
  if (latin[i] === 'V') return (arabic[j] === 'f' && alike(latin, arabic, strict, i + 1, j + 1)) || alike(latin, arabic, strict, i + 1, j);
  const writes = WRITTEN_AS[arabic[j]];
  return j < arabic.length && (latin[i] === arabic[j] || (writes !== undefined && (strict ? writes[0] : writes).includes(latin[i]))) && alike(latin, arabic, strict, i + 1, j + 1);
}

/**
 * Consonant skeletons of the words of an Arabic name (the article left out; with `asWritten`, a word that only looks
 * like one with a clitic and the article is read whole: والفيس, Walvis; فالبارايسو, Valparaiso). Words of fewer
 * consonants than `shortest` are left out.
 */
export function arabicSkeletons(name: string, asWritten = false, shortest = 2): string[] {
  // Harakat, shadda and tatweel are inside a word, not between words (قدّر is one word).
  const words = name
    .replace(/[\u064b-\u065f\u0670\u0640]/gu, '')
    .split(/[^\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]+/u)
    .filter(Boolean).map((w) => (asWritten ? w : w.replace(/^(?:و|ف|ب)?ال(?=..)/u, '')));
  return words.map((w) => [...w].map((c) => ARABIC_SOUNDS[c] ?? '').join('')).filter((s) => s.length >= shortest);
}

/**
 * One form for comparing: a doubled consonant once (a shadda is not written),
 * g as either ج or غ (Egyptian and Sudanese names write ج as g: Zalingei), and
 * the ch that Arabic writes تش (Chad / تشاد, Charles / تشارلز) as ch.
 */
export const comparable = (skeleton: string): string => skeleton.replace(/[Gj]/g, 'J').replace(/tS/g, 'S').replace(/(.)\1+/g, '$1');

/**
 * A sound of a spelled word: a consonant class (b d f g h k l m n r s S t),
 * a glide (w, y) or a vowel (A, I, U as Arabic writes them long; Latin a e i
 * o u as written).
 */
type Sound = string;

const LATIN_SEGMENTS: [RegExp, Sound[]][] = [
  [/^(?:tch|tsh|sch|sh|ch|zh)/, ['S']], [/^kh/, ['k']], [/^gh/, ['g']], [/^th/, ['t']], [/^dh/, ['d']], [/^ph/, ['f']], [/^ck/, ['k']],
  [/^qu(?=[eiy])/, ['k']], [/^gu(?=[eiy])/, ['g']], [/^(?:ou|oo|au)/, ['u']], [/^ee/, ['i']], [/^(?:ai|ay)/, ['a', 'i']], [/^(?:ei|ey)/, ['e', 'i']],
  [/^c(?=[eiy])/, ['s']], [/^[cqk]/, ['k']], [/^[gj]/, ['g']], [/^[pb]/, ['b']], [/^[vf]/, ['f']], [/^[sz]/, ['s']], [/^x/, ['k', 's']],
  [/^w(?=[aeiou])/, ['w']], [/^w/, ['u']], [/^y(?=[aeiou])/, ['y']], [/^y/, ['i']], [/^[aeiou]/, []], [/^[dhlmnrt]/, []],
];

/** A Latin name as one word of lower-case a–z (no diacritics, spaces or apostrophes), as latinSounds reads it. */
export function soundWord(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');
}

/** The sounds of one Latin word (folded: lower case a–z, see soundWord), doubled consonants once. */
export function latinSounds(word: string): Sound[] {
  // An initial uni- is said, and written, with a y (Union / يونيون, United / يونايتد).
  const out: Sound[] = word.startsWith('uni') ? ['y', 'u'] : [];
  for (let rest = word.startsWith('uni') ? word.slice(1) : word; rest; ) {
    const [pattern, sounds] = LATIN_SEGMENTS.find(([p]) => p.test(rest)) ?? [/^./, []];
    const m = pattern.exec(rest)!;
    for (const s of sounds.length ? sounds : [m[0]]) if (!(out.length && out[out.length - 1] === s && !VOWELS.has(s))) out.push(s);
    rest = rest.slice(m[0].length);
  }
  return out;
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const ARABIC_LETTERS: Record<string, Sound> = {
  ب: 'b', پ: 'b', ت: 't', ط: 't', ث: 't', ج: 'g', غ: 'g', گ: 'g', ك: 'k', ق: 'k', خ: 'k', ح: 'h', ه: 'h', د: 'd', ض: 'd', ذ: 'd', ر: 'r',
  ز: 's', س: 's', ص: 's', ظ: 's', ش: 'S', ف: 'f', ڤ: 'f', ل: 'l', م: 'm', ن: 'n', ع: "'", ء: "'", ا: 'A', أ: 'A', إ: 'A', آ: 'A', ى: 'A',
  و: 'U', ؤ: 'U', ي: 'I', ئ: 'I', ة: 'A',
};

/** The sounds of one Arabic word (no harakat or tatweel), doubled consonants once. */
export function arabicSounds(word: string): Sound[] {
  const out: Sound[] = [];
  const letters = [...word.replace(/تش/gu, 'ش')];
  for (const c of letters) {
    const s = ARABIC_LETTERS[c];
    if (!s) return [];
    if (out.length && out[out.length - 1] === s && !/[AIU']/.test(s)) continue;
    out.push(s);
  }
  return out;
}

/** Latin vowels (or glides) an Arabic long vowel may write. */
const WRITES: Record<string, Set<Sound>> = { A: new Set(['a']), U: new Set(['o', 'u', 'w']), I: new Set(['i', 'e', 'y']) };

/** The consonants of a word's sounds, h left out (either script may drop it): the key of an index of names. */
export function consonantKey(sounds: Sound[]): string {
  return sounds.filter((s) => !/[AIUaeiouwyh']/.test(s)).join('').replace(/(.)\1+/g, '$1');
}

/**
 * How well an Arabic spelling writes a Latin word, 0 (not at all) to 1: every
 * Arabic letter must write a sound of the Latin word in order (a consonant of
 * its class, a long vowel a vowel it can write, an initial alif the first
 * vowel); Latin short vowels and h may go unwritten, at a cost, except a final
 * vowel, which Arabic writes (Bamako باماكو), and a final silent e.
 */
export function transcription(arabic: Sound[], latin: Sound[]): number {
  if (arabic.length === 0 || latin.length === 0) return 0;
  const n = arabic.length;
  const m = latin.length;
  // cost[i][j]: least cost of writing latin[0..j) with arabic[0..i).
  const cost: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(Infinity));
  cost[0][0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      const here = cost[i][j];
      if (here === Infinity) continue;
      const a = arabic[i];
      const l = latin[j];
      const relax = (ii: number, jj: number, c: number) => {
        if (here + c < cost[ii][jj]) cost[ii][jj] = here + c;
      };
      if (i < n && j < m) {
        if (a === l) relax(i + 1, j + 1, 0);
        else if (WRITES[a]?.has(l)) relax(i + 1, j + 1, 0);
        // "ai", "ey" are one sound that ي writes (Dubai دبي, Niamey نيامي) or two that اي writes (Chennai تشيناي).
        if (a === 'I' && (l === 'a' || l === 'e') && latin[j + 1] === 'i') relax(i + 1, j + 2, 0);
        // An initial alif carries the first vowel, whatever it is ("أوغندا", "إيمورارن"); ع may write a vowel (عدن, Aden).
        else if ((a === 'A' && i === 0 && VOWELS.has(l)) || (a === "'" && VOWELS.has(l))) relax(i + 1, j + 1, 0);
      }
      // An initial alif before a written vowel, and ع or ء, may write nothing.
      if (i < n && ((a === 'A' && i === 0 && j === 0 && m > 0 && VOWELS.has(latin[0])) || a === "'")) relax(i + 1, j, 0.5);
      if (j < m) {
        const final = j === m - 1;
        if (l === 'e' && final && j > 0) relax(i, j + 1, 0);
        else if (VOWELS.has(l)) relax(i, j + 1, final ? 3 : 1);
        else if (l === 'h') relax(i, j + 1, 1);
      }
    }
  }
  const total = cost[n][m];
  if (total === Infinity) return 0;
  return Math.max(0, 1 - total / latin.length);
}
