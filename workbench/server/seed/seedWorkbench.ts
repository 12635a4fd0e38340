import type { DatabaseSync } from 'node:sqlite';
import type { ModelDocument } from '../../../src/core/model/ModelDocument';
import { seedDemoCalendars } from '../graph/seedCalendars';
import { inTransaction, readMeta, wipeDatabase, writeMeta } from '../storage/openDatabase';
import { loadStarterModel, withNynorskCompanions } from './loadStarterModel';
import type { SeedIssue } from './seedSharePoint';
import { createSchemaLists, seedItems } from './seedSharePoint';
import { seedModelPermissions, seedSites } from './seedSecurity';
import { MODEL_SITE_PROPERTY, setStorageEntity } from '../sharepoint/storageEntities';
import { MODEL_SITE_PATH } from '../sites';

export type SeedLocale = 'nb' | 'nn';

export interface SeedReport {
  locale: SeedLocale;
  /** Where the items came from: the starter model file, a document given in code, or none. */
  source: 'starter-model' | 'document' | 'none';
  issues: SeedIssue[];
}

const SEEDED_AT = 'seededAt';
const SEED_LOCALE = 'seedLocale';

export function isSeeded(db: DatabaseSync): boolean {
  return readMeta(db, SEEDED_AT) !== undefined;
}

export function seededLocale(db: DatabaseSync): SeedLocale {
  return readMeta(db, SEED_LOCALE) === 'nn' ? 'nn' : 'nb';
}

/**
 * Creates every list of the schema with its fields, fills them from the starter model of the locale (or the
 * document given), and generates the demo calendars. `wipe` empties the database first.
 */
export function seedWorkbench(
  db: DatabaseSync,
  locale: SeedLocale,
  options: { document?: ModelDocument; wipe?: boolean; lists?: boolean; modelSiteProperty?: boolean } = {}
): SeedReport {
  if (options.wipe) wipeDatabase(db);
  return inTransaction(db, () => {
    // The sites with their users, groups and permission levels; the tenant property that names the model site.
    seedSites(db);
    if (options.modelSiteProperty !== false) {
      setStorageEntity(db, MODEL_SITE_PROPERTY, { value: MODEL_SITE_PATH, kind: 'site-url', description: 'The site that holds the Trygge Barn model' });
    }
    if (options.lists === false) {
      // An empty site, for provisioning tools to create the lists on.
      seedDemoCalendars(db);
      writeMeta(db, SEED_LOCALE, locale);
      writeMeta(db, SEEDED_AT, new Date().toISOString());
      return { locale, source: 'none', issues: [] };
    }
    const created = createSchemaLists(db, locale);
    seedModelPermissions(db, created);
    let document = options.document;
    let source: SeedReport['source'] = document ? 'document' : 'none';
    const issues: SeedIssue[] = [];
    if (!document) {
      const loaded = loadStarterModel(locale);
      document = loaded.document;
      if (document) source = 'starter-model';
      if (loaded.problem) issues.push({ list: '(starter model)', message: loaded.problem });
      // A Bokmål site carries the Nynorsk starter model's texts beside its own (issue #13).
      if (document && locale === 'nb') {
        const both = withNynorskCompanions(document);
        document = both.document;
        issues.push(...both.problems.map((message) => ({ list: '(Nynorsk companions)', message })));
      }
    }
    if (document) issues.push(...seedItems(db, created, document));
    seedDemoCalendars(db);
    writeMeta(db, SEED_LOCALE, locale);
    writeMeta(db, SEEDED_AT, new Date().toISOString());
    return { locale, source, issues };
  });
}
