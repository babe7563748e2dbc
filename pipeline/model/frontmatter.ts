/**
 * The front matter of a source paper (`source/<slug>/<lang>.md`).
 * One zod schema is the single definition: the TypeScript type, the validation
 * that reports problems at their line and column, and the docs all come from it.
 */
import { z } from 'zod';
import { LANGS } from './langs.js';

const bilingual = z.object({
  en: z.string().min(1),
  ar: z.string().min(1),
});

export const publisherSchema = z.object({
  /** The publisher's name in both languages (the editions print both). */
  name: bilingual,
  /** Short name or acronym, e.g. "Rasanah". */
  short: z.string().min(1).optional(),
  site: z.url({ protocol: /^https?$/ }).optional(),
  /** The publisher's logo: a path relative to the project root (papers.yml's folder) or an https URL. */
  logo: z.string().min(1).optional(),
  contact: z
    .object({
      email: z.email().optional(),
      /** Social-media handles such as "@rasanahiiis". */
      social: z.array(z.string().min(1)).optional(),
      phone: z.string().min(1).optional(),
      address: z.string().min(1).optional(),
    })
    .strict()
    .optional(),
}).strict();

export const frontMatterSchema = z
  .object({
    title: z.string().min(1),
    subtitle: z.string().min(1).optional(),
    /** Document type as printed, e.g. "Position Paper". */
    type: z.string().min(1),
    /** Publication date, ISO 8601 calendar date (YYYY-MM-DD). */
    date: z.iso.date(),
    lang: z.enum(LANGS),
    publisher: publisherSchema,
    authors: z.array(z.string().min(1)).optional(),
    summary: z.string().min(1).optional(),
    keywords: z.array(z.string().min(1)).optional(),
    /** Licence of the paper as printed, e.g. "CC BY 4.0". */
    license: z.string().min(1).optional(),
    /**
     * `partial` when this edition translates only the first part of the other
     * (work in progress): the blocks after the last translated one are then
     * summed up in one coverage line instead of being reported one by one.
     */
    translation: z.enum(['complete', 'partial']).optional(),
  })
  .strict();

export type FrontMatter = z.infer<typeof frontMatterSchema>;
export type Publisher = z.infer<typeof publisherSchema>;
