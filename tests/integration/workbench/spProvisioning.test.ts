import { BrowserFetchWithRetry, DefaultParse, type Queryable } from '@pnp/queryable';
import { DefaultHeaders, DefaultInit, spfi, type SPFI } from '@pnp/sp';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/lists';
import '@pnp/sp/webs';
import { WRITE_ORDER } from '../../../src/core/mapping/documentToLists';
import { fieldSchemaXml } from '../../../src/core/provisioning/fieldSchemaXml';
import { interimTitleOf } from '../../../src/core/provisioning/planProvisioning';
import { LISTS } from '../../../src/core/schema/lists';
import type { ListSchema } from '../../../src/core/schema/ListSchema';
import { byTitle, getJson, NOMETADATA, spHeaders, startWorkbench, type TestWorkbench } from './testWorkbench';

let empty: TestWorkbench;
let seeded: TestWorkbench;

function pnp(wb: TestWorkbench, token: string): SPFI {
  const bearer = (instance: Queryable): Queryable => {
    instance.on.auth.replace(async (url: URL, init: RequestInit) => {
      init.headers = { ...(init.headers as Record<string, string>), Authorization: `Bearer ${token}` };
      return [url, init];
    });
    return instance;
  };
  return spfi(wb.site).using(DefaultHeaders(), DefaultInit(), BrowserFetchWithRetry({ retries: 1 }), DefaultParse(), bearer);
}

async function post(wb: TestWorkbench, path: string, body: unknown, headers: Record<string, string> = {}, token = wb.tokens.admin): Promise<Response> {
  return fetch(`${wb.api}/${path}`, { method: 'POST', headers: spHeaders(token, NOMETADATA, headers), body: JSON.stringify(body) });
}

interface FieldInfo {
  InternalName: string;
  TypeAsString: string;
  Required: boolean;
  Indexed: boolean;
  EnforceUniqueValues: boolean;
  Choices?: string[];
  MaxLength?: number;
  LookupList?: string;
  Title: string;
}

async function fieldsOf(wb: TestWorkbench, list: ListSchema): Promise<Record<string, unknown>[]> {
  const lists = await getJson<{ value: { Id: string; Title: string }[] }>(`${wb.api}/web/lists?$select=Id,Title`, spHeaders(wb.tokens.admin));
  const titleById = new Map(lists.value.map((l) => [`{${l.Id}}`, l.Title]));
  const answer = await getJson<{ value: FieldInfo[] }>(`${wb.api}/${byTitle(list.title)}/fields?$filter=FromBaseType eq false or InternalName eq 'Title'`, spHeaders(wb.tokens.admin));
  return answer.value.map((f) => ({
    InternalName: f.InternalName,
    Title: f.Title,
    TypeAsString: f.TypeAsString,
    Required: f.Required,
    Indexed: f.Indexed,
    Unique: f.EnforceUniqueValues,
    Choices: f.Choices ?? null,
    MaxLength: f.MaxLength ?? null,
    LookupList: f.LookupList ? titleById.get(f.LookupList) : null
  }));
}

beforeAll(async () => {
  empty = await startWorkbench({ seedLists: false });
  seeded = await startWorkbench();
});

afterAll(async () => {
  await empty.close();
  await seeded.close();
});

