import { demoUserPerson, type DemoUserKey } from '../graph/demoPeople';

/**
 * The six people you can sign in as. `siteUserId` is their id in every site's user information list; ids
 * 1–10 are taken by SharePoint's own accounts on a real site, so demo users start at 11. What each may do on
 * each site follows from the groups they are in (seed/seedSecurity.ts), never from the key.
 */
export const DEMO_USER_KEYS: readonly DemoUserKey[] = ['staff', 'staff2', 'member', 'lead', 'admin', 'owner'];

export interface DemoUserAccount {
  key: DemoUserKey;
  siteUserId: number;
  /** App roles in the token; the product may use them to show or hide admin features. */
  roles: string[];
}

const ACCOUNTS: Record<DemoUserKey, DemoUserAccount> = {
  staff: { key: 'staff', siteUserId: 11, roles: ['TryggeBarn.Staff'] },
  lead: { key: 'lead', siteUserId: 12, roles: ['TryggeBarn.Staff', 'TryggeBarn.TeamLead'] },
  admin: { key: 'admin', siteUserId: 13, roles: ['TryggeBarn.Staff', 'TryggeBarn.Admin'] },
  staff2: { key: 'staff2', siteUserId: 14, roles: ['TryggeBarn.Staff'] },
  member: { key: 'member', siteUserId: 15, roles: ['TryggeBarn.Staff'] },
  owner: { key: 'owner', siteUserId: 16, roles: ['TryggeBarn.Staff', 'TryggeBarn.Admin'] }
};

/** The first principal id a site hands out after the demo users (groups and users added at run time). */
export const FIRST_FREE_PRINCIPAL_ID = 17;

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
