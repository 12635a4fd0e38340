import { LookupIndex } from '../../../src/core/mapping/LookupIndex';
import type { PeriodRange } from '../../../src/core/evaluation/period';
import type { Evaluation } from '../../../src/core/model/Evaluation';
import type { AdminServices } from '../../../src/data/ports/admin/AdminServices';
import type { LoadedModel, ModelAccess, ModelOpenAnswer } from '../../../src/data/ports/ModelStore';
import { LazySharePointSite } from '../../../src/data/compose/LazySharePointSite';
import {
  LazyAdminAccess,
  LazyEvaluationStore,
  LazyFeedbackStore,
  LazyModelPermissions,
  LazyModelStore,
  LazyRoutineHistoryStore
} from '../../../src/data/compose/lazySharePointPorts';
import { createProductServices } from '../../../src/data/compose/createProductServices';
import type { SharePointSiteServices } from '../../../src/data/compose/sharePointServices';
import type { GraphClientLike } from '../../../src/data/graph/GraphClientLike';

const EDITOR: ModelAccess = { canEditModel: true, canManageModelSite: false };
const STAFF: ModelAccess = { canEditModel: false, canManageModelSite: false };

/** SharePoint services that answer with fixed values and log, in order, what they were asked. */
function fakeServices(log: string[] = []): SharePointSiteServices {
  let access: ModelAccess | undefined;
  const answer =
    (name: string): ((...args: unknown[]) => Promise<unknown>) =>
    (...args: unknown[]): Promise<unknown> => {
    log.push(name);
    return Promise.resolve({ from: name, args });
  };
  return {
    modelStore: {
      open: answer('open') as never,
      listsStamp: answer('listsStamp') as never,
      loadModel: answer('loadModel') as never,
      modelStamp: answer('modelStamp') as never
    },
    permissions: {
      prime: (given: ModelAccess) => {
        log.push(`prime:${given.canEditModel ? 'editor' : 'staff'}`);
        access = given;
      },
      canEditModel: async () => {
        log.push('canEditModel');
        return access?.canEditModel ?? false;
      },
      canManageModelSite: async () => {
        log.push('canManageModelSite');
        return access?.canManageModelSite ?? false;
      }
    },
    feedback: { submit: answer('feedback.submit') as never, readAll: answer('feedback.readAll') as never, triage: answer('feedback.triage') as never },
    evaluations: { submit: answer('evaluations.submit') as never, aggregate: answer('evaluations.aggregate') as never },
    routineHistory: { read: answer('routineHistory.read') as never },
    loadAdmin: answer('loadAdmin') as never
  };
}

function deferred<T>(): { promise: Promise<T>; resolve(value: T): void } {
  let settle!: (value: T) => void;
  const promise = new Promise<T>((resolve) => (settle = resolve));
  return { promise, resolve: settle };
}

