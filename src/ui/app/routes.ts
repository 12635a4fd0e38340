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
  | { view: 'adminRoutine'; key: string }
  /** A link to a routine, service, arena… whose key cannot be read (a malformed escape, characters no key has). */
  | { view: 'notFound' };

export type AdminSection = 'routines' | 'review' | 'readiness' | 'words' | 'transfer' | 'setup';

const ADMIN_SECTIONS: readonly string[] = ['routines', 'review', 'readiness', 'words', 'transfer', 'setup'];

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
    const key = decodeKey(encodedKey);
    if (key !== undefined && KEY.test(key)) return { view: 'adminRoutine', key };
  }
  return { view: 'admin', section: ADMIN_SECTIONS.includes(section) ? (section as AdminSection) : 'routines' };
}

/** The views addressed by a key ("#/routine/<key>"). */
const KEYED: Record<string, (key: string) => Route> = {
  routine: (key) => ({ view: 'routine', key }),
  service: (key) => ({ view: 'service', key }),
  arena: (key) => ({ view: 'arena', key }),
  book: (arena) => ({ view: 'book', arena }),
  evaluate: (level) => ({ view: 'evaluate', level })
};

/** decodeURIComponent without its URIError ("%E0" is no UTF-8): undefined for a malformed escape. */
function decodeKey(encoded: string): string | undefined {
  try {
    return decodeURIComponent(encoded);
  } catch {
    return undefined;
  }
}

/**
 * Parses "#/routine/level-0" (or "routine/level-0", a Teams subEntityId). It never throws, whatever the hash: a
 * keyed view whose key cannot be read is "not found"; any other unknown path is home.
 */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#?\/?/, '').split(/[?#]/)[0];
  const [first = '', second] = path.split('/');
  if (first === 'admin') return parseAdminRoute(path.split('/').slice(1));
  if (second !== undefined) {
    const keyed = Object.prototype.hasOwnProperty.call(KEYED, first) ? KEYED[first] : undefined;
    if (!keyed) return { view: 'home' };
    const key = decodeKey(second);
    return key !== undefined && KEY.test(key) ? keyed(key) : { view: 'notFound' };
  }
  // Own keys only: "#/constructor" is not a view.
  const view = Object.prototype.hasOwnProperty.call(SIMPLE, first) ? SIMPLE[first] : undefined;
  return view ? ({ view } as Route) : { view: 'home' };
}

export function formatRoute(route: Route): string {
  switch (route.view) {
    case 'home':
    case 'notFound':
      // "Not found" has no address of its own: what was asked for is not kept, and home is the way back.
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