describe('provisioning an empty site over REST', () => {
  it('starts without lists', async () => {
    const lists = await getJson<{ value: unknown[] }>(`${empty.api}/web/lists`, spHeaders(empty.tokens.admin));
    expect(lists.value).toEqual([]);
  });

  it('creates every list of the schema with createFieldAsXml and ends with the same fields the workbench seeds', async () => {
    const ids = new Map<string, string>();
    // A list comes after the lists it looks up (lists missing from WRITE_ORDER are working lists: last).
    const rank = (key: string): number => (WRITE_ORDER.includes(key as never) ? WRITE_ORDER.indexOf(key as never) : WRITE_ORDER.length);
    const ordered = [...LISTS].sort((a, b) => rank(a.key) - rank(b.key));
    for (const list of ordered) {
      // As the product's provisioning: create under the URL segment, then rename, so the URL is clean.
      const created = await post(empty, 'web/lists', { __metadata: { type: 'SP.List' }, Title: interimTitleOf(list), BaseTemplate: 100, Description: list.description.nb }, { 'Content-Type': 'application/json;odata=verbose' });
      expect(created.status).toBe(201);
      const { Id } = (await created.json()) as { Id: string };
      ids.set(list.key, Id);
      expect((await post(empty, `web/lists(guid'${Id}')`, { Title: list.title, EnableVersioning: list.versioning, EnableModeration: list.contentApproval }, { 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' })).status).toBe(204);
      for (const field of list.fields) {
        if (field.name === 'Title') {
          const merge = await post(empty, `${byTitle(list.title)}/fields/getByInternalNameOrTitle('Title')`, { Title: field.title.nb, Required: field.required ?? false, Indexed: field.indexed ?? false }, { 'X-HTTP-Method': 'MERGE' });
          expect(merge.status).toBe(204);
          continue;
        }
        const schemaXml = fieldSchemaXml(list, field, 'nb', field.lookupList ? ids.get(field.lookupList) : undefined);
        const response = await post(empty, `${byTitle(list.title)}/fields/createFieldAsXml`, { parameters: { SchemaXml: schemaXml, Options: 8 } });
        if (response.status !== 201) throw new Error(`${list.title}.${field.name}: ${response.status} ${await response.text()}`);
      }
    }
    for (const list of LISTS) {
      const provisioned = await fieldsOf(empty, list);
      const expected = await fieldsOf(seeded, list);
      // Title's MaxLength is the one difference provisioning leaves as SharePoint's default (255).
      const withoutTitleLength = (fields: Record<string, unknown>[]): Record<string, unknown>[] => fields.map((f) => (f.InternalName === 'Title' ? { ...f, MaxLength: null } : f));
      expect(withoutTitleLength(provisioned)).toEqual(withoutTitleLength(expected));
    }
    const list = await getJson(`${empty.api}/web/getList('/sites/tryggebarn/Lists/TBRutiner')?$select=Title,EntityTypeName,EnableModeration`, spHeaders(empty.tokens.admin));
    expect(list).toEqual({ EnableModeration: false, EntityTypeName: 'TBRutinerList', Title: 'TB Rutiner' });
  });

  it('names a field after its DisplayName unless AddFieldInternalNameHint (8) is given, as SharePoint does', async () => {
    const xml = '<Field Type="Text" Name="OwnerName" DisplayName="Eier navn" />';
    const withoutHint = await post(empty, `${byTitle('TB Verktoy')}/fields/createFieldAsXml`, { parameters: { SchemaXml: xml } });
    expect(await withoutHint.json()).toMatchObject({ InternalName: 'Eier_x0020_navn', Title: 'Eier navn' });
    const withHint = await post(empty, `${byTitle('TB Verktoy')}/fields/createFieldAsXml`, { parameters: { SchemaXml: xml, Options: 8 } });
    expect(await withHint.json()).toMatchObject({ InternalName: 'OwnerName', Title: 'Eier navn' });
    const again = await post(empty, `${byTitle('TB Verktoy')}/fields/createFieldAsXml`, { parameters: { SchemaXml: xml, Options: 8 } });
    expect(again.status).toBe(500);
  });

  it('creates fields with PnPjs fields.add…/addField and reads their properties back; MERGE indexes a column', async () => {
    const sp = pnp(empty, empty.tokens.admin);
    await sp.web.lists.add('Provisjonstest', 'Felt fra PnPjs', 100, false);
    const fields = sp.web.lists.getByTitle('Provisjonstest').fields;
    await fields.addText('Kortnavn', { MaxLength: 40, Required: true });
    await fields.addChoice('Fase', { Choices: ['avdekke', 'handtere'] });
    await fields.addNumber('Rekkefolge', { MinimumValue: 0, MaximumValue: 10 });
    await fields.addBoolean('Aktiv');
    const services = await sp.web.lists.getByTitle('TB Tjenester').select('Id')();
    await fields.addLookup('Tjeneste', { LookupListId: services.Id, LookupFieldName: 'Title' });
    await fields.getByInternalNameOrTitle('Tjeneste').update({ Indexed: true });
    const read = await fields.select('InternalName', 'TypeAsString', 'Required', 'Indexed', 'MaxLength', 'Choices', 'MinimumValue', 'MaximumValue', 'LookupList').filter('FromBaseType eq false')();
    const withoutAnnotations = (read as unknown as Record<string, unknown>[]).map((f) => Object.fromEntries(Object.entries(f).filter(([k]) => !k.startsWith('odata.'))));
    expect(withoutAnnotations).toEqual([
      { InternalName: 'Kortnavn', TypeAsString: 'Text', Required: true, Indexed: false, MaxLength: 40 },
      { InternalName: 'Fase', TypeAsString: 'Choice', Required: false, Indexed: false, Choices: ['avdekke', 'handtere'] },
      { InternalName: 'Rekkefolge', TypeAsString: 'Number', Required: false, Indexed: false, MinimumValue: 0, MaximumValue: 10 },
      { InternalName: 'Aktiv', TypeAsString: 'Boolean', Required: false, Indexed: false },
      { InternalName: 'Tjeneste', TypeAsString: 'Lookup', Required: false, Indexed: true, LookupList: `{${services.Id}}` }
    ]);
    const item = await sp.web.lists.getByTitle('Provisjonstest').items.add({ Title: 'x', Kortnavn: 'Kort', Fase: 'avdekke', Rekkefolge: 3, Aktiv: true, TjenesteId: 1 });
    expect(item).toMatchObject({ Kortnavn: 'Kort', Fase: 'avdekke', Rekkefolge: 3, Aktiv: true, TjenesteId: 1 });
  });

  it('lists created at run time inherit the site: read-only for Visitors (staff), who cannot create lists or fields', async () => {
    const staffWrite = await post(empty, `${byTitle('Provisjonstest')}/items`, { Title: 'nei' }, {}, empty.tokens.staff);
    expect(staffWrite.status).toBe(403);
    expect((await post(empty, 'web/lists', { Title: 'Staff list' }, {}, empty.tokens.staff)).status).toBe(403);
    // Members have Edit on a site, which adds, edits and deletes lists ("Understanding permission levels in SharePoint").
    expect((await post(empty, 'web/lists', { Title: 'Members list' }, {}, empty.tokens.lead)).status).toBe(201);
    expect((await post(empty, `${byTitle('Provisjonstest')}/fields/createFieldAsXml`, { parameters: { SchemaXml: '<Field Type="Text" Name="X" DisplayName="X" />' } }, {}, empty.tokens.staff)).status).toBe(403);
  });

  it('refuses a second list with the same title, and deletes a list', async () => {
    const duplicate = await post(empty, 'web/lists', { Title: 'provisjonstest' });
    expect(duplicate.status).toBe(500);
    expect(await duplicate.text()).toContain('already exists');
    const list = await getJson<{ Id: string }>(`${empty.api}/${byTitle('Provisjonstest')}`, spHeaders(empty.tokens.admin));
    expect((await fetch(`${empty.api}/web/lists(guid'${list.Id}')`, { method: 'DELETE', headers: spHeaders(empty.tokens.admin) })).status).toBe(200);
    expect((await fetch(`${empty.api}/web/lists/getById('${list.Id}')`, { headers: spHeaders(empty.tokens.admin) })).status).toBe(404);
  });
});
