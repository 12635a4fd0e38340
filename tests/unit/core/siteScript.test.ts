import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSiteScript } from '../../../src/core/provisioning/siteScript';
import { fieldSchemaXml } from '../../../src/core/provisioning/fieldSchemaXml';
import { stableGuid } from '../../../src/core/provisioning/stableGuid';
import { LISTS, listSchema } from '../../../src/core/schema/lists';

const root = join(__dirname, '..', '..', '..');
const schema = JSON.parse(readFileSync(join(root, 'tests', 'fixtures', 'microsoft', 'site-script-actions.schema.json'), 'utf8'));

describe('site script', () => {
  it.each(['nb', 'nn'] as const)('validates against the site script action schema (%s)', (locale) => {
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const valid = validate(buildSiteScript(locale));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('is refused by the schema when an action is malformed, so the validation can fail', () => {
    const validate = new Ajv().compile(schema);
    const script = buildSiteScript('nb');
    (script.actions[0] as { templateType?: number }).templateType = undefined;
    delete (script.actions[0] as { templateType?: number }).templateType;
    expect(validate(script)).toBe(false);
  });

  it('creates every list and every field but Title, lookups against their target list', () => {
    const script = buildSiteScript('nb');
    expect(script.actions.map((a) => a.listName)).toEqual(LISTS.map((l) => l.title));
    const routines = script.actions.find((a) => a.listName === listSchema('routines').title)!;
    const lookup = routines.subactions.find((s) => s.verb === 'addSPLookupFieldXml' && s.schemaXml.includes('Name="ResponsibleService"'));
    expect(lookup).toMatchObject({ targetListUrl: 'Lists/TBTjenester' });
    const fieldCount = LISTS.reduce((n, l) => n + l.fields.length - 1, 0);
    expect(script.actions.flatMap((a) => a.subactions).filter((s) => s.verb !== 'setDescription')).toHaveLength(fieldCount);
  });

  it('matches the committed files in sharepoint/provisioning (run `npm run provisioning:site-script` after a schema change)', () => {
    for (const locale of ['nb', 'nn'] as const) {
      const committed = readFileSync(join(root, 'sharepoint', 'provisioning', `trygge-barn.sitescript.${locale}.json`), 'utf8');
      expect(JSON.parse(committed)).toEqual(buildSiteScript(locale));
    }
  });
});

describe('fieldSchemaXml', () => {
  it('writes choices, index, uniqueness and plain-text notes, escaping display names', () => {
    const routines = listSchema('routines');
    const status = fieldSchemaXml(routines, routines.fields.find((f) => f.name === 'RoutineStatus')!, 'nb');
    expect(status).toContain('Indexed="TRUE"');
    expect(status).toContain('<CHOICES><CHOICE>draft</CHOICE><CHOICE>published</CHOICE></CHOICES>');
    const key = fieldSchemaXml(routines, routines.fields.find((f) => f.name === 'RoutineKey')!, 'nb');
    expect(key).toContain('EnforceUniqueValues="TRUE"');
    const steps = fieldSchemaXml(routines, routines.fields.find((f) => f.name === 'Steps')!, 'nb');
    expect(steps).toContain('RichText="FALSE"');
    const odd = fieldSchemaXml(routines, { name: 'X', type: 'Text', title: { nb: 'A & "B" <C>', nn: '', en: '' } }, 'nb');
    expect(odd).toContain('DisplayName="A &amp; &quot;B&quot; &lt;C&gt;"');
  });
});

describe('stableGuid', () => {
  it('is stable, GUID-shaped and different for different names', () => {
    expect(stableGuid('a')).toBe(stableGuid('a'));
    expect(stableGuid('a')).not.toBe(stableGuid('b'));
    expect(stableGuid('trygge-barn/routines/Steps')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
