import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { PropertyPaneTextField, type IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { TryggeBarnApp } from '../../ui/shell/TryggeBarnApp';
import { EarlyModelSession } from '../../ui/shell/EarlyModelSession';
import { afterNextPaint } from '../../ui/shell/afterNextPaint';
import { loadOnce } from '../../core/async/loadOnce';
import { themeFromTeams, type HostEnvironment, type HostNavigation, type HostTheme } from '../../ui/host/HostEnvironment';
import { createProductServices } from '../../data/compose/createProductServices';
import type { ProductServices } from '../../data/ports/ProductServices';
import type { GraphClientLike } from '../../data/graph/GraphClientLike';
import type { SharePointAuth } from '../../data/sharepoint/createSharePointClient';
import { readTenantProperty } from '../../data/compose/loadSharePointChunk';
import { checkModelSiteUrl, sharePointAuthKind } from '../../core/hosting/modelSiteUrl';
import { openModelSession } from '../../data/compose/openModel';
import { IndexedDbModelCache } from '../../data/cache/IndexedDbModelCache';
import { navigateToAppTarget, type TeamsTabPlace } from '../../core/hosting/teamsNavigation';
import { localeFromCulture } from '../../core/i18n/Locale';
import { STRINGS } from '../../ui/strings';

export interface ITryggeBarnWebPartProps {
  startView?: string;
  /** The model site for this page; empty: the tenant property `TryggeBarnModelSite` decides. */
  modelSiteUrl?: string;
}

/** The part of teams-js (v2, from `context.sdks.microsoftTeams.teamsJs`) the web part uses. */
interface TeamsJsLike {
  app: {
    getContext(): Promise<TeamsContextLike>;
    registerOnThemeChangeHandler(handler: (theme: string) => void): void;
    openLink(url: string): Promise<void>;
  };
  pages: { navigateToApp(params: { appId: string; pageId: string; subPageId?: string; channelId?: string; webUrl?: string }): Promise<void> };
}

interface TeamsContextLike {
  app: { locale: string; theme?: string; appId?: { toString(): string } | string };
  page: { id: string; subPageId?: string };
  channel?: { id?: string };
}

/** How long the first render waits for the device cache before showing a spinner instead. */
const CACHE_READ_WAIT_MS = 300;

/** Thin by design: reads the SPFx context, finds the model site, builds the services, renders the one React tree. */
export default class TryggeBarnWebPart extends BaseClientSideWebPart<ITryggeBarnWebPartProps> {
  private host: HostEnvironment | undefined;
  private session: EarlyModelSession | undefined;
  /** SPFx loads its Graph client bundle on the first getClient: only when someone books a meeting. */
  private readonly graphClient = loadOnce(async () => (await this.context.msGraphClientFactory.getClient('3')) as unknown as GraphClientLike);

  protected override async onInit(): Promise<void> {
    const teamsJs = this.context.sdks.microsoftTeams?.teamsJs as unknown as TeamsJsLike | undefined;
    // The model first: a warm open reads the device cache while the host starts up, and renders with it.
    this.findModelSite();
    const teamsContext = teamsJs ? await teamsJs.app.getContext() : undefined;
    const page = this.context.pageContext;
    const place: TeamsTabPlace | undefined =
      teamsContext?.app.appId && teamsContext.page.id
        ? { appId: teamsContext.app.appId.toString(), pageId: teamsContext.page.id, channelId: teamsContext.channel?.id || undefined }
        : undefined;
    this.host = {
      kind: teamsContext ? 'teams' : 'sharepoint',
      siteUrl: '',
      culture: teamsContext?.app.locale ?? page.cultureInfo.currentUICultureName,
      user: { displayName: page.user.displayName, email: page.user.email, loginName: page.user.loginName },
      theme: teamsContext ? themeFromTeams(teamsContext.app.theme) : 'light',
      onThemeChange: teamsJs
        ? (handler: (theme: HostTheme) => void) => {
            teamsJs.app.registerOnThemeChangeHandler((name: string) => handler(themeFromTeams(name)));
            return () => teamsJs.app.registerOnThemeChangeHandler(() => undefined);
          }
        : undefined,
      pageUrl: window.location.href.split('#')[0],
      teamsAppId: place?.appId,
      teamsEntityId: place?.pageId,
      teamsChannelId: place?.channelId,
      navigation: teamsJs && place ? teamsNavigation(teamsJs, place) : undefined,
      deepLinkRoute: teamsContext?.page.subPageId || undefined
    };
    await this.session?.cacheReadWithin(CACHE_READ_WAIT_MS);
  }

  /**
   * The model site: the web part property, then the tenant property (read from the page's own web). Without
   * one, the app says what the admin must set; it never falls back to the page's site (a Teams personal app
   * runs on the tenant root, a channel tab on its team's site). Resolving it is part of opening the model
   * (src/data/compose/openModel.ts): a warm open takes it from the device cache, a cold open on a SharePoint page reads
   * the tenant property inside the model's own `$batch`, so rendering never waits for it here.
   */
  private findModelSite(): void {
    const graphClient = this.graphClient;
    const pageWebUrl = this.context.pageContext.web.absoluteUrl;
    const userLogin = this.context.pageContext.user.loginName;
    const webPartValue = this.properties.modelSiteUrl?.trim() || undefined;
    const built = new Map<string, ProductServices>();
    const servicesFor = (siteUrl: string): ProductServices => {
      const key = siteUrl.toLowerCase().replace(/\/+$/, '');
      let services = built.get(key);
      if (!services) {
        services = createProductServices({ siteUrl, userLogin, sharePointAuth: this.sharePointAuthFor(siteUrl), graphClient });
        built.set(key, services);
      }
      return services;
    };
    const cache = new IndexedDbModelCache(`page:${pageWebUrl}|${webPartValue ?? ''}`, userLogin);
    this.session = new EarlyModelSession((onState, onCacheRead) => {
      let current = true;
      openModelSession(
        // Teams hosts run on the tenant root or a team site, never on the model site.
        { pageWebUrl, webPartValue, pageMayBeModelSite: !this.context.sdks.microsoftTeams?.teamsJs },
        {
          cache,
          siteFor: (siteUrl) => {
            const services = servicesFor(siteUrl);
            return { services, store: services.modelStore, primeAccess: (access) => services.permissions.prime?.(access) };
          },
          readTenantProperty: () => readTenantProperty(pageWebUrl, this.sharePointAuthFor(pageWebUrl)),
          onCacheRead,
          afterPaint: afterNextPaint
        },
        (state) => current && onState(state)
      ).catch((error: unknown) => current && onState({ kind: 'error', error }));
      return () => {
        current = false;
      };
    });
  }

  /**
   * SharePoint REST with the page's own session, as SPFx solutions call it (PnPjs `SPFx(context)`): the cookie
   * and a request digest — the page's own (`legacyPageContext.formDigestValue`) for its web, one from the
   * target web's `_api/contextinfo` otherwise. A token from aadTokenProvider would belong to the shared
   * "SharePoint Online Client Extensibility" principal and be refused for writes (pnp/pnpjs #2570, #2571).
   * Only a site on ANOTHER origin than the page — which happens only on the workbench's tenant mode, a
   * localhost page signed in with MSAL and its own app registration — gets a bearer token from the context.
   */
  private sharePointAuthFor(siteUrl: string): SharePointAuth {
    if (sharePointAuthKind(siteUrl, window.location.origin) === 'bearer') {
      const provider = this.context.aadTokenProviderFactory.getTokenProvider();
      return { kind: 'bearer', getToken: async (resource: string) => (await provider).getToken(resource) };
    }
    const legacy = this.context.pageContext.legacyPageContext as { formDigestValue?: string; formDigestTimeoutSeconds?: number } | undefined;
    const pageDigest = legacy?.formDigestValue
      ? { webUrl: this.context.pageContext.web.absoluteUrl, value: legacy.formDigestValue, timeoutSeconds: legacy.formDigestTimeoutSeconds }
      : undefined;
    return { kind: 'pageSession', pageDigest };
  }

  public render(): void {
    if (!this.host) return;
    ReactDom.render(
      React.createElement(TryggeBarnApp, {
        host: this.host,
        session: this.session,
        startView: this.properties.startView
      }),
      this.domElement
    );
  }

  /** The model site is applied with the pane's Apply button, not on every keystroke. */
  protected override get disableReactivePropertyChanges(): boolean {
    return true;
  }

  protected override onAfterPropertyPaneChangesApplied(): void {
    // Rendering again with a new session re-reads the model (the app's load effect depends on it).
    this.findModelSite();
    this.render();
  }

  protected override getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    const strings = this.hostingStrings();
    return {
      pages: [
        {
          header: { description: strings.propertyPane.description },
          groups: [
            {
              groupName: strings.propertyPane.group,
              groupFields: [
                PropertyPaneTextField('modelSiteUrl', {
                  label: strings.propertyPane.modelSiteLabel,
                  description: strings.propertyPane.modelSiteDescription,
                  placeholder: 'https://…/sites/tryggebarn',
                  onGetErrorMessage: (value: string) => this.modelSiteError(value),
                  deferredValidationTime: 400
                })
              ]
            }
          ]
        }
      ]
    };
  }

  /** The property pane's check: empty is allowed (the tenant property decides); otherwise a usable model site. */
  private modelSiteError(value: string | undefined): string {
    if (!value?.trim()) return '';
    const check = checkModelSiteUrl(value, this.context.pageContext.web.absoluteUrl);
    return check.ok ? '' : this.hostingStrings().problems[check.problem];
  }

  private hostingStrings(): (typeof STRINGS)['nb']['hosting'] {
    return STRINGS[localeFromCulture(this.host?.culture ?? this.context.pageContext.cultureInfo.currentUICultureName)].hosting;
  }

  protected override onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected override get dataVersion(): Version {
    return Version.parse('1.0');
  }
}

/**
 * In Teams, views of this tab open through `pages.navigateToApp` (with the channel of a channel tab) and
 * external links through `app.openLink` ("Configure and handle deep links").
 */
function teamsNavigation(teamsJs: TeamsJsLike, place: TeamsTabPlace): HostNavigation {
  return {
    navigate: (subPageId: string) => teamsJs.pages.navigateToApp(navigateToAppTarget(place, subPageId)),
    openLink: (url: string) => teamsJs.app.openLink(url)
  };
}
