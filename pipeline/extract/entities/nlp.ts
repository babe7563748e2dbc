/**
 * compromise and compromise-dates, loaded on first use and once per process:
 * loading costs far more than a paper's extraction, and papers the gazetteer
 * covers never need them. The CommonJS builds are used so that the extract
 * stage stays synchronous.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

export type Nlp = typeof nlpType;

let loaded: Nlp | null = null;

export function nlp(): Nlp {
  if (!loaded) {
    const require = createRequire(import.meta.url);
    const compromise = require('compromise') as Nlp;
    compromise.plugin(require('compromise-dates'));
    loaded = compromise;
  }
  return loaded;
}

/** True once the models are in memory (the bench reports load and warm time apart). */
export function nlpLoaded(): boolean {
  return loaded !== null;
}
