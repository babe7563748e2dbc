/**
 * The entry of the `papers` executable's CLI (bundled as dist/bundle/papers.cjs):
 * runs the command line with the choices only an executable may make for its
 * own process, here V8's tiering for a build of one paper (tiering.ts).
 */
import { runCli } from '../cli/main.js';
import { tierForLonePaper } from './tiering.js';

runCli(process.argv.slice(2), { onLonePaper: tierForLonePaper }).then((code) => {
  process.exitCode = code;
});
