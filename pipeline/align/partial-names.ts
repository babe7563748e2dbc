/**
 * An Arabic name cut short by discovery (`بردي محمدوف` inside `سردار بردي
 * محمدوف`, `ميزوبوتاميا` inside `وكالة ميزوبوتاميا`), where the aligned English
 * block names the entity whole: the English name, matched by sound and
 * translation across the Arabic words (entity-projection.ts), covers the short
 * mention and more. Before the editions are linked, the short mention is taken
 * out of the body (its node unwrapped, its text joined to the text around it)
 * and out of its entity, so that the projection finds the whole name under
 * the English id. Only a discovered Arabic entity of the English one's type
 * is shortened this way; gazetteer names keep their extent.
 */
import type { Parent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import type { BlockTokens } from './entity-projection.js';
import type { AlignmentPair, Entity, Paper } from '../model/paper.js';
import type { Mention } from '../model/mdast.js';
import { blockTexts, type BlockText } from '../extract/block-text.js';
import { tokenize } from '../extract/entities/tokens.js';
import { latinMatches, nameWords, retryKey, soundMatch, type Word } from './entity-projection.js';
import { translatesWord } from './name-translation.js';
import { foldArabic } from '../text/fold.js';

interface Placed {
  node: Mention;
  from: number;
  to: number;
}

/**
 * Returns the English entities to look for again in an Arabic block (keys of `retryKey`) even where the Arabic
 * entity of the short name keeps another mention in it.
 */
export function freePartialNames(en: Paper, ar: Paper, arFile: VFile, pairs: AlignmentPair[], tokensOf: BlockTokens = (text) => tokenize(text, 'ar')): Set<string> {
  const arBlocks = new Map(blockTexts(ar.body, arFile, 'ar').filter((b) => b.block).map((b) => [b.block!, b]));
  const arById = new Map(ar.entities.map((e) => [e.id, e]));
  const named = new Map<string, Entity[]>();
  for (const e of en.entities) {
    if (e.type === 'date') continue;
    for (const block of new Set(e.mentions.map((m) => m.block))) if (block) named.set(block, [...(named.get(block) ?? []), e]);
  }
  const freed = new Set<Mention>();
  const retry = new Set<string>();
  for (const pair of pairs) {
    const block = arBlocks.get(pair.ar);
    const names = named.get(pair.en);
    if (!block || !names) continue;
    const said = new Set(names.map((e) => e.id));
    const placed = mentionsOf(block);
    if (!placed.length) continue;
    const tokens = tokensOf(block.text);
    const surplus = surplusOf(placed, names, pair.en);
    for (const e of names) {
      // A Latin name the Arabic line writes as the English does: a shorter name found inside it ("Bab el-Mandeb" in
      // "Bab el-Mandeb Strait", "Panama" in "Panama Canal") gives way to the English extent, whatever its source.
      for (const text of new Set(e.mentions.filter((m) => m.block === pair.en).map((m) => m.text))) {
        for (const hit of latinMatches(block, text, true)) {
          const inside = shortIn(hit, placed, (p) => arById.get(p.node.entity)?.type !== 'date');
          if (!inside || !sameMarkup(block, hit.start, hit.end)) continue;
          for (const p of inside) freed.add(p.node);
          retry.add(retryKey(pair.ar, e.id));
        }
      }
      const words = nameWords(e.name);
      if (!words.length) continue;
      for (let hit = soundMatch(block, tokens, words, true); hit; hit = soundMatch(block, tokens, words, true, hit.end)) {
        const inside = shortIn(hit, placed, (p) => {
          const a = arById.get(p.node.entity);
          if (!a) return false;
          // A name of one word is freed only from a word that says what it is, which the English does not say.
          // ("نهر وخش" for "the Vakhsh"; not when the block names the river too: "Essequibo" and "Essequibo River").
          // An acronym spelled out frees a discovered name of its type that says only some of its letters ("سي جي" in "سي جي إن").
          if (words.length < 2 && words[0].letters && a.type === e.type && a.source === 'discovered' && p.from >= hit.start && p.to <= hit.end) return true;
          if (words.length < 2) return a.type === e.type && (a.source === 'discovered' || a.id === e.id) && p.to === hit.end && descriptorBefore(block.text.slice(p.from, hit.start), names.map((n) => nameWords(n.name)));
          // A discovered name of the same type that runs across an end of the English one (لباريك مارك against "Mark Bristow"),
          // or one of another type the English block does not name across an end of a person's (محافظ ناندالال, a place,
          // against "Nandalal Weerasinghe").
          if (p.from < hit.start || p.to > hit.end) return a.source === 'discovered' && (a.type === e.type || (e.type === 'person' && !said.has(a.id)));
          // A discovered name of the same type, or a name the English block does not say: جورجيا (Georgia) in
          // جورجيا ميلوني when the English says only "Giorgia Meloni", a known short name المجلس الأعلى in
          // المجلس الأعلى للدولة ("High Council of State"); or says fewer times than the Arabic block (كولومبو in
          // ميناء كولومبو, "Port of Colombo", in a block that names Colombo once more), after the words Arabic puts first;
          // or the English entity itself, known in Arabic by a shorter name (التحالف الدولي in التحالف الدولي ضد داعش).
          return a.type !== 'date' && ((a.type === e.type && a.source === 'discovered') || a.id === e.id || !said.has(a.id) || (p.from > hit.start && (surplus.get(a.id) ?? 0) > 0));
        });
        if (!inside || !sameMarkup(block, hit.start, hit.end)) continue;
        for (const p of inside) {
          freed.add(p.node);
          if (said.has(p.node.entity)) surplus.set(p.node.entity, (surplus.get(p.node.entity) ?? 0) - 1);
        }
        retry.add(retryKey(pair.ar, e.id));
      }
    }
  }
  if (freed.size) unwrapMentions(en, ar, new Set([...freed].map((n) => n.id)));
  return retry;
}

/**
 * Words Arabic puts before a foreign name to say what it is ("نهر وخش", the Vakhsh; "شركة غازبروم", Gazprom), which
 * the name's Arabic extent leaves out when the English name does not say them.
 */
const DESCRIPTORS = new Set(['نهر', 'ميناء', 'مدينه', 'بلده', 'قريه', 'حقل', 'منطقه', 'محافظه', 'اقليم', 'وكاله', 'شركه', 'تنظيم', 'منظمه', 'صحيفه', 'موقع', 'مجله', 'جزيره', 'بحيره']);

/** The text before a name is one such word, and no word of the English block's names translates it. */
function descriptorBefore(before: string, names: Word[][]): boolean {
  const word = foldArabic(before.trim()).text;
  // With a clitic or without: وكالة starts with و.
  const key = [word, word.replace(/^[وبل](?=..)/u, '')].find((k) => DESCRIPTORS.has(k));
  return !/\s/u.test(before.trim()) && key !== undefined && !names.some((words) => words.some((w) => w.head && translatesWord(w.head, key)));
}

/**
 * The mentions a match of an English name overlaps, when each is shorter than the match (inside it, or running
 * across one of its ends) and may be freed; null when there is none or one may not.
 */
function shortIn(hit: { start: number; end: number }, placed: Placed[], may: (p: Placed) => boolean): Placed[] | null {
  const inside = placed.filter((p) => p.from < hit.end && hit.start < p.to);
  // One end inside the match, the other out (a name that starts with the English one and runs on counts).
  const across = (p: Placed) => (p.from < hit.start && p.to <= hit.end) || (p.from >= hit.start && p.to > hit.end);
  const within = (p: Placed) => p.from >= hit.start && p.to <= hit.end && p.to - p.from < hit.end - hit.start;
  return inside.length && inside.every((p) => (across(p) || within(p)) && may(p)) ? inside : null;
}

/** For each entity of the Arabic block, how many more mentions it has there than in the aligned English block. */
function surplusOf(placed: Placed[], names: Entity[], enBlock: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const p of placed) out.set(p.node.entity, (out.get(p.node.entity) ?? 0) + 1);
  for (const e of names) if (out.has(e.id)) out.set(e.id, out.get(e.id)! - e.mentions.filter((m) => m.block === enBlock).length);
  return out;
}

