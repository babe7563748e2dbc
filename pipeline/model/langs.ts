/**
 * The languages papers are published in. On its own, without the front-matter
 * schema (zod), so that a build with nothing to do starts without loading it.
 */
export const LANGS = ['en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];
