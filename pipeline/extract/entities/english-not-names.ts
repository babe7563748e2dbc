/**
 * Discovered English names that name no person, organization or place, dropped before they become entities:
 * a nation's adjective alone ("Finnish police", "American lenders"), a document or rule named by its head
 * ("EU Deforestation Regulation", "Argyle Declaration"), and a kind of body written with capitals but naming no
 * one body ("the Central Bank", "Special Forces of the navy", "Editorial Board comment"), and a ship named after its kind
 * whichever rule found it ("the bulk carrier Yi Peng 3"), and the words of a document's title after its head
 * ("Convention on the Law of the Sea").
 */
import type { BlockText } from '../block-text.js';
import type { Token } from './tokens.js';
import { type Candidate, DOCUMENT_HEADS } from './discover-words.js';
import { CONNECTORS, PROPER_ADJECTIVES } from './name-words.js';
import { SHIP_BEFORE } from './english-typing.js';

/** Nations' adjectives that datasets.ts demonymsOf does not derive from the country's name (Peruvian, German, Finnish …). */
const IRREGULAR_DEMONYMS = new Set([
  'finnish', 'danish', 'swedish', 'polish', 'irish', 'spanish', 'dutch', 'greek', 'swiss', 'thai', 'welsh', 'scottish', 'icelandic', 'norwegian',
  'portuguese', 'filipino', 'bangladeshi', 'somali', 'nepali', 'malagasy', 'ivorian', 'malian', 'argentine', 'peruvian', 'chilean', 'brazilian',
  'german', 'belgian', 'ukrainian', 'lithuanian', 'latvian', 'estonian', 'hungarian', 'czech', 'slovak', 'croatian', 'serbian', 'turkish',
]);

/** Rules and documents named by their last word, beyond DOCUMENT_HEADS ("EU Deforestation Regulation", "Amazon Soy Moratorium"). */
const RULE_HEADS = new Set(['regulation', 'regulations', 'directive', 'law', 'moratorium', 'bulletin', 'guidelines', 'scheme', 'ordinance', 'decree']);

/** Kinds of bodies that every country has: written alone, they name none ("the Central Bank", "Security Forces"). */
const GENERIC_BODIES = new Set([
  'central bank', 'security forces', 'special forces', 'armed forces', 'police', 'army', 'navy', 'air force', 'editorial board', 'security services',
  'intelligence services', 'coast guard', 'border guard', 'opinion', 'business',
]);

/** Abbreviations with an ampersand that name activities, not companies ("R&D", "M&A"; "H&M", "AT&T" are names). */
const AMPERSAND_TERMS = new Set(['r&d', 'm&a', 'q&a', 'p&l', 'o&m', 'e&p', 'b&b', 'f&b', 'r&r', 'c&f', 'g&a', 'm&e', 'a&e', 'd&i', 'h&s']);

export function notAName(b: BlockText, toks: Token[], c: Candidate, demonyms: Set<string>): boolean {
  if (SHIP_BEFORE.test(b.text.slice(Math.max(0, c.start - 20), c.start))) return true;
  // "the Convention on the Law of the Sea", "the Treaty on the Non-Proliferation of …": the rest of a document's title.
  const title = /\b(\p{Lu}\p{L}+)\s+on\s+(?:the\s+)?$/u.exec(b.text.slice(Math.max(0, c.start - 30), c.start))?.[1].toLowerCase();
  if (c.type !== 'person' && title !== undefined && (DOCUMENT_HEADS.has(title) || RULE_HEADS.has(title))) return true;
  const words = toks.slice(c.first, c.last);
  if (words.length === 1 && (AMPERSAND_TERMS.has(words[0].lower) || demonyms.has(words[0].lower) || PROPER_ADJECTIVES.has(words[0].lower) || IRREGULAR_DEMONYMS.has(words[0].lower))) return true;
  // "EU Deforestation Regulation (EUDR)": the short form of a document is one too, not that of a body named for one
  // ("Parties to the Nauru Agreement (PNA)").
  const window = b.text.slice(Math.max(0, c.start - 80), c.start);
  const head = /(\p{L}+)\s*\($/u.exec(window)?.[1].toLowerCase() ?? '';
  const inBody = /\b(?:to|of|for|on)\s+(?:\p{Lu}\p{L}*\s+)?the\s+(?:\p{Lu}[\p{L}\d-]*\s+)*\p{Lu}\p{L}+\s*\($/u.test(window);
  const document = (DOCUMENT_HEADS.has(head) || RULE_HEADS.has(head)) && !inBody;
  if (words.length === 1 && words[0].upper && document) return true;
  const last = words[words.length - 1].lower;
  if (c.type !== 'place' && words.length > 1 && (DOCUMENT_HEADS.has(last) || RULE_HEADS.has(last)) && !words.some((w) => CONNECTORS.has(w.lower))) return true;
  return c.type === 'organization' && GENERIC_BODIES.has(b.text.slice(c.start, c.end).toLowerCase().replace(/\s+/gu, ' '));
}

/**
 * "Orpo's National Coalition Party": a person's possessive opens no organization's name; the name starts after it
 * (a name's own possessive stays: "Lloyd's Market Association"). `surnames`: last words of the people discovered.
 */
export function withoutOwner(b: BlockText, toks: Token[], c: Candidate, surnames: Set<string>): Candidate {
  if (c.type !== 'organization' || c.last - c.first < 3 || !surnames.has(toks[c.first].key) || !/^['’]s\s+$/u.test(b.text.slice(toks[c.first].end, toks[c.first + 1].start))) return c;
  return { ...c, first: c.first + 1, start: toks[c.first + 1].start };
}
