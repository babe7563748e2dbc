/** Every command of `papers`, in the order `papers --help` lists them: one registration each. */
import type { Registration } from './command.js';
import { registerBuild, registerCheck } from './build-command.js';
import { registerEntities } from './entities-command.js';
import { registerIndex } from './index-command.js';
import { registerImport } from './import-command.js';
import { registerXliff } from './xliff-command.js';
import { registerServe } from './serve-command.js';

export const COMMANDS: Registration[] = [registerBuild, registerCheck, registerIndex, registerImport, registerXliff, registerEntities, registerServe];
