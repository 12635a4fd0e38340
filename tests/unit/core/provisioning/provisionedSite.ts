import { sharePointFieldType } from '../../../../src/core/provisioning/fieldSchemaXml';
import type { SiteSnapshot } from '../../../../src/core/provisioning/SiteSnapshot';
import type { ListSchema } from '../../../../src/core/schema/ListSchema';

/** A site exactly as provisioning leaves it for these schemas: every list, field, index and setting in place. */
export function provisionedSite(lists: readonly ListSchema[]): SiteSnapshot {
  return {
    lists: lists.map((list, i) => ({
      id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      title: list.title,
      enableVersioning: list.versioning,
      // Provisioning leaves content approval off on every list (docs/admin.md).
      enableModeration: false,
      fields: [
        { internalName: 'ID', typeAsString: 'Counter', indexed: true, title: 'ID' },
        ...list.fields.map((f) => ({
          internalName: f.name,
          typeAsString: sharePointFieldType(f),
          indexed: f.indexed === true,
          title: f.title.nb
        }))
      ]
    }))
  };
}
