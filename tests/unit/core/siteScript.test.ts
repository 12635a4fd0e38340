import Ajv from 'ajv';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { buildSiteScript, countActions, lookupOrder, splitSiteScript, SYNC_ACTION_LIMIT, TASK_ACTION_LIMIT, TASK_CHARACTER_LIMIT } from '../../../src/core/provisioning/siteScript';
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

  it('creates every list and every field but Title; lookups name their target by targetListName, never by a URL', () => {
    const script = buildSiteScript('nb');
    expect(script.actions.map((a) => a.listName).sort()).toEqual(LISTS.map((l) => l.title).sort());
    const routines = script.actions.find((a) => a.listName === listSchema('routines').title)!;
    const lookup = routines.subactions.find((s) => s.verb === 'addSPLookupFieldXml' && s.schemaXml.includes('Name="ResponsibleService"'));
    // createSPList keeps spaces in the URL ("Lists/TB Tjenester"); "Lists/TBTjenester" would not exist.
    expect(lookup).toEqual(expect.objectContaining({ targetListName: 'TB Tjenester' }));
    expect(JSON.stringify(script)).not.toContain('targetListUrl');
    const fieldCount = LISTS.reduce((n, l) => n + l.fields.length - 1, 0);
    expect(script.actions.flatMap((a) => a.subactions).filter((s) => s.verb !== 'setDescription')).toHaveLength(fieldCount);
  });

  it('creates every list after the lists its lookups point to', () => {
    const order = buildSiteScript('nb').actions.map((a) => a.listName);
    for (const list of LISTS) {
      for (const field of list.fields.filter((f) => f.lookupList)) {
        expect({ lookup: `${list.title}.${field.name}`, before: order.indexOf(listSchema(field.lookupList as never).title) < order.indexOf(list.title) }).toEqual({
          lookup: `${list.title}.${field.name}`,
          before: true
        });
      }
    }
    const shuffled = [...LISTS].reverse();
    expect(lookupOrder(shuffled).findIndex((l) => l.key === 'services')).toBeLessThan(lookupOrder(shuffled).findIndex((l) => l.key === 'routines'));
  });

  it.each(['nb', 'nn'] as const)('is within Add-SPOSiteDesignTask limits whole (300 actions, 100,000 characters) but not a synchronous run (%s)', (locale) => {
    const whole = buildSiteScript(locale);
    expect(countActions(whole)).toBeLessThanOrEqual(TASK_ACTION_LIMIT);
    expect(JSON.stringify(whole).length).toBeLessThanOrEqual(TASK_CHARACTER_LIMIT);
    expect(countActions(whole)).toBeGreaterThan(SYNC_ACTION_LIMIT);
  });

  it.each(['nb', 'nn'] as const)('splits into parts of at most 30 actions and subactions that keep every action in order (%s)', (locale) => {
    const whole = buildSiteScript(locale);
    const parts = splitSiteScript(whole);
    for (const part of parts) expect(countActions(part)).toBeLessThanOrEqual(SYNC_ACTION_LIMIT);
    expect(parts.flatMap((p) => p.actions)).toEqual(whole.actions);
    const validate = new Ajv({ allErrors: true }).compile(schema);
    for (const part of parts) expect(validate(part) ? [] : validate.errors).toEqual([]);
  });

  it('continues a list longer than a part in the next part under the same listName', () => {
    const whole = buildSiteScript('nb');
    const parts = splitSiteScript(whole, 8);
    for (const part of parts) expect(countActions(part)).toBeLessThanOrEqual(8);
    const routineActions = parts.flatMap((p) => p.actions).filter((a) => a.listName === 'TB Rutiner');
    expect(routineActions.length).toBeGreaterThan(1);
    expect(routineActions.flatMap((a) => a.subactions)).toEqual(whole.actions.find((a) => a.listName === 'TB Rutiner')!.subactions);
  });

  it('matches the committed files in sharepoint/provisioning (run `npm run provisioning:site-script` after a schema change)', () => {
    for (const locale of ['nb', 'nn'] as const) {
      const committed = readFileSync(join(root, 'sharepoint', 'provisioning', `trygge-barn.sitescript.${locale}.json`), 'utf8');
      expect(JSON.parse(committed)).toEqual(buildSiteScript(locale));
      const parts = splitSiteScript(buildSiteScript(locale));
      const files = readdirSync(join(root, 'sharepoint', 'provisioning')).filter((f) => f.startsWith(`trygge-barn.sitescript.${locale}.part`));
      expect(files).toHaveLength(parts.length);
      parts.forEach((part, i) => {
        expect(JSON.parse(readFileSync(join(root, 'sharepoint', 'provisioning', `trygge-barn.sitescript.${locale}.part${i + 1}.json`), 'utf8'))).toEqual(part);
      });
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
