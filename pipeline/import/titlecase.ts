/**
 * Title case for titles printed in capitals (`RIFTS WITHIN IRAQI SHIITE
 * PARTIES` → `Rifts Within Iraqi Shiite Parties`). Articles, coordinating
 * conjunctions and prepositions of up to three letters stay lower case except
 * at the start (the style of the sample's own headings: `Reconciliation With
 * Sadr`). Acronyms stay in capitals: those the body writes in capitals
 * (`US`, `ISIS`), roman numerals, and a few that may not occur in the body.
 * Words the body writes in a mixed case keep that spelling (`al-Sadr`).
 */

const SMALL_WORDS = new Set(
  'a an the and but or nor for so yet as at by in of off on per to up via vs'.split(' '),
);
const KNOWN_ACRONYMS = new Set(
  'US USA UK UN EU UAE GCC NATO OPEC IAEA ISIS ISIL IRGC PMF PMU KDP PUK KRG MENA WMD IMF'.split(' '),
);
const MAX_ACRONYM = 6;
const ROMAN = /^(?=[IVXLC]{2,}$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/u;

export function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && /^\p{Script=Latin}+$/u.test(letters) && letters === letters.toUpperCase();
}

/** Spellings the body uses that title case must not change: acronyms and
 * mixed-case words, by their upper-case form. */
export function bodySpellings(body: string): Map<string, string> {
  const spellings = new Map<string, string>();
  // Lines set in capitals (headings) say nothing about how a word is spelled.
  const text = body.split('\n').filter((line) => !isAllCaps(line)).join('\n');
  for (const match of text.matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    const word = match[0];
    const rest = word.slice(1);
    const acronym = word.length >= 2 && word.length <= MAX_ACRONYM && word === word.toUpperCase() && /\p{Lu}/u.test(word);
    const mixed = rest !== rest.toLowerCase() && !acronym;
    if (acronym || mixed) spellings.set(word.toUpperCase(), word);
  }
  return spellings;
}

function capitalize(word: string): string {
  // Capitalize each part of a hyphenated compound, not the letter after an apostrophe.
  return word
    .toLowerCase()
    .replace(/(^|-)(\p{L})/gu, (_m, sep: string, letter: string) => sep + letter.toUpperCase());
}

export function titleCase(text: string, spellings: Map<string, string>): string {
  const words = text.split(/(\s+)/u);
  let first = true;
  return words
    .map((token) => {
      if (/^\s*$/u.test(token)) return token;
      const match = /^([^\p{L}]*)([\p{L}'’-]*)(.*)$/su.exec(token)!;
      const [, lead, word, trail] = match;
      // A token without letters (`1.`, `—`) leaves the start where it was.
      if (!word) return token;
      const atStart = first || /[:?!—–]$/u.test(lead);
      first = /[:?!]$/u.test(trail);
      const upper = word.toUpperCase();
      let cased: string;
      if (spellings.has(upper)) cased = spellings.get(upper)!;
      else if (KNOWN_ACRONYMS.has(upper) || ROMAN.test(upper)) cased = upper;
      else if (!atStart && SMALL_WORDS.has(word.toLowerCase())) cased = word.toLowerCase();
      else cased = capitalize(word);
      return lead + cased + trail;
    })
    .join('');
}
