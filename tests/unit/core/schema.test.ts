import { LISTS, listSchema } from '../../../src/core/schema/lists';
import { maxLengthOf } from '../../../src/core/schema/FieldSchema';

describe('list schemas', () => {
  it('gives every list a unique title and URL', () => {
    expect(new Set(LISTS.map((l) => l.title)).size).toBe(LISTS.length);
    expect(new Set(LISTS.map((l) => l.url)).size).toBe(LISTS.length);
  });

  it('declares Title first and no field twice in a list', () => {
    for (const list of LISTS) {
      expect(list.fields[0].name).toBe('Title');
      const names = list.fields.map((f) => f.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });

  it('points every lookup at a declared list with a key field', () => {
    for (const list of LISTS) {
      for (const field of list.fields.filter((f) => f.type === 'Lookup' || f.type === 'LookupMulti')) {
        const target = listSchema(field.lookupList as never);
        expect(target.keyField).toBeDefined();
      }
    }
  });

  it('indexes every key field and keeps it unique, so lookups by key stay legal past 5,000 items', () => {
    for (const list of LISTS.filter((l) => l.keyField)) {
      const key = list.fields.find((f) => f.name === list.keyField);
      expect(key).toMatchObject({ indexed: true, unique: true, required: true });
    }
  });

  it('gives every Choice field its choices and every field a title in nb, nn and en', () => {
    for (const list of LISTS) {
      for (const field of list.fields) {
        if (field.type === 'Choice') expect(field.choices?.length).toBeGreaterThan(0);
        expect(field.title.nb && field.title.nn && field.title.en).toBeTruthy();
      }
    }
  });

  it("caps single-line text at SharePoint's 255 characters", () => {
    for (const list of LISTS) {
      for (const field of list.fields.filter((f) => f.type === 'Text')) expect(maxLengthOf(field)).toBeLessThanOrEqual(255);
    }
  });

  it('lets staff contribute only to feedback and evaluations', () => {
    expect(LISTS.filter((l) => l.staffAccess === 'contribute').map((l) => l.key)).toEqual(['feedback', 'evaluations']);
  });
});
