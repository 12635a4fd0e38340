/**
 * Writes docs/model-format.schema.json, the JSON Schema of the model document format, from the structure the
 * import checks (src/core/transfer/documentShape.ts): `npx tsx scripts/write-model-schema.ts`.
 * A unit test fails if the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelJsonSchema } from '../src/core/transfer/modelJsonSchema';

const file = join(__dirname, '..', 'docs', 'model-format.schema.json');
writeFileSync(file, `${JSON.stringify(modelJsonSchema(), null, 2)}\n`);
console.log(`wrote ${file}`);
