/**
 * Names typed by the list they stand in: an unknown word listed with a place or
 * an organization ("from Mashhad, Kurram and Gilgit", "Eni and BP"). These run
 * on what the other rules found in a sentence, after them, so they live apart.
 */
import type { BlockText } from '../block-text.js';
import { gapAfter, joinable, type Token } from './tokens.js';
import { inHeadline } from './headlines.js';
import { CALENDAR, COMMON_ACRONYMS, ORG_HEADS, PLACE_HEADS, PROPER_ADJECTIVES } from './name-words.js';
import { type NameType, type Words, PLACE_BEFORE_STRICT, TITLE_WORDS, type Candidate, type PhraseContext, range } from './discover-words.js';
import { candidate } from './english-candidate.js';

/**
 * "from Mashhad, Kurram and Gilgit": an unknown word listed with a place is a
 * place, and one listed with an organization an organization ("the National
 * Oil Corporation (NOC) and Repsol", "a joint venture of Eni and the NOC");
 * an unknown word after a person and "of" is a place ("Sheikh Hassan
 * al-Saffar of Qatif").
 */
export function listedNames(b: BlockText, toks: Token[], found: Candidate[], knownType: (n: number) => NameType | undefined, dictionary: Words): void {
  // A known name, a phrase found here, or the acronym such a phrase was given ("… Company (CTC) and Voltaro").
  const typeAt = (n: number) =>
    knownType(n) ?? found.find((c) => c.type !== null && ((c.first <= n && n < c.last) || (toks[n] !== undefined && c.aliases.includes(b.text.slice(toks[n].start, toks[n].end)))))?.type ?? undefined;
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of found) {
      if (c.type !== null || c.last - c.first !== 1 || dictionary.has(toks[c.first].lower) || toks[c.first].possessive) continue;
      const before = b.text.slice(toks[c.first - 1]?.end ?? 0, c.start);
      const left = /^,\s*$/.test(before) ? c.first - 1 : toks[c.first - 1]?.lower === 'and' && /^\)?,?\s+$/u.test(b.text.slice(toks[c.first - 2]?.end ?? 0, toks[c.first - 1].start)) ? c.first - 2 : -1;
      const after = /^(,\s*|,?\s+and\s+)(the\s+)?\S/.exec(b.text.slice(c.end));
      const right = after ? c.last + (/and/.test(after[1]) ? 1 : 0) + (after[2] ? 1 : 0) : -1;
      const person = (n: number) => knownType(n) === 'person' || found.some((f) => f.type === 'person' && f.last - 1 === n);
      const ofPerson = toks[c.first - 1]?.lower === 'of' && c.first >= 2 && person(c.first - 2) && !/^\s*\p{Lu}/u.test(b.text.slice(c.end));
      const listed = [left, right].filter((n) => n >= 0).map(typeAt);
      // An organization's list is joined by "and": after a comma, a name may be its head's ("the Commission, Ursula …").
      const anded = [toks[c.first - 1]?.lower === 'and' ? typeAt(left) : undefined, after && /and/.test(after[1]) ? typeAt(right) : undefined];
      const type = listed.includes('place') || ofPerson ? 'place' : anded.includes('organization') ? 'organization' : null;
      if (type) {
        c.type = type;
        changed = true;
      }
    }
  }
}

/**
 * "TotalEnergies, Shell and Chevron", "Eni and BP": a capitalised word English has, or a two-letter acronym, standing
 * alone in a list with an organization (known or found in the sentence), is an organization too; a word English has
 * in a list of places after a place's preposition is a place ("near Bodo and Bonny").
 */
export function listedCompanies(x: PhraseContext, [first, end]: [number, number], found: Candidate[]): void {
  const { b, toks } = x;
  if (b.titleCase) return;
  const typeAt = (n: number) => x.knownType(n) ?? found.find((c) => c.first <= n && n < c.last)?.type ?? undefined;
  const alone = (n: number) =>
    toks[n].cap && !x.covered.has(n) && !toks[n].possessive && !found.some((c) => c.first <= n && n < c.last) && !inHeadline(b, toks[n].start) &&
    (toks[n].upper ? toks[n].end - toks[n].start === 2 && !COMMON_ACRONYMS.has(toks[n].lower) : x.dictionary.has(toks[n].lower)) &&
    !PROPER_ADJECTIVES.has(toks[n].lower) && !CALENDAR.has(toks[n].lower) && !TITLE_WORDS.has(toks[n].lower) && !ORG_HEADS.has(toks[n].lower) && !PLACE_HEADS.has(toks[n].lower) &&
    !(toks[n + 1]?.cap && joinable(gapAfter(b.text, toks[n], toks[n + 1]))) && !(n > first && toks[n - 1].cap && joinable(gapAfter(b.text, toks[n - 1], toks[n])));
  // The word listed before or after n: ", ", " and ", ", and ".
  const listed = (n: number): number[] => {
    const out: number[] = [];
    const gapBefore = n > first ? b.text.slice(toks[n - 1].end, toks[n].start) : '';
    if (/^,\s+$/u.test(gapBefore)) out.push(n - 1);
    if (toks[n - 1]?.lower === 'and' && n - 2 >= first && /^,?\s+$/u.test(b.text.slice(toks[n - 2].end, toks[n - 1].start))) out.push(n - 2);
    const after = /^(,\s+(?:and\s+)?|\s+and\s+)/u.exec(b.text.slice(toks[n].end, toks[n].end + 8));
    if (after && n + 1 < end) out.push(/and/.test(after[1]) ? n + 2 : n + 1);
    return out.filter((k) => k >= first && k < end);
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let n = first + 1; n < end; n++) {
      if (!alone(n)) continue;
      // A list has its "and" ("UN Security Council, Final report …" is none); a list of places follows a place's preposition ("near Bodo and Bonny").
      const anded = (k: number) => range(Math.min(n, k), Math.max(n, k) + 3).some((m) => toks[m]?.lower === 'and');
      const placeCue = (k: number) => PLACE_BEFORE_STRICT.test(b.text.slice(Math.max(x.sentence[0], toks[Math.min(n, k)].start - 40), toks[Math.min(n, k)].start));
      const with_ = listed(n).filter(anded);
      const type = with_.some((k) => typeAt(k) === 'organization') ? 'organization' : !toks[n].upper && with_.some((k) => typeAt(k) === 'place' && placeCue(k)) ? 'place' : null;
      if (!type) continue;
      const c = candidate(x, n, n + 1, false);
      c.type = type;
      found.push(c);
      changed = true;
    }
  }
}