describe('the lazy SharePoint ports', () => {
  it('forward every call, its arguments and its answer to the loaded services', async () => {
    const site = new LazySharePointSite(async () => fakeServices());
    const store = new LazyModelStore(site);
    const feedback = new LazyFeedbackStore(site);
    const evaluations = new LazyEvaluationStore(site);
    const lookups = new LookupIndex('Europe/Oslo');
    const onProgress = (): void => undefined;
    const range: PeriodRange = { from: '2026-01', to: '2026-12' } as PeriodRange;
    const evaluation = { form: 'staff' } as unknown as Evaluation;

    expect(await store.open({ access: true, model: 'published' })).toEqual({ from: 'open', args: [{ access: true, model: 'published' }] } as unknown as ModelOpenAnswer);
    expect(await store.listsStamp()).toEqual({ from: 'listsStamp', args: [] });
    expect(await store.loadModel({ includeDrafts: true })).toEqual({ from: 'loadModel', args: [{ includeDrafts: true }] } as unknown as LoadedModel);
    expect(await store.modelStamp({ includeDrafts: false })).toEqual({ from: 'modelStamp', args: [{ includeDrafts: false }] });
    expect(await feedback.submit({ title: 'T', body: 'B' }, lookups, 'id-1')).toEqual({ from: 'feedback.submit', args: [{ title: 'T', body: 'B' }, lookups, 'id-1'] });
    expect(await feedback.readAll(lookups)).toEqual({ from: 'feedback.readAll', args: [lookups] });
    expect(await feedback.triage(7, { status: 'done' } as never, lookups)).toEqual({ from: 'feedback.triage', args: [7, { status: 'done' }, lookups] });
    expect(await evaluations.submit(evaluation, lookups, 'id-2')).toEqual({ from: 'evaluations.submit', args: [evaluation, lookups, 'id-2'] });
    expect(await evaluations.aggregate(range, lookups, onProgress)).toEqual({ from: 'evaluations.aggregate', args: [range, lookups, onProgress] });
    expect(await new LazyRoutineHistoryStore(site).read()).toEqual({ from: 'routineHistory.read', args: [] });
    expect(await new LazyAdminAccess(site).load()).toEqual({ from: 'loadAdmin', args: [] } as unknown as AdminServices);
  });

  it('pass on a rejection from the loaded service', async () => {
    const services = fakeServices();
    services.routineHistory.read = () => Promise.reject(new Error('403'));
    await expect(new LazyRoutineHistoryStore(new LazySharePointSite(async () => services)).read()).rejects.toThrow('403');
  });

  it('load nothing until a port is called, then load once for all ports of the site', async () => {
    const build = jest.fn(async () => fakeServices());
    const site = new LazySharePointSite(build);
    const store = new LazyModelStore(site);
    const permissions = new LazyModelPermissions(site);
    expect(build).not.toHaveBeenCalled();

    await Promise.all([store.listsStamp(), permissions.canEditModel(), new LazyFeedbackStore(site).readAll(new LookupIndex()), new LazyRoutineHistoryStore(site).read()]);
    await store.open({ access: false, model: 'none' });
    expect(build).toHaveBeenCalledTimes(1);

    const other = jest.fn(async () => fakeServices());
    await new LazyModelStore(new LazySharePointSite(other)).listsStamp();
    expect(other).toHaveBeenCalledTimes(1);
    expect(build).toHaveBeenCalledTimes(1);
  });

  it('apply answers primed before the load in order, before any query, for every port of the site', async () => {
    const log: string[] = [];
    const loading = deferred<SharePointSiteServices>();
    const site = new LazySharePointSite(() => loading.promise);
    const permissions = new LazyModelPermissions(site);

    permissions.prime(STAFF);
    const triaged = new LazyFeedbackStore(site).triage(1, { status: 'done' } as never, new LookupIndex());
    permissions.prime(EDITOR);
    const stamped = new LazyModelStore(site).listsStamp();
    loading.resolve(fakeServices(log));

    await Promise.all([triaged, stamped]);
    expect(log).toEqual(['prime:staff', 'prime:editor', 'feedback.triage', 'listsStamp']);
  });

  it('answer a primed permission without loading the chunk, as the loaded services would', async () => {
    const build = jest.fn(async () => fakeServices());
    const permissions = new LazyModelPermissions(new LazySharePointSite(build));
    permissions.prime(EDITOR);
    expect(await permissions.canEditModel()).toBe(true);
    expect(await permissions.canManageModelSite()).toBe(false);
    expect(build).not.toHaveBeenCalled();
  });

  it('ask the loaded services when nothing was primed, and prime them at once once loaded', async () => {
    const log: string[] = [];
    const site = new LazySharePointSite(async () => fakeServices(log));
    const permissions = new LazyModelPermissions(site);
    expect(await permissions.canManageModelSite()).toBe(false);
    permissions.prime({ canEditModel: true, canManageModelSite: true });
    expect(log).toEqual(['canManageModelSite', 'prime:editor']);
    expect(await permissions.canManageModelSite()).toBe(true);
  });

  it('reject the calls made while the chunk fails to load, and load again on a later call, primes kept', async () => {
    const log: string[] = [];
    const build = jest.fn<Promise<SharePointSiteServices>, []>().mockRejectedValueOnce(new Error('ChunkLoadError')).mockResolvedValueOnce(fakeServices(log));
    const site = new LazySharePointSite(build);
    const store = new LazyModelStore(site);
    const history = new LazyRoutineHistoryStore(site);
    new LazyModelPermissions(site).prime(EDITOR);

    await expect(Promise.all([store.listsStamp(), history.read()])).rejects.toThrow('ChunkLoadError');
    expect(build).toHaveBeenCalledTimes(1);

    expect(await store.listsStamp()).toEqual({ from: 'listsStamp', args: [] });
    expect(await history.read()).toEqual({ from: 'routineHistory.read', args: [] });
    expect(build).toHaveBeenCalledTimes(2);
    expect(log).toEqual(['prime:editor', 'listsStamp', 'routineHistory.read']);
  });
});

describe('createProductServices', () => {
  it('gives openModel a store that opens in one request and permissions it can prime, before anything is loaded', () => {
    const services = createProductServices({ siteUrl: 'https://contoso.sharepoint.com/sites/tb', userLogin: 'ola', sharePointAuth: { kind: 'pageSession' }, graphClient: async () => ({}) as GraphClientLike });
    const store = services.modelStore as Partial<LazyModelStore>;
    expect(typeof store.open).toBe('function');
    expect(typeof store.listsStamp).toBe('function');
    expect(typeof services.permissions.prime).toBe('function');
    expect(services.siteAccess).toBe(services.permissions);
  });
});
