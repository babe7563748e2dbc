/**
 * The project config's schema, `papers.yml` at the project root: what every
 * paper of a publisher shares (the publisher, the site, default front-matter
 * values, the languages). Reading and validating the file is
 * pipeline/source/config.ts.
 */
import { z } from 'zod';
import { frontMatterSchema, publisherSchema } from './frontmatter.js';
import { LANGS } from './langs.js';

const bilingualTitle = z.object({ en: z.string().min(1), ar: z.string().min(1) }).strict();

export const siteSchema = z
  .object({
    /** The absolute URL the output folder is published at, e.g. https://papers.example.org/. */
    url: z.url({ protocol: /^https?$/ }),
    title: bilingualTitle.optional(),
  })
  .strict();

const inheritable = frontMatterSchema.pick({ type: true, license: true, authors: true }).partial().strict();

export const projectConfigSchema = z
  .object({
    publisher: publisherSchema.optional(),
    site: siteSchema.optional(),
    /** Front-matter values a paper gets unless it gives its own; `en:` and `ar:` hold those of one language (the printed type). */
    defaults: inheritable.extend({ en: inheritable.optional(), ar: inheritable.optional() }).strict().optional(),
    /** The languages built by default, in order. */
    languages: z.array(z.enum(LANGS)).min(1).optional(),
  })
  .strict();

export type ProjectConfig = z.infer<typeof projectConfigSchema>;
export type SiteConfig = z.infer<typeof siteSchema>;
