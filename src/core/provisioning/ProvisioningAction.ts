import type { ListKey } from '../schema/ListSchema';

/**
 * One change provisioning makes to a site. Every action adds or switches on something; none deletes a list,
 * a field or an item, or changes a field that holds data, so running provisioning can never lose content.
 */
export type ProvisioningAction =
  /** Created under the URL-safe interim title (so the list's URL has no spaces), then renamed to `title`. */
  | { kind: 'createList'; list: ListKey; title: string; interimTitle: string }
  /** An earlier run created the list but stopped before renaming it. */
  | { kind: 'renameList'; list: ListKey; from: string; title: string }
  /** Gives the built-in Title column the schema's display name (only while it is still called "Title"). */
  | { kind: 'configureTitleField'; list: ListKey }
  | { kind: 'addField'; list: ListKey; field: string; since: number }
  | { kind: 'indexField'; list: ListKey; field: string }
  | { kind: 'enableVersioning'; list: ListKey }
  | { kind: 'enableContentApproval'; list: ListKey };

/** Something provisioning found but will not change, because changing it could touch data. */
export interface ProvisioningWarning {
  list: string;
  field?: string;
  message: string;
}

export interface ProvisioningPlan {
  /** The schema version the site reaches once every action has run. */
  schemaVersion: number;
  /** In the order they must run: lists first (lookups need their target's id), then each list's fields and settings. */
  actions: ProvisioningAction[];
  warnings: ProvisioningWarning[];
}

export function isUpToDate(plan: ProvisioningPlan): boolean {
  return plan.actions.length === 0;
}
