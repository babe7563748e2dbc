/**
 * The sanitizer's schema for the HTML body: rehype-sanitize's default
 * (GitHub-like) schema plus exactly what this folder's handlers emit. Raw HTML
 * and refused URLs never reach this point (the processing stage
 * pipeline/parse/safety.ts takes them out of the tree); the sanitizer is the
 * second line, for anything a handler could let through.
 */
import { defaultSchema, type Schema } from 'hast-util-sanitize';

const aria = ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy', 'ariaHidden'];

/**
 * The default (GitHub-like) schema plus what the body handlers emit: ids from
 * the model (not clobbered: they are ours, raw HTML never reaches this point),
 * classes, language and direction, and the tooltip's ARIA wiring. Link and
 * image targets keep the URL policy's schemes (pipeline/text/url-policy.ts).
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobber: [],
  tagNames: [...(defaultSchema.tagNames ?? []), 'dfn', 'bdi', 'section', 'time', 'figure', 'figcaption'],
  attributes: {
    ...defaultSchema.attributes,
    time: ['dateTime'],
    img: [...(defaultSchema.attributes?.img ?? []), 'alt', 'width', 'height', 'loading', 'decoding'],
    '*': [...(defaultSchema.attributes?.['*'] ?? []), 'className', 'id', 'lang', 'dir', 'title', 'tabIndex', 'role', 'dataTerm', ...aria],
  },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'] },
};
