import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import { TryggeBarnApp } from '../../ui/TryggeBarnApp';
import { themeFromTeams, type HostEnvironment, type HostTheme } from '../../ui/host/HostEnvironment';
import { createProductServices, type ProductServices } from '../../data/createProductServices';

export interface ITryggeBarnWebPartProps {
  startView?: string;
}

/** Thin by design: reads the SPFx context, builds the services, renders the one React tree. */
export default class TryggeBarnWebPart extends BaseClientSideWebPart<ITryggeBarnWebPartProps> {
  private host: HostEnvironment | undefined;
  private services: ProductServices | undefined;

  protected async onInit(): Promise<void> {
    const teamsJs = this.context.sdks.microsoftTeams?.teamsJs;
    const teamsContext = teamsJs ? await teamsJs.app.getContext() : undefined;
    const page = this.context.pageContext;
    const tokenProvider = await this.context.aadTokenProviderFactory.getTokenProvider();
    const graphClient = await this.context.msGraphClientFactory.getClient('3');
    this.host = {
      kind: teamsContext ? 'teams' : 'sharepoint',
      siteUrl: page.web.absoluteUrl,
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
      teamsAppId: teamsContext?.app.appId?.toString(),
      teamsEntityId: teamsContext?.page.id,
      deepLinkRoute: teamsContext?.page.subPageId
    };
    this.services = createProductServices({
      siteUrl: page.web.absoluteUrl,
      userLogin: page.user.loginName,
      getSharePointToken: (resource: string) => tokenProvider.getToken(resource),
      graphClient
    });
  }

  public render(): void {
    if (!this.host || !this.services) return;
    ReactDom.render(
      React.createElement(TryggeBarnApp, { host: this.host, services: this.services, startView: this.properties.startView }),
      this.domElement
    );
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }
}
