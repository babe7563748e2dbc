/**
 * Front matter as other tools write it, read as ours: a paper converted by
 * pandoc or written for MyST or a static-site generator keeps its keys
 * (`author`, `abstract`, `tags`, author objects) and still builds.
 *
 * Each alias is taken only when the key it stands for is absent, so a paper
 * that gives both keeps ours and the alias is reported as an unknown key.
 */
import type { Lang } from '../model/langs.js';

type Plain = Record<string, unknown>;

/** Other tools' key → ours, in order of preference when several are given. */
const ALIASES: ReadonlyArray<readonly [string, string]> = [
  ['author', 'authors'],
  ['abstract', 'summary'],
  ['description', 'summary'],
  ['tags', 'keywords'],
];

/** Where each of our keys came from, so that a problem is reported at the key the author wrote. */
export type KeySources = ReadonlyMap<string, string>;

const isPlain = (v: unknown): v is Plain => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Our front matter from `data`: aliases renamed, the language taken from the
 * file name when it is not given, authors and keywords written as one string
 * or as objects turned into lists of names.
 */
export function readAliases(data: unknown, lang: Lang): { data: unknown; sources: KeySources } {
  const sources = new Map<string, string>();
  if (!isPlain(data)) return { data, sources };
  const out: Plain = { ...data };
  for (const [alias, key] of ALIASES) {
    if (!(alias in out) || key in out) continue;
    out[key] = out[alias];
    delete out[alias];
    sources.set(key, alias);
  }
  out.lang ??= lang;
  if ('authors' in out) out.authors = names(out.authors);
  if (typeof out.keywords === 'string') out.keywords = out.keywords.split(/\s*[,;،؛]\s*/u).filter(Boolean);
  return { data: out, sources };
}

/** A list of author names from a name, a list of names, or CSL/MyST/pandoc author objects; anything else is left for the schema to refuse. */
function names(value: unknown): unknown {
  const list = Array.isArray(value) ? value : [value];
  return list.map((a) => (isPlain(a) ? nameOf(a) ?? a : a));
}

function nameOf(author: Plain): string | undefined {
  const { name, literal, given, family } = author;
  if (typeof name === 'string') return name;
  if (isPlain(name)) return nameOf(name);
  if (typeof literal === 'string') return literal;
  const parts = [given, family].filter((p): p is string => typeof p === 'string' && p.length > 0);
  return parts.length ? parts.join(' ') : undefined;
}
