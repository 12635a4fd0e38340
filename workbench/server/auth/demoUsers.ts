import { demoUserPerson, type DemoUserKey } from '../graph/demoPeople';

/**
 * The three people you can sign in as. `siteUserId` is their id in the site's user information list; ids
 * 1–10 are taken by SharePoint's own accounts on a real site, so demo users start at 11.
 */
export const DEMO_USER_KEYS: readonly DemoUserKey[] = ['staff', 'lead', 'admin'];

export interface DemoUserAccount {
  key: DemoUserKey;
  siteUserId: number;
  /** App roles in the token; the product may use them to show or hide admin features. */
  roles: string[];
  isSiteAdmin: boolean;
}

const ACCOUNTS: Record<DemoUserKey, DemoUserAccount> = {
  staff: { key: 'staff', siteUserId: 11, roles: ['TryggeBarn.Staff'], isSiteAdmin: false },
  lead: { key: 'lead', siteUserId: 12, roles: ['TryggeBarn.Staff', 'TryggeBarn.TeamLead'], isSiteAdmin: false },
  admin: { key: 'admin', siteUserId: 13, roles: ['TryggeBarn.Staff', 'TryggeBarn.Admin'], isSiteAdmin: true }
};

export function isDemoUserKey(value: string): value is DemoUserKey {
  return (DEMO_USER_KEYS as readonly string[]).includes(value);
}

export function demoAccount(key: DemoUserKey): DemoUserAccount {
  return ACCOUNTS[key];
}

/** The demo account behind a site user id, for Author/Editor projections. */
export function accountBySiteUserId(id: number): DemoUserAccount | undefined {
  return Object.values(ACCOUNTS).find((a) => a.siteUserId === id);
}

export function personOfAccount(account: DemoUserAccount): ReturnType<typeof demoUserPerson> {
  return demoUserPerson(account.key);
}
