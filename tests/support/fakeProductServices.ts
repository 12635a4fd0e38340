import { assembleModel } from '../../src/core/mapping/assembleModel';
import { documentToLists } from '../../src/core/mapping/documentToLists';
import type { ModelDocument } from '../../src/core/model/ModelDocument';
import type { Routine } from '../../src/core/model/Routine';
import type { TryggeBarnModel } from '../../src/core/model/TryggeBarnModel';
import type { ProvisioningPlan } from '../../src/core/provisioning/ProvisioningAction';
import { SCHEMA_VERSION } from '../../src/core/schema/lists';
import type { ImportPlan } from '../../src/core/transfer/planImport';
import type { AdminServices } from '../../src/data/ports/admin/AdminServices';
import type { ImportOutcome, ImportProgress, ModelExport, ModelTransfer } from '../../src/data/ports/admin/ModelTransfer';
import type { RoutineEditor, RoutineRecord, SaveOutcome } from '../../src/data/ports/admin/RoutineEditor';
import type { SettingRecord, SettingsEditor, SettingWriteOutcome } from '../../src/data/ports/admin/SettingsEditor';
import type { ProvisioningResult, SiteProvisioner } from '../../src/data/ports/admin/SiteProvisioner';
import type { ProductServices } from '../../src/data/ports/ProductServices';
import type { LoadedModel, ModelLoadOptions } from '../../src/data/ports/ModelStore';
import { tinyModelDocument } from '../unit/core/tinyModel';
import { fakeServices as fakeEvaluationServices, type FakeServices as FakeEvaluationServices } from './renderWithApp';

/**
 * The routines list as an admin edits it, in memory: every save checks the ETag it carries against the stored one
 * (SharePoint's IF-MATCH), so a stale save comes back as a conflict, and a fresh one stores the draft with a new
 * ETag. Tests read what was sent from the jest mock and what is stored from `stored`.
 */
export class InMemoryRoutineEditor implements RoutineEditor {
  public readonly stored = new Map<number, RoutineRecord>();
  private version = 1;

  public constructor(routines: readonly Routine[]) {
    for (const routine of routines) {
      if (routine.id === undefined) continue;
      this.stored.set(routine.id, { routine, etag: `"${routine.id},1"`, modified: '2026-03-02T09:15:00Z', editor: 'Rita Rådgiver' });
    }
  }

  public readonly loadRecords = jest.fn(async (_model: TryggeBarnModel): Promise<RoutineRecord[]> => [...this.stored.values()]);

  public readonly loadRecord = jest.fn(async (id: number): Promise<RoutineRecord> => {
    const record = this.stored.get(id);
    if (!record) throw Object.assign(new Error('Item does not exist'), { status: 404 });
    return record;
  });

  public readonly save = jest.fn(async (record: RoutineRecord, draft: Routine, _fields: readonly string[], _model: TryggeBarnModel): Promise<SaveOutcome> => {
    const id = record.routine.id as number;
    const current = this.stored.get(id);
    if (!current) return { kind: 'failed', reason: 'notFound' };
    if (current.etag !== record.etag) return { kind: 'conflict', theirs: current };
    this.version += 1;
    const saved: RoutineRecord = { routine: draft, etag: `"${id},${this.version}"`, modified: '2026-03-03T10:00:00Z', editor: 'Kari Lærer' };
    this.stored.set(id, saved);
    return { kind: 'saved', record: saved };
  });

  public readonly versionHistoryUrl = jest.fn(async (id: number): Promise<string> => `https://contoso.sharepoint.com/sites/tryggebarn/_layouts/15/Versions.aspx?list=rutiner&ID=${id}`);

  /** Someone else saves the routine in SharePoint meanwhile: the stored version and its ETag change. */
  public changeBySomeoneElse(id: number, change: Partial<Routine>): RoutineRecord {
    const current = this.stored.get(id) as RoutineRecord;
    this.version += 1;
    const theirs: RoutineRecord = { routine: { ...current.routine, ...change }, etag: `"${id},${this.version}"`, modified: '2026-03-03T08:00:00Z', editor: 'Per Prosjektleder' };
    this.stored.set(id, theirs);
    return theirs;
  }
}

export interface FakeAdminServices extends AdminServices {
  routines: InMemoryRoutineEditor;
  transfer: jest.Mocked<ModelTransfer>;
  provisioning: jest.Mocked<SiteProvisioner>;
  settings: jest.Mocked<SettingsEditor>;
}

