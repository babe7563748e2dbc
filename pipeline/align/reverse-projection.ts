/**
 * Names the English edition did not find on its own, found through the Arabic
 * one: an Arabic discovered entity that linking left without a counterpart is
 * looked for in the aligned English blocks, as capitalised words outside any
 * mention whose consonants are those of its Arabic spelling, word for word and
 * in order ("Anura Kumara Dissanayake" / أنورا كومارا ديساناياكا, "Chevron" /
 * شيفرون). A match becomes an English entity of the Arabic one's type, with an
 * id of its English name, which the Arabic entity then takes: both editions
 * name it with one id. Names of fewer than four consonants sound like too many
 * English words and are not looked for.
 */
import { slug } from 'github-slugger';
import type { VFile } from 'vfile';
import type { AlignmentPair, Entity, Paper } from '../model/paper.js';
import { blockOffsetOfSource, blockTexts, type BlockText } from '../extract/block-text.js';
import { arabicSkeletons, comparable, latinSkeletons, sameSound } from '../text/sound.js';
import { annotate, latinMatches, type Found } from './entity-projection.js';
import { renameEntity } from './entity-links.js';
import { unwrapMentions } from './partial-names.js';

/** Consonants a name must have, all words together, to be looked for by sound alone. */
const MIN_CONSONANTS = 4;
/** A capitalised English word (with an inner hyphen or apostrophe), or a particle of names between two of them. */
const NAME_WORD = /\p{Lu}[\p{L}\p{M}'’]*(?:-\p{L}[\p{L}\p{M}'’]*)*/gu;
const PARTICLE = /^(?:al|el|ul|bin|ibn|de|da|del|di|du|van|von|der|la|le)$/u;

/** A capitalised word of a run: where it is, and its comparable skeletons (latinSkeletons), one-consonant ones left out. */
interface RunWord {
  start: number;
  end: number;
  sounds: string[];
  /** A name word, not one the skeletons leave out ("The", "Al"). */
  named: boolean;
}

/** The runs of capitalised words of English blocks, each block read once per linking of two editions. */
type Runs = (block: BlockText) => RunWord[][];

function runs(): Runs {
  const made = new Map<BlockText, RunWord[][]>();
  return (block) => {
    let out = made.get(block);
    if (!out) made.set(block, (out = runsOf(block.text)));
    return out;
  };
}

/** Runs of capitalised words of an English block, joined by a space, a hyphen or a particle of names. */
function runsOf(text: string): RunWord[][] {
  const out: RunWord[][] = [];
  let last = -1;
  for (const m of text.matchAll(NAME_WORD)) {
    const gap = last >= 0 ? text.slice(last, m.index) : '';
    const joined = last >= 0 && (/^[\s-]$/u.test(gap) || (/^\s\S+\s$/u.test(gap) && PARTICLE.test(gap.trim().toLowerCase())) || /^\s(?:al|el)-$/iu.test(gap));
    // A word of one consonant once doubled letters count once ("Abdelatty" / عبد العاطي) is left out, as on the Arabic side.
    const skeletons = latinSkeletons(m[0]);
    const word = { start: m.index, end: m.index + m[0].length, sounds: skeletons.map(comparable).filter((x) => x.length >= 2), named: skeletons.length > 0 };
    if (joined) out[out.length - 1].push(word);
    else out.push([word]);
    last = word.end;
  }
  return out;
}

/** Whether the skeletons of Latin words are those of an Arabic name, word for word and in order. */
function soundsAs(a: string[], b: string[]): boolean {
  return a.length > 0 && a.length === b.length && a.join('').length >= MIN_CONSONANTS && a.every((s, k) => sameSound(s, b[k], a.length === 1));
}

/**
 * The anchors of the mentions a window of an English block covers, or null where it cannot be a name: it is not
 * in one text, or it covers a mention that is not wholly inside it or not one of `soft` (entity ids the window may
 * take over).
 */
