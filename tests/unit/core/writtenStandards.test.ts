import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { changedRoutineFields, EDITABLE_ROUTINE_FIELDS, routineColumnValues, validateRoutineDraft } from '../../../src/core/editing/routineEditing';
import { localizeModel, shownContent } from '../../../src/core/language/localizeModel';
import { mergeWrittenStandards } from '../../../src/core/language/mergeWrittenStandards';
import { assembleModel } from '../../../src/core/mapping/assembleModel';
import { documentToLists } from '../../../src/core/mapping/documentToLists';
import { ItemReader } from '../../../src/core/mapping/ItemReader';
import { LookupIndex } from '../../../src/core/mapping/LookupIndex';
import { routineMapping } from '../../../src/core/mapping/routineMapping';
import type { ModelDocument } from '../../../src/core/model/ModelDocument';
import type { Routine } from '../../../src/core/model/Routine';
import { planProvisioning } from '../../../src/core/provisioning/planProvisioning';
import type { SiteSnapshot } from '../../../src/core/provisioning/SiteSnapshot';
import { sharePointFieldType } from '../../../src/core/provisioning/fieldSchemaXml';
import { ModelSearchIndex } from '../../../src/core/search';
import { LISTS, listSchema, SCHEMA_VERSION } from '../../../src/core/schema/lists';
import { modelToDocument } from '../../../src/core/transfer/modelToDocument';
import { validateModelImport } from '../../../src/core/transfer/validateModelImport';
import { tinyModelDocument } from './tinyModel';

function starter(locale: 'nb' | 'nn'): ModelDocument {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'sharepoint', 'seed', `starter-model.${locale}.json`), 'utf8')) as ModelDocument;
}

/** The tiny model with Nynorsk companions on every kind of row. */
function bilingualTiny(): ModelDocument {
  const doc = tinyModelDocument();
  const [routine] = doc.routines;
  routine.nn = {
    title: 'Uro for eit barn',
    summary: 'Når du er uroleg',
    steps: [
      { what: 'Gjer uroa konkret', how: 'Skriv ned', who: 'Du', deadline: '' },
      { what: 'Avgjer vidare', how: 'Drøft', who: 'Leiar', deadline: 'Innan 14 dagar' }
    ],
    legalBasis: 'barnevernslova § 13-2'
  };
  doc.services[0].nn = { title: 'Skule', role: 'Ser borna kvar dag' };
  const name = (text: string): { nb: string; nn: string; en: string } => ({ nb: text, nn: text, en: text });
  doc.dimensions.push({ key: 'tier', role: 'tier', name: name('Trinn'), values: [{ key: 'universell', name: name('Universell'), order: 1 }, { key: 'indikert', name: name('Indikert'), order: 2 }] });
  doc.services[1].tierMeasures = [{ tier: 'universell', measures: 'Råd og rettleiing' }, { tier: 'indikert', measures: 'Undersøkelse' }];
  doc.services[1].nn = { tierMeasures: [{ tier: 'indikert', measures: 'Undersøking' }] };
  doc.tools[0].nn = { title: 'Uro for born', description: 'Teikn og signal' };
  doc.arenas[0].nn = { title: 'Tverrfagleg team', purpose: 'Drøfte saman' };
  doc.contacts[0].nn = { description: 'Ring med ein gong' };
  return doc;
}

function modelOf(doc: ModelDocument): ReturnType<typeof assembleModel> {
  return assembleModel(documentToLists(doc).lists);
}

describe('the list schema carries both written standards (schema 2)', () => {
  it('adds Nynorsk companion columns, marked since 2, where staff read text', () => {
    // Schema 3 added the own-service flag of routines (ownService.test.ts); the companions stay at 2.
    expect(SCHEMA_VERSION).toBe(3);
    const companions = (list: 'routines' | 'services' | 'tools' | 'arenas' | 'contacts'): string[] =>
      listSchema(list).fields.filter((f) => f.since === 2).map((f) => f.name);
    expect(companions('routines')).toEqual(['TitleNn', 'SummaryNn', 'StepsNn', 'LegalBasisNn']);
    expect(companions('services')).toEqual(['TitleNn', 'RoleNn', 'MandateNn', 'TierMeasuresNn']);
    expect(companions('tools')).toEqual(['TitleNn', 'DescriptionNn']);
    expect(companions('arenas')).toEqual(['TitleNn', 'PurposeNn']);
    expect(companions('contacts')).toEqual(['TitleNn', 'DescriptionNn']);
    // Optional: a site with Bokmål only stays valid.
    for (const list of LISTS) for (const f of list.fields.filter((x) => x.since === 2)) expect(f.required).toBeFalsy();
  });

  it('upgrades a site made with schema 1 by adding the companion columns and then the own-service flag', () => {
    const v1: SiteSnapshot = {
      lists: LISTS.map((l) => ({
        id: l.key,
        title: l.title,
        enableVersioning: l.versioning,
        enableModeration: false,
        fields: l.fields
          .filter((f) => (f.since ?? 1) === 1)
          .map((f) => ({ internalName: f.name, title: f.title.nb, typeAsString: sharePointFieldType(f), indexed: f.indexed ?? false }))
      }))
    };
    const plan = planProvisioning(v1);
    expect(plan.schemaVersion).toBe(3);
    expect(plan.actions.filter((a) => a.kind === 'addField' && a.since === 2)).toEqual(
      LISTS.flatMap((l) => l.fields.filter((f) => f.since === 2).map((f) => ({ kind: 'addField', list: l.key, field: f.name, since: 2 })))
    );
    expect(plan.actions.filter((a) => a.kind === 'addField').length).toBe(15);
  });
});

