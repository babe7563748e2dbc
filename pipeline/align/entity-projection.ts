/**
 * Names the Arabic edition did not find on its own, found through the English
 * one: for each pair of aligned blocks, an English entity with no mention in
 * the Arabic block is looked for there by sound (a transliterated name has
 * the consonants of its English spelling, see entity-links.ts). A match
 * becomes a mention of the same entity, under the English id, so both
 * editions name it with one id. The common words of organization and place
 * names are matched by their translation (name-translation.ts), so a
 * translated name of two words or more is found when the Arabic says each of
 * its words in as many words ("Coastal Water Authority" / "هيئة المياه
 * الساحلية"); one that adds or drops a word is not.
 */
import type { PhrasingContent } from 'mdast';
import type { VFile } from 'vfile';
import type { AlignmentPair, Entity, Paper } from '../model/paper.js';
import { blockTexts, pieceAt, type BlockText } from '../extract/block-text.js';
import { spanOf, wrapRanges, type Wrap } from '../extract/annotate.js';
import { tokenize, type Token } from '../extract/entities/tokens.js';
import { isArabicStopWord, isArabicTitle } from '../extract/entities/arabic-words.js';
import { boundedMemo } from '../text/memo.js';
import { asciiDigits } from '../text/digits.js';
import { escapeRegExp } from '../text/regexp.js';
import { arabicSkeletons, arabicSounds, comparable, latinSkeletons, latinSounds, sameSound, transcription } from '../text/sound.js';
import { DEMONYM, inLexicon, knownName, namesWord, SHORT_WRITTEN, spellsLetter, translatesWord } from './name-translation.js';

export interface Word {
  /** The comparable sound of the word (a demonym's also without its ending), and a head word's lower-case English form. */
  sound: string;
  demonym?: string;
  head?: string;
  /** Starts with a vowel, which may write an ع ("Aliyev", علييف). */
  vowel?: boolean;
  /** The number that ends the name ("Task Force 153"), on its last word. */
  number?: string;
  /** Ends in i or y, as a nisba does (Maliki / المالكي), or in -iya, -iyah, -iyeh, which write its ية (Zawiya / الزاوية). */
  endsInI?: boolean;
  /** Two vowels in a row, where a transliteration often drops an ع ("Saadé" / سعادة, "Baalbek"). */
  hiatus?: boolean;
  /** Written in capitals: said as a word, it takes no article (ICWC is not الحق). */
  acronym?: boolean;
  /** An acronym's letters (lower case), which Arabic may spell out ("CGN" / سي جي إن). */
  letters?: string;
  /** A proper name word the datasets give an Arabic name for (name-translation.ts knownName), lower case. */
  known?: string;
  /** A later word of a name with "and" or a dash between its parts: Arabic may write it with و. */
  coordinated?: boolean;
  /**
   * A word of fewer than two consonants (folded), read by how Arabic letters transcribe it (sound.ts): a name word
   * ("Bumble Bee Foods", "Can Tho", "Tran Hong Ha") or a common word Arabic transliterates ("Dragon Oil" / دراغون أويل).
   */
  short?: string;
}
export interface Found {
  block: BlockText;
  start: number;
  end: number;
  entity: Entity;
  confidence: number;
}

/** The key of an English entity to look for again in an Arabic block (partial-names.ts). */
export const retryKey = (arBlock: string, entity: string): string => `${arBlock}\u0000${entity}`;

/** The words of Arabic block texts, by text. */
export type BlockTokens = (text: string) => Token[];

/**
 * Tokens of Arabic block texts, each text tokenized once: a block is in several pairs (its inner
 * blocks' pairs, each with each), and linking looks in the same blocks twice (partial-names.ts, then
 * the projection; unwrapping mentions leaves a block's text as it was). One per linking of two editions.
 */
export function blockTokens(): BlockTokens {
  const made = new Map<string, Token[]>();
  return (text) => {
    let tokens = made.get(text);
    if (!tokens) made.set(text, (tokens = tokenize(text, 'ar')));
    return tokens;
  };
}

