import Ajv from 'ajv8';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { modelJsonSchema } from '../../../../src/core/transfer/modelJsonSchema';
import { validateModelImport } from '../../../../src/core/transfer/validateModelImport';
import { tinyModelDocument } from '../tinyModel';

const root = join(__dirname, '..', '..', '..', '..');
const committed = JSON.parse(readFileSync(join(root, 'docs', 'model-format.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(committed);

describe('the JSON Schema of the model format (docs/model-format.schema.json)', () => {
  it('is what the import checks: the committed file is generated from the same structure', () => {
    expect(committed).toEqual(JSON.parse(JSON.stringify(modelJsonSchema())));
  });

  it.each(readdirSync(join(root, 'sharepoint', 'seed')).filter((f) => f.endsWith('.json')))('accepts the starter model %s', (file) => {
    const doc = JSON.parse(readFileSync(join(root, 'sharepoint', 'seed', file), 'utf8'));
    expect(validate(doc) ? [] : validate.errors).toEqual([]);
  });

  it('accepts what an export writes, and refuses what the import refuses', () => {
    expect(validate(JSON.parse(JSON.stringify(tinyModelDocument())))).toBe(true);
    const broken = JSON.parse(JSON.stringify(tinyModelDocument()));
    broken.routines[0].status = 'live';
    broken.tools[0].colour = 'red';
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath).sort()).toEqual(['/routines/0/status', '/tools/0']);
    expect(validateModelImport(JSON.stringify(broken)).document).toBeUndefined();
  });
});
