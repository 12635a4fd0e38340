import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { routinesForOutcome } from '../../../src/core/guide/worryGuide';
import { assembleModel } from '../../../src/core/mapping/assembleModel';
import { documentToLists } from '../../../src/core/mapping/documentToLists';
import type { ModelDocument } from '../../../src/core/model/ModelDocument';
import type { Routine } from '../../../src/core/model/Routine';
import { filterModelForService } from '../../../src/core/model/personalFilter';
import { isResponsibleService, responsibleFor } from '../../../src/core/model/responsibleFor';
import { buildReviewOverview, OWN_SERVICE_GROUP } from '../../../src/core/review/reviewOverview';
import { listSchema, SCHEMA_VERSION } from '../../../src/core/schema/lists';
import { buildSiteScript } from '../../../src/core/provisioning/siteScript';

function starter(locale: 'nb' | 'nn'): ModelDocument {
  return JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'sharepoint', 'seed', `starter-model.${locale}.json`), 'utf8')) as ModelDocument;
}

describe('routines done in the reader’s own service', () => {
  it('are a Yes/No column of the routines list (schema 3), not a lookup to a made-up service', () => {
    const field = listSchema('routines').fields.find((f) => f.name === 'OwnServiceResponsible');
    expect(field).toMatchObject({ type: 'Boolean', since: 3 });
    expect(field?.required).toBeFalsy();
    expect(SCHEMA_VERSION).toBe(3);
    const script = JSON.stringify(buildSiteScript('nb'));
    expect(script).toContain('Name=\\"OwnServiceResponsible\\"');
    expect(script).toMatch(/Type=\\"Boolean\\"[^}]*Name=\\"OwnServiceResponsible\\"|Name=\\"OwnServiceResponsible\\"[^}]*Type=\\"Boolean\\"/);
  });

  it.each(['nb', 'nn'] as const)('in the starter model (%s) the own-service routines name no central service', (locale) => {
    const doc = starter(locale);
    const own = doc.routines.filter((r) => r.ownServiceResponsible);
    expect(own.map((r) => r.key)).toEqual(expect.arrayContaining(['bti-niva-0-uro', 'bti-niva-1-egen-tjeneste', 'bti-niva-2-samarbeid', 'nar-barnet-forteller', 'innhente-samtykke']));
    for (const r of own) expect(r.responsibleService).toBeUndefined();
    // Every routine about one's own service ("egen tjeneste" / "eiga teneste" in the title) is flagged.
    for (const r of doc.routines.filter((x) => /egen tjeneste|eiga teneste/i.test(x.title))) expect(r.ownServiceResponsible).toBe(true);
    // Familiesenteret stays responsible only for its own and the project group's work.
    expect(doc.routines.filter((r) => r.responsibleService === 'familiesenter').map((r) => r.key).sort()).toEqual(
      ['arlig-evaluering-modellen', 'eskalering-leder', 'kompetanseheving', 'oppdatere-modellen', 'tilbakemelding-modellen'].sort()
    );
  });

  it('survives the list mapping both ways, and an unflagged routine reads as before', () => {
    const doc = starter('nb');
    const { lists, issues } = documentToLists(doc);
    expect(issues).toEqual([]);
    const items = lists.routines as Array<Record<string, unknown>>;
    const level1 = items.find((i) => i.RoutineKey === 'bti-niva-1-egen-tjeneste');
    expect(level1).toMatchObject({ OwnServiceResponsible: true, ResponsibleServiceId: undefined });
    expect(items.find((i) => i.RoutineKey === 'skolefravaer')?.OwnServiceResponsible).toBe(false);
    const { model } = assembleModel(lists);
    const read = (key: string): Routine | undefined => model.routines.find((r) => r.key === key);
    expect(read('bti-niva-1-egen-tjeneste')).toMatchObject({ ownServiceResponsible: true, responsibleService: undefined });
    expect(read('skolefravaer')).not.toHaveProperty('ownServiceResponsible');
    expect(read('skolefravaer')?.responsibleService).toBe('skole');
  });

  it('name the reader’s own service when one is chosen, else no service at all', () => {
    const doc = starter('nb');
    const level1 = doc.routines.find((r) => r.key === 'bti-niva-1-egen-tjeneste')!;
    expect(responsibleFor(level1, doc.services)).toEqual({ kind: 'ownService' });
    expect(responsibleFor(level1, doc.services, 'skole')).toMatchObject({ kind: 'ownService', service: { key: 'skole', title: 'Skole og SFO' } });
    const report = doc.routines.find((r) => r.key === 'bekymringsmelding-barnevern')!;
    expect(responsibleFor(report, doc.services, 'skole')).toMatchObject({ kind: 'service', service: { key: 'barnevern' } });
    expect(responsibleFor({ responsibleService: 'finnes-ikke' }, doc.services)).toBeUndefined();
  });

  it('count as the service’s own for every service they are meant for, and only those', () => {
    const doc = starter('nb');
    const level1 = doc.routines.find((r) => r.key === 'bti-niva-1-egen-tjeneste')!;
    expect(isResponsibleService(level1, 'skole')).toBe(true);
    expect(isResponsibleService(level1, 'politi')).toBe(level1.audience.includes('politi'));
    expect(isResponsibleService(level1, 'familiesenter')).toBe(level1.audience.includes('familiesenter'));
    const forSchool = filterModelForService(doc, 'skole');
    expect(forSchool.routines.map((r) => r.key)).toContain('bti-niva-1-egen-tjeneste');
    // The guide ranks the level-1 routine first for a teacher: it is the school's own.
    expect(routinesForOutcome(doc, '1', 'skole')[0].key).toBe('bti-niva-1-egen-tjeneste');
  });

  it('are grouped as "each service itself" in the review overview, not under Familiesenteret', () => {
    const doc = starter('nb');
    const overdue = doc.routines.map((r) => ({ ...r, nextReview: '2020-01-01' }));
    const groups = buildReviewOverview(overdue, doc.services, '2026-12-03').byService;
    const own = groups.find((g) => g.key === OWN_SERVICE_GROUP);
    expect(own?.entries.map((e) => e.routine.key)).toContain('bti-niva-1-egen-tjeneste');
    const family = groups.find((g) => g.key === 'familiesenter');
    expect(family?.entries.map((e) => e.routine.key)).not.toContain('bti-niva-1-egen-tjeneste');
  });
});