function covered(block: BlockText, start: number, end: number, soft: ReadonlySet<string>): string[] | null {
  const anchors: string[] = [];
  const pieces = block.pieces.filter((p) => p.from < end && start < p.from + p.slot.node.value.length);
  for (const p of pieces) {
    const mention = p.slot.ancestors.at(-1) === 'mention' ? (p.slot.parent as unknown as { entity: string; id: string }) : undefined;
    if (!mention && p.slot.ancestors.includes('mention')) return null;
    if (!mention) continue;
    if (p.from < start || p.from + p.slot.node.value.length > end || !soft.has(mention.entity)) return null;
    anchors.push(mention.id);
  }
  const outer = new Set(pieces.map((p) => (p.slot.ancestors.at(-1) === 'mention' ? p.slot.ancestors.slice(0, -1) : p.slot.ancestors).join('/')));
  return pieces.length && outer.size === 1 ? anchors : null;
}

interface Window {
  start: number;
  end: number;
  /** Mentions of English entities the window covers (covered()). */
  anchors: string[];
}

/** Where an English block says an Arabic name: windows of capitalised words, each covering only `soft` mentions. */
function windowsSaying(block: BlockText, runsIn: Runs, arabic: string, soft: ReadonlySet<string>): Window[] {
  const out: Window[] = [];
  const b = arabicSkeletons(arabic).map(comparable).filter((x) => x.length >= 2);
  for (const words of runsIn(block)) {
    for (let i = 0; i < words.length; i++) {
      // A window starts and ends on a name word, not on a word the skeletons leave out ("The", "Al").
      if (!words[i].named) continue;
      const a: string[] = [];
      for (let j = i; j < words.length; j++) {
        a.push(...words[j].sounds);
        if (a.length > b.length) break;
        if (!words[j].named || !soundsAs(a, b)) continue;
        const anchors = covered(block, words[i].start, words[j].end, soft);
        if (!anchors) break;
        out.push({ start: words[i].start, end: words[j].end, anchors });
        i = j;
        break;
      }
    }
  }
  return out;
}

/**
 * English entities an Arabic one's name takes over where a window saying it covers their mentions: a discovered
 * English name left without a counterpart, cut short or typed otherwise ("Dissanayake", read as an organization, in
 * "Anura Kumara Dissanayake" / أنورا كومارا ديساناياكا).
 */
function takenOver(en: Paper, enBlocks: Map<string, BlockText>, runsIn: Runs, ar: Paper, pairs: AlignmentPair[]): { taken: Map<string, Entity>; anchors: Set<string> } {
  const soft = new Set(en.entities.filter((e) => !e.counterpart && e.type !== 'date').map((e) => e.id));
  const byAnchor = new Map(en.entities.flatMap((e) => e.mentions.map((m) => [m.anchor, e] as const)));
  const taken = new Map<string, Entity>();
  const anchors = new Set<string>();
  for (const a of open(ar)) {
    for (const m of a.mentions) {
      for (const pair of pairs.filter((p) => p.ar === m.block)) {
        const block = enBlocks.get(pair.en);
        for (const anchor of (block ? windowsSaying(block, runsIn, m.text, soft) : []).flatMap((w) => w.anchors)) {
          const e = byAnchor.get(anchor)!;
          anchors.add(anchor);
          // A gazetteer entity keeps its mentions elsewhere ("Badr", the Iraqi organization, in "Badr Abdelatty").
          if (e.source === 'discovered' && !taken.has(e.id)) taken.set(e.id, a);
        }
      }
    }
  }
  for (const e of en.entities) if (taken.has(e.id)) for (const m of e.mentions) anchors.add(m.anchor!);
  return { taken, anchors };
}

/** Arabic discovered entities linking left without a counterpart. */
const open = (ar: Paper): Entity[] => ar.entities.filter((a) => a.source === 'discovered' && a.type !== 'date' && !a.counterpart);

