import type { ModelSiteChoice } from '../../core/hosting/modelSiteUrl';

/** Where the product runs. The React tree learns everything about its host through this, never from SPFx directly. */
export type HostKind = 'sharepoint' | 'teams';

/**
 * Navigation the host does for the app (set by the web part; src/ui never imports teams-js). In Teams, links
 * leave the tab through teams-js: `pages.navigateToApp` for a view of this tab and `app.openLink` for anything
 * else ("Configure and handle deep links", learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-links-execution-handling).
 */
export interface HostNavigation {
  /** Opens a view of this app in the host, by its Teams subPageId (e.g. "routine/niva-0"). */
  navigate(subPageId: string): Promise<void>;
  /** Opens an external address (a tool's document, a Teams meeting) through the host. */
  openLink(url: string): Promise<void>;
}

/** Teams' theme names; SharePoint pages map to light or dark. */
export type HostTheme = 'light' | 'dark' | 'contrast';

export interface HostUser {
  displayName: string;
  email: string;
  loginName: string;
}

export interface HostEnvironment {
  kind: HostKind;
  /** Absolute URL of the SharePoint site that holds the model's lists ('' when no model site is configured). */
  siteUrl: string;
  /**
   * How the model site was chosen (web part property, then tenant property). When it is not 'configured', the
   * app shows what the admin must set and reads nothing. Absent means configured (tests, older hosts).
   */
  modelSite?: ModelSiteChoice;
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
  /** The channel of a channel tab: deep links and navigation must carry it. */
  teamsChannelId?: string;
  /** Navigation through the host (Teams); absent in a SharePoint page, where plain links work. */
  navigation?: HostNavigation;
  /** A route the host asks to open at start: a Teams deep link's subEntityId. */
  deepLinkRoute?: string;
}

/** Maps a Teams theme name ("default", "dark", "contrast") to ours. */
export function themeFromTeams(name: string | undefined): HostTheme {
  if (name === 'dark') return 'dark';
  if (name === 'contrast') return 'contrast';
  return 'light';
}
