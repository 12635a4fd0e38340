import { assembleModel, type RawLists } from '../../../src/core/mapping/assembleModel';
import { documentToLists } from '../../../src/core/mapping/documentToLists';
import { describeIssue } from '../../../src/core/mapping/ItemIssue';
import { toRestValues } from '../../../src/core/mapping/EntityMapping';
import { parseSteps } from '../../../src/core/mapping/routineMapping';
import { tinyModelDocument } from './tinyModel';

function tinyLists(): RawLists {
  const { lists, issues } = documentToLists(tinyModelDocument());
  expect(issues).toEqual([]);
  return lists;
}

describe('assembleModel', () => {
  it('round-trips a model document through list items', () => {
    const doc = tinyModelDocument();
    const { model, issues } = assembleModel(tinyLists());
    expect(issues).toEqual([]);
    expect(model.routines[0]).toMatchObject({
      key: 'niva-0',
      responsibleService: 'skole',
      arenas: ['team'],
      audience: ['skole', 'barnevern'],
      lastReviewed: '2026-01-10',
      steps: doc.routines[0].steps
    });
    expect(model.dimensions.map((d) => d.key)).toEqual(['phase', 'bti']);
    expect(model.dimensions[1].values.map((v) => v.key)).toEqual(['0', '1']);
    expect(model.settings.consentAge).toBe(16);
  });

  it('reads multi-lookups in the verbose shape too', () => {
    const lists = tinyLists();
    const routine = { ...lists.routines![0], AudienceId: { results: [1] } };
    const { model } = assembleModel({ ...lists, routines: [routine] });
    expect(model.routines[0].audience).toEqual(['skole']);
  });

  it.each([
    ['a number where text belongs', { Title: 42 }, 'Title', 'must be text'],
    ['a missing required field', { Owner: '' }, 'Owner', 'is required'],
    ['an unknown choice', { RoutineStatus: 'archived' }, 'RoutineStatus', 'must be one of draft, published'],
    ['a broken lookup', { ResponsibleServiceId: 999 }, 'ResponsibleService', 'points to item 999'],
    ['oversized text', { Title: 'x'.repeat(300) }, 'Title', 'the limit is 255'],
    ['invalid JSON steps', { Steps: '[{"what": ' }, 'Steps', 'not valid JSON'],
    ['steps of the wrong shape', { Steps: '[{"how": "x"}]' }, 'Steps', 'has no "what"'],
    ['a bad date', { NextReview: 'next spring' }, 'NextReview', 'must be a date'],
    ['a boolean as text', { Urgent: 'yes' }, 'Urgent', 'must be yes/no']
  ])('skips a routine with %s and names list, item and field', (_name, patch, field, message) => {
    const lists = tinyLists();
    const bad = { ...lists.routines![0], Id: 7, ...patch };
    const { model, issues } = assembleModel({ ...lists, routines: [bad, lists.routines![1]] });
    expect(model.routines.map((r) => r.key)).toEqual(['vold']);
    expect(issues).toContainEqual(expect.objectContaining({ severity: 'error', list: 'TB Rutiner', item: 7, field }));
    expect(issues.map(describeIssue).join('\n')).toContain(message);
  });

  it('skips the second of two items with the same key', () => {
    const lists = tinyLists();
    const twin = { ...lists.services![0], Id: 50 };
    const { model, issues } = assembleModel({ ...lists, services: [...lists.services!, twin] });
    expect(model.services.filter((s) => s.key === 'skole')).toHaveLength(1);
    expect(issues).toContainEqual(expect.objectContaining({ item: 50, field: 'ServiceKey' }));
  });

  it('keeps an item whose placement or tool does not exist, dropping the reference with a warning', () => {
    const lists = tinyLists();
    const routine = { ...lists.routines![0], Placements: 'bti:0; phase:nowhere', Steps: JSON.stringify([{ what: 'Act', tools: ['ghost', 'uro'] }]) };
    const { model, issues } = assembleModel({ ...lists, routines: [routine] });
    expect(model.routines[0].placements).toEqual(['bti:0']);
    expect(model.routines[0].steps[0].tools).toEqual(['uro']);
    expect(issues.filter((i) => i.severity === 'warning').map((i) => i.field)).toEqual(['Placements', 'Steps']);
  });

  it('survives a list of garbage without losing the good items', () => {
    const lists = tinyLists();
    const garbage = [null, 'text', 42, { Id: 'x' }, {}] as never[];
    const { model, issues } = assembleModel({ ...lists, tools: [...garbage, ...lists.tools!] });
    expect(model.tools.map((t) => t.key)).toEqual(['uro']);
    expect(issues.filter((i) => i.list === 'TB Verktoy').length).toBeGreaterThanOrEqual(garbage.length);
  });

  it('rejects a tool link that could run script', () => {
    const lists = tinyLists();
    const tool = { ...lists.tools![0], DocumentUrl: 'javascript:alert(1)' };
    const { model, issues } = assembleModel({ ...lists, tools: [tool] });
    expect(model.tools).toEqual([]);
    expect(issues[0]).toMatchObject({ field: 'DocumentUrl' });
  });

  it.each(['//evil.example/x', '/\\evil.example/x'])('reports a protocol-relative link (%s) so the admin can fix it, and drops the tool', (url) => {
    const lists = tinyLists();
    const tool = { ...lists.tools![0], DocumentUrl: url };
    const { model, issues } = assembleModel({ ...lists, tools: [tool] });
    expect(model.tools).toEqual([]);
    expect(issues[0]).toMatchObject({ field: 'DocumentUrl' });
  });

  it('keeps a service whose optional web address is protocol-relative, and warns the admin about it', () => {
    const lists = tinyLists();
    const service = { ...lists.services![0], WebUrl: '//evil.example/x' };
    const { model, issues } = assembleModel({ ...lists, services: [service, ...lists.services!.slice(1)] });
    expect(model.services).toHaveLength(lists.services!.length);
    expect(model.services.filter((s) => s.reach?.url === '//evil.example/x')).toHaveLength(1);
    expect(issues).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'WebUrl', severity: 'warning' })]));
  });

  it('reports bad settings and keeps the defaults', () => {
    const lists = tinyLists();
    const settings = lists.settings!.map((s) => (s.Title === 'consentAge' ? { ...s, SettingValue: '12' } : s));
    const { model, issues } = assembleModel({ ...lists, settings });
    expect(model.settings.consentAge).toBe(15);
    expect(issues[0].message).toContain('15 or 16');
  });
});

