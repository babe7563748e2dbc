/**
 * The Paper model: what every stage fills and every renderer reads.
 *
 * The zod schema below is the single definition. The TypeScript types are
 * inferred from it, and `schema/paper.schema.json` (the JSON edition's JSON
 * Schema) is generated from it by `npm run schema` — a test fails when the
 * committed schema and this file disagree.
 */
import { z } from 'zod';
import type { Root } from 'mdast';
import { frontMatterSchema } from './frontmatter.js';
import { LANGS } from './langs.js';

/** Bump when the JSON edition changes incompatibly. */
export const SCHEMA_VERSION = 1;

export const langSchema = z.enum(LANGS);

export const severitySchema = z.enum(['error', 'warning', 'info']);

export const diagnosticSchema = z.object({
  ruleId: z.string(),
  severity: severitySchema,
  message: z.string(),
  /** Path of the source file, relative to the working directory. */
  file: z.string(),
  line: z.number().int().min(1).nullable(),
  column: z.number().int().min(1).nullable(),
  endLine: z.number().int().min(1).nullable().optional(),
  endColumn: z.number().int().min(1).nullable().optional(),
});

export const metaSchema = frontMatterSchema.extend({
  slug: z.string(),
  dir: z.enum(['ltr', 'rtl']),
  /** Source file path relative to the project (posix separators). */
  source: z.string(),
});

export interface Section {
  id: string;
  depth: number;
  title: string;
  line: number;
  children: Section[];
}
export const sectionSchema: z.ZodType<Section> = z.lazy(() =>
  z.object({
    /** Unicode-safe, readable, unique anchor id (Arabic headings keep Arabic letters). */
    id: z.string(),
    depth: z.number().int().min(1).max(6),
    title: z.string(),
    line: z.number().int().min(1),
    children: z.array(sectionSchema),
  }),
);

/** Where a span sits in the source file. Offsets are UTF-16 code-unit offsets into the whole file. */
export const spanSchema = z.object({
  text: z.string(),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  /** Section id, or null before the first heading. */
  section: z.string().nullable(),
  /** Block id (paragraph, list item, …) containing the span. */
  block: z.string().nullable(),
  /** Anchor id of the annotation node in the body (mention or term), when there is one. */
  anchor: z.string().optional(),
});

export const entityTypeSchema = z.enum(['person', 'organization', 'place', 'date']);

export const entitySchema = z.object({
  id: z.string(),
  type: entityTypeSchema,
  /** Canonical name in the paper's language. */
  name: z.string(),
  names: z.object({ en: z.string().optional(), ar: z.string().optional() }),
  description: z.object({ en: z.string().optional(), ar: z.string().optional() }).optional(),
  source: z.enum(['gazetteer', 'discovered']),
  /** A gazetteer entity's Wikidata item (`Q796`), when its entry names one. */
  wikidata: z.string().regex(/^Q\d+$/).optional(),
  /** The id of the same entity in the paper's other edition (the same id for a gazetteer entity; pipeline/align/entity-links.ts). */
  counterpart: z.string().optional(),
  /** How sure the link to `counterpart` is, 0–1, for an entity linked by the alignment rather than by the gazetteer. */
  linkConfidence: z.number().min(0).max(1).optional(),
  /** Dates only: ISO 8601 value (`2024-01-29`, `2023-10`, `2022`) or a range. */
  value: z.union([z.string(), z.object({ from: z.string(), to: z.string() })]).optional(),
  mentions: z.array(spanSchema),
});

export const citationSchema = z.object({
  id: z.string(),
  kind: z.enum(['link', 'footnote', 'url', 'bibliography']),
  /** Number in order of first appearance (what editions print). */
  number: z.number().int().min(1),
  text: z.string(),
  href: z.string().nullable(),
  /** True when the target is `#` or empty: the converted paper lost the link. */
  placeholder: z.boolean(),
  /** True when `href` is meant as an external URL but is unusable (no scheme, a bad host, spaces): reported, and no export links it. */
  malformed: z.boolean(),
  /** The sentence the citation supports. */
  sentence: z.string(),
  section: z.string().nullable(),
  block: z.string().nullable(),
  line: z.number().int().min(1),
  column: z.number().int().min(1),
  /** Footnotes and bibliography entries: the first date their text gives (ISO 8601: `2023-03-12`, `2023-03`, `2023`), the source's publication date. */
  issued: z.string().optional(),
});

export const glossaryEntrySchema = z.object({
  id: z.string(),
  term: z.object({ en: z.string(), ar: z.string() }),
  transliteration: z.string().optional(),
  definition: z.object({ en: z.string(), ar: z.string() }),
  /** Other spellings of the term the termbase lists, per language (glossary exports offer them to translators). */
  variants: z.object({ en: z.array(z.string()), ar: z.array(z.string()) }),
  /** 'termbase' for entries of locales/<lang>/glossary.json, 'candidate' for terms it lacks. */
  source: z.enum(['termbase', 'candidate']),
  count: z.number().int().min(0),
  first: spanSchema.nullable(),
  occurrences: z.array(spanSchema),
});

export const figureFormatSchema = z.enum(['png', 'jpeg', 'gif', 'webp', 'svg']);

/** An image file of the paper's folder that the text shows; the editions copy it beside them under the same path. */
export const figureSchema = z.object({
  /** Path relative to the paper's folder, posix, as the source writes it (and as the editions reference it). */
  src: z.string(),
  format: figureFormatSchema,
  /** Intrinsic size in pixels (SVG: its user units), for the page's layout before the image loads and for the PDF. */
  width: z.number().int().min(1),
  height: z.number().int().min(1),
  bytes: z.number().int().min(0),
});

export const alignmentPairSchema = z.object({ en: z.string(), ar: z.string() });

export interface MdastJson {
  type: string;
  children?: MdastJson[];
  [key: string]: unknown;
}
const mdastNodeSchema: z.ZodType<MdastJson> = z.lazy(() =>
  z.looseObject({ type: z.string(), children: z.array(mdastNodeSchema).optional() }),
);

export const paperJsonSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  meta: metaSchema,
  outline: z.array(sectionSchema),
  /** mdast (positions removed) with the annotation nodes of pipeline/model/mdast.ts. */
  body: mdastNodeSchema,
  entities: z.array(entitySchema),
  citations: z.array(citationSchema),
  glossary: z.array(glossaryEntrySchema),
  /** The image files the body shows (`image` nodes with `data.figure`), present when there are any. */
  figures: z.array(figureSchema).optional(),
  /** Pairs of aligned block ids, present when the paper exists in both languages. */
  alignment: z.array(alignmentPairSchema).optional(),
  diagnostics: z.array(diagnosticSchema),
});

export type Lang = z.infer<typeof langSchema>;
export type Severity = z.infer<typeof severitySchema>;
export type Diagnostic = z.infer<typeof diagnosticSchema>;
export type PaperMeta = z.infer<typeof metaSchema>;
export type Span = z.infer<typeof spanSchema>;
export type EntityType = z.infer<typeof entityTypeSchema>;
export type Entity = z.infer<typeof entitySchema>;
export type Citation = z.infer<typeof citationSchema>;
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
export type AlignmentPair = z.infer<typeof alignmentPairSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type FigureFormat = z.infer<typeof figureFormatSchema>;
export type PaperJson = z.infer<typeof paperJsonSchema>;

/**
 * The in-memory Paper: the JSON edition's shape, except that `body` is the real
 * mdast tree with positions (renderers use them to point at the source).
 */
export type Paper = Omit<PaperJson, 'body'> & { body: Root };
