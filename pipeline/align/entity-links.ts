/**
 * Linking the entities of the two editions. A gazetteer entity has one id in
 * both languages; an entity the gazetteer lacks gets its id from its name in
 * each language, so "Hamid al-Ghurabi" and "حامد الغرابي" start with two ids.
 * The alignment pairs them: two entities of the same type named in a pair of
 * aligned blocks are the same one when their names sound alike (the
 * consonants of a transliteration against those of the Arabic spelling), or
 * when each is the only entity of its type left unexplained in that pair of
 * blocks. Every linked entity records the other edition's id (`counterpart`)
 * with a confidence, and takes the other edition's name into `names`, so the
 * index of names and the JSON-LD of each edition carry the name in both
 * languages. When two discovered entities choose each other, the Arabic one
 * takes the English id (in the model and on its mention nodes), so the two
 * editions share one id as gazetteer entities do.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { AlignmentPair, Entity, Paper } from '../model/paper.js';
import { arabicSkeletons, comparable, latinSkeletons, sameSound } from '../text/sound.js';
import { wordsTranslated } from './name-translation.js';
import { COMPOUND } from './entity-projection.js';
import { resourcesOf } from '../extract/resources.js';
import { ORG_HEADS, PLACE_HEADS, PLACE_WORDS } from '../extract/entities/name-words.js';

/** Name words of the shorter name that sound like a word of the other: how many, and what share. */
function wordsAlike(latin: string, arabic: string): { words: number; share: number } {
  const read = alikeAs(latin, arabic, false);
  // A name that starts with وال, فال or بال as written (والفيس, Walvis; فالبارايسو, Valparaiso), not a clitic and the article.
  return read.share < 1 && /(?:^|\s)[وفب]ال/u.test(arabic) ? [read, alikeAs(latin, arabic, true)].reduce((x, y) => (y.share > x.share ? y : x)) : read;
}

function alikeAs(latin: string, arabic: string, asWritten: boolean): { words: number; share: number } {
  const a = latinSkeletons(latin).map(comparable);
  const b = arabicSkeletons(arabic, asWritten).map(comparable);
  if (a.length === 0 || b.length === 0) return { words: 0, share: 0 };
  // Two English words Arabic writes as one ("Port Sudan" / بورتسودان, "La Paz" / لاباز, the article included), and one
  // English word Arabic writes as two or three ("ExxonMobil" / إكسون موبيل, "QazaqGaz" / قزاق غاز).
  if (b.length === 1 && /\s/.test(latin.trim()) && [a.join(''), ...latinSkeletons(latin.replace(/[\s-]+/g, '')).map(comparable)].some((x) => a.length <= 3 && sameSound(comparable(x), b[0]))) return { words: 1, share: 1 };
  // (A final ه of a word but the last is a vowel there: قره قوم, Karakum.)
  if (a.length === 1 && b.length >= 2 && b.length <= 3 && a[0].length >= COMPOUND && sameSound(a[0], comparable(b.map((x, k) => (k < b.length - 1 ? x.replace(/(?<=..)h$/, '') : x)).join('')))) return { words: 1, share: 1 };
  const latinShort = a.length <= b.length;
  // One Latin word Arabic writes as two ("Nurlanbek" / نورلان بيك): the joined pairs are words of the longer name too.
  const joined = latinShort ? [...b, ...b.slice(1).map((s, k) => comparable(b[k] + s))] : b;
  const [short, long] = latinShort ? [a, joined] : [b, a];
  const words = short.filter((s) => long.some((l) => (latinShort ? sameSound(s, l) : sameSound(l, s)))).length;
  return { words, share: words / short.length };
}

/**
 * How alike two names are: by sound, and for an organization or a place also word for word, translated
 * (name-translation.ts), where all the words of a name of one or two words, or two words or more of a longer one,
 * must be said ("Suez Canal Authority" / "هيئة قناة السويس"; not "African Union" / "الاتحاد الأوروبي").
 */
function namesAlike(e: Entity, a: Entity): { words: number; share: number } {
  const sound = wordsAlike(e.name, a.name);
  if (e.type === 'person') return sound;
  const said = wordsTranslated(e.name, a.name);
  return (said.words >= 2 || said.share === 1) && said.share > sound.share ? said : sound;
}

