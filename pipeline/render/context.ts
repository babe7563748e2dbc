/** What renderers are given besides the model, and what they give back. */
import type { i18n, TFunction } from 'i18next';
import type { Lang, Paper, PaperJson } from '../model/paper.js';
import type { SiteConfig } from '../model/config.js';
import type { Rule } from '../model/rules.js';
import type { Publisher } from '../model/frontmatter.js';

export const FORMATS = ['json', 'html', 'pdf'] as const;
export type Format = (typeof FORMATS)[number];

export interface RenderContext {
  lang: Lang;
  t: TFunction;
  i18n: i18n;
  slug: string;
  /** Languages in which this paper has a source, hence an edition. */
  editions: Lang[];
  /** Formats built in this run (an edition links only to formats that exist). */
  formats: Format[];
  /** Seconds since the epoch for anything that needs a time stamp: SOURCE_DATE_EPOCH, else the paper's date. */
  epoch: number;
  /** Where the output folder is published (papers.yml `site`), when the project says. */
  site?: SiteConfig;
  /** Report a problem that does not stop the edition (at a line and column of the source, when known). */
  warn?(rule: Rule, message: string, place?: { line: number; column: number }): void;
  /** The project's languages in order (papers.yml `languages`): the first is the one its papers are written in. */
  languages?: Lang[];
  /** The bytes of a figure of the paper (an entry of `paper.figures`, by `src`), for an edition that embeds it; null when unreadable. */
  figure?(src: string): Uint8Array | null;
}

/**
 * The translator of each language's UI strings (`common.json` of the build's
 * locales/): what a renderer of more than one edition is given instead of its
 * context's `t`.
 */
export type Translators = (lang: Lang) => TFunction;

/** A file a renderer produces; `path` is relative to the output directory, posix separators. */
export interface OutputFile {
  path: string;
  data: string | Uint8Array;
}

/** One edition: a paper in one language, in one format. */
export type EditionRenderer = (paper: Paper, ctx: RenderContext) => OutputFile[] | Promise<OutputFile[]>;

/** Both editions of one paper, serialized (what the per-paper cache holds). */
export interface PaperSet {
  slug: string;
  editions: Partial<Record<Lang, PaperJson>>;
}

/** Outputs made from both editions of one paper (glossary, citations, the bilingual edition). */
export interface PaperSetRenderer {
  name: string;
  /** Runs when any of these formats is built. */
  formats: readonly Format[];
  render: (set: PaperSet, formats: Format[], site: SiteConfig | undefined, translators: Translators) => OutputFile[];
}

/**
 * What the cross-paper outputs read of an edition: its metadata and glossary,
 * not its body. Small enough to keep for every paper of a batch, and cached
 * beside each paper's build manifest, so remaking them never re-reads the
 * JSON editions of unchanged papers.
 */
export type EditionSummary = Pick<PaperJson, 'meta' | 'glossary'>;

export interface PaperSummary {
  slug: string;
  editions: Partial<Record<Lang, EditionSummary>>;
}

/** What the cross-paper outputs know of the project besides the papers (papers.yml). */
export interface ProjectInfo {
  /** The output folder: the search index reads the editions written there. */
  out: string;
  site?: SiteConfig;
  publisher?: Publisher;
  /** The folder of papers.yml, from which a relative `publisher.logo` is read. */
  root?: string;
  /** The languages of the project in order (papers.yml `languages`); the first is the one papers are written in. */
  languages?: Lang[];
}

/** Outputs across all papers (the site index, the collection glossary). */
export interface CollectionRenderer {
  name: string;
  formats: readonly Format[];
  render: (papers: PaperSummary[], formats: Format[], project: ProjectInfo, translators: Translators) => OutputFile[] | Promise<OutputFile[]>;
}

/** Seconds for time stamps: SOURCE_DATE_EPOCH when set (reproducible builds), else the paper's date at 00:00 UTC. */
/** Environment variables, typed without Node's own types (the library's declarations must not need @types/node). */
export type Environment = Readonly<Record<string, string | undefined>>;

export function buildEpoch(paperDate: string, env: Environment = process.env): number {
  const fromEnv = env.SOURCE_DATE_EPOCH;
  if (fromEnv && /^\d+$/.test(fromEnv)) return Number(fromEnv);
  return Math.floor(Date.parse(`${paperDate}T00:00:00Z`) / 1000);
}
