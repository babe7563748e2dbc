/** The JSON edition's schema, compiled once with ajv. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { ROOT } from './cli.js';

const ajv = new Ajv2020({ allErrors: true, strict: false });
export const validatePaperJson = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schema', 'paper.schema.json'), 'utf8')));

export function schemaErrors(data: unknown): string {
  return validatePaperJson(data) ? '' : ajv.errorsText(validatePaperJson.errors);
}
