import { checkModelSiteUrl, chooseModelSite, sameSite, sharePointAuthKind } from '../../../src/core/hosting/modelSiteUrl';
import { navigateToAppTarget, teamsEntityDeepLink } from '../../../src/core/hosting/teamsNavigation';

const PAGE = 'https://kommune.sharepoint.com/sites/barnehage-team';

describe('checkModelSiteUrl', () => {
  it.each([
    ['https://kommune.sharepoint.com/sites/tryggebarn', 'https://kommune.sharepoint.com/sites/tryggebarn'],
    ['https://kommune.sharepoint.com/sites/tryggebarn/', 'https://kommune.sharepoint.com/sites/tryggebarn'],
    ['  https://KOMMUNE.sharepoint.com/teams/tb  ', 'https://kommune.sharepoint.com/teams/tb']
  ])('accepts the site collection %s', (value, url) => {
    expect(checkModelSiteUrl(value, PAGE)).toEqual({ ok: true, url });
  });

  it.each([
    ['/sites/tryggebarn', 'notAbsolute'],
    ['tryggebarn', 'notAbsolute'],
    ['http://kommune.sharepoint.com/sites/tryggebarn', 'notHttps'],
    ['ftp://kommune.sharepoint.com/sites/tryggebarn', 'notHttps'],
    ['https://annen.sharepoint.com/sites/tryggebarn', 'otherHost'],
    ['https://kommune.sharepoint.com.evil.example/sites/tryggebarn', 'otherHost'],
    ['https://kommune.sharepoint.com/', 'notSiteCollection'],
    ['https://kommune.sharepoint.com/sites/tryggebarn/SitePages/Home.aspx', 'notSiteCollection'],
    ['https://kommune.sharepoint.com/sites/tryggebarn/underside', 'notSiteCollection'],
    ['https://kommune.sharepoint.com/personal/ola', 'notSiteCollection'],
    ['https://kommune.sharepoint.com/sites/tryggebarn?x=1', 'notSiteCollection'],
    ['https://kommune.sharepoint.com/sites/tryggebarn#/admin', 'notSiteCollection']
  ])('refuses %s (%s)', (value, problem) => {
    expect(checkModelSiteUrl(value, PAGE)).toEqual({ ok: false, problem });
  });

  it('allows http only on localhost (the workbench)', () => {
    expect(checkModelSiteUrl('http://localhost:4321/sites/tryggebarn', 'http://localhost:4321/')).toEqual({ ok: true, url: 'http://localhost:4321/sites/tryggebarn' });
    expect(checkModelSiteUrl('http://localhost:4999/sites/tryggebarn', 'http://localhost:4321/')).toEqual({ ok: false, problem: 'otherHost' });
  });
});

describe('chooseModelSite', () => {
  const tenant = 'https://kommune.sharepoint.com/sites/tryggebarn';
  it('takes the web part property before the tenant property', () => {
    expect(chooseModelSite({ webPartValue: 'https://kommune.sharepoint.com/sites/annen-modell', tenantValue: tenant, pageWebUrl: PAGE })).toEqual({
      kind: 'configured',
      siteUrl: 'https://kommune.sharepoint.com/sites/annen-modell',
      source: 'webPart'
    });
  });

  it('takes the tenant property when the web part property is empty', () => {
    expect(chooseModelSite({ webPartValue: '  ', tenantValue: tenant, pageWebUrl: PAGE })).toEqual({ kind: 'configured', siteUrl: tenant, source: 'tenant' });
  });

  it('never falls back to the page’s own site', () => {
    expect(chooseModelSite({ pageWebUrl: PAGE })).toEqual({ kind: 'notConfigured' });
    expect(chooseModelSite({ pageWebUrl: 'https://kommune.sharepoint.com/sites/tryggebarn' })).toEqual({ kind: 'notConfigured' });
  });

  it('reports an unusable setting instead of trying the next one', () => {
    expect(chooseModelSite({ webPartValue: 'https://annen.sharepoint.com/sites/x', tenantValue: tenant, pageWebUrl: PAGE })).toEqual({
      kind: 'invalid',
      source: 'webPart',
      value: 'https://annen.sharepoint.com/sites/x',
      problem: 'otherHost'
    });
    expect(chooseModelSite({ tenantValue: 'sites/tryggebarn', pageWebUrl: PAGE })).toMatchObject({ kind: 'invalid', source: 'tenant', problem: 'notAbsolute' });
  });
});

describe('sharePointAuthKind', () => {
  it('uses the page session on the page’s origin and a bearer token elsewhere (tenant mode on localhost)', () => {
    expect(sharePointAuthKind('https://kommune.sharepoint.com/sites/tryggebarn', 'https://kommune.sharepoint.com')).toBe('pageSession');
    expect(sharePointAuthKind('http://localhost:4321/sites/tryggebarn', 'http://localhost:4321')).toBe('pageSession');
    expect(sharePointAuthKind('https://kommune.sharepoint.com/sites/tryggebarn', 'http://localhost:4321')).toBe('bearer');
  });

  it('compares sites without case or trailing slash', () => {
    expect(sameSite('https://X.sharepoint.com/sites/tb/', 'https://x.sharepoint.com/sites/TB')).toBe(true);
  });
});

describe('Teams navigation', () => {
  const personal = { appId: 'ed068436-df19-4b47-a0ee-3adc55720c72', pageId: 'tryggebarn' };
  const channel = { ...personal, channelId: '19:abc@thread.tacv2' };

  it('builds navigateToApp parameters, with the channel only in a channel tab', () => {
    expect(navigateToAppTarget(personal, 'routine/niva-0')).toEqual({ appId: personal.appId, pageId: 'tryggebarn', subPageId: 'routine/niva-0' });
    expect(navigateToAppTarget(channel, 'routine/niva-0')).toEqual({ appId: personal.appId, pageId: 'tryggebarn', subPageId: 'routine/niva-0', channelId: channel.channelId });
  });

  it('builds a deep link whose context carries subEntityId and, in a channel tab, channelId', () => {
    const contextOf = (link: string): unknown => JSON.parse(decodeURIComponent(new URL(link).searchParams.get('context') ?? ''));
    const p = teamsEntityDeepLink(personal, 'routine/niva-0');
    expect(p.startsWith(`https://teams.microsoft.com/l/entity/${personal.appId}/tryggebarn?context=`)).toBe(true);
    expect(contextOf(p)).toEqual({ subEntityId: 'routine/niva-0' });
    expect(contextOf(teamsEntityDeepLink(channel, 'routine/niva-0'))).toEqual({ subEntityId: 'routine/niva-0', channelId: channel.channelId });
  });
});
