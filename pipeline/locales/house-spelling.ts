/**
 * The paper against the locales: a name or term that the paper writes
 * otherwise than its gazetteer or termbase entry does, found only because
 * matching forgives spelling (Mohammad for Mohammed, al Khazali for
 * al-Khazali, الاسلام for الإسلام, المالكى for المالكي), is reported at its
 * first place (info), with the spelling the entry lists, so editors converge
 * on the house spelling. A spelling the entry lists (name, alias, short form;
 * term, transliteration, variant, match phrase) is never reported, nor are
 * case, harakat, Latin diacritics, typographic apostrophes and the clitics
 * and endings a word carries.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { Mention, Term } from '../model/mdast.js';
import { extractPlugin, type ExtractOptions } from '../extract/options.js';
import { resourcesOf, type ExtractResources } from '../extract/resources.js';
import { searchPhrases } from '../extract/glossary/termbase.js';
import { analyse, accepts, token } from '../extract/glossary/match-arabic.js';
import { tokenize } from '../extract/entities/tokens.js';
import { foldArabic, foldLatin } from '../text/fold.js';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import type { Lang } from '../model/paper.js';
import '../model/vfile-data.js';

type Kind = 'name' | 'term';

interface Entry {
  kind: Kind;
  /** The spellings the entry lists, by script; the first is the house spelling. */
  forms: Record<Lang, string[]>;
}

interface RawName {
  name?: string;
  aliases?: string[];
  short?: string[];
  match?: string[];
}