/** `retry`: keys (retryKey) of an English entity to look for in an Arabic block even if the block names it. */
export function projectEntities(en: Paper, ar: Paper, arFile: VFile, pairs: AlignmentPair[], retry: ReadonlySet<string> = new Set(), tokensOf: BlockTokens = blockTokens()): void {
  const arBlocks = new Map(blockTexts(ar.body, arFile, 'ar').filter((b) => b.block).map((b) => [b.block!, b]));
  const inBlock = (paper: Paper) => {
    const out = new Map<string, Entity[]>();
    for (const e of paper.entities) {
      if (e.type === 'date') continue;
      for (const block of new Set(e.mentions.map((m) => m.block))) if (block) out.set(block, [...(out.get(block) ?? []), e]);
    }
    return out;
  };
  const enIn = inBlock(en);
  const arIn = inBlock(ar);
  const found: Found[] = [];
  for (const pair of pairs) {
    const block = arBlocks.get(pair.ar);
    if (!block) continue;
    const here = arIn.get(pair.ar) ?? [];
    const tokens = tokensOf(block.text);
    for (const e of enIn.get(pair.en) ?? []) {
      // As many mentions as the English block has ("Gazprom … Gazprom"), or the whole name a short one hid (partial-names.ts).
      const said = e.mentions.filter((m) => m.block === pair.en);
      const has = here.filter((a) => a.id === e.id || a.id === e.counterpart || a.counterpart === e.id).reduce((n, a) => n + a.mentions.filter((m) => m.block === pair.ar).length, 0);
      let wanted = retry.has(retryKey(pair.ar, e.id)) ? Math.max(1, said.length - has) : said.length - has;
      if (wanted <= 0) continue;
      // A Latin name the Arabic line quotes as the English says it (an article title, a name kept in Latin letters), longest first.
      for (const form of [...new Set(said.map((m) => m.text))].sort((a, b) => b.length - a.length)) {
        for (const hit of latinMatches(block, form)) {
          if (wanted <= 0) break;
          if (found.some((f) => f.block === block && hit.start < f.end && f.start < hit.end)) continue;
          found.push({ block, ...hit, entity: e, confidence: 1 });
          wanted--;
        }
      }
      // The forms this block pair uses: the full name, and a surname or head word said alone; then a name of two
      // words as the one word Arabic may write it ("New Delhi" / نيودلهي, "La Paz" / لاباز).
      const forms = new Set([e.name, ...said.map((m) => m.text)]);
      if (/^\p{L}+[\s-]+\p{L}+$/u.test(e.name)) forms.add(e.name.replace(/[\s-]+/gu, ''));
      for (const form of forms) {
        if (wanted <= 0) break;
        const words = nameWords(form);
        for (let from = 0, hit = soundMatch(block, tokens, words); wanted > 0 && hit; hit = soundMatch(block, tokens, words, false, from)) {
          from = hit.end;
          const at = hit;
          if (found.some((f) => f.block === block && at.start < f.end && f.start < at.end)) continue;
          found.push({ block, ...hit, entity: e, confidence: hit.confidence });
          wanted--;
        }
      }
    }
  }
  if (found.length) annotate(ar, arFile, found);
}

/**
 * Whether an English name sounds like words of an Arabic block that no mention of the given Arabic entity covers
 * (entity-links.ts: the only unexplained names of two aligned blocks are not one when the English is heard elsewhere).
 */
export function heardElsewhere(ar: Paper, arFile: VFile, tokensOf: BlockTokens): (e: Entity, arBlock: string, a: Entity) => boolean {
  let arBlocks: Map<string, BlockText> | undefined;
  return (e, arBlock, a) => {
    arBlocks ??= new Map(blockTexts(ar.body, arFile, 'ar').filter((b) => b.block).map((b) => [b.block!, b]));
    const block = arBlocks.get(arBlock);
    const words = nameWords(e.name);
    // A short form the English also uses, which the block may spell out too ("EPS" after the full name).
    if (!block || words.length === 0 || e.mentions.some((m) => m.text === a.name)) return false;
    const tokens = tokensOf(block.text);
    const said = a.mentions.filter((m) => m.block === arBlock).map((m) => m.text);
    for (let hit = soundMatch(block, tokens, words, true); hit; hit = soundMatch(block, tokens, words, true, hit.end)) {
      const text = block.text.slice(hit.start, hit.end);
      if (!said.some((m) => m.includes(text) || text.includes(m))) return true;
    }
    return false;
  };
}

