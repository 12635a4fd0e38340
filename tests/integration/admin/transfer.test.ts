import type { ModelDocument } from '../../../src/core/model/ModelDocument';
import { MAX_IMPORT_BYTES } from '../../../src/core/transfer/importLimits';
import { validateModelImport } from '../../../src/core/transfer/validateModelImport';
import type { ImportOutcome } from '../../../src/data/ports/admin/ModelTransfer';
import { tinyModelDocument } from '../../unit/core/tinyModel';
import { listPath, startAdminWorkbench, type AdminWorkbench } from './adminWorkbench';

let wb: AdminWorkbench;
beforeAll(async () => {
  wb = await startAdminWorkbench();
});
afterAll(async () => {
  await wb?.stop();
});

/** What the admin view does with a chosen file: validate everything, and only a file without problems is written. */
async function importFile(text: string, byteLength = Buffer.byteLength(text)): Promise<{ problems: number; outcome?: ImportOutcome }> {
  const validation = validateModelImport(text, byteLength);
  if (!validation.document) return { problems: validation.problems.length };
  const admin = await wb.admin();
  return { problems: 0, outcome: await admin.transfer.applyImport(await admin.transfer.prepareImport(validation.document)) };
}

async function exported(): Promise<ModelDocument> {
  return (await (await wb.admin()).transfer.exportModel()).document;
}

const sortByKey = <T extends { key: string }>(items: T[]): T[] => [...items].sort((a, b) => a.key.localeCompare(b.key));

/** A document compared by meaning: JSON's view of it (no undefined), rows by key, dimension values by their order. */
function normalized(value: ModelDocument): unknown {
  const doc = JSON.parse(JSON.stringify(value)) as ModelDocument;
  return {
    ...doc,
    dimensions: doc.dimensions.map((d) => ({ ...d, values: [...d.values].sort((a, b) => a.order - b.order) })),
    services: sortByKey(doc.services),
    tools: sortByKey(doc.tools),
    arenas: sortByKey(doc.arenas),
    routines: sortByKey(doc.routines),
    contacts: sortByKey(doc.contacts),
    actionPlan: sortByKey(doc.actionPlan),
    annualWheel: sortByKey(doc.annualWheel)
  };
}

