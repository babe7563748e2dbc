/**
 * The conventions of Arabic text in locales/ar, shared with the papers:
 * letters of the Arabic alphabet only (no Persian or Urdu letters, no
 * invisible joiners, no presentation forms), tanwīn fatḥ on the letter before
 * the alif (كثيرًا, not كثيراً), and each word's hamza written the same way
 * wherever it appears (الإسلام, never الاسلام beside it).
 */

/** Letters of Persian, Urdu, Kurdish and other alphabets that Arabic does not use, Persian digits, and presentation forms. */
const FOREIGN = /[\u0671-\u06D3\u06D5\u06EE-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFE]/gu;
/** Zero-width joiners, directional marks and other invisible format characters. */
const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
/** The Arabic letters of the Persian letters that have one. */
const ARABIC_FOR: Readonly<Record<string, string>> = {
  'ی': 'ي', 'ک': 'ك', 'ە': 'ه', 'ہ': 'ه', 'ھ': 'ه', 'ۀ': 'ة', 'پ': 'ب', 'چ': 'ج or تش', 'ژ': 'ج or ز', 'گ': 'ك, ج or غ',
};
const INVISIBLE_NAMES: Readonly<Record<string, string>> = {
  '\u200C': 'zero-width non-joiner', '\u200D': 'zero-width joiner', '\u200B': 'zero-width space', '\u200E': 'left-to-right mark',
  '\u200F': 'right-to-left mark', '\u061C': 'Arabic letter mark', '\uFEFF': 'byte-order mark', '\u00AD': 'soft hyphen',
};
const HARAKAT = /[\u064B-\u065F\u0670]/gu;
const ARABIC_WORD = /[\u0621-\u064A]+/gu;

const codePoint = (ch: string): string => `U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * What is not Arabic in an Arabic string: foreign letters, invisible
 * characters, decomposed text; in a name or term (`name`), Latin letters too.
 */
export function scriptFaults(text: string, name: boolean): string[] {
  const faults: string[] = [];
  for (const ch of new Set(text.match(FOREIGN) ?? [])) {
    const arabic = ARABIC_FOR[ch];
    faults.push(`“${ch}” (${codePoint(ch)}) is not a letter of the Arabic alphabet${arabic ? ` (Arabic writes ${arabic})` : ''}`);
  }
  for (const ch of new Set(text.match(INVISIBLE) ?? [])) faults.push(`an invisible ${INVISIBLE_NAMES[ch] ?? 'format character'} (${codePoint(ch)})`);
  if (text !== text.normalize('NFC')) faults.push('decomposed letters (a hamza or madda as a separate mark)');
  if (name && /\p{Script=Latin}/u.test(text)) faults.push('Latin letters in an Arabic name or term');
  return faults;
}

/** The words of a string that carry tanwīn fatḥ after their alif (اً). */
export function tanwinAfterAlif(text: string): string[] {
  return [...new Set(text.split(/\s+/u).filter((w) => /ا\u064B/u.test(w)))];
}

/** Hamza seats of an initial alif and the bare alif they are mistyped as. */
const ALIF_SEATS = new Set(['أ', 'إ', 'آ']);
const bare = (word: string): string => word.replace(/[أإآ]/gu, 'ا');
/** A word starting here may begin with hamzat al-waṣl, written bare: forms VII–X (انفعال، افتعال، استفعال) and اسم، ابن، اثنان، امرأة. */
const WASL = /^ا(?:ست|ن|ت|.[تطد]|سم|بن|ثن|مر)/u;
/** Where a word's own letters start: after the conjunctions and prepositions it carries, and the article. */
const START = /^(?:[وف]?[بلك]?(?:ال)?)/u;

/**
 * Whether `plain` is `hamzated` with the hamza of its initial alif left out
 * (الاسلام for الإسلام), and no other difference. Only the initial alif is
 * compared: inside a word a bare alif and a hamza make two words (سال, سأل),
 * and an initial bare alif that may be hamzat al-waṣl too (اتباع, أتباع).
 */
function lacksHamza(plain: string, hamzated: string): boolean {
  if (plain.length !== hamzated.length || plain === hamzated) return false;
  const at = [...plain].findIndex((ch, i) => ch !== hamzated[i]);
  if (plain.slice(at + 1) !== hamzated.slice(at + 1) || plain[at] !== 'ا' || !ALIF_SEATS.has(hamzated[at])) return false;
  const prefix = plain.slice(0, at);
  return START.exec(prefix)?.[0] === prefix && !WASL.test(plain.slice(at));
}

export interface HamzaFault<W> {
  where: W;
  written: string;
  expected: string;
}

/**
 * Words written without the hamza of their initial alif in one string and
 * with it in another: the spelling with the hamza is the convention. أ
 * against إ is not compared: أمام and إمام are two words.
 */
export function hamzaFaults<W>(texts: readonly { text: string; where: W }[]): HamzaFault<W>[] {
  // Spellings of each word by its hamza-less form; only forms spelled more than one way are compared.
  const spellings = new Map<string, Set<string>>();
  const keyOf = new Map<string, string>();
  const words = texts.map(({ text }) => text.replace(HARAKAT, '').match(ARABIC_WORD) ?? []);
  for (const list of words) {
    for (const w of list) {
      if (keyOf.has(w)) continue;
      const key = bare(w);
      keyOf.set(w, key);
      let set = spellings.get(key);
      if (!set) spellings.set(key, (set = new Set()));
      set.add(w);
    }
  }
  const faults: HamzaFault<W>[] = [];
  texts.forEach(({ where }, i) => {
    for (const w of new Set(words[i])) {
      const set = spellings.get(keyOf.get(w)!)!;
      const expected = set.size > 1 ? [...set].find((other) => lacksHamza(w, other)) : undefined;
      if (expected) faults.push({ where, written: w, expected });
    }
  });
  return faults;
}