export function projectArabicEntities(en: Paper, enFile: VFile, ar: Paper, pairs: AlignmentPair[]): void {
  let enBlocks = blocksOf(en, enFile);
  const runsIn = runs();
  const { taken, anchors } = takenOver(en, enBlocks, runsIn, ar, pairs);
  // The English mentions taken over, by block and offset there, to be the Arabic entity's mentions once unwrapped.
  const former = [...taken].flatMap(([id, a]) => en.entities.find((e) => e.id === id)!.mentions.map((m) => ({ m, a })));
  const places = former.map(({ m, a }) => ({ block: m.block!, start: blockOffsetOfSource(enBlocks.get(m.block!)!, m.start), text: m.text, a }));
  if (anchors.size) {
    unwrapMentions(ar, en, anchors);
    enBlocks = blocksOf(en, enFile);
  }
  const enIds = new Set(en.entities.map((e) => e.id));
  const found: Found[] = [];
  const free = (block: BlockText, s: number, e: number) => !found.some((f) => f.block === block && f.start < e && s < f.end);
  for (const a of open(ar)) {
    const hits: Found[] = [];
    for (const m of a.mentions) {
      for (const pair of pairs.filter((p) => p.ar === m.block)) {
        const block = enBlocks.get(pair.en);
        const at = block ? windowsSaying(block, runsIn, m.text, new Set()).find((w) => free(block, w.start, w.end) && !hits.some((h) => h.block === block && h.start < w.end && w.start < h.end)) : undefined;
        if (block && at) hits.push({ block, start: at.start, end: at.end, entity: a, confidence: 1 });
      }
    }
    // The rest of the English mentions it took over (a surname said alone in a block the Arabic does not name it in).
    for (const p of places.filter((x) => x.a === a && x.start !== null)) {
      const block = enBlocks.get(p.block);
      if (block && hits.length && block.text.startsWith(p.text, p.start!) && free(block, p.start!, p.start! + p.text.length) && !hits.some((h) => h.block === block && h.start < p.start! + p.text.length && p.start! < h.end)) hits.push({ block, start: p.start!, end: p.start! + p.text.length, entity: a, confidence: 1 });
    }
    if (!hits.length) continue;
    let id = slug(hits[0].block.text.slice(hits[0].start, hits[0].end));
    if (!id || enIds.has(id)) id = `${id}-${a.type}`;
    if (enIds.has(id)) continue;
    enIds.add(id);
    renameEntity(ar, a, id);
    a.linkConfidence = 1;
    found.push(...hits);
  }
  const known = knownInEnglish(en, enBlocks, ar, pairs, found);
  if (found.length + known.length) annotate(en, enFile, [...found, ...known]);
  // Found by its gazetteer name, it is the gazetteer's entity.
  for (const e of en.entities) {
    const a = known.find((f) => f.entity.id === e.id)?.entity;
    if (!a) continue;
    e.source = 'gazetteer';
    if (a.wikidata) e.wikidata = a.wikidata;
  }
}

/**
 * Arabic gazetteer entities the English edition did not find (a city the world dataset names in Arabic only): the
 * English name said letter for letter in the aligned English blocks, outside mentions and the names found before
 * ("Manila" / مانيلا).
 */
function knownInEnglish(en: Paper, enBlocks: Map<string, BlockText>, ar: Paper, pairs: AlignmentPair[], before: Found[]): Found[] {
  const enIds = new Set(en.entities.map((e) => e.id));
  const found: Found[] = [];
  for (const a of ar.entities) {
    const name = a.names.en;
    if (a.source !== 'gazetteer' || a.type === 'date' || !name || enIds.has(a.id)) continue;
    const blocks = new Set(a.mentions.flatMap((m) => pairs.filter((p) => p.ar === m.block).map((p) => enBlocks.get(p.en))));
    for (const block of blocks) {
      for (const hit of block ? latinMatches(block, name) : []) {
        if (![...before, ...found].some((f) => f.block === block && f.start < hit.end && hit.start < f.end)) found.push({ block: block!, ...hit, entity: a, confidence: 1 });
      }
    }
  }
  return found;
}

const blocksOf = (paper: Paper, file: VFile): Map<string, BlockText> => new Map(blockTexts(paper.body, file, paper.meta.lang).filter((b) => b.block).map((b) => [b.block!, b]));