/** The mention nodes of a block with their extent in its text. */
function mentionsOf(block: BlockText): Placed[] {
  const out: Placed[] = [];
  for (const piece of block.pieces) {
    const node = piece.slot.parent as unknown as Mention;
    if (node.type !== 'mention') continue;
    const last = out[out.length - 1];
    if (last?.node === node) last.to = piece.from + piece.slot.node.value.length;
    else out.push({ node, from: piece.from, to: piece.from + piece.slot.node.value.length });
  }
  return out;
}

/** The range lies in text of one markup (emphasis, link …), mentions aside: a mention wraps only a range of one text node. */
function sameMarkup(block: BlockText, start: number, end: number): boolean {
  const outer = block.pieces
    .filter((p) => p.from < end && start < p.from + p.slot.node.value.length)
    .map((p) => (p.slot.ancestors.at(-1) === 'mention' ? p.slot.ancestors.slice(0, -1) : p.slot.ancestors).join('/'));
  return new Set(outer).size === 1;
}

/** Replace the mention nodes by their text, joined to the text next to them, and drop their spans (and entities left without one). */
export function unwrapMentions(en: Paper, ar: Paper, anchors: ReadonlySet<string>): void {
  const parents = new Set<Parent>();
  visit(ar.body as Root, 'mention', (node, index, parent) => {
    if (!anchors.has((node as unknown as Mention).id) || !parent || index === undefined) return;
    parent.children.splice(index, 1, ...(node as unknown as Mention).children);
    parents.add(parent);
    return index;
  });
  for (const parent of parents) {
    const merged: Parent['children'] = [];
    for (const child of parent.children) {
      const last = merged[merged.length - 1];
      if (child.type === 'text' && last?.type === 'text') {
        const joined: Text = { type: 'text', value: last.value + child.value };
        if (last.position && child.position) joined.position = { start: { ...last.position.start }, end: { ...child.position.end } };
        merged[merged.length - 1] = joined;
      } else merged.push(child);
    }
    parent.children = merged as never;
  }
  const emptied = new Set<string>();
  for (const e of ar.entities) {
    const kept = e.mentions.filter((m) => !m.anchor || !anchors.has(m.anchor));
    if (kept.length < e.mentions.length && !kept.length) emptied.add(e.id);
    e.mentions = kept;
  }
  if (!emptied.size) return;
  ar.entities = ar.entities.filter((e) => !emptied.has(e.id));
  // An English person linked to a dropped short name waits for the projection to give it the whole one.
  for (const e of en.entities) {
    if (!e.counterpart || !emptied.has(e.counterpart)) continue;
    delete e.counterpart;
    delete e.linkConfidence;
    delete e.names.ar;
  }
}
