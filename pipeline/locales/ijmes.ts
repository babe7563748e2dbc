/**
 * The rules of the IJMES transliteration of Arabic that a machine can check,
 * for the termbase's `transliteration` field (docs/glossary.md): it
 * transliterates the entry's Arabic term word for word, writes the article
 * al- unassimilated and in lower case, ta marbuta as -a (-at in construct, -āt
 * after a long ā), ʿayn and hamza as ʿ (U+02BF) and ʾ (U+02BE), and capitals
 * where the English headword is a proper noun.
 */

export interface TransliterationFault {
  /** 'scheme': a rule of IJMES is broken; 'term': the text is not a transliteration of the Arabic term. */
  kind: 'scheme' | 'term';
  message: string;
}

/** Consonants with one IJMES spelling each (a doubled letter, shadda, may be written twice). */
const CONSONANTS: Readonly<Record<string, string>> = {
  'ب': 'b', 'ت': 't', 'ث': 'th', 'ج': 'j', 'ح': 'ḥ', 'خ': 'kh', 'د': 'd', 'ذ': 'dh', 'ر': 'r', 'ز': 'z', 'س': 's', 'ش': 'sh',
  'ص': 'ṣ', 'ض': 'ḍ', 'ط': 'ṭ', 'ظ': 'ẓ', 'ع': 'ʿ', 'غ': 'gh', 'ف': 'f', 'ق': 'q', 'ك': 'k', 'ل': 'l', 'م': 'm', 'ن': 'n', 'ه': 'h',
};
/** Letters of an IJMES transliteration: the Latin alphabet, long vowels, dotted emphatics, ʿayn and hamza. */
const IJMES_LETTER = /[a-zāīūḥṣḍṭẓʿʾ]/u;
const HARAKAT = /[\u064B-\u065F\u0670\u0640]/gu;
/** The article assimilated to a sun letter (as-, ash-, ad-…), which IJMES does not do. */
const ASSIMILATED = /^(?:a[tdrzsnṭḍṣẓ]|ath|adh|ash)-/u;
/** Particles that stay lower case inside a proper noun. */
const PARTICLES = new Set(['wa', 'fī', 'min', 'ʿan', 'ilā', 'ʿalā', 'bi', 'li']);
/** Words of an English headword that a title-cased name leaves in lower case. */
const ENGLISH_MINOR = new Set(['of', 'the', 'and', 'for', 'in', 'on', 'to', 'a', 'an', 'al', 'el', 'e']);
/**
 * Proper nouns capitalized in any term: God, Islam, and the month names that
 * are no other word (Ṣafar is also "travel", Rabīʿ "spring").
 */
const ALWAYS_CAPITAL = new Set([
  'allah', 'islam',
  'muharram', 'rajab', 'shaban', 'ramadan', 'shawwal',
  'tishrin', 'kanun', 'shubat', 'adhar', 'nisan', 'ayyar', 'haziran', 'tammuz', 'aylul',
]);

