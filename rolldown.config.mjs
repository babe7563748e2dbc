/**
 * The CLI and its build worker as two self-contained CommonJS files in
 * dist/bundle/ (bundled from tsc's output in dist/pipeline/). Loading one file
 * instead of resolving and linking some 400 ES modules takes about 0.4 s of CPU
 * off a cold `papers build`; CommonJS so that the launcher can compile it
 * with V8's code cache (pipeline/launch/). The bundles are the same code: a
 * test builds the sample both ways and compares every byte.
 *
 * piscina stays outside: it starts its own worker script from a path relative
 * to its own files.
 */
import { defineConfig } from 'rolldown';

const bundle = (input, name) => ({
  input,
  platform: 'node',
  external: ['piscina'],
  logLevel: 'warn',
  // require() rather than import() of piscina: V8 drops a script's dynamic-import hook when it comes
  // from the code cache (Node 20), and piscina is CommonJS anyway. ASCII without comments: the
  // launcher then reads the 3 MB as Latin-1 in under a millisecond instead of decoding UTF-8.
  output: { dir: 'dist/bundle', format: 'cjs', codeSplitting: false, dynamicImportInCjs: false, charset: 'ascii', comments: false, entryFileNames: `${name}.cjs` },
});

export default defineConfig([bundle('dist/pipeline/launch/cli.js', 'papers'), bundle('dist/pipeline/batch/worker.js', 'worker')]);
