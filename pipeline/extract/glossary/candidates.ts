/**
 * Terms the termbase lacks, found the way papers introduce a foreign term:
 * - in italics: `*tawafuq*`;
 * - glossed in parentheses after it: `tawafuq (consensus politics)`;
 * - or in parentheses after its English gloss: `consensus politics (tawafuq)`.
 *
 * A glossed name of an organization (`Harakat al-Huquq (Rights Movement)`) is
 * not a term: when no entity mention covers it yet it is reported as
 * `glossary-entity-gloss` for the gazetteer instead. Text already inside a
 * `term` or `mention` node is never a candidate.
 */
import type { Emphasis, Root } from 'mdast';
import type { VFile } from 'vfile';
import { blockTexts, pieceAt, type BlockText } from '../block-text.js';
import { spanOf } from '../annotate.js';
import type { Span } from '../../model/paper.js';
import { foldLatin } from '../../text/fold.js';
import { isEnglishWord } from '../../text/english-words.js';

export interface Candidate {
  /** Readable id from the folded term (`tawafuq`, `hizb-al-dawa`). */
  id: string;
  text: string;
  /** The English gloss the paper gives, or '' when it gives none. */
  gloss: string;
  kind: 'term' | 'organization';
  span: Span;
}

/** Arabic article and connective particles of transliterations; they neither make nor break a foreign phrase. */
const PARTICLES = new Set(['al', 'el', 'ul', 'il', 'e', 'i', 'ye', 'wa', 'w', 'bin', 'ibn', 'bint', 'abu', 'ad', 'adh', 'an', 'ar', 'as', 'ash', 'at', 'ath', 'az', 'ud', 'ed']);
/** First words of transliterated organization names (movement, party, brigades, …). */
const ORG_HEADS = new Set([
  'harakat', 'haraka', 'hizb', 'kataib', 'katib', 'asaib', 'tayyar', 'majlis', 'saraya', 'jaysh', 'jaish', 'munazzamat', 'munazzama',
  'itilaf', 'tahaluf', 'jabhat', 'jabha', 'liwa', 'alwiya', 'firqat', 'jamaat', 'jamiyyat', 'kutlat', 'kutla', 'sipah', 'sepah', 'hayat', 'tanzim', 'quwat',
]);
/** Last words of English names of organizations. */
const ORG_NOUNS = new Set([
  'movement', 'party', 'brigade', 'brigades', 'organization', 'organisation', 'forces', 'force', 'front', 'alliance', 'coalition', 'council',
  'bloc', 'army', 'corps', 'association', 'union', 'league', 'assembly', 'committee', 'commission', 'current', 'trend', 'group', 'battalions',
  'companies', 'society', 'militia', 'federation', 'foundation', 'institute',
]);
/** Words that end an English gloss read backwards from a parenthesis. */
const GLOSS_STOP = new Set([
  'a', 'an', 'and', 'or', 'to', 'for', 'with', 'by', 'in', 'on', 'at', 'from', 'as', 'is', 'are', 'was', 'were', 'be', 'his', 'her', 'their',
  'its', 'this', 'that', 'these', 'those', 'which', 'who', 'whether', 'over', 'under', 'into', 'about', 'than', 'not', 'no',
]);

const WORD = /[\p{L}\p{M}'’ʼʻʿʾ]+(?:-[\p{L}\p{M}'’ʼʻʿʾ]+)*/gu;
const ARABIC = /\p{Script=Arabic}/u;
const TRANSLIT_MARK = /[ʿʾḥṣḍṭẓāīūḤṢḌṬẒĀĪŪ]/u;

interface Word {
  text: string;
  start: number;
  end: number;
}

const wordsOf = (text: string, offset = 0): Word[] =>
  [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length }));

