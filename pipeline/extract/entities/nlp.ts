/**
 * compromise, loaded on first use and once per process: loading it costs
 * far more than a paper's extraction, and papers the gazetteer covers never
 * need it. Its CommonJS build is used so that the extract stage stays
 * synchronous.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

export type Nlp = typeof nlpType;

let loaded: Nlp | null = null;

export function nlp(): Nlp {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    loaded = require('compromise') as Nlp;
  }
  return loaded;
}

/** True once the models are in memory (the bench reports load and warm time apart). */
export function nlpLoaded(): boolean {
  return loaded !== null;
}