/**
 * An Arabic name discovery gave another type than the English edition's: it may be the same entity when every word
 * of both names is said in the other (sound or translation), at least two of them, or one of four consonants or
 * more ("Orion Oil" / أوريون أويل, taken for a person). The English type holds.
 */
function retypable(e: Entity, a: Entity): boolean {
  if (a.source !== 'discovered' || e.type === 'date' || a.type === 'date') return false;
  const alike = namesAlike(e, a);
  const words = Math.max(latinSkeletons(e.name).length, arabicSkeletons(a.name).length);
  return alike.share === 1 && alike.words === words && (words >= 2 || comparable(latinSkeletons(e.name)[0] ?? '').length >= 4);
}

/** Share of the name words of the shorter name that sound like a word of the other. */
export const soundAlike = (latin: string, arabic: string): number => wordsAlike(latin, arabic).share;

interface Evidence {
  /** Aligned pairs of blocks naming both. */
  together: number;
  /** Pairs where they were the only unexplained entities of their type. */
  alone: number;
  sound: { words: number; share: number };
  sameType: boolean;
}

/** Names that sound alike: at least half the words of the shorter one. */
const SOUND_ALIKE = 0.5;

/**
 * Whether an English name is heard (by sound) in an Arabic block elsewhere than in the mentions of an Arabic entity:
 * then that entity is not it, even when each is the only one of its type left in the pair of blocks.
 */
export type HeardElsewhere = (e: Entity, arBlock: string, a: Entity) => boolean;

export function linkEntities(en: Paper, ar: Paper, pairs: AlignmentPair[], heardElsewhere: HeardElsewhere = () => false): void {
  const arIds = new Set(ar.entities.map((e) => e.id));
  const enIds = new Set(en.entities.map((e) => e.id));
  for (const e of en.entities) if (arIds.has(e.id)) e.counterpart = e.id;
  for (const a of ar.entities) if (enIds.has(a.id)) a.counterpart = a.id;

  // Entities with no namesake in the other edition, by block.
  const open = (paper: Paper, other: Set<string>) => {
    const byBlock = new Map<string, Entity[]>();
    for (const entity of paper.entities) {
      if (entity.type === 'date' || other.has(entity.id)) continue;
      for (const block of new Set(entity.mentions.map((m) => m.block))) if (block) byBlock.set(block, [...(byBlock.get(block) ?? []), entity]);
    }
    return byBlock;
  };
  const enOpen = open(en, arIds);
  const arOpen = open(ar, enIds);
  const evidence = new Map<Entity, Map<Entity, Evidence>>();
  for (const pair of pairs) {
    const here = enOpen.get(pair.en) ?? [];
    const there = arOpen.get(pair.ar) ?? [];
    for (const e of here) {
      for (const a of there) {
        if (a.type !== e.type && !retypable(e, a)) continue;
        const seen = evidence.get(e) ?? new Map<Entity, Evidence>();
        evidence.set(e, seen);
        const ev = seen.get(a) ?? { together: 0, alone: 0, sound: namesAlike(e, a), sameType: a.type === e.type };
        seen.set(a, ev);
        ev.together++;
        if (a.type === e.type && here.filter((x) => x.type === e.type).length === 1 && there.filter((x) => x.type === a.type).length === 1 && !(ev.sound.share < SOUND_ALIKE && heardElsewhere(e, pair.ar, a))) ev.alone++;
      }
    }
  }

  const linked = (x: Evidence) => x.sound.share >= SOUND_ALIKE || x.alone > 0;
  const candidates = [...evidence].flatMap(([e, seen]) => [...seen].map(([a, ev]) => ({ e, a, ev }))).filter((c) => linked(c.ev));
  const [forEnglish, forArabic] = (['e', 'a'] as const).map((side) => chosen(candidates, side));
  settleTypes(forEnglish, forArabic);
  for (const { e, a, ev } of forEnglish.values()) {
    e.counterpart = a.id;
    e.linkConfidence = confidence(ev);
    e.names.ar ??= a.name;
  }
  for (const { e, a, ev } of forArabic.values()) {
    a.counterpart = e.id;
    a.linkConfidence = confidence(ev);
    a.names.en ??= e.name;
  }
  // Chosen by each other: one entity, one id (a gazetteer entity's, when the Arabic edition found it and the English
  // did not: "Caspian" / بحر قزوين).
  for (const { e, a } of forArabic.values()) {
    if (forEnglish.get(e)?.a !== a || a.id === e.id) continue;
    if (a.source === 'discovered' && !arIds.has(e.id)) {
      renameEntity(ar, a, e.id);
      arIds.add(e.id);
      e.counterpart = e.id;
    } else if (a.source === 'gazetteer' && e.source === 'discovered' && !enIds.has(a.id)) {
      renameEntity(en, e, a.id);
      enIds.add(a.id);
      a.counterpart = a.id;
    }
  }
}

