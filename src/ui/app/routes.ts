import { teamsEntityDeepLink } from '../../core/hosting/teamsNavigation';

/**
 * The app's views, addressed by the URL hash so a routine has a link that opens it (in SharePoint, and via a
 * Teams deep link's subEntityId in the tab). Search terms and guide answers are never put in a route:
 * they stay in memory only.
 */
export type Route =
  | { view: 'home' }
  | { view: 'guide' }
  | { view: 'urgent' }
  | { view: 'routines' }
  | { view: 'routine'; key: string }
  | { view: 'services' }
  | { view: 'service'; key: string }
  | { view: 'tools' }
  | { view: 'arenas' }
  | { view: 'arena'; key: string }
  | { view: 'contacts' }
  | { view: 'forMe' }
  /** Booking a meeting of an arena. Who it is about is never part of the route. */
  | { view: 'book'; arena: string }
  /** Evaluate and improve: feedback for everyone, evaluation forms, action plan, annual wheel… */
  | { view: 'feedback' }
  | { view: 'evaluate'; level?: string }
  | { view: 'actionPlan' }
  | { view: 'annualWheel' }
  /** …and for those who can edit the model: feedback triage, evaluation results, the yearly report. */
  | { view: 'feedbackTriage' }
  | { view: 'evaluationResults' }
  | { view: 'yearlyReport' }
  /** Keeping the model current (the project group): routines, review, import/export, site setup… */
  | { view: 'admin'; section: AdminSection }
  /** …and editing one routine's steps. */
  | { view: 'adminRoutine'; key: string };

export type AdminSection = 'routines' | 'review' | 'readiness' | 'transfer' | 'setup';

const ADMIN_SECTIONS: readonly string[] = ['routines', 'review', 'readiness', 'transfer', 'setup'];

const SIMPLE: Record<string, Route['view']> = {
  '': 'home',
  home: 'home',
  guide: 'guide',
  urgent: 'urgent',
  routines: 'routines',
  services: 'services',
  tools: 'tools',
  arenas: 'arenas',
  contacts: 'contacts',
  'for-me': 'forMe',
  feedback: 'feedback',
  evaluate: 'evaluate',
  'action-plan': 'actionPlan',
  'annual-wheel': 'annualWheel',
  'feedback-triage': 'feedbackTriage',
  'evaluation-results': 'evaluationResults',
  'yearly-report': 'yearlyReport'
};

/** The hash path of each view whose path is not its name. */
const PATHS: Partial<Record<Route['view'], string>> = Object.fromEntries(
  Object.entries(SIMPLE)
    .filter(([path, view]) => path !== '' && path !== view)
    .map(([path, view]) => [view, path])
);

const KEY = /^[a-z0-9-]{1,64}$/;

/** "#/admin", "#/admin/review", "#/admin/routine/<key>"; an unknown admin path is the admin start page. */
function parseAdminRoute(rest: readonly string[]): Route {
  const [section = '', encodedKey] = rest;
  if (section === 'routine' && encodedKey !== undefined) {
    let key = '';
    try {
      key = decodeURIComponent(encodedKey);
    } catch {
      // A malformed escape is not a key.
    }
    if (KEY.test(key)) return { view: 'adminRoutine', key };
  }
  return { view: 'admin', section: ADMIN_SECTIONS.includes(section) ? (section as AdminSection) : 'routines' };
}

/** Parses "#/routine/level-0" (or "routine/level-0", a Teams subEntityId); anything unknown is home. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#?\/?/, '').split(/[?#]/)[0];
  const [first = '', second] = path.split('/');
  if (first === 'admin') return parseAdminRoute(path.split('/').slice(1));
  if (second !== undefined) {
    const key = decodeURIComponent(second);
    if (!KEY.test(key)) return { view: 'home' };
    if (first === 'routine') return { view: 'routine', key };
    if (first === 'service') return { view: 'service', key };
    if (first === 'arena') return { view: 'arena', key };
    if (first === 'book') return { view: 'book', arena: key };
    if (first === 'evaluate') return { view: 'evaluate', level: key };
    return { view: 'home' };
  }
  const view = SIMPLE[first];
  return view ? ({ view } as Route) : { view: 'home' };
}

export function formatRoute(route: Route): string {
  switch (route.view) {
    case 'home':
      return '#/';
    case 'forMe':
      return '#/for-me';
    case 'routine':
    case 'service':
    case 'arena':
      return `#/${route.view}/${encodeURIComponent(route.key)}`;
    case 'book':
      return `#/book/${encodeURIComponent(route.arena)}`;
    case 'evaluate':
      return route.level === undefined ? '#/evaluate' : `#/evaluate/${encodeURIComponent(route.level)}`;
    case 'admin':
      return route.section === 'routines' ? '#/admin' : `#/admin/${route.section}`;
    case 'adminRoutine':
      return `#/admin/routine/${encodeURIComponent(route.key)}`;
    default:
      return `#/${PATHS[route.view] ?? route.view}`;
  }
}

/** A link that opens a route in the SharePoint page. */
export function sharePointDeepLink(pageUrl: string, route: Route): string {
  return `${pageUrl.split('#')[0]}${formatRoute(route)}`;
}

/** The Teams subPageId (subEntityId) of a route: its hash path without "#/". */
export function subPageIdOf(route: Route): string {
  return formatRoute(route).slice(2);
}

/**
 * A Teams deep link that opens the tab at a route: https://teams.microsoft.com/l/entity/<appId>/<entityId>
 * with the route as subEntityId (and the channel, for a channel tab), which the tab reads back from its context.
 */
export function teamsDeepLink(appId: string, entityId: string, route: Route, channelId?: string): string {
  return teamsEntityDeepLink({ appId, pageId: entityId, channelId }, subPageIdOf(route));
}