describe('export and import of the whole model', () => {
  it('exports the model, drafts included, as a valid document that an import finds already in place', async () => {
    const doc = await exported();
    expect(validateModelImport(JSON.stringify(doc)).problems).toEqual([]);
    expect(normalized(doc)).toEqual(normalized(tinyModelDocument()));
    const plan = await (await wb.admin()).transfer.prepareImport(doc);
    expect(plan.writes).toEqual([]);
  });

  it.each([
    ['text that is not JSON', '{"format": "trygge-barn-model", '],
    ['another kind of file', JSON.stringify({ name: 'x', version: '1.0.0' })],
    ['a prototype-pollution key', JSON.stringify(tinyModelDocument()).replace('"key":"skole"', '"key":"skole","__proto__":{"admin":true}')],
    ['wrong types', JSON.stringify({ ...tinyModelDocument(), routines: [{ ...tinyModelDocument().routines[0], steps: 'gjør noe' }] })],
    ['a reference to a missing service', JSON.stringify({ ...tinyModelDocument(), contacts: [{ ...tinyModelDocument().contacts[0], service: 'finnes-ikke' }] })],
    ['a script URL', JSON.stringify({ ...tinyModelDocument(), tools: [{ ...tinyModelDocument().tools[0], documentUrl: 'javascript:alert(1)' }] })]
  ])('refuses %s and leaves every list untouched', async (_what, text) => {
    const before = await wb.snapshot();
    const result = await importFile(text);
    expect(result.problems).toBeGreaterThan(0);
    expect(result.outcome).toBeUndefined();
    expect(await wb.snapshot()).toEqual(before);
  });

  it('refuses a file over the size limit by its size alone', async () => {
    const before = await wb.snapshot();
    expect((await importFile('', MAX_IMPORT_BYTES + 1)).problems).toBe(1);
    expect(await wb.snapshot()).toEqual(before);
  });

  it('applies a valid import completely: new items, changed items, lookups to new items, markup kept as text', async () => {
    const doc = tinyModelDocument();
    doc.settings.reviewIntervalMonths = 6;
    doc.services.push({ key: 'nav', title: 'NAV', role: 'Økonomisk rådgivning', mandate: 'NAV-loven', tierMeasures: [], reach: { phone: '55 55 33 33' }, placements: [] });
    doc.routines[1].responsibleService = 'nav';
    doc.routines[1].audience = ['nav', 'skole'];
    doc.routines[0].summary = '<script>alert("x")</script> & <b>fet</b>';
    doc.routines.push({ ...doc.routines[0], key: 'ny-rutine', title: 'Ny rutine', status: 'draft', steps: [{ what: 'Ring', how: '', who: 'Du', tools: [], deadline: '' }] });
    const result = await importFile(JSON.stringify(doc));
    expect(result).toEqual({ problems: 0, outcome: { kind: 'applied', written: 5 } });
    const after = await exported();
    expect(normalized(after)).toEqual(normalized(doc));
    // Stored exactly as text; the UI shows it as text (React escapes it).
    expect(after.routines.find((r) => r.key === 'niva-0')?.summary).toBe('<script>alert("x")</script> & <b>fet</b>');
    // Importing the same file again changes nothing.
    expect((await (await wb.admin()).transfer.prepareImport(doc)).writes).toEqual([]);
  });

  it('rolls back everything it wrote when a write fails midway (someone changed an item meanwhile)', async () => {
    const start = tinyModelDocument();
    const admin = await wb.admin();
    // Back to the tiny model first, so this test stands on its own.
    expect((await admin.transfer.applyImport(await admin.transfer.prepareImport(start))).kind).toBe('applied');
    const doc = tinyModelDocument();
    doc.settings.municipality = 'Nyby kommune';
    doc.services.push({ key: 'bup', title: 'BUP', role: 'Spesialist', mandate: '', tierMeasures: [], reach: {}, placements: [] });
    doc.routines[0].title = 'Uro for et barn (ny)';
    doc.contacts[0].description = 'Ny beskrivelse';
    const plan = await admin.transfer.prepareImport(doc);
    expect(plan.writes.map((w) => `${w.list}:${w.ref}:${w.kind}`)).toEqual(['settings:municipality:update', 'services:bup:create', 'routines:niva-0:update', 'contacts:bvv:update']);
    // After the plan was made, someone edits the contact the import will update last.
    const contactId = plan.writes[3].id;
    const concurrent = await wb.rest('admin', 'POST', `${listPath('TB Kontakter')}/items(${contactId})`, { Title: 'Barnevernvakta' }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' });
    expect(concurrent.status).toBe(204);
    const before = await wb.snapshot();
    const servicesBefore = (await exported()).services.map((s) => s.key).sort();
    const phases: string[] = [];
    const outcome = await admin.transfer.applyImport(plan, (p) => phases.push(p.phase));
    expect(outcome).toMatchObject({ kind: 'rolledBack', failedAt: { list: 'contacts', ref: 'bvv', reason: 'conflict' }, verified: true, notRestored: [], rollbackProblems: [] });
    // The report names exactly what the import had changed and put back.
    expect(outcome.kind === 'rolledBack' && outcome.restored.map((r) => `${r.list}:${r.ref}`).sort()).toEqual(['routines:niva-0', 'services:bup', 'settings:municipality']);
    expect(phases).toContain('rollingBack');
    const after = await exported();
    expect(after.settings.municipality).toBe(start.settings.municipality);
    expect(after.services.map((s) => s.key).sort()).toEqual(servicesBefore);
    expect(servicesBefore).not.toContain('bup');
    expect(after.routines.find((r) => r.key === 'niva-0')?.title).toBe(start.routines[0].title);
    // Their change stands; nothing of the import remains.
    expect(after.contacts.find((c) => c.key === 'bvv')?.title).toBe('Barnevernvakta');
    const snapshot = await wb.snapshot();
    // Same content; only the version stamps moved on (the rollback is itself a change, kept in version history).
    const content = (items: Array<Record<string, unknown>>): unknown[] =>
      items.map(({ Modified: _m, EditorId: _e, OData__UIVersionString: _v, 'odata.etag': _etag, ...rest }) => rest);
    for (const title of Object.keys(before)) expect({ title, items: content(snapshot[title]) }).toEqual({ title, items: content(before[title]) });
  });
});
