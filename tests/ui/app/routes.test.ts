import { formatRoute, parseRoute, sharePointDeepLink, subPageIdOf, teamsDeepLink } from '../../../src/ui/app/routes';

describe('routes', () => {
  it.each([
    ['#/', { view: 'home' }],
    ['', { view: 'home' }],
    ['#/guide', { view: 'guide' }],
    ['#/for-me', { view: 'forMe' }],
    ['#/routine/niva-0', { view: 'routine', key: 'niva-0' }],
    ['routine/niva-0', { view: 'routine', key: 'niva-0' }],
    ['#/arena/tverrfaglig-team', { view: 'arena', key: 'tverrfaglig-team' }],
    ['#/routine/<script>', { view: 'notFound' }],
    ['#/nonsense', { view: 'home' }]
  ])('parses %s', (hash, route) => {
    expect(parseRoute(hash)).toEqual(route);
  });

  it('formats what it parses', () => {
    for (const hash of ['#/', '#/guide', '#/for-me', '#/routine/niva-0', '#/service/skole']) expect(formatRoute(parseRoute(hash))).toBe(hash);
  });

  it('builds a SharePoint deep link and a Teams deep link carrying the route as subEntityId', () => {
    expect(sharePointDeepLink('https://x.sharepoint.com/sites/tb/SitePages/Home.aspx#/old', { view: 'routine', key: 'a' })).toBe(
      'https://x.sharepoint.com/sites/tb/SitePages/Home.aspx#/routine/a'
    );
    const link = teamsDeepLink('app-id', 'tab', { view: 'routine', key: 'a' });
    expect(link.startsWith('https://teams.microsoft.com/l/entity/app-id/tab?context=')).toBe(true);
    const context = JSON.parse(decodeURIComponent(link.split('context=')[1]));
    expect(parseRoute(context.subEntityId)).toEqual({ view: 'routine', key: 'a' });
  });

  it('puts the channel into a channel tab’s deep link, and the route into subEntityId', () => {
    const link = teamsDeepLink('app-id', 'tab', { view: 'routine', key: 'a' }, '19:c@thread.tacv2');
    expect(JSON.parse(decodeURIComponent(link.split('context=')[1]))).toEqual({ subEntityId: 'routine/a', channelId: '19:c@thread.tacv2' });
    expect(subPageIdOf({ view: 'routine', key: 'a' })).toBe('routine/a');
  });
});
