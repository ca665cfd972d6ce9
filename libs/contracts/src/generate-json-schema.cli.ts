import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSON_SCHEMAS, renderJsonSchema } from './json-schemas';

// Writes libs/contracts/json-schema/*.json from the zod schemas; a unit test fails
// when the committed files drift from the schemas.
const outDir = resolve(__dirname, '../../../../libs/contracts/json-schema');
mkdirSync(outDir, { recursive: true });
for (const [name, schema] of Object.entries(JSON_SCHEMAS)) {
  writeFileSync(join(outDir, `${name}.json`), renderJsonSchema(name, schema));
  process.stdout.write(`wrote ${join(outDir, `${name}.json`)}\n`);
}