const INVISIBLE = /[\u00AD\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
const ARABIC_MARKS = /[\u064B-\u065F\u0670\u0640]/gu;
/** The English endings of a borrowed term that matching accepts: plural and possessive. */
const LATIN_ENDINGS = ['', 's', 'es', "'s", "s'", "'"];

/**
 * The spelling as written, without what is no spelling: case, invisible
 * characters, apostrophe and hyphen glyphs, spacing; in Arabic the harakat, in
 * Latin script the diacritics (Wilayat al-Faqih is wilāyat al-faqīh without
 * them, a choice of typography), but not ʿayn and hamza (Shiʿite, Mu'nis).
 */
function light(text: string): string {
  const arabic = /\p{Script=Arabic}/u.test(text);
  const letters = arabic ? text.normalize('NFC').replace(ARABIC_MARKS, '') : text.normalize('NFD').replace(/\p{M}/gu, '');
  return letters
    .replace(INVISIBLE, '')
    .replace(/[’‘ʼ`´′]/gu, "'")
    .replace(/[‐‑‒]/gu, '-')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
}

/** The spellings of each resources object, made on first use: they live as long as it does. */
const entries = new WeakMap<ExtractResources, Map<string, Entry>>();

/** Names and terms by `kind:id`, with their spellings. */
function entriesOf(resources: ExtractResources): Map<string, Entry> {
  let out = entries.get(resources);
  if (out) return out;
  out = new Map();
  const names = (lang: Lang) => (resources.locales.namespace(lang, 'entities') ?? {}) as Record<string, RawName>;
  const gazetteer = { en: names('en'), ar: names('ar') };
  for (const id of Object.keys(gazetteer.en)) {
    const forms = { en: [] as string[], ar: [] as string[] };
    for (const lang of ['en', 'ar'] as const) {
      const raw = gazetteer[lang][id];
      // The default short form, the surname, is a run of the name's words, which `same` accepts anyway.
      if (raw?.name) forms[lang] = [raw.name, ...(raw.match ?? []), ...(raw.aliases ?? []), ...(raw.short ?? [])];
    }
    out.set(`name:${id}`, { kind: 'name', forms });
  }
  for (const t of resources.termbase) {
    out.set(`term:${t.id}`, { kind: 'term', forms: { en: [t.en.term, ...searchPhrases(t.en)], ar: [t.ar.term, ...searchPhrases(t.ar)] } });
  }
  entries.set(resources, out);
  return out;
}

export function houseSpellingTransform(tree: Root, file: VFile, options: ExtractOptions): void {
  const known = entriesOf(resourcesOf(options));
  // The extract stages' spans give a mention's exact place, which a node wrapped in a hard-wrapped paragraph may not.
  const places = new Map<string, { line: number; column: number; offset: number }>();
  for (const span of [...(file.data.entities ?? []).flatMap((e) => e.mentions), ...(file.data.glossary ?? []).flatMap((g) => g.occurrences)]) {
    if (span.anchor) places.set(span.anchor, { line: span.line, column: span.column, offset: span.start });
  }
  const found = new Map<string, { node: Mention | Term; written: string; expected: string; id: string; kind: Kind; count: number }>();
  // A paper names the same things the same way again and again: each spelling of each entry is judged once.
  const listed = new Map<string, boolean>();
  visit(tree, (node) => {
    if (node.type !== 'mention' && node.type !== 'term') return;
    const kind: Kind = node.type === 'mention' ? 'name' : 'term';
    const id = node.type === 'mention' ? node.entity : node.term;
    const entry = known.get(`${kind}:${id}`);
    if (!entry) return;
    const written = toString(node);
    const script: Lang = /\p{Script=Arabic}/u.test(written) ? 'ar' : 'en';
    const forms = entry.forms[script];
    const judged = `${kind}:${id}\u0000${written}`;
    let ok = listed.get(judged);
    if (ok === undefined) listed.set(judged, (ok = forms.length === 0 || forms.some((f) => same(written, f, script, kind, light))));
    if (ok) return;
    const key = `${kind}:${id}:${light(written)}`;
    const seen = found.get(key);
    if (seen) seen.count++;
    else found.set(key, { node, written, expected: closest(written, forms, script, kind), id, kind, count: 1 });
  });
  for (const f of found.values()) {
    const where = f.kind === 'name' ? `the gazetteer (locales/*/entities.json, \`${f.id}\`)` : `the termbase (locales/*/glossary.json, \`${f.id}\`)`;
    const times = f.count > 1 ? ` (${f.count} times; the first here)` : '';
    const message = report(file, Rules.houseSpelling, `“${f.written}”${times} is spelled “${f.expected}” in ${where}: write the house spelling, or list this one there`, places.get(f.node.id) ?? f.node);
    message.actual = f.written;
    message.expected = [f.expected];
  }
}

/** The listed form the written one is a spelling of (loosely, as matching found it); else the house spelling. */
function closest(written: string, forms: string[], script: Lang, kind: Kind): string {
  for (const f of forms) {
    if (script === 'en' && kind === 'name') {
      const window = latinNameWindow(written, f);
      if (window) return window;
    } else if (script === 'ar' && kind === 'name') {
      const window = arabicNameWindow(foldArabic(light(written)).text.split(' '), foldArabic(light(f)).text.split(' '));
      if (window >= 0) return f.split(/\s+/u).slice(window, window + written.trim().split(/\s+/u).length).join(' ');
    } else if (same(written, f, script, kind, script === 'ar' ? (s) => foldArabic(light(s)).text : (s) => foldLatin(s).text)) {
      return f;
    }
  }
  return forms[0];
}

/** Whether `written` is the listed form `form`, once both are normalized by `norm`, allowing what matching allows. */
function same(written: string, form: string, script: Lang, kind: Kind, norm: (s: string) => string): boolean {
  const w = norm(written);
  const f = norm(form);
  if (script === 'ar') return arabicSame(w.split(' '), f.split(' '), kind);
  if (kind === 'term') return LATIN_ENDINGS.some((ending) => w === f + ending);
  // A name may be written in part (the surname, "the Assembly"): whole words of a listed form.
  for (let i = f.indexOf(w); i >= 0; i = f.indexOf(w, i + 1)) {
    if ((i === 0 || /[\s-]/u.test(f[i - 1])) && (i + w.length === f.length || /[\s-]/u.test(f[i + w.length]))) return true;
  }
  return false;
}

/**
 * Arabic words of the text against a listed form's: a term's words may carry
 * clitics and endings (والمرجعية, ولمرجعيته); a name may be a run of a listed
 * form's words, its first word without the article or with ل before it
 * (للحشد is ل + الحشد).
 */
function arabicSame(w: string[], f: string[], kind: Kind): boolean {
  if (kind === 'term') {
    // The text spells ة as written; a stem before an ending may restore it from ت (folded, both are ه).
    const marbuta = f.some((x) => x.includes('ة')) ? 'ة' : 'ه';
    return w.length === f.length && w.every((word, k) => analyse(word, marbuta).some((a) => accepts(a, token(f[k]))));
  }
  return arabicNameWindow(w, f) >= 0;
}

/** Where the words of an Arabic name (`w`) start among a listed form's (`f`), its first word perhaps without the article; -1 if nowhere. */
function arabicNameWindow(w: string[], f: string[]): number {
  for (let j = 0; j + w.length <= f.length; j++) {
    const first = f[j];
    // ل before the article drops its alef: الحشد is written للحشد, or حشد once the clitic is cut.
    const article = first.startsWith('ال') && (w[0] === first.slice(2) || w[0] === `ل${first.slice(1)}`);
    if (w[0] !== first && !article) continue;
    if (w.every((word, k) => k === 0 || word === f[j + k])) return j;
  }
  return -1;
}

/** The words of a listed English name that the written name is (by the matcher's keys: Mohammad is Mohammed). */
function latinNameWindow(written: string, form: string): string | null {
  const w = tokenize(written, 'en').map((t) => t.key);
  const f = tokenize(form, 'en');
  for (let j = 0; j + w.length <= f.length; j++) {
    if (w.every((key, k) => f[j + k].key === key)) return form.slice(f[j].start, f[j + w.length - 1].end);
  }
  return null;
}

/** Unified plugin running `houseSpellingTransform` after the extract stages (options: `extractPlugin`). */
export const remarkHouseSpelling = extractPlugin('remarkHouseSpelling', houseSpellingTransform);