export interface FakeProductServices extends FakeEvaluationServices {
  modelStore: { loadModel: jest.Mock<Promise<LoadedModel>, [ModelLoadOptions]>; modelStamp: jest.Mock<Promise<string>, [ModelLoadOptions]> };
  modelCache: ProductServices['modelCache'];
  siteAccess: { canManageModelSite: jest.Mock<Promise<boolean>, []> };
  admin: { load: jest.Mock<Promise<AdminServices>, []> };
  /** The admin services `admin.load()` gives, to assert what the admin views send. */
  adminServices: FakeAdminServices;
  /** The model as the lists hold it (drafts included), with SharePoint ids. */
  model: TryggeBarnModel;
  /** As the web part hands them to the app. */
  product: ProductServices;
}

/** The model a document becomes once it is in the lists and read back (with item ids, as the app holds it). */
export function modelOf(document: ModelDocument): TryggeBarnModel {
  return assembleModel(documentToLists(document).lists).model;
}

const UP_TO_DATE: ProvisioningPlan = { schemaVersion: SCHEMA_VERSION, actions: [], warnings: [] };

/**
 * Everything the app reads and writes, in memory, over a model document (the tiny model unless given): the staff
 * load shows published routines only, the admin load drafts too. Permissions say whether the user edits the model.
 */
export function fakeProductServices(options: { document?: ModelDocument; canEdit?: boolean; canManageSite?: boolean } = {}): FakeProductServices {
  const model = modelOf(options.document ?? tinyModelDocument());
  const evaluation = fakeEvaluationServices(options.canEdit ?? false);
  const routines = new InMemoryRoutineEditor(model.routines);
  const exported: ModelExport = { document: options.document ?? tinyModelDocument(), skipped: [] };
  const adminServices: FakeAdminServices = {
    routines,
    transfer: {
      exportModel: jest.fn(async () => exported),
      prepareImport: jest.fn<Promise<ImportPlan>, [ModelDocument]>(async () => ({ writes: [], summary: [] })),
      applyImport: jest.fn<Promise<ImportOutcome>, [ImportPlan, ((progress: ImportProgress) => void)?]>(async (plan) => ({ kind: 'applied', written: plan.writes.length }))
    },
    provisioning: {
      canSetUpSite: jest.fn(async () => options.canManageSite ?? true),
      plan: jest.fn(async () => UP_TO_DATE),
      apply: jest.fn<Promise<ProvisioningResult>, Parameters<SiteProvisioner['apply']>>(async () => ({ kind: 'done', applied: 0 }))
    },
    settings: {
      load: jest.fn(async () => []),
      add: jest.fn(async (name: string, value: string): Promise<SettingWriteOutcome> => ({ kind: 'saved', record: { id: 1, name, value, etag: '"1"' } })),
      update: jest.fn(async (record: SettingRecord, value: string): Promise<SettingWriteOutcome> => ({ kind: 'saved', record: { ...record, value } })),
      remove: jest.fn(async (_record: SettingRecord): Promise<SettingWriteOutcome> => ({ kind: 'removed' }))
    }
  };
  const loaded = (includeDrafts: boolean): LoadedModel => {
    // The routines as they are stored now (an admin's saves show in the staff views after the re-read).
    const current = model.routines.map((r) => (r.id !== undefined ? routines.stored.get(r.id)?.routine ?? r : r));
    return {
      model: { ...model, routines: includeDrafts ? current : current.filter((r) => r.status === 'published') },
      issues: [],
      loadedAt: '2026-03-03T07:00:00.000Z'
    };
  };
  const fake = {
    ...evaluation,
    modelStore: {
      loadModel: jest.fn(async (o: ModelLoadOptions) => loaded(o.includeDrafts)),
      modelStamp: jest.fn(async () => 'stamp-1')
    },
    modelCache: { read: async () => undefined, write: async () => undefined, clear: async () => undefined },
    siteAccess: { canManageModelSite: jest.fn(async () => options.canManageSite ?? false) },
    admin: { load: jest.fn(async () => adminServices as AdminServices) },
    adminServices,
    model
  } as unknown as FakeProductServices;
  fake.product = fake as unknown as ProductServices;
  return fake;
}
