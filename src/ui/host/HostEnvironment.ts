/** Where the product runs. The React tree learns everything about its host through this, never from SPFx directly. */
export type HostKind = 'sharepoint' | 'teams';

/** Teams' theme names; SharePoint pages map to light or dark. */
export type HostTheme = 'light' | 'dark' | 'contrast';

export interface HostUser {
  displayName: string;
  email: string;
  loginName: string;
}

export interface HostEnvironment {
  kind: HostKind;
  /** Absolute URL of the SharePoint site that holds the model's lists. */
  siteUrl: string;
  /** The host's culture name, e.g. "nb-NO" or "en-US". */
  culture: string;
  user: HostUser;
  theme: HostTheme;
  /** Subscribes to live theme changes (Teams); returns an unsubscribe function. */
  onThemeChange?: (handler: (theme: HostTheme) => void) => () => void;
  /** The page URL a deep link should point to in SharePoint. */
  pageUrl: string;
  /** Teams app id and entity id of the tab, for Teams deep links. */
  teamsAppId?: string;
  teamsEntityId?: string;
  /** A route the host asks to open at start: a Teams deep link's subEntityId. */
  deepLinkRoute?: string;
}

/** Maps a Teams theme name ("default", "dark", "contrast") to ours. */
export function themeFromTeams(name: string | undefined): HostTheme {
  if (name === 'dark') return 'dark';
  if (name === 'contrast') return 'contrast';
  return 'light';
}
