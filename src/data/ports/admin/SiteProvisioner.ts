import type { Locale } from '../../../core/i18n/Locale';
import type { ProvisioningAction, ProvisioningPlan } from '../../../core/provisioning/ProvisioningAction';
import type { WriteFailure } from '../WriteFailure';

export interface ProvisioningProgress {
  done: number;
  total: number;
  /** The action about to run; undefined once all have run. */
  current?: ProvisioningAction;
}

export type ProvisioningResult =
  | { kind: 'done'; applied: number }
  /** Stopped at `action`; what ran before it stays (every action only adds), so running again continues. */
  | { kind: 'stopped'; applied: number; action: ProvisioningAction; reason: WriteFailure; message: string };

/** Creates and upgrades the product's lists on a site, from the schemas. */
export interface SiteProvisioner {
  /** Whether the user may create lists and columns on the site (Manage Lists). */
  canSetUpSite(): Promise<boolean>;
  /** What the site lacks, compared with the schemas. */
  plan(): Promise<ProvisioningPlan>;
  /** Runs a plan in order; column display names in `locale`. */
  apply(plan: ProvisioningPlan, locale: Locale, onProgress?: (progress: ProvisioningProgress) => void): Promise<ProvisioningResult>;
}