describe('mapping the …Nn columns', () => {
  it('writes and reads every companion text, the Nynorsk steps without tools', () => {
    const doc = bilingualTiny();
    const { lists, issues } = documentToLists(doc);
    expect(issues).toEqual([]);
    const item = lists.routines?.[0] as Record<string, unknown>;
    expect(item.TitleNn).toBe('Uro for eit barn');
    expect(JSON.parse(item.StepsNn as string)).toEqual([
      { what: 'Gjer uroa konkret', how: 'Skriv ned', who: 'Du', deadline: '' },
      { what: 'Avgjer vidare', how: 'Drøft', who: 'Leiar', deadline: 'Innan 14 dagar' }
    ]);
    expect(lists.services?.[1]).toMatchObject({ TierMeasuresNn: JSON.stringify([{ tier: 'indikert', measures: 'Undersøking' }]) });
    const { model, issues: readIssues } = assembleModel(lists);
    expect(readIssues).toEqual([]);
    expect(model.routines[0].nn).toEqual(doc.routines[0].nn);
    expect(model.services[0].nn).toEqual({ title: 'Skule', role: 'Ser borna kvar dag' });
    expect(model.tools[0].nn).toEqual(doc.tools[0].nn);
    expect(model.arenas[0].nn).toEqual(doc.arenas[0].nn);
    expect(model.contacts[0].nn).toEqual(doc.contacts[0].nn);
  });

  it('reads an item without Nynorsk text exactly as before (no nn at all), and clears the columns when written', () => {
    const { model } = modelOf(tinyModelDocument());
    expect(Object.prototype.hasOwnProperty.call(model.routines[0], 'nn')).toBe(false);
    const fields = routineMapping.write({ ...model.routines[0], responsibleService: undefined, arenas: [], audience: [] }, new LookupIndex());
    expect(fields).toMatchObject({ TitleNn: undefined, SummaryNn: undefined, StepsNn: undefined, LegalBasisNn: undefined });
    expect(Object.keys(fields)).toEqual(expect.arrayContaining(['TitleNn', 'SummaryNn', 'StepsNn', 'LegalBasisNn']));
  });

  it('keeps a routine whose StepsNn is malformed, with a warning, and shows its main steps', () => {
    const { lists } = documentToLists(tinyModelDocument());
    const raw = { ...(lists.routines?.[0] as Record<string, unknown>), TitleNn: 'Uro for eit barn', StepsNn: '[{"what": 7}]' };
    const lookups = new LookupIndex();
    lookups.add('services', 1, 'skole');
    lookups.add('services', 2, 'barnevern');
    lookups.add('arenas', 1, 'team');
    const reader = new ItemReader(listSchema('routines'), raw, lookups, 1);
    const routine = routineMapping.read(reader);
    expect(reader.hasErrors).toBe(false);
    expect(reader.issues).toEqual([expect.objectContaining({ severity: 'warning', field: 'StepsNn' })]);
    expect(routine.nn).toEqual({ title: 'Uro for eit barn' });
    const broken = new ItemReader(listSchema('routines'), { ...raw, StepsNn: '{"broken": ' }, lookups, 1);
    routineMapping.read(broken);
    expect(broken.issues).toEqual([expect.objectContaining({ severity: 'warning', field: 'StepsNn', message: 'is not valid JSON; the main text is shown instead' })]);
  });
});

