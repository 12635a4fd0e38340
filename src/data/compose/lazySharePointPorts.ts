import type { EvaluationAggregate } from '../../core/evaluation/EvaluationAggregator';
import type { PeriodRange } from '../../core/evaluation/period';
import type { LookupIndex } from '../../core/mapping/LookupIndex';
import type { Evaluation } from '../../core/model/Evaluation';
import type { AdminAccess, AdminServices } from '../ports/admin/AdminServices';
import type { EvaluationStore } from '../ports/EvaluationStore';
import type { FeedbackQueueRead, FeedbackStore, FeedbackTriage, NewFeedback } from '../ports/FeedbackStore';
import type { ModelPermissions, ModelSiteAccess } from '../ports/ModelPermissions';
import type { LoadedModel, ModelAccess, ModelLoadOptions, ModelOpenAnswer, ModelOpenRequest, ModelOpenStore, ModelStore } from '../ports/ModelStore';
import type { RoutineHistoryRead, RoutineHistoryStore } from '../ports/RoutineHistoryStore';
import type { LazySharePointSite } from './LazySharePointSite';

// The ports of a model site as the entry bundle holds them: each call waits for the site's SharePoint services
// (the 'sharepoint' chunk) and forwards to them. Explicit methods rather than a Proxy, so the sync `prime` stays
// sync and `open`/`listsStamp` exist for openModel's checks before anything is loaded.

export class LazyModelStore implements ModelStore, ModelOpenStore {
  public constructor(private readonly site: LazySharePointSite) {}

  public async open(request: ModelOpenRequest): Promise<ModelOpenAnswer> {
    return (await this.site.services()).modelStore.open(request);
  }

  public async listsStamp(): Promise<string> {
    return (await this.site.services()).modelStore.listsStamp();
  }

  public async loadModel(options: ModelLoadOptions): Promise<LoadedModel> {
    return (await this.site.services()).modelStore.loadModel(options);
  }

  public async modelStamp(options: ModelLoadOptions): Promise<string> {
    return (await this.site.services()).modelStore.modelStamp(options);
  }
}

/**
 * A primed answer is final in SharePointModelPermissions (it never asks again), so it is answered here without
 * the chunk: a warm open primes from the device cache, and the editors' menus appear with the first paint.
 */
export class LazyModelPermissions implements ModelPermissions, ModelSiteAccess {
  private primed: ModelAccess | undefined;

  public constructor(private readonly site: LazySharePointSite) {}

  public prime(access: ModelAccess): void {
    this.primed = access;
    this.site.prime(access);
  }

  public async canEditModel(): Promise<boolean> {
    if (this.primed) return this.primed.canEditModel;
    return (await this.site.services()).permissions.canEditModel();
  }

  public async canManageModelSite(): Promise<boolean> {
    if (this.primed) return this.primed.canManageModelSite;
    return (await this.site.services()).permissions.canManageModelSite();
  }
}

export class LazyFeedbackStore implements FeedbackStore {
  public constructor(private readonly site: LazySharePointSite) {}

  public async submit(feedback: NewFeedback, lookups: LookupIndex, submissionId?: string): Promise<void> {
    return (await this.site.services()).feedback.submit(feedback, lookups, submissionId);
  }

  public async readAll(lookups: LookupIndex): Promise<FeedbackQueueRead> {
    return (await this.site.services()).feedback.readAll(lookups);
  }

  public async triage(id: number, triage: FeedbackTriage, lookups: LookupIndex): Promise<void> {
    return (await this.site.services()).feedback.triage(id, triage, lookups);
  }
}

export class LazyEvaluationStore implements EvaluationStore {
  public constructor(private readonly site: LazySharePointSite) {}

  public async submit(evaluation: Evaluation, lookups: LookupIndex, submissionId?: string): Promise<void> {
    return (await this.site.services()).evaluations.submit(evaluation, lookups, submissionId);
  }

  public async aggregate(range: PeriodRange, lookups: LookupIndex, onProgress?: (itemsRead: number) => void): Promise<EvaluationAggregate> {
    return (await this.site.services()).evaluations.aggregate(range, lookups, onProgress);
  }
}

export class LazyRoutineHistoryStore implements RoutineHistoryStore {
  public constructor(private readonly site: LazySharePointSite) {}

  public async read(): Promise<RoutineHistoryRead> {
    return (await this.site.services()).routineHistory.read();
  }
}

export class LazyAdminAccess implements AdminAccess {
  public constructor(private readonly site: LazySharePointSite) {}

  public async load(): Promise<AdminServices> {
    return (await this.site.services()).loadAdmin();
  }
}
