import { assembleModel } from '../../../../src/core/mapping/assembleModel';
import { documentToLists } from '../../../../src/core/mapping/documentToLists';
import type { RawLists } from '../../../../src/core/mapping/assembleModel';
import { importChangesNothing, planImport } from '../../../../src/core/transfer/planImport';
import { modelToDocument } from '../../../../src/core/transfer/modelToDocument';
import { tinyModelDocument } from '../tinyModel';

/** The tiny model as a site holds it: items with ids and ETags, as SharePoint answers them. */
function siteWithTinyModel(): RawLists {
  const { lists } = documentToLists(tinyModelDocument());
  const site: RawLists = {};
  for (const [key, items] of Object.entries(lists)) {
    site[key as keyof RawLists] = (items ?? []).map((item) => ({ ...item, 'odata.etag': '"1"', Urgent: item.Urgent === false ? null : item.Urgent }));
  }
  return site;
}

describe('planImport', () => {
  it('creates everything on an empty site, in dependency order, with provisional ids for lookups', () => {
    const plan = planImport(tinyModelDocument(), {});
    expect(plan.writes.every((w) => w.kind === 'create' && w.id < 0)).toBe(true);
    const order = [...new Set(plan.writes.map((w) => w.list))];
    expect(order).toEqual(['settings', 'dimensions', 'services', 'tools', 'arenas', 'routines', 'contacts', 'actionPlan', 'annualWheel']);
    const skole = plan.writes.find((w) => w.list === 'services' && w.ref === 'skole');
    const routine = plan.writes.find((w) => w.list === 'routines' && w.ref === 'niva-0');
    expect(routine?.values.ResponsibleServiceId).toBe(skole?.id);
    expect(new Set(plan.writes.map((w) => w.id)).size).toBe(plan.writes.length);
  });

  it('changes nothing when the site already holds the document (an export imported again)', () => {
    const site = siteWithTinyModel();
    const exported = modelToDocument(assembleModel(site).model);
    const plan = planImport(exported, site);
    expect(plan.writes).toEqual([]);
    expect(importChangesNothing(plan)).toBe(true);
    expect(plan.summary.find((s) => s.list === 'routines')).toMatchObject({ create: 0, update: 0, unchanged: 2, onlyOnSite: [] });
  });

  it('updates only the changed columns, remembers the old values and the ETag, and refers to existing ids', () => {
    const site = siteWithTinyModel();
    const doc = tinyModelDocument();
    doc.routines[0].summary = 'Ny tekst';
    doc.routines[0].audience = ['barnevern'];
    const plan = planImport(doc, site);
    expect(plan.writes).toEqual([
      {
        list: 'routines',
        kind: 'update',
        ref: 'niva-0',
        id: 1,
        values: { Summary: 'Ny tekst', AudienceId: [2] },
        previous: { Summary: 'Når du er bekymret', AudienceId: [1, 2] },
        etag: '"1"'
      }
    ]);
  });

  it('adds new items beside existing ones and lists what is only on the site, without deleting it', () => {
    const site = siteWithTinyModel();
    const doc = tinyModelDocument();
    doc.services.push({ key: 'nav', title: 'NAV', role: 'Økonomi', mandate: '', tierMeasures: [], reach: {}, placements: [] });
    doc.routines[1].responsibleService = 'nav';
    doc.contacts = doc.contacts.filter((c) => c.key !== 'politi');
    const plan = planImport(doc, site);
    const nav = plan.writes.find((w) => w.ref === 'nav');
    expect(nav).toMatchObject({ list: 'services', kind: 'create' });
    expect(plan.writes.find((w) => w.ref === 'vold')?.values).toEqual({ ResponsibleServiceId: nav?.id });
    expect(plan.summary.find((s) => s.list === 'contacts')?.onlyOnSite).toEqual(['politi']);
    expect(plan.writes.some((w) => w.list === 'contacts')).toBe(false);
  });

  it('matches settings by name and dimension values by dimension and key', () => {
    const site = siteWithTinyModel();
    const doc = tinyModelDocument();
    doc.settings.reviewIntervalMonths = 6;
    doc.dimensions[1].values[0].name.nn = 'Nivå ein';
    const plan = planImport(doc, site);
    expect(plan.writes.map((w) => [w.list, w.ref, w.kind])).toEqual([
      ['settings', 'reviewIntervalMonths', 'update'],
      ['dimensions', 'bti:1', 'update']
    ]);
  });
});