/** Lower case without diacritics, ʿayn or hamza: how two spellings of a word are compared. */
const plain = (s: string): string => s.normalize('NFD').replace(/[\p{M}ʿʾ'’]/gu, '').toLowerCase();
const isCapital = (word: string): boolean => /^\p{Lu}/u.test(word.replace(/^[ʿʾ]+/u, ''));

/** A transliterated word without its article: the part whose first letter carries a capital. */
function contentOf(word: string): string {
  return word.startsWith('al-') || word.startsWith('Al-') ? word.slice(3) : word;
}

/** Every fault of a transliteration (`latin`) of the Arabic term `arabic`, whose English headword is `english`. */
export function transliterationFaults(latin: string, arabic: string, english: string): TransliterationFault[] {
  const faults: TransliterationFault[] = [];
  const scheme = (message: string) => faults.push({ kind: 'scheme', message });
  if (latin !== latin.normalize('NFC')) scheme('decomposed letters: save it in NFC (ā as one character, U+0101)');
  const odd = [...new Set([...latin.normalize('NFC').toLowerCase()].filter((ch) => !IJMES_LETTER.test(ch) && ch !== ' ' && ch !== '-'))];
  for (const ch of odd) scheme(`“${ch}” (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}) is not an IJMES letter: ${advice(ch)}`);
  const words = latin.normalize('NFC').split(/\s+/u).filter(Boolean);
  for (const w of words) {
    if (ASSIMILATED.test(w.toLowerCase())) scheme(`“${w}”: IJMES writes the article al- before sun letters too (al-sh…, not ash-sh…)`);
    if (/^(?:Al|AL|El|el)-/u.test(w)) scheme(`“${w}”: the article is written al-, in lower case`);
  }
  faults.push(...capitalFaults(words, english));
  const arabicWords = arabic.replace(HARAKAT, '').split(/\s+/u).filter(Boolean);
  const term = (message: string) => faults.push({ kind: 'term', message });
  if (arabicWords.length !== words.length) {
    term(`“${latin}” does not transliterate “${arabic}”: it has ${words.length} word${words.length === 1 ? '' : 's'}, the Arabic term ${arabicWords.length}`);
    return faults;
  }
  arabicWords.forEach((ar, i) => {
    const last = i === arabicWords.length - 1;
    const w = words[i].toLowerCase();
    if (ar.endsWith('ة') && !ar.endsWith('اة')) {
      const construct = !last && !ar.startsWith('ال');
      if (/ah$/u.test(w)) scheme(`“${words[i]}”: IJMES writes ta marbuta -a (${w.slice(0, -1)}), not -ah`);
      else if (/at$/u.test(w) && !construct) scheme(`“${words[i]}”: ta marbuta is -at only in construct (iḍāfa); here -a`);
    }
    const of = arabicWords.length > 1 ? ` (in “${arabic}”)` : '';
    if (wordPattern(ar).test(w)) return;
    if (ar.startsWith('ال') && ar !== 'الله' && !w.startsWith('al-')) term(`“${words[i]}” leaves out the article of “${ar}”${of}: al-…`);
    else term(`“${words[i]}” does not transliterate “${ar}”${of}`);
  });
  return faults;
}

function advice(ch: string): string {
  if (/['’‘`]/u.test(ch)) return 'write ʿayn ʿ (U+02BF) or hamza ʾ (U+02BE)';
  if (ch === 'ʻ' || ch === 'ʼ') return 'that is ALA-LC’s mark; IJMES writes ʿ (U+02BF) and ʾ (U+02BE)';
  return 'IJMES uses a–z, ā ī ū, ḥ ṣ ḍ ṭ ẓ, ʿ and ʾ';
}

/**
 * Capitals follow the English headword: a title-cased headword (a name) has
 * every word of its transliteration capitalized, a capitalized one at least
 * one, a lower-case one none at the start; a word shared with the headword
 * (Majlis, Hujjat) has the same case in both; al- and particles stay lower
 * case, and God, Islam and month names are always capitalized.
 */
function capitalFaults(words: string[], english: string): TransliterationFault[] {
  const messages: string[] = [];
  const content = words.map(contentOf).filter((w) => !PARTICLES.has(w.toLowerCase()));
  const englishWords = english.split(/[\s-]+/u).filter(Boolean);
  const major = englishWords.filter((w) => !ENGLISH_MINOR.has(w.toLowerCase()));
  const titled = major.length > 0 && major.every(isCapital);
  for (const w of words) if (PARTICLES.has(w.toLowerCase()) && isCapital(w)) messages.push(`“${w}” is a particle: lower case`);
  const proper = content.filter((w) => ALWAYS_CAPITAL.has(plain(w)) && !isCapital(w));
  if (proper.length > 0) messages.push(`${quoted(proper)}: a proper noun, capitalized in any term`);
  const lower = content.filter((w) => !isCapital(w) && !proper.includes(w));
  if (titled) {
    if (lower.length > 0) messages.push(`${quoted(lower)}: the headword “${english}” is a proper noun, so every word of its transliteration is capitalized`);
  } else if (englishWords.some(isCapital)) {
    // Some capitals ("Friday sermon", "de-Baathification", "neo-Ottomanism"): the proper noun is capitalized, wherever it stands.
    if (!content.some(isCapital) && proper.length === 0) messages.push(`the headword “${english}” is capitalized (a proper noun): capitalize the transliteration's proper noun`);
  } else if (content.length > 0 && isCapital(content[0]) && !ALWAYS_CAPITAL.has(plain(content[0]))) {
    messages.push(`“${content[0]}”: the headword “${english}” is a common noun, so its transliteration starts in lower case`);
  }
  if (!titled) {
    for (const e of englishWords) {
      const same = content.find((w) => plain(w) === plain(e));
      if (same && isCapital(same) !== isCapital(e) && !ALWAYS_CAPITAL.has(plain(same))) messages.push(`“${same}” is written “${e}” in the headword: give both the same case`);
    }
  }
  return messages.map((message) => ({ kind: 'scheme', message }));
}

const quoted = (list: string[]): string => list.map((w) => `“${w}”`).join(', ');

/**
 * What an IJMES transliteration of one Arabic word may be, in lower case: the
 * consonants in order, long vowels where the word writes them, any short
 * vowel between letters, a letter doubled for an unwritten shadda.
 */
function wordPattern(word: string): RegExp {
  return new RegExp(`^${wordSource(word)}$`, 'u');
}

function wordSource(word: string): string {
  if (word === 'الله') return 'allāh';
  // و or ب joined to the article: IJMES writes wa-l-, bi-l- (al-walāʾ wa-l-barāʾ); read as one word too (والي is wālī).
  const joined = /^([وب])ال(.{2,})$/u.exec(word);
  if (joined) return `(?:${joined[1] === 'و' ? 'wa' : 'bi'}-l-${lettersSource(joined[2])}|${lettersSource(word)})`;
  if (word.startsWith('ال') && word.length > 2) return `al-${lettersSource(word.slice(2))}`;
  return lettersSource(word);
}

function lettersSource(rest: string): string {
  const letters = [...rest];
  const parts = letters.map((ch, i) => letterSource(ch, i === 0, letters[i - 1], i === letters.length - 1));
  return parts.join('[aiu]?');
}

function letterSource(ch: string, initial: boolean, previous: string | undefined, final: boolean): string {
  const doubled = (latin: string) => `(?:${latin}){1,2}`;
  if (CONSONANTS[ch]) return doubled(CONSONANTS[ch]);
  switch (ch) {
    case 'ا':
      return initial ? '[aiu]' : 'ā';
    case 'أ':
      return initial ? '[aiu]' : 'ʾ';
    case 'إ':
      return initial ? 'i' : 'ʾi';
    case 'آ':
      return initial ? 'ā' : 'ʾā';
    case 'ء':
    case 'ؤ':
    case 'ئ':
      return 'ʾ';
    case 'و':
      return '(?:ū|w{1,2})';
    case 'ي':
      return '(?:ī|y{1,2})';
    case 'ى':
      return 'ā';
    case 'ة':
      // After a long ā the t is heard (zakāt, ṣalāt); elsewhere -a, or -at in construct (-ah is reported as a scheme fault).
      return previous === 'ا' ? 't' : final ? '(?:a|at|ah)' : 't';
    default:
      // Not an Arabic letter (a digit, a Persian letter): nothing transliterates it.
      return '(?!)';
  }
}
