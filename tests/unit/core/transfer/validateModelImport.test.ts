import { describeImportProblem } from '../../../../src/core/transfer/ImportProblem';
import { MAX_IMPORT_BYTES } from '../../../../src/core/transfer/importLimits';
import { validateModelImport } from '../../../../src/core/transfer/validateModelImport';
import { tinyModelDocument } from '../tinyModel';

const validText = (): string => JSON.stringify(tinyModelDocument());

/** The tiny model with a change made to its parsed JSON, so tests can break it in ways TypeScript forbids. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the point is to break the document in ways its type forbids
function withChange(change: (doc: Record<string, any>) => void): string {
  const doc = JSON.parse(validText());
  change(doc);
  return JSON.stringify(doc);
}

describe('validateModelImport', () => {
  it('accepts a valid document and gives it back', () => {
    const result = validateModelImport(validText());
    expect(result.problems).toEqual([]);
    expect(result.document?.routines.map((r) => r.key)).toEqual(['niva-0', 'vold']);
  });

  it('refuses a file over the size limit without reading it', () => {
    const result = validateModelImport('{}', MAX_IMPORT_BYTES + 1);
    expect(result.document).toBeUndefined();
    expect(result.problems).toEqual([expect.objectContaining({ where: '(file)', message: expect.stringContaining('the limit is 5.0 MB') })]);
  });

  it.each([
    ['text that is not JSON', 'routines: [', 'is not valid JSON'],
    ['a JSON array', '[1, 2]', 'must hold one JSON object'],
    ['a JSON string', '"trygge-barn-model"', 'must hold one JSON object'],
    ['another kind of JSON document', '{"name":"package","version":"1.0.0"}', 'is not a Trygge Barn model']
  ])('refuses %s', (_what, text, message) => {
    const result = validateModelImport(text);
    expect(result.document).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0].message).toContain(message);
  });

  it('refuses a file made by a newer schema version', () => {
    const result = validateModelImport(withChange((d) => (d.schemaVersion = 99)));
    expect(result.problems).toEqual([expect.objectContaining({ field: 'schemaVersion', message: expect.stringContaining('newer') })]);
  });

  it('refuses prototype-pollution keys wherever they are, and pollutes nothing', () => {
    const hostile = validText().replace('"key":"niva-0"', '"key":"niva-0","__proto__":{"polluted":true}').replace('"settings":{', '"settings":{"constructor":{"prototype":{"x":1}},');
    const result = validateModelImport(hostile);
    expect(result.document).toBeUndefined();
    expect(result.problems.map((p) => p.field)).toEqual(expect.arrayContaining(['routines[0].__proto__', 'settings.constructor']));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses nesting deeper than a model document has', () => {
    const deep = withChange((d) => (d.routines[0].steps[0].tools = [[[[[[[[['x']]]]]]]]]));
    const result = validateModelImport(deep);
    expect(result.problems[0].message).toContain('nested more than');
  });

  it('reports every wrong type by collection, row, key and field at once', () => {
    const text = withChange((d) => {
      d.routines[0].steps = 'first do this';
      d.routines[1].urgent = 'yes';
      d.routines[1].owner = null;
      d.tools[0].placements = [1, 'bti:0'];
      d.services[1].reach = [];
      d.contacts[0].sortOrder = 3;
      delete d.arenas[0].purpose;
      d.settings.consentAge = '15';
    });
    const { problems, document } = validateModelImport(text);
    expect(document).toBeUndefined();
    const described = problems.map(describeImportProblem);
    expect(described).toEqual(
      expect.arrayContaining([
        'settings, consentAge: must be a number, got text',
        'routines, row 1 (niva-0), steps: must be a list, got text',
        'routines, row 2 (vold), urgent: must be true or false, got text',
        'routines, row 2 (vold), owner: must be text, got null',
        'tools, row 1 (uro), placements[0]: must be text, got a number',
        'services, row 2 (barnevern), reach: must be an object, got a list',
        'contacts, row 1 (bvv), sortOrder: is not a field of the model format',
        'arenas, row 1 (team), purpose: is missing'
      ])
    );
    expect(problems).toHaveLength(8);
  });

  it('reports what the list mappings refuse: limits, choices, URLs, references, repeated keys', () => {
    const text = withChange((d) => {
      d.routines[0].title = 'x'.repeat(300);
      d.routines[0].status = 'live';
      d.routines[1].responsibleService = 'no-such-service';
      d.tools[0].documentUrl = 'javascript:alert(1)';
      d.services[1].key = 'skole';
      d.annualWheel[0].month = 13;
    });
    const { problems, document } = validateModelImport(text);
    expect(document).toBeUndefined();
    const byField = (field: string): typeof problems => problems.filter((p) => p.field === field);
    expect(byField('Title')).toEqual([expect.objectContaining({ where: 'routines', row: 1, key: 'niva-0', message: expect.stringContaining('the limit is 255') })]);
    expect(byField('RoutineStatus')).toEqual([expect.objectContaining({ where: 'routines', row: 1, message: expect.stringContaining('must be one of draft, published') })]);
    expect(byField('responsibleService')).toEqual([expect.objectContaining({ where: 'routines', row: 2, key: 'vold', message: expect.stringContaining('"no-such-service"') })]);
    // Renaming a service leaves what referred to it dangling: each reference is reported where it is.
    expect(byField('audience[1]')).toEqual([expect.objectContaining({ where: 'routines', row: 1, message: expect.stringContaining('"barnevern"') })]);
    expect(byField('services[1]')).toEqual([expect.objectContaining({ where: 'arenas', row: 1 })]);
    expect(byField('DocumentUrl')).toEqual([expect.objectContaining({ where: 'tools', row: 1, key: 'uro', message: expect.stringContaining('http(s)') })]);
    expect(byField('ServiceKey')).toEqual([expect.objectContaining({ where: 'services', row: 2, message: expect.stringContaining('repeats the key "skole"') })]);
    expect(byField('Month')).toEqual([expect.objectContaining({ where: 'annualWheel', row: 1 })]);
    expect(problems).toHaveLength(8);
  });

  it('reports a step without "what" on its routine', () => {
    const { problems } = validateModelImport(withChange((d) => (d.routines[0].steps[1].what = ' ')));
    expect(problems).toEqual([expect.objectContaining({ where: 'routines', row: 1, key: 'niva-0', field: 'Steps', message: 'step 2 has no "what"' })]);
  });

  it('reports repeated dimension values and bad settings', () => {
    const { problems } = validateModelImport(
      withChange((d) => {
        d.dimensions[1].values[1].key = '1';
        d.settings.reviewIntervalMonths = 0;
      })
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ where: 'dimensions', row: 2, key: 'bti', field: 'values[1].key' }),
        expect.objectContaining({ where: 'settings', field: 'reviewIntervalMonths' })
      ])
    );
  });

  it('keeps HTML and script in text as text: it is not a problem, and it is not changed', () => {
    const markup = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const { problems, document } = validateModelImport(withChange((d) => (d.routines[0].summary = markup)));
    expect(problems).toEqual([]);
    expect(document?.routines[0].summary).toBe(markup);
  });
});
