/**
 * What an imported paper does not write: what it inherits from the project's
 * papers.yml (the publisher, or the keys of it that the masthead prints the
 * same way; the default document type). And what it takes from the file's
 * metadata when the page does not print it (the title, the date).
 */
import type { VFile } from 'vfile';
import { report } from '../model/diagnostics.js';
import { Rules } from '../model/rules.js';
import type { ProjectConfig } from '../model/config.js';
import type { Lang } from '../model/langs.js';
import type { Draft } from './draft.js';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Two printed values are the same when they differ only in case, spacing, an address's scheme or final slash. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === 'string' && typeof b === 'string') {
    const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/^https?:\/\//u, '').replace(/\/$/u, '').replace(/\s+/gu, ' ').trim();
    return norm(a) === norm(b);
  }
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  return false;
}

/** The keys of `value` that `base` does not already give the same way (undefined when none). */
function difference(value: unknown, base: unknown): unknown {
  if (isRecord(value) && isRecord(base)) {
    const out: Json = {};
    for (const [key, v] of Object.entries(value)) {
      const d = difference(v, base[key]);
      if (d !== undefined) out[key] = d;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return same(value, base) ? undefined : value;
}

/**
 * The front matter without what papers.yml gives: the publisher when the
 * masthead prints the project's (only the keys that differ otherwise), the
 * document type when it is the project's default for the language.
 */
export function withoutInherited(frontMatter: Json, config: ProjectConfig | undefined, file: VFile, found: boolean): Json {
  if (!config || !found) return frontMatter;
  const out = { ...frontMatter };
  if (config.publisher && isRecord(out.publisher)) {
    const differs = difference(out.publisher, config.publisher);
    if (differs === undefined) {
      delete out.publisher;
      report(file, Rules.importPublisherInherited, "the masthead's publisher is the project's (papers.yml): not repeated in the front matter", { line: 1, column: 1 });
    } else out.publisher = differs;
  }
  const lang = out.lang as Lang;
  const type = config.defaults?.[lang]?.type ?? config.defaults?.type;
  if (type && same(out.type, type)) delete out.type;
  return out;
}

/** The title and date from the file's metadata, where the masthead gave none; each is a warning to check. */
export function fillFromMetadata(draft: Draft, metadata: { title?: string; date?: string } | undefined, file: VFile): void {
  if (!draft.title && metadata?.title) {
    draft.title = metadata.title;
    report(file, Rules.importMetadata, `no title on the first page: took the file's own title '${metadata.title}'; check it`, { line: 1, column: 1 });
  }
  if (!draft.date && metadata?.date) {
    draft.date = metadata.date;
    report(file, Rules.importMetadata, `no date printed: took the file's date ${metadata.date}; check it`, { line: 1, column: 1 });
  }
}