describe('documentToLists', () => {
  it('reports a reference to a key the document does not define instead of throwing', () => {
    const doc = tinyModelDocument();
    doc.routines[0].responsibleService = 'nowhere';
    const { issues } = documentToLists(doc);
    expect(issues).toEqual([expect.objectContaining({ list: 'TB Rutiner', item: 'niva-0', message: expect.stringContaining('nowhere') })]);
  });
});

describe('parseSteps', () => {
  it('accepts ordered steps and fills optional parts', () => {
    expect(parseSteps([{ what: 'A' }, { what: 'B', how: 'h', who: 'w', tools: ['t'], deadline: 'd' }]).steps).toEqual([
      { what: 'A', how: '', who: '', tools: [], deadline: '' },
      { what: 'B', how: 'h', who: 'w', tools: ['t'], deadline: 'd' }
    ]);
  });

  it.each([[[]], [{}], [[1]], [[{ what: 'x', tools: 'uro' }]], [Array.from({ length: 51 }, () => ({ what: 'x' }))]])('rejects %j', (value) => {
    expect(parseSteps(value).problem).toBeDefined();
  });
});

describe('toRestValues', () => {
  it('sends empty fields as null so SharePoint clears them', () => {
    expect(JSON.stringify(toRestValues({ Title: 'x', Phone: undefined }))).toBe('{"Title":"x","Phone":null}');
  });
});
