/**
 * Teams addresses of a view of the tab, built from what the tab's own context says. Pure logic.
 *
 * Sources: "Deep link to an application" (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application):
 * `https://teams.microsoft.com/l/entity/<appId>/<entityId>?context={"subEntityId":…,"channelId":…}` — a channel
 * tab needs its channel; "Configure and handle deep links"
 * (https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-links-execution-handling): inside a
 * tab, navigate with `pages.navigateToApp({ appId, pageId, webUrl, subPageId, channelId })`.
 */

/** Where the tab runs, from teams-js `app.getContext()`: `app.appId`, `page.id`, `channel.id`. */
export interface TeamsTabPlace {
  appId: string;
  /** The tab's entity id (`page.id`, known as entityId before TeamsJS v2). */
  pageId: string;
  /** Set in a channel tab only; a personal app has none. */
  channelId?: string;
}

/** The parameters of teams-js `pages.navigateToApp` for a view of this tab. */
export interface NavigateToAppTarget {
  appId: string;
  pageId: string;
  subPageId: string;
  channelId?: string;
  webUrl?: string;
}

export function navigateToAppTarget(place: TeamsTabPlace, subPageId: string, webUrl?: string): NavigateToAppTarget {
  return {
    appId: place.appId,
    pageId: place.pageId,
    subPageId,
    ...(place.channelId ? { channelId: place.channelId } : {}),
    ...(webUrl ? { webUrl } : {})
  };
}

/** A Teams deep link that opens the tab at `subEntityId` (in its channel when it is a channel tab). */
export function teamsEntityDeepLink(place: TeamsTabPlace, subEntityId: string): string {
  const context: Record<string, string> = { subEntityId };
  if (place.channelId) context.channelId = place.channelId;
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(place.appId)}/${encodeURIComponent(place.pageId)}?context=${encodeURIComponent(JSON.stringify(context))}`;
}