describe('the routine editor and the Nynorsk text', () => {
  it('saves the …Nn columns only when the Nynorsk text changed, so a Bokmål edit never clears them', () => {
    const { model } = modelOf(bilingualTiny());
    const base = model.routines[0];
    const edited = { ...base, title: 'Uro for et barn (ny)', summary: 'Når du er bekymret (ny)' };
    const fields = changedRoutineFields(base, edited);
    expect(fields).toEqual(['title', 'summary']);
    expect(Object.keys(routineColumnValues(edited, fields)).filter((name) => name.endsWith('Nn'))).toEqual([]);
    expect(validateRoutineDraft(edited)).toEqual([]);
    const nynorsk = { ...base, nn: { ...base.nn, title: 'Uro for eit barn (ny)' } };
    expect(changedRoutineFields(base, nynorsk)).toEqual(['nn']);
    expect(routineColumnValues(nynorsk, ['nn'])).toMatchObject({ TitleNn: 'Uro for eit barn (ny)', SummaryNn: base.nn?.summary });
    expect(Object.keys(routineColumnValues(nynorsk, EDITABLE_ROUTINE_FIELDS))).not.toContain('LegalBasisNn');
  });
});

describe('localizeModel: one place chooses the written standard', () => {
  const { model } = modelOf(bilingualTiny());

  it('shows the Nynorsk text in the Nynorsk UI of a Bokmål site', () => {
    const nn = localizeModel(model, 'nn');
    const [routine] = nn.routines;
    expect(routine.title).toBe('Uro for eit barn');
    expect(routine.summary).toBe('Når du er uroleg');
    expect(routine.legalBasis).toBe('barnevernslova § 13-2');
    expect(routine.steps.map((s) => s.what)).toEqual(['Gjer uroa konkret', 'Avgjer vidare']);
    expect(routine.steps[1].deadline).toBe('Innan 14 dagar');
    // Tools, keys and references are the main routine's own.
    expect(routine.steps.map((s) => s.tools)).toEqual([['uro'], []]);
    expect(routine).toMatchObject({ key: 'niva-0', responsibleService: 'skole', arenas: ['team'], status: 'published' });
    expect(nn.services[0]).toMatchObject({ title: 'Skule', role: 'Ser borna kvar dag', mandate: '' });
    expect(nn.services[1].tierMeasures).toEqual([
      { tier: 'universell', measures: 'Råd og rettleiing' },
      { tier: 'indikert', measures: 'Undersøking' }
    ]);
    expect(nn.tools[0]).toMatchObject({ title: 'Uro for born', description: 'Teikn og signal', documentUrl: '/sites/tb/uro.pdf' });
    expect(nn.arenas[0]).toMatchObject({ title: 'Tverrfagleg team', purpose: 'Drøfte saman', meetingSubject: 'Tverrfaglig team – møte' });
    expect(nn.contacts[0].description).toBe('Ring med ein gong');
    expect(nn.contacts[0].title).toBe(model.contacts[0].title);
  });

  it('shows the main (Bokmål) text in the Bokmål and English UIs, returning the model itself', () => {
    expect(localizeModel(model, 'nb')).toBe(model);
    expect(localizeModel(model, 'en')).toBe(model);
    expect(localizeModel(model, 'en').routines[0].title).toBe('Uro for et barn');
    expect(shownContent('nb', 'en')).toBe('main');
  });

  it('shows a Nynorsk site as written in every UI (its main text is Nynorsk)', () => {
    const nnSite = { ...model, settings: { ...model.settings, contentLocale: 'nn' as const } };
    expect(localizeModel(nnSite, 'nn')).toBe(nnSite);
    expect(shownContent('nn', 'nn')).toBe('main');
  });

  it('falls back to the main text where the Nynorsk text is missing or empty, part by part', () => {
    const routine: Routine = { ...model.routines[0], nn: { title: '  ', steps: [{ what: 'Gjer uroa konkret', how: '', who: '', deadline: '' }, { what: 'Avgjer vidare', how: '', who: '', deadline: '' }] } };
    const [shown] = localizeModel({ ...model, routines: [routine] }, 'nn').routines;
    expect(shown.title).toBe('Uro for et barn');
    expect(shown.summary).toBe('Når du er bekymret');
    expect(shown.steps[0]).toMatchObject({ what: 'Gjer uroa konkret', how: 'Skriv ned', who: 'Du' });
    // A deadline is never lost to a translation that left it out.
    expect(shown.steps[1].deadline).toBe('Innen 14 dager');
  });

  it('shows the main steps whole when the Nynorsk steps are fewer or more (a stale translation never hides a step)', () => {
    const main = model.routines[0];
    const added = { ...main, steps: [...main.steps, { what: 'Meld til barnevernet', how: '', who: 'Rektor', tools: [], deadline: 'Straks' }] };
    const [shown] = localizeModel({ ...model, routines: [added] }, 'nn').routines;
    expect(shown.title).toBe('Uro for eit barn');
    expect(shown.steps).toEqual(added.steps);
  });

  it('gives search the text that is shown', () => {
    const hits = new ModelSearchIndex(localizeModel(model, 'nn')).search('uro');
    expect(hits.find((h) => h.key === 'niva-0')?.title).toBe('Uro for eit barn');
    expect(new ModelSearchIndex(localizeModel(model, 'nb')).search('uro').find((h) => h.key === 'niva-0')?.title).toBe('Uro for et barn');
  });
});

