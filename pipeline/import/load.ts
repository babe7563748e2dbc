/**
 * The readers of PDF and Word files are loaded when an import needs them, by
 * require() (ES modules included, Node ≥ 20.19): they stay out of the CLI's
 * bundle, which every command loads, and the bundle holds no import()
 * (rolldown.config.mjs says why).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const load = <T>(id: string): T => require(id) as T;

/** The folder of an installed package. */
export const packageFolder = (name: string): string => require.resolve(`${name}/package.json`).replace(/[\\/]package\.json$/u, '');