/**
 * The words of an English name: transliterated words by sound, head words by their translation or their sound.
 * Made once per name (the same names are looked for in block after block); callers must not change the words.
 */
export const nameWords = boundedMemo(wordsOfName, 20_000);

function wordsOfName(form: string): Word[] {
  // Words as written: latinSkeletons reads their diacritics (Pančevo / بانتشيفو); the rest reads them folded.
  const written = form.split(/[^\p{L}'’]+/u).map((w) => w.replace(/^['’]+|['’]+$/gu, '')).filter((w) => /[A-Za-z]/.test(w.normalize('NFD')));
  // "Natural Resources and Environment", "Central Asia–China": a coordinated word Arabic writes with و (والبيئة).
  const coordinated = /\band\b|&|\p{L}\s*[–—]\s*\p{L}/u.test(form);
  const out: Word[] = [];
  for (const original of written) {
    // A possessive is said in a transliteration (latinSkeletons: Lloyd's / لويدز), not in a translation (People's / الشعب).
    const w = original.normalize('NFD').replace(/['’]s$/u, '').replace(/\p{M}|['’]/gu, '').toLowerCase();
    if (coordinated && w === 'and') continue;
    // A common word of names may be transliterated too, as it is said ("Human Rights Watch" / "هيومن رايتس ووتش").
    if (inLexicon(w)) {
      const sound = latinSkeletons(w.replace(/gh(?=t|$)/, '')).map(comparable)[0] ?? '';
      out.push({ sound, head: w, ...(sound.length < SHORT ? { short: w } : {}) });
    } else {
      // "Abdullah" is two words in Arabic (عبد الله): the second one is a word of the name too.
      const [sound, ...more] = latinSkeletons(original).map(comparable);
      // A capitalised word of one consonant or none that is no particle of names or English word of grammar.
      const acronym = original.length >= 2 && original === original.toUpperCase();
      if (!sound && /^\p{Lu}/u.test(original) && w.length >= 2 && !GRAMMAR.has(w)) out.push({ sound: '', short: w, ...(acronym ? { acronym } : {}) });
      const demonym = latinSkeletons(w.replace(DEMONYM, '')).map(comparable)[0];
      const hiatus = /aa|ae|ea/.test(w);
      const endsInI = /(?:[iy]|iyy?ah?|iyeh)$/.test(w);
      const known = knownName(w) ? { known: w } : {};
      if (sound) out.push({ sound, vowel: /^[aeiou]/.test(w), ...(demonym && demonym !== sound ? { demonym } : {}), ...(acronym ? { acronym, ...(/^[a-z]{2,5}$/.test(w) ? { letters: w } : {}) } : {}), ...(hiatus ? { hiatus } : {}), ...(endsInI ? { endsInI } : {}), ...known });
      if (sound && /^abd/.test(w)) out.push(...more.map((x) => ({ sound: x })));
    }
  }
  if (coordinated) for (const w of out.slice(1)) w.coordinated = true;
  const number = /(?<![\d.,])(\d+)\s*$/.exec(form)?.[1];
  if (number && out.length) out[out.length - 1].number = number;
  return out;
}

/** English words of grammar and particles of names, capitalised in a title or at a name's start, not name words. */
const GRAMMAR = new Set(['the', 'of', 'and', 'for', 'in', 'on', 'at', 'to', 'an', 'al', 'el', 'ul', 'la', 'le', 'de', 'du', 'da', 'di', 'abu', 'bin', 'ibn']);
/** The letters Arabic writes a foreign name's vowels with. */
const LONG_VOWELS = /[اأإآوىي]/gu;
const shortWritten = boundedMemo((pair: string) => {
  const [latin, arabic] = pair.split('\u0000');
  return transcription(arabicSounds(arabic), latinSounds(latin));
}, 20_000);

const CLITIC_INSIDE = /^ل$/u;
/** The endings of a nisba adjective (folded: الروسي، الروسيه، الروسيين). */
const NISBA = /ي(?:ه|ين|ون)?$/u;
/** A word that may be a middle name: Arabic letters, no article or conjunction before it. */
const MIDDLE = /^(?!ال|و)[\u0621-\u064a]{3,}$/u;
const notAName = (key: string): boolean => isArabicTitle(key) || isArabicStopWord(key);
/** Prepositions an Arabic name puts between the words of the English one (folded), and how many it may. */
const BETWEEN = new Set(['في', 'بين', 'من', 'ضد', 'علي', 'الي', 'عن']);
const MAX_BETWEEN = 2;
/** Fewer consonants than this, and a word is checked for consonants the name lacks. */
const SHORT = 3;
/** A name word of this many consonants or more may be written as two Arabic words (or three: entity-links.ts). */
export const COMPOUND = 4;

/** A form of an Arabic word (the word itself, or without a clitic) with its comparable sound. */
interface Form {
  start: number;
  key: string;
  /** The word as written (the key folds ئ and ؤ away). */
  raw: string;
  sound: string;
}

/**
 * The sounds of a block's Arabic words, made once per tokens array (a caller
 * tokenizes a block once and looks for every name of the other edition in it):
 * each word's forms, and each word joined with the next ("بردي محمدوف" for
 * "Berdimuhamedov"). Entries go with the tokens array.
 */
/** The comparable sound of an Arabic word (the first skeleton of its text). */
const arabicWordSound = boundedMemo((text: string) => comparable(arabicSkeletons(text)[0] ?? ''), 50_000);
/** … and of a word of one consonant, which a one-word name of one consonant and a glide sounds like (Zawiya / الزاوية). */
const oneConsonant = boundedMemo((text: string) => comparable(arabicSkeletons(text, false, 1)[0] ?? ''), 20_000);
const soundOf = (name: Word[], w: Word, f: Form): string => f.sound || (name.length === 1 && w.sound.replace(/[VY]/g, '').length === 1 ? oneConsonant(f.raw) : '');

const blockSounds = new WeakMap<Token[], { forms: (k: number) => Form[]; joined: (k: number) => string }>();

function soundsOf(block: BlockText, tokens: Token[]): { forms: (k: number) => Form[]; joined: (k: number) => string } {
  let found = blockSounds.get(tokens);
  if (found) return found;
  const forms: Form[][] = [];
  const joined: string[] = [];
  found = {
    forms: (k) => {
      if (forms[k]) return forms[k];
      const own = (tokens[k].bare ?? [{ key: tokens[k].key, start: tokens[k].start }]).map((f) => {
        const raw = block.text.slice(f.start, tokens[k].end);
        return { start: f.start, key: f.key, raw, sound: arabicWordSound(raw) };
      });
      // A word that starts with وال, فال or بال read whole too, not as a clitic and the article (والتر, Walter;
      // والفيس, Walvis; فالبارايسو, Valparaiso).
      const raw = block.text.slice(tokens[k].start, tokens[k].end);
      if (/^[وفب]ال./u.test(raw)) own.push({ start: tokens[k].start, key: tokens[k].key, raw, sound: comparable(arabicSkeletons(raw, true)[0] ?? '') });
      return (forms[k] = own);
    },
    joined: (k) => {
      if (joined[k] !== undefined) return joined[k];
      const [t, u] = [tokens[k], tokens[k + 1]];
      // The first word's final ه is a vowel there (قره قوم, Karakum).
      return (joined[k] = u && /^\s$/u.test(block.text.slice(t.end, u.start)) ? arabicWordSound(block.text.slice(t.start, t.end).replace(/(?<=..)ه$/u, '') + block.text.slice(u.start, u.end)) : '');
    },
  };
  blockSounds.set(tokens, found);
  return found;
}

/**
 * Arabic words of the block that sound like the name's words (any order: Arabic
 * puts the head first), not inside a mention or across markup. A word of two
 * consonants ("Jeddah", جدة) must not have a consonant the transliteration
 * does not show (ع in يعكس "reflects"), but for an ع at the start of a word
 * whose transliteration starts with a vowel ("Aliyev", علييف). With
 * overMentions, any window matches, mentions and markup included: the caller
 * checks what it covers (partial-names.ts). Windows start at `from` or after.
 */
export function soundMatch(block: BlockText, tokens: Token[], name: Word[], overMentions = false, from = 0): { start: number; end: number; confidence: number } | null {
  // A name of translated words alone is found only whole and of two words or more ("Coastal Water Authority", not "the Authority").
  if (name.length === 0 || (name.length < 2 && name.every((w) => w.head))) return null;
  // A short name of one word sounds like many words: one without the article first ("Quetta" is كويتا, not الخط).
  const short = name.length === 1 && name[0].sound.length < SHORT;
  return (short && windowMatch(block, tokens, name, overMentions, from, true)) || windowMatch(block, tokens, name, overMentions, from, false) || spelledOut(block, tokens, name, overMentions, from);
}

/** An acronym spelled out letter by letter in as many Arabic words ("CGN" / "سي جي إن"), in one text outside mentions. */
function spelledOut(block: BlockText, tokens: Token[], name: Word[], overMentions: boolean, from: number): { start: number; end: number; confidence: number } | null {
  const letters = name.length === 1 ? name[0].letters : undefined;
  if (!letters) return null;
  for (let i = 0; i + letters.length <= tokens.length; i++) {
    if (tokens[i].start < from || ![...letters].every((l, k) => spellsLetter(l, tokens[i + k].key))) continue;
    const [start, end] = [tokens[i].start, tokens[i + letters.length - 1].end];
    const piece = pieceAt(block, start);
    if (overMentions || (piece && end <= piece.from + piece.slot.node.value.length && !piece.slot.ancestors.includes('mention'))) return { start, end, confidence: 1 };
  }
  return null;
}

/**
 * Whether an Arabic form sounds like (or, for a translated word, translates) a word of the name;
 * `bare`: only forms without the article.
 */
function soundsAlike(name: Word[], bare: boolean, w: Word, f: Form): boolean {
  // A name the datasets give in Arabic ("Caspian" / قزوين, "China" / الصين), in a name of more words.
  if (w.known !== undefined && name.length > 1 && namesWord(w.known, f.key)) return true;
  // A short word, in a name with a word of more or of several short words ("Thai Union"): written letter for letter, no
  // particle and no article. Alone, a name ("Gao" / غاو, "Eni" / إيني) also spelled as foreign names are, its vowels
  // written as long ones (two letters or more of ا و ي), and no acronym.
  const alone = name.length === 1;
  const spelled = () => !alone || (!w.acronym && (f.raw.match(LONG_VOWELS) ?? []).length >= 2 && [...f.raw].length >= 3);
  const written = () => !f.key.startsWith('ال') && !isArabicStopWord(f.key) && spelled() && shortWritten(`${w.short}\u0000${f.raw}`) >= SHORT_WRITTEN;
  if (w.short !== undefined) return (w.head !== undefined && translatesWord(w.head, f.key)) || written();
  return (
    w.head
      ? translatesWord(w.head, f.key) || (w.sound.length >= SHORT && !f.key.startsWith('ال') && sameSound(w.sound, f.sound))
      : // A title is no word of a name, but where the English name says it after its first word (Sharm el-Sheikh /
        // شرم الشيخ, Souk al-Mushir / سوق المشير).
        (!isArabicTitle(f.key) || name.indexOf(w) > 0) &&
        // A name of one word of two consonants sounds like many Arabic words: not like a particle ("ENOC" is not نحو).
        !(name.length === 1 && w.sound.length < SHORT && isArabicStopWord(f.key)) &&
        !((bare || w.acronym) && f.key.startsWith('ال')) &&
        // Alone, a country is not its adjective ("Russia" is not الروسي); a surname in -i is (Maliki / المالكي).
        !(name.length === 1 && !w.endsInI && f.key.startsWith('ال') && NISBA.test(f.key)) &&
        (sameSound(w.sound, soundOf(name, w, f), name.length === 1) || (w.demonym !== undefined && name.length > 1 && f.key.startsWith('ال') && /ي(?:ه|ين|ون)?$/u.test(f.key) && sameSound(w.demonym, f.sound))) &&
        (w.sound.length >= SHORT || w.hiatus || !/[عءئؤ]/u.test(w.vowel ? f.raw.replace(/^(?:ال)?ع/u, '') : f.raw))
  );
}

function windowMatch(block: BlockText, tokens: Token[], name: Word[], overMentions: boolean, from: number, bare: boolean): { start: number; end: number; confidence: number } | null {
  const sounds = soundsOf(block, tokens);
  const alike = (w: Word, f: Form) => soundsAlike(name, bare, w, f);
  // The second word of a translation said in two ("خط أنابيب" for "Pipeline", "البنية التحتية" for "Infrastructure").
  // Written without a clitic: "وقناة" after "قناة قرشي" starts another name.
  // Also a word said with a name the datasets know, before it too ("لبحر قزوين" for "Caspian"), with the ل of "of".
  const beside = (w: Word, k: number) => w.known !== undefined && sounds.forms(k).some((f) => (f.start === tokens[k].start || CLITIC_INSIDE.test(block.text.slice(tokens[k].start, f.start))) && namesWord(w.known!, f.key, true));
  // A word whose و the tokens read as "and" starts another name ("الصيني وبنك التنمية"), unless it translates a word
  // whole ("وقف" of "وقف إطلاق النار", Ceasefire).
  const joinedByAnd = (forms: Form[], k: number) => block.text[tokens[k].start] === 'و' && forms.some((f) => f.start === tokens[k].start + 1);
  const moreOf = (said: Word[], k: number, left: Word[] = []) => said.some((w) => (w.head && translatesWord(w.head, tokens[k].key)) || beside(w, k)) || left.some((w) => beside(w, k));
  for (let i = 0; i + name.length <= tokens.length; i++) {
    if (tokens[i].start < from) continue;
    const left = [...name];
    const said: Word[] = [];
    let start = -1;
    let k = i;
    let last = i;
    let between = 0;
    let middle = false;
    while (left.length && k < tokens.length) {
      const forms = sounds.forms(k);
      // Past the first word, a word without a clitic or with the ل of "of, for" ("العابر لبحر قزوين"), and with و only
      // where the English coordinates it ("Natural Resources and Environment" / "الموارد الطبيعية والبيئة").
      const at = left.findIndex((w) => forms.some((f) => (k === i || (f.start === tokens[k].start && (!joinedByAnd(forms, k) || (w.head !== undefined && translatesWord(w.head, f.key)))) || CLITIC_INSIDE.test(block.text.slice(tokens[k].start, f.start)) || (w.coordinated && /^و/u.test(block.text.slice(tokens[k].start, f.start)))) && alike(w, f)));
      if (at >= 0) {
        // The name without و ف ب ل ك but with its article ("والأبيض" → "الأبيض", also where only the word with و was
        // read as one without the article); a ف or و the name's first sound may
        // write stays ("فنسنت" for "Vincent", whose v may also be silent; "وخش" for "Vakhsh").
        const w = left[at];
        const first = block.text[tokens[i].start];
        const whole = /^[fV]/.test(w.sound) && (first === 'ف' || (first === 'و' && w.sound.startsWith('V'))) && alike(w, forms[0]) && forms[0].start === tokens[i].start;
        if (k === i) start = whole ? tokens[i].start : Math.max(...forms.filter((f) => (alike(w, f) || (bare && /^[وف]ال/u.test(tokens[k].key) && f.key.startsWith('ال') && soundsAlike(name, false, w, f))) && (f.start === tokens[i].start || f.key.startsWith('ال') || !forms.some((g) => g.key.startsWith('ال')))).map((f) => f.start));
        said.push(...left.splice(at, 1));
        last = k++;
        continue;
      }
      const two = sounds.joined(k);
      const whole = two ? left.findIndex((w) => !w.head && w.sound.length >= COMPOUND && sameSound(w.sound, two)) : -1;
      if (whole >= 0) {
        if (k === i) start = tokens[i].start;
        said.push(...left.splice(whole, 1));
        last = k + 1;
        k += 2;
        continue;
      }
      if (k === i) break;
      if (moreOf(said, k, left)) {
        last = k++;
        continue;
      }
      // A preposition the Arabic puts between the name's words ("هيئة توليد الكهرباء في تايلاند").
      if (between < MAX_BETWEEN && BETWEEN.has(tokens[k].key)) {
        between++;
        k++;
        continue;
      }
      // A middle name the Arabic gives and the English leaves out ("مني أركو مناوي" for "Minni Minawi"): one word
      // between two transliterated words of a name, itself no common word.
      if (!middle && name.every((w) => !w.head) && said.length > 0 && MIDDLE.test(tokens[k].key) && !notAName(tokens[k].key)) {
        middle = true;
        k++;
        continue;
      }
      break;
    }
    if (left.length) continue;
    while (k === last + 1 && k < tokens.length && moreOf(said, k)) last = k++;
    let end = tokens[last].end;
    // A number that ends the English name ends the Arabic one ("Combined Task Force 153" / "قوة المهام المشتركة 153").
    const number = name.find((w) => w.number)?.number;
    const digits = number ? /^ +([0-9\u0660-\u0669]+)(?![0-9\u0660-\u0669])/u.exec(block.text.slice(end)) : null;
    if (digits && asciiDigits(digits[1]) === number) end += digits[0].length;
    if (overMentions) return { start, end, confidence: 1 };
    const piece = pieceAt(block, start);
    if (!piece || end > piece.from + piece.slot.node.value.length || piece.slot.ancestors.includes('mention')) continue;
    return { start, end, confidence: 1 };
  }
  return null;
}

const LATIN = /[A-Za-z]/;
const latinPattern = boundedMemo((form: string) => new RegExp(`(?<![\\p{L}\\p{N}])${form.trim().split(/\s+/u).map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'gu'), 5_000);

/**
 * Where an Arabic block writes an English name letter for letter (a Latin title in a note, a company kept in Latin
 * letters), as whole words. With overMentions, any occurrence; else only one inside a single text outside mentions.
 */
export function latinMatches(block: BlockText, form: string, overMentions = false): { start: number; end: number }[] {
  // The name's first word written as such first: a plain search, cheaper than the pattern over a long Arabic text.
  if (!LATIN.test(form) || !block.text.includes(form.trim().split(/\s+/u)[0])) return [];
  const out: { start: number; end: number }[] = [];
  for (const m of block.text.matchAll(latinPattern(form))) {
    const [start, end] = [m.index, m.index + m[0].length];
    const piece = pieceAt(block, start);
    if (!overMentions && (!piece || end > piece.from + piece.slot.node.value.length || piece.slot.ancestors.includes('mention'))) continue;
    out.push({ start, end });
  }
  return out;
}

/** The next mention anchor of an entity no mention of it has (unwrapped mentions leave gaps in the numbering). */
function freeAnchor(entity: Entity): string {
  const used = new Set(entity.mentions.map((m) => m.anchor));
  let n = entity.mentions.length + 1;
  while (used.has(`m-${entity.id}-${n}`)) n++;
  return `m-${entity.id}-${n}`;
}

/**
 * Wrap the matches in mention nodes of the other edition's entity id, adding the entities this edition lacked
 * (`paper`: the Arabic edition, or the English one for names found through the Arabic: reverse-projection.ts).
 */
export function annotate(paper: Paper, file: VFile, found: Found[]): void {
  const lang = paper.meta.lang === 'en' ? 'en' : 'ar';
  const byId = new Map(paper.entities.map((e) => [e.id, e]));
  // An entity's Arabic name is its first name in Arabic letters, not a Latin title of a note that quotes it.
  const arabicName = new Map<string, string>();
  for (const f of found) {
    const text = f.block.text.slice(f.start, f.end);
    if (!arabicName.has(f.entity.id) && (lang === 'en' || !LATIN.test(text))) arabicName.set(f.entity.id, text);
  }
  const wraps: Wrap[] = [];
  for (const f of found.sort((a, b) => a.start - b.start)) {
    const piece = pieceAt(f.block, f.start)!;
    let entity = byId.get(f.entity.id);
    if (!entity) {
      const name = arabicName.get(f.entity.id) ?? f.block.text.slice(f.start, f.end);
      entity = { id: f.entity.id, type: f.entity.type, name, names: { ...f.entity.names, [lang]: name }, source: 'discovered', counterpart: f.entity.id, linkConfidence: f.confidence, mentions: [] };
      if (f.entity.description) entity.description = f.entity.description;
      byId.set(entity.id, entity);
      paper.entities.push(entity);
      f.entity.counterpart = entity.id;
      f.entity.names[lang] ??= name;
    }
    const anchor = freeAnchor(entity);
    const span = spanOf(file, piece.slot, f.start - piece.from, f.end - piece.from, anchor);
    if (!span) continue;
    entity.mentions.push(span);
    const id = entity.id;
    wraps.push({ slot: piece.slot, start: f.start - piece.from, end: f.end - piece.from, make: (children: PhrasingContent[]) => ({ type: 'mention', entity: id, id: anchor, children }) });
  }
  wrapRanges(wraps, file);
  for (const e of paper.entities) e.mentions.sort((a, b) => a.start - b.start);
  paper.entities.sort((a, b) => (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0));
}