interface Candidate {
  e: Entity;
  a: Entity;
  ev: Evidence;
}

// Names alike first, and of two, the one with more words alike (the full name rather than a short form left apart).
// An entity of the same type before one of another.
const rank = (x: Evidence) => [x.sameType ? 1 : 0, ...(x.sound.share >= SOUND_ALIKE ? [x.sound.share, x.sound.words, x.alone, x.together] : [0, 0, x.alone, x.together])];
const better = (x: Evidence, y: Evidence) => {
  const [p, q] = [rank(x), rank(y)];
  const i = p.findIndex((v, k) => v !== q[k]);
  return i >= 0 && p[i] > q[i];
};

/**
 * The counterpart each entity of one side (e: English, a: Arabic) takes: its best-supported candidate; order of the
 * papers' entities breaks ties, so the result is stable. Of two equal candidates, one whose other side has nothing
 * better wins ("Waha Oil Company" takes شركة الواحة للنفط, not المؤسسة الوطنية للنفط, which is "National Oil Corporation").
 */
function chosen(candidates: Candidate[], side: 'e' | 'a'): Map<Entity, Candidate> {
  const top = new Map<Entity, Evidence>();
  for (const c of candidates) for (const x of [c.e, c.a]) if (!top.has(x) || better(c.ev, top.get(x)!)) top.set(x, c.ev);
  const other = side === 'e' ? 'a' : 'e';
  const free = (c: Candidate) => (better(top.get(c[other])!, c.ev) ? 0 : 1);
  const out = new Map<Entity, Candidate>();
  for (const c of candidates) {
    const held = out.get(c[side]);
    if (!held || better(c.ev, held.ev) || (!better(held.ev, c.ev) && free(c) > free(held))) out.set(c[side], c);
  }
  return out;
}

/**
 * Two of different types are one only if each chooses the other; they then take the English type, but for a person
 * of the Arabic edition whose English name a discovered entity gives as a person's: a given name first, then a word
 * more, and no head word of an organization or a place ("Luigi Villafuerte", read as a place in a list of places).
 */
function settleTypes(forEnglish: Map<Entity, Candidate>, forArabic: Map<Entity, Candidate>): void {
  for (const [key, c] of [...forEnglish, ...forArabic]) {
    if (c.ev.sameType) continue;
    if (forEnglish.get(c.e) !== forArabic.get(c.a)) {
      if (key === c.e) forEnglish.delete(c.e);
      else forArabic.delete(c.a);
    } else if (c.a.type === 'person' && c.e.source === 'discovered' && personsName(c.e.name)) c.e.type = 'person';
    else c.a.type = c.e.type;
  }
}

function personsName(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/u);
  return words.length >= 2 && resourcesOf({}).givenNames.has(words[0]) && !words.some((w) => ORG_HEADS.has(w) || PLACE_HEADS.has(w) || PLACE_WORDS.has(w));
}

/**
 * How sure a link is: the share of name words that sound alike, else (names
 * translated, not transliterated) half the share of aligned pairs of blocks
 * where the two were the only candidates.
 */
function confidence(ev: Evidence): number {
  const value = ev.sound.share >= SOUND_ALIKE ? ev.sound.share : (0.5 * ev.alone) / ev.together;
  return Math.round(value * 100) / 100;
}

/** Give an entity another id, in the model and on the mention nodes of the body (anchors follow). */
export function renameEntity(paper: Paper, entity: Entity, id: string): void {
  const old = entity.id;
  const anchors = new Map<string, string>();
  for (const m of entity.mentions) {
    if (!m.anchor) continue;
    const renamed = `m-${id}-${m.anchor.slice(`m-${old}-`.length)}`;
    anchors.set(m.anchor, renamed);
    m.anchor = renamed;
  }
  visit(paper.body as Root, 'mention', (node) => {
    if (node.entity !== old) return;
    node.entity = id;
    node.id = anchors.get(node.id) ?? node.id;
  });
  entity.id = id;
  entity.counterpart = id;
}