/** Search form of a word: folded, possessive dropped. */
const plain = (w: string): string => foldLatin(w.replace(/['’]s$/u, '')).text;

function isParticle(part: string): boolean {
  return PARTICLES.has(plain(part));
}

/** A word of another language than English: Arabic script, transliteration marks, or not in the English word list. */
function isForeign(word: string): boolean {
  if (ARABIC.test(word)) return true;
  // The article joined to a word marks a transliteration even when the word is also English (al-masjid).
  if (/^(?:al|el|ul)-\p{L}{2}/iu.test(word)) return true;
  const parts = word.split('-').filter((p) => !isParticle(p));
  if (parts.length === 0) return false;
  return parts.some((p) => TRANSLIT_MARK.test(p) || (plain(p).length > 1 && !isEnglishWord(plain(p))));
}

const isEnglish = (word: string): boolean => !isForeign(word);
const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w.split('-').find((p) => !isParticle(p)) ?? w);
/** Every content word capitalised: the shape of a name ("Rights Movement", "Guardianship of the Jurist"). */
const titleCase = (words: Word[]): boolean => words.length > 0 && words.every((w) => capitalised(w.text) || GLOSS_STOP.has(plain(w.text)) || ['of', 'the'].includes(plain(w.text)));

export function candidateId(text: string): string {
  const folded = ARABIC.test(text) ? text.normalize('NFC').replace(/[\u064B-\u065F\u0670\u0640]/gu, '') : foldLatin(text).text;
  return folded.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
}

/** Does any piece of the block between `start` and `end` lie inside a node of one of these types? */
function inside(b: BlockText, start: number, end: number, types: string[]): boolean {
  return b.pieces.some((p) => p.from < end && p.from + p.slot.node.value.length > start && p.slot.ancestors.some((a) => types.includes(a)));
}

function spanIn(file: VFile, b: BlockText, start: number, end: number): Span | null {
  const piece = pieceAt(b, start);
  if (!piece) return null;
  const from = start - piece.from;
  const to = Math.min(end - piece.from, piece.slot.node.value.length);
  return spanOf(file, piece.slot, from, to);
}

/** Characters before a parenthesis searched for a foreign phrase or gloss (far more than six words). */
const WINDOW = 400;

/** Words ending right before `at`, read backwards while only spaces separate them and `takes` accepts them. */
function wordsBefore(b: BlockText, at: number, max: number, takes: (w: Word, previous: string, taken: Word[]) => boolean): Word[] {
  // Only a window before `at` is read (a few words at most are taken), so long paragraphs stay linear;
  // the window's first word may be cut, so it is dropped unless the window starts the block.
  const from = Math.max(0, at - WINDOW);
  const words = wordsOf(b.text.slice(from, at), from);
  if (from > 0) words.shift();
  const out: Word[] = [];
  let edge = at;
  for (let i = words.length - 1; i >= 0 && out.length < max; i--) {
    const w = words[i];
    if (!/^\s*$/u.test(b.text.slice(w.end, edge)) || !takes(w, i > 0 ? words[i - 1].text : '', out)) break;
    out.unshift(w);
    edge = w.start;
  }
  return out;
}

/** The foreign phrase ending right before `at` (a parenthesis): at most five words. */
function foreignBefore(b: BlockText, at: number): Word[] {
  const out = wordsBefore(b, at, 5, (w) => isForeign(w.text) || isParticle(w.text));
  while (out.length && isParticle(out[0].text)) out.shift();
  return out.some((w) => isForeign(w.text)) ? out : [];
}

/** The English phrase ending right before `at`, back to punctuation or a function word: at most six words. */
function glossBefore(b: BlockText, at: number): Word[] {
  const out = wordsBefore(b, at, 6, (w, previous, taken) => {
    const p = plain(w.text);
    // "of" and "the" inside a name ("Guardianship of the Jurist") do not end it.
    const inName = taken.length > 0 && capitalised(taken[taken.length - 1].text) && ((p === 'the' && plain(previous) === 'of') || (p === 'of' && capitalised(previous)));
    if ((GLOSS_STOP.has(p) || p === 'the' || p === 'of') && !inName) return false;
    // Capitalised words ("Friday preachers") may be names inside the gloss; a lower-case foreign word ends it.
    return !isForeign(w.text) || capitalised(w.text);
  });
  while (out.length && ['of', 'the'].includes(plain(out[0].text))) out.shift();
  return out;
}

/** Words that are all foreign or particles, at least one foreign. */
const foreignPhrase = (words: Word[]): boolean =>
  words.length > 0 && words.every((w) => isForeign(w.text) || isParticle(w.text)) && words.some((w) => isForeign(w.text));

/**
 * Parenthesised text that reads as an English gloss: starts with a letter, mostly English words, not too long.
 * The word list lacks proper adjectives (Islamic, European), so a capitalised word without transliteration
 * marks counts as English when the gloss also has a lower-case English word ("Islamic bonds"); a gloss of
 * capitalised words alone ("Mohamed Hamdan Dagalo") is a name, not an English gloss.
 */
function englishGloss(raw: string, words: Word[]): boolean {
  if (!/^\p{L}/u.test(raw.trim()) || words.length === 0 || words.length > 15) return false;
  const lowerEnglish = words.some((w) => !capitalised(w.text) && isEnglish(w.text) && !GLOSS_STOP.has(plain(w.text)) && !['of', 'the'].includes(plain(w.text)));
  const english = (w: Word): boolean => isEnglish(w.text) || (lowerEnglish && capitalised(w.text) && !TRANSLIT_MARK.test(w.text) && !ARABIC.test(w.text));
  return words.filter(english).length >= words.length * 0.7;
}

const joined = (b: BlockText, words: Word[]): string => (words.length ? b.text.slice(words[0].start, words[words.length - 1].end) : '');

function classify(foreign: string, foreignWords: Word[], glossWords: Word[]): Candidate['kind'] | null {
  const head = plain(foreignWords[0]?.text.split('-').find((p) => !isParticle(p)) ?? '');
  const lastGloss = plain(glossWords[glossWords.length - 1]?.text ?? '');
  if (ORG_HEADS.has(head) || (titleCase(glossWords) && ORG_NOUNS.has(lastGloss))) return 'organization';
  // An acronym (PMF, IRGC) abbreviates a name; it is not a borrowed term.
  if (/^\p{Lu}{2,6}s?$/u.test(foreign)) return null;
  // A capitalised name with a description, either way round ("Nouri al-Maliki (head of …)",
  // "the prime minister (Sudani)"), is a person or a place.
  if (!ARABIC.test(foreign) && capitalised(foreign) && glossWords.length > 0 && !titleCase(glossWords)) return null;
  return 'term';
}

/** Candidates of one paper, in document order, each reported once. */
export function findCandidates(tree: Root, file: VFile, lang: string): Candidate[] {
  if (lang !== 'en') return [];
  const found: Candidate[] = [];
  const seen = new Set<string>();
  const add = (b: BlockText, foreign: Word[], gloss: Word[]): void => {
    if (foreign.length === 0) return;
    const start = foreign[0].start;
    const end = foreign[foreign.length - 1].end;
    if (inside(b, start, end, ['term', 'mention', 'link', 'inlineCode'])) return;
    const text = b.text.slice(start, end);
    const kind = classify(text, foreign, gloss);
    const id = candidateId(text);
    if (!kind || !id || seen.has(id)) return;
    const span = spanIn(file, b, start, end);
    if (!span) return;
    seen.add(id);
    found.push({ id, text, gloss: joined(b, gloss), kind, span });
  };

  const blocks = blockTexts(tree, file, lang).filter((b) => !b.titleCase);
  for (const b of blocks) {
    for (const m of b.text.matchAll(/\(([^()\n]{1,160})\)/gu)) {
      const inner = wordsOf(m[1], m.index + 1);
      if (foreignPhrase(inner) && inner.length <= 5) add(b, inner, glossBefore(b, m.index));
      else if (englishGloss(m[1], inner)) add(b, foreignBefore(b, m.index), inner);
    }
    for (const piece of b.pieces) {
      const parentType = piece.slot.ancestors[piece.slot.ancestors.length - 1];
      if (parentType !== 'emphasis' || (piece.slot.parent as Emphasis).children.length !== 1) continue;
      const value = piece.slot.node.value;
      const words = wordsOf(value, piece.from);
      if (words.length === 0 || words.length > 4 || ARABIC.test(value)) continue;
      const end = words[words.length - 1].end;
      const after = b.text.slice(end).match(/^\s*\(([^()\n]{1,160})\)/u);
      const gloss = after ? wordsOf(after[1], end + after[0].indexOf('(') + 1) : [];
      const glossed = after !== null && englishGloss(after[1], gloss);
      // Italics mark a foreign word; an italic lower-case word glossed in parentheses is a
      // borrowed term even when English dictionaries list it (ijtihad, fatwa).
      if (foreignPhrase(words) || (glossed && /^\p{Ll}/u.test(value.trim()) && words.some((w) => !GLOSS_STOP.has(plain(w.text))))) add(b, words, glossed ? gloss : []);
    }
  }
  return found;
}
