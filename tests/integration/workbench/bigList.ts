import { ItemRepository, type BulkItem } from '../../../workbench/server/sharepoint/ItemRepository';
import { ListRepository, spNow, type ListRecord } from '../../../workbench/server/sharepoint/ListRepository';
import { inTransaction } from '../../../workbench/server/storage/openDatabase';
import type { TestWorkbench } from './testWorkbench';

export const BIG_LIST = 'TB Stor testliste';
export const CATEGORIES = ['a', 'b', 'c', 'd'];

/**
 * A large list for paging and threshold tests, loaded straight into the database (seconds instead of
 * thousands of HTTP calls): Category (Choice, indexed), Code (Text, indexed, unique order), Due (DateTime,
 * indexed), Score and Label (not indexed), Flag (Boolean).
 */
export function createBigList(wb: TestWorkbench, count: number, title = BIG_LIST): ListRecord {
  const db = wb.workbench.db;
  const lists = new ListRepository(db);
  return inTransaction(db, () => {
    const list = lists.create({ title, url: 'Lists/TBStorTestliste', staffAccess: 'read' });
    lists.addField(list.num, { internalName: 'Category', title: 'Kategori', type: 'Choice', required: false, indexed: true, unique: false, props: { choices: CATEGORIES } });
    lists.addField(list.num, { internalName: 'Code', title: 'Kode', type: 'Text', required: false, indexed: true, unique: false, props: { maxLength: 32 } });
    lists.addField(list.num, { internalName: 'Due', title: 'Frist', type: 'DateTime', required: false, indexed: true, unique: false, props: {} });
    lists.addField(list.num, { internalName: 'Score', title: 'Poeng', type: 'Number', required: false, indexed: false, unique: false, props: {} });
    lists.addField(list.num, { internalName: 'Label', title: 'Merkelapp', type: 'Text', required: false, indexed: false, unique: false, props: {} });
    lists.addField(list.num, { internalName: 'Flag', title: 'Flagg', type: 'Boolean', required: false, indexed: false, unique: false, props: {} });
    const rows: BulkItem[] = [];
    for (let i = 1; i <= count; i++) {
      rows.push({
        authorId: 13,
        data: {
          Title: `Element ${i}`,
          Category: CATEGORIES[i % 4],
          // Codes sort in another order than ids, so ordering by Code really reorders.
          Code: `K${String((i * 7919) % 100003).padStart(6, '0')}`,
          Due: `2025-${String((i % 12) + 1).padStart(2, '0')}-01T00:00:00Z`,
          Score: i % 10,
          Label: i % 3 === 0 ? null : `L${i % 5}`,
          Flag: i % 2 === 0
        }
      });
    }
    new ItemRepository(db).bulkInsert(list, rows, spNow());
    return lists.byNum(list.num) as ListRecord;
  });
}