describe('mergeWrittenStandards on the starter models', () => {
  const { document, notes } = mergeWrittenStandards(starter('nb'), starter('nn'));

  it('pairs every row by key and every routine step by step', () => {
    expect(notes).toEqual([]);
    for (const r of document.routines) {
      expect([r.key, r.nn?.title !== undefined || r.title === starter('nn').routines.find((x) => x.key === r.key)?.title]).toEqual([r.key, true]);
      expect([r.key, r.nn?.steps?.length]).toEqual([r.key, r.steps.length]);
    }
  });

  it('gives a Bokmål-seeded site Nynorsk content in the Nynorsk UI and Bokmål in English', () => {
    const { model, issues } = modelOf(document);
    expect(issues).toEqual([]);
    const nnDoc = starter('nn');
    const nnModel = localizeModel(model, 'nn');
    const key = 'bti-niva-0-uro';
    const nnRoutine = nnDoc.routines.find((r) => r.key === key) as Routine;
    const shown = nnModel.routines.find((r) => r.key === key) as Routine;
    expect(shown.title).toBe(nnRoutine.title);
    expect(shown.steps.map((s) => s.what)).toEqual(nnRoutine.steps.map((s) => s.what));
    expect(localizeModel(model, 'en').routines.find((r) => r.key === key)?.title).toBe(starter('nb').routines.find((r) => r.key === key)?.title);
    // Every text staff read in Nynorsk is the Nynorsk document's.
    for (const r of nnModel.routines) expect([r.key, r.summary]).toEqual([r.key, nnDoc.routines.find((x) => x.key === r.key)?.summary]);
    for (const t of nnModel.tools) expect([t.key, t.description]).toEqual([t.key, nnDoc.tools.find((x) => x.key === t.key)?.description]);
  });

  it('keeps everything but the texts the main document’s own', () => {
    const main = starter('nb');
    const strip = <T extends { nn?: unknown }>(rows: T[]): T[] => rows.map(({ nn: _nn, ...rest }) => rest as T);
    expect({
      ...document,
      routines: strip(document.routines),
      services: strip(document.services),
      tools: strip(document.tools),
      arenas: strip(document.arenas),
      contacts: strip(document.contacts)
    }).toEqual(main);
  });

  it('leaves out a Nynorsk text that is the same as the main one', () => {
    const main = tinyModelDocument();
    const nn = { ...tinyModelDocument(), settings: { ...main.settings, contentLocale: 'nn' as const } };
    nn.tools = [{ ...main.tools[0], description: 'Teikn og signal' }];
    const merged = mergeWrittenStandards(main, nn).document;
    expect(merged.tools[0].nn).toEqual({ description: 'Teikn og signal' });
    expect(merged.routines[0].nn).toBeUndefined();
  });

  it('refuses documents in the wrong written standards', () => {
    expect(() => mergeWrittenStandards(starter('nn'), starter('nn'))).toThrow('already in Nynorsk');
    expect(() => mergeWrittenStandards(starter('nb'), starter('nb'))).toThrow('says its content is "nb"');
  });

  it('exports and imports the Nynorsk text with the model (a bilingual export is a valid file)', () => {
    const { model } = modelOf(document);
    const exported = JSON.stringify(modelToDocument(model));
    const validation = validateModelImport(exported);
    expect(validation.problems).toEqual([]);
    expect(validation.document?.routines.find((r) => r.key === 'bti-niva-0-uro')?.nn?.title).toBe(
      starter('nn').routines.find((r) => r.key === 'bti-niva-0-uro')?.title
    );
  });

  it('refuses an import whose Nynorsk steps are malformed or carry unknown fields', () => {
    const doc = bilingualTiny();
    (doc.routines[0].nn as Record<string, unknown>).steps = [{ what: 'Gjer uroa konkret', how: '', who: '', deadline: '', tools: ['uro'] }];
    const problems = validateModelImport(JSON.stringify(doc)).problems;
    expect(problems).toContainEqual(expect.objectContaining({ where: 'routines', field: 'nn.steps[0].tools', message: 'is not a field of the model format' }));
  });
});
