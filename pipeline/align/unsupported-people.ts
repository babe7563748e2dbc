/**
 * Arabic discovery reads some noun phrases as people (`تمويل إنفاق`, `كامل طاقته`).
 * The English edition tells them apart: once the editions are linked, an Arabic
 * discovered person left without a counterpart is dropped when each of its
 * mentions is in a block aligned with English blocks whose people are all
 * linked to others, and whose capitalised words do not sound like half its
 * words (a name the English extraction missed, "Ursula von der Leyen", is
 * kept).
 */
import type { VFile } from 'vfile';
import type { AlignmentPair, Paper } from '../model/paper.js';
import { blockTexts } from '../extract/block-text.js';
import { soundAlike } from './entity-links.js';
import { unwrapMentions } from './partial-names.js';

export function dropUnsupportedPeople(en: Paper, enFile: VFile, ar: Paper, pairs: AlignmentPair[]): void {
  const capitals = new Map(
    blockTexts(en.body, enFile, 'en')
      .filter((b) => b.block)
      .map((b) => [b.block!, (b.text.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).join(' ')]),
  );
  const enByBlock = new Map<string, string[]>();
  for (const pair of pairs) enByBlock.set(pair.ar, [...(enByBlock.get(pair.ar) ?? []), pair.en]);
  // English blocks that name a person the Arabic edition has not matched.
  const open = new Set(en.entities.filter((e) => e.type === 'person' && !e.counterpart).flatMap((e) => e.mentions.map((m) => m.block)));
  const anchors = new Set<string>();
  for (const a of ar.entities) {
    if (a.type !== 'person' || a.source !== 'discovered' || a.counterpart) continue;
    const unsupported = a.mentions.every((m) => {
      const aligned = m.block ? enByBlock.get(m.block) : undefined;
      return aligned !== undefined && aligned.every((b) => !open.has(b) && soundAlike(capitals.get(b) ?? '', a.name) < 0.5);
    });
    if (unsupported) for (const m of a.mentions) if (m.anchor) anchors.add(m.anchor);
  }
  if (anchors.size) unwrapMentions(en, ar, anchors);
}
