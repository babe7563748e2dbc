/**
 * Discovery in Arabic, where no capital letter marks a name: people are found
 * after a title or role ("الشيخ", "رئيس الوزراء") or from a common first name or
 * kunya ("أبو"), followed by a family name; organizations from their head word
 * ("حركة", "كتائب", "تحالف") followed by a proper name. Word lists are folded
 * (pipeline/text/fold.ts) like the tokens.
 */
import { type BlockText, pieceAt } from '../block-text.js';
import { sentenceTokens, type Token } from './tokens.js';
import type { Lexicon, Match } from './lexicon.js';
import type { ExtractResources } from '../resources.js';
import { type Candidate, range } from './discover-words.js';
import { type ArabicPhrase, STOP, bare, type ArabicContext, arabicNames, type Sentence } from './arabic-words.js';
import { foreignWord, writesGivenName } from './arabic-word-shapes.js';
import { personAt, authorAt, roleForeignAt, nameBeforeRoleAt, titleBefore } from './arabic-people.js';
import { latinAt, lettersAt } from './arabic-acronyms.js';
import { tribeAt, organizationAt, tradeNameAt, stakeAt, corporateAt, operationAt, shortFormAt, noteOutletAt, citedOutletAt, shortForm } from './arabic-organizations.js';
import { placeAt, featureAt, writtenPlaceAt, townAt, seaAt, cuedPlaceAt } from './arabic-places.js';

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
  const rules: Rule[] = [
    latinAt, authorAt, noteOutletAt, citedOutletAt, operationAt, shortFormAt, tradeNameAt, stakeAt, corporateAt, personAt, roleForeignAt, nameBeforeRoleAt, tribeAt, organizationAt, lettersAt,
    placeAt, featureAt, seaAt, townAt, writtenPlaceAt, cuedPlaceAt,
  ];
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

/** After an Arabic person's name: "المعروف بـ«…»", "الملقب باسم «…»", the nickname they go by. */
const NICKNAME = /^\s*،?\s*(?:المعروف|المعروفة|الملقب|الملقبة|الشهير|الشهيرة)\s+(?:ب[ـ\u0640]?|باسم)\s*[«"“]([^»"”\d]{2,30})[»"”]/u;

export function arabicCandidates(blocks: BlockText[], tokens: Token[][], matches: Match[][], lex: Lexicon, resources: ExtractResources): Candidate[] {
  const out: Candidate[] = [];
  const { given, towns } = arabicNames(resources.worldNames.arabic);
  blocks.forEach((b, bi) => {
    const covered = new Set(matches[bi].flatMap((m) => range(m.first, m.last)));
    const soft = new Set(matches[bi].filter((m) => m.last - m.first === 1 && m.candidates.every((c) => c.kind === 'short')).map((m) => m.first));
    const places = new Set(matches[bi].filter((m) => m.candidates.some((c) => lex.info.get(c.entity)?.type === 'place')).map((m) => m.last - 1));
    const orgs = new Set(matches[bi].filter((m) => m.candidates.some((c) => lex.info.get(c.entity)?.type === 'organization')).flatMap((m) => range(m.first, m.last)));
    const context = { b, toks: tokens[bi], covered, soft, places, orgs, sounds: resources.nameSounds, given, towns, cities: () => resources.places.cityKeys };
    const ranges = sentenceTokens(tokens[bi], b.sentences);
    b.sentences.forEach((sentence, si) => {
      for (const p of arabicPhrases(context, ranges[si])) {
        const end = tokens[bi][p.last - 1].end;
        // "الهيئة الحكومية للتنمية (إيغاد)", "… (DILF)": what the parentheses give is another name of it.
        // "محمد حمدان دقلو المعروف بـ«حميدتي»": a person's nickname in quotes is another name of them.
        const gloss = p.type === 'organization' ? shortForm(/^\s*\(([^()\d]{2,40})\)/u.exec(b.text.slice(end))?.[1].trim(), resources.nameSounds) : p.type === 'person' ? NICKNAME.exec(b.text.slice(end))?.[1].trim() : undefined;
        out.push({ block: bi, first: p.first, last: p.last, start: p.start, end, type: p.type, titled: p.titled, aliases: gloss ? [gloss] : [], sentence });
      }
    });
  });
  return cutAtSurnames(out, tokens);
}

/**
 * An organization's name runs on through words with the article, so the
 * object of a sentence can join it ("ودعمت كتلة إصلاح الرافدين الغرابي": the
 * bloc backed al-Ghurabi). A word that is a person's family name elsewhere
 * in the paper ends the organization's name before it.
 */
function cutAtSurnames(candidates: Candidate[], tokens: Token[][]): Candidate[] {
  const surnames = new Set(candidates.filter((c) => c.type === 'person' && c.last - c.first >= 2).map((c) => tokens[c.block][c.last - 1].key));
  for (const c of candidates) {
    if (c.type !== 'organization') continue;
    // The head and the word after it always stay: "حزب الدعوة" is a name even if someone is called الدعوة.
    const cut = range(c.first + 2, c.last).find((i) => surnames.has(tokens[c.block][i].key));
    if (cut === undefined) continue;
    c.last = cut;
    c.end = tokens[c.block][cut - 1].end;
  }
  return candidates;
}
