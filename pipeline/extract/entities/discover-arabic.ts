/**
 * Discovery in Arabic, where no capital letter marks a name: people are found
 * after a title or role ("الشيخ", "رئيس الوزراء") or from a common first name or
 * kunya ("أبو"), followed by a family name; organizations from their head word
 * ("حركة", "كتائب", "تحالف") followed by a proper name. Word lists are folded
 * (pipeline/text/fold.ts) like the tokens.
 */
import { pieceAt } from '../block-text.js';
import { type ArabicPhrase, STOP, bare, type ArabicContext, type Sentence } from './arabic-words.js';
import { foreignWord, writesGivenName } from './arabic-word-shapes.js';
import { personAt, authorAt, roleForeignAt, titleBefore } from './arabic-people.js';
import { latinAt, lettersAt } from './arabic-acronyms.js';
import { tribeAt, organizationAt, tradeNameAt, stakeAt } from './arabic-organizations.js';
import { placeAt, featureAt, writtenPlaceAt, townAt } from './arabic-places.js';

type Rule = (x: Sentence, i: number) => ArabicPhrase | null;

/** Names in one sentence, whose tokens are `toks[first..end)`: the first rule that reads a name at a word wins. */
export function arabicPhrases(context: ArabicContext, [first, end]: [number, number]): ArabicPhrase[] {
  const { b, toks, covered } = context;
  const inSentence = (i: number) => i >= first && i < end;
  const pieces: (ReturnType<typeof pieceAt> | undefined)[] = [];
  const pieceOf = (n: number) => (pieces[n] ??= pieceAt(b, toks[n].start));
  const x: Sentence = {
    ...context,
    first,
    end,
    inSentence,
    people: new Set(),
    // A name lies within one text node: it crosses no table cell, emphasis or link.
    gapOk: (a, c) => /^[\s\u0640]*$/u.test(b.text.slice(toks[a].end, toks[c].start)) && pieceOf(a) === pieceOf(c),
    free: (i) => inSentence(i) && !covered.has(i) && !STOP.has(toks[i].key),
  };
  const rules: Rule[] = [latinAt, authorAt, tradeNameAt, stakeAt, personAt, roleForeignAt, tribeAt, organizationAt, lettersAt, placeAt, featureAt, townAt, writtenPlaceAt];
  const out: ArabicPhrase[] = [];
  for (let i = first; i < end; i++) {
    // A known surname alone may be the first name of someone the gazetteer lacks ("قاسم" before "جومارت توكاييف",
    // "ونجله صدام حفتر" after a title).
    // So may a known place that writes a given name, after a title ("رئيسة الوزراء جورجيا ميلوني").
    if (covered.has(i) && !((context.soft.has(i) || placeAsGivenName(x, i)) && (bare(toks[i]).some((f) => context.given.has(f)) || titleBefore(x, i)))) continue;
    for (const rule of rules) {
      const p = rule(x, i);
      if (!p) continue;
      out.push(p);
      if (p.type === 'place') x.places.add(p.last - 1);
      if (p.type === 'person') x.people.add(p.last - 1);
      i = p.last - 1;
      break;
    }
  }
  return out;
}

/** A one-word known place that writes a given name, before a foreign-looking word: "جورجيا ميلوني", not "جورجيا". */
function placeAsGivenName(x: Sentence, i: number): boolean {
  return x.places.has(i) && !x.covered.has(i - 1) && x.free(i + 1) && x.gapOk(i, i + 1) && foreignWord(x, i + 1, false) && writesGivenName(x, i);
}
