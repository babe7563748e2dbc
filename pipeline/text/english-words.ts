/** The English word list of `an-array-of-english-words` (~275,000 lower-case words), loaded once on first use. */
import { createRequire } from 'node:module';

let dictionary: Set<string> | undefined;

export function englishWords(): Set<string> {
  if (!dictionary) {
    const require = createRequire(import.meta.url);
    dictionary = new Set(require('an-array-of-english-words') as string[]);
  }
  return dictionary;
}
