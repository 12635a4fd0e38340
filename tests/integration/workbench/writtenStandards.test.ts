import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { localizeModel } from '../../../src/core/language/localizeModel';
import { assembleModel, type RawLists } from '../../../src/core/mapping/assembleModel';
import type { RawListItem } from '../../../src/core/mapping/RawListItem';
import type { ModelDocument } from '../../../src/core/model/ModelDocument';
import { LISTS } from '../../../src/core/schema/lists';
import { selectFields } from '../../../src/data/sharepoint/selectFields';
import { byTitle, getJson, spHeaders, startWorkbench, type TestWorkbench } from './testWorkbench';

/**
 * Issue #13: the workbench seeds the Bokmål starter model with the Nynorsk starter model's texts in the …Nn columns,
 * and the model read with the product's own $select gives the Nynorsk UI Nynorsk content.
 */
const starter = (locale: 'nb' | 'nn'): ModelDocument =>
  JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'sharepoint', 'seed', `starter-model.${locale}.json`), 'utf8')) as ModelDocument;

let wb: TestWorkbench;
beforeAll(async () => {
  wb = await startWorkbench({ seedDocument: undefined, seedLocale: 'nb' });
});
afterAll(async () => {
  await wb?.close();
});

async function readModel(): Promise<ReturnType<typeof assembleModel>> {
  const raw: RawLists = {};
  for (const list of LISTS.filter((l) => l.partOfModel)) {
    const answer = await getJson<{ value: RawListItem[] }>(`${wb.api}/${byTitle(list.title)}/items?$select=${selectFields(list).join(',')}&$top=500`, spHeaders(wb.tokens.staff));
    raw[list.key] = answer.value;
  }
  return assembleModel(raw);
}

describe('a Bokmål-seeded workbench carries the Nynorsk text', () => {
  it('seeds the …Nn columns from the Nynorsk starter model, with nothing to report', async () => {
    expect(wb.workbench.seedReport).toMatchObject({ locale: 'nb', source: 'starter-model', issues: [] });
    const nn = starter('nn').routines.find((r) => r.key === 'bti-niva-0-uro');
    const items = await getJson<{ value: Array<{ RoutineKey: string; Title: string; TitleNn: string; StepsNn: string }> }>(
      `${wb.api}/${byTitle('TB Rutiner')}/items?$select=RoutineKey,Title,TitleNn,StepsNn&$filter=RoutineKey eq 'bti-niva-0-uro'`,
      spHeaders(wb.tokens.staff)
    );
    expect(items.value[0].Title).toBe(starter('nb').routines.find((r) => r.key === 'bti-niva-0-uro')?.title);
    expect(items.value[0].TitleNn).toBe(nn?.title);
    expect((JSON.parse(items.value[0].StepsNn) as Array<{ what: string }>).map((s) => s.what)).toEqual(nn?.steps.map((s) => s.what));
  });

  it('reads, with the product’s $select, into a model the Nynorsk UI shows in Nynorsk and the English UI in Bokmål', async () => {
    const { model, issues } = await readModel();
    expect(issues).toEqual([]);
    const nnDoc = starter('nn');
    const nbDoc = starter('nb');
    const inNynorsk = localizeModel(model, 'nn');
    for (const r of inNynorsk.routines) expect([r.key, r.title]).toEqual([r.key, nnDoc.routines.find((x) => x.key === r.key)?.title]);
    for (const s of inNynorsk.services) expect([s.key, s.role]).toEqual([s.key, nnDoc.services.find((x) => x.key === s.key)?.role]);
    for (const c of inNynorsk.contacts) expect([c.key, c.description]).toEqual([c.key, nnDoc.contacts.find((x) => x.key === c.key)?.description]);
    for (const r of localizeModel(model, 'en').routines) expect([r.key, r.title]).toEqual([r.key, nbDoc.routines.find((x) => x.key === r.key)?.title]);
  });

  it('seeds a Nynorsk site without companions (its main text is Nynorsk)', async () => {
    const nnSite = await startWorkbench({ seedDocument: undefined, seedLocale: 'nn' });
    try {
      const items = await getJson<{ value: Array<{ TitleNn: string | null }> }>(`${nnSite.api}/${byTitle('TB Rutiner')}/items?$select=TitleNn`, spHeaders(nnSite.tokens.staff));
      expect(items.value.length).toBeGreaterThan(0);
      expect(items.value.every((i) => i.TitleNn === null)).toBe(true);
    } finally {
      await nnSite.close();
    }
  });
});
