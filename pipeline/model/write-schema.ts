/**
 * Writes schema/paper.schema.json from the zod model (`npm run schema`).
 * The test suite regenerates it in memory and fails if the committed file differs.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { paperJsonSchema, SCHEMA_VERSION } from './paper.js';

export function paperJsonSchemaDocument(): string {
  const schema = z.toJSONSchema(paperJsonSchema, { target: 'draft-2020-12', unrepresentable: 'any', io: 'output' }) as Record<string, unknown>;
  const doc = {
    $schema: schema.$schema,
    $id: `https://papers.invalid/schema/paper.v${SCHEMA_VERSION}.json`,
    title: 'Paper (JSON edition)',
    description: 'The Paper model as written to output/<slug>/<lang>.json. Generated from pipeline/model/paper.ts; do not edit by hand.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
  return JSON.stringify(doc, null, 2) + '\n';
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(process.argv[2] ?? 'schema/paper.schema.json', paperJsonSchemaDocument());
}
