/**
 * What the importer learns about the paper from its masthead and contact
 * block, and how it becomes front matter in the schema's key order.
 */
import { stringify } from 'yaml';
import type { Lang } from '../model/langs.js';

export interface Draft {
  title?: string;
  subtitle?: string;
  type?: string;
  date?: string;
  authors: string[];
  keywords: string[];
  publisher: {
    en?: string;
    ar?: string;
    short?: string;
    site?: string;
    email?: string;
    social: string[];
    phone?: string;
    address?: string;
  };
}

export function emptyDraft(): Draft {
  return { authors: [], keywords: [], publisher: { social: [] } };
}

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Drop keys whose value is undefined, an empty list or an empty object. */
function prune(value: Json): Json {
  const out: Json = {};
  for (const [key, v] of Object.entries(value)) {
    const kept = isRecord(v) ? prune(v) : v;
    if (kept === undefined) continue;
    if (Array.isArray(kept) && kept.length === 0) continue;
    if (isRecord(kept) && Object.keys(kept).length === 0) continue;
    out[key] = kept;
  }
  return out;
}

/** `base` with the keys of `over` laid on top, objects merged key by key. */
function merge(base: Json, over: Json): Json {
  const out: Json = { ...base };
  for (const [key, value] of Object.entries(over)) {
    out[key] = isRecord(value) && isRecord(out[key]) ? merge(out[key] as Json, value) : value;
  }
  return out;
}

/** Keys of `value` in the order of `template`, unknown keys after them. */
function ordered(value: Json, template: Json): Json {
  const out: Json = {};
  const keys = [...Object.keys(template).filter((k) => k in value), ...Object.keys(value).filter((k) => !(k in template))];
  for (const key of keys) {
    const v = value[key];
    const t = template[key];
    out[key] = isRecord(v) && isRecord(t) ? ordered(v, t) : v;
  }
  return out;
}

/**
 * The front-matter object: what the masthead gave, under what the input's own
 * front matter already said (an existing source file keeps its values).
 */
export function frontMatterOf(draft: Draft, lang: Lang, existing: Json): Json {
  const { publisher: p } = draft;
  // Written in the order of `frontMatterSchema` so that the output follows it.
  const found: Json = {
    title: draft.title,
    subtitle: draft.subtitle,
    type: draft.type,
    date: draft.date,
    lang,
    publisher: {
      name: { en: p.en, ar: p.ar },
      short: p.short,
      site: p.site,
      contact: { email: p.email, social: p.social, phone: p.phone, address: p.address },
    },
    authors: draft.authors,
    summary: undefined,
    keywords: draft.keywords,
  };
  return prune(ordered(merge(found, existing), found));
}

export function toYaml(frontMatter: Json): string {
  return stringify(frontMatter, { lineWidth: 0 });
}
