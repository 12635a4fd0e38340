import * as React from 'react';
import { Button, FluentProvider, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { localeFromCulture, type Locale } from '../core/i18n/Locale';
import type { ProductServices } from '../data/createProductServices';
import type { LoadedModel } from '../data/ModelStore';
import { openModel } from '../data/openModel';
import { AppContext, type AppContextValue } from './app/AppContext';
import { parseRoute } from './app/routes';
import { RouteView } from './app/RouteView';
import { fluentTheme } from './app/themes';
import { useHashRoute } from './app/useHashRoute';
import { useMyService } from './app/useMyService';
import type { HostEnvironment, HostTheme } from './host/HostEnvironment';
import { AppShell } from './layout/AppShell';
import { CalendarServiceContext } from './meetings/CalendarServiceContext';
import { EvaluationServicesContext } from './evaluation/EvaluationServicesContext';
import { AdminServicesContext } from './admin/AdminServicesContext';
import { SiteSetupOffer } from './admin/SiteSetupOffer';
import { ModelSiteMessage } from './host/ModelSiteMessage';
import { STRINGS } from './strings';

export interface TryggeBarnAppProps {
  host: HostEnvironment;
  /** Absent when no usable model site is configured (host.modelSite says why): then nothing is read. */
  services?: ProductServices;
  startView?: string;
  /** The tenant property could not be read (shown with the "no model site" message). */
  tenantPropertyUnreadable?: boolean;
}

const useStyles = makeStyles({ status: { padding: tokens.spacingHorizontalL } });

type LoadState = { kind: 'loading' } | { kind: 'failed' } | { kind: 'loaded'; loaded: LoadedModel };

/** The one React tree every host renders: SharePoint page, Teams tab and the workbench. */
export function TryggeBarnApp(props: TryggeBarnAppProps): React.ReactElement {
  const { host, services } = props;
  const styles = useStyles();
  const [locale, setLocale] = React.useState<Locale>(() => localeFromCulture(host.culture));
  const [theme, setTheme] = React.useState<HostTheme>(host.theme);
  const [state, setState] = React.useState<LoadState>({ kind: 'loading' });
  const [attempt, setAttempt] = React.useState(0);
  const [route, navigate] = useHashRoute(parseRoute(host.deepLinkRoute ?? props.startView ?? ''));
  const [myService, setMyService] = useMyService(host.siteUrl, host.user.loginName);
  const strings = STRINGS[locale];

  React.useEffect(() => host.onThemeChange?.(setTheme), [host]);

  React.useEffect(() => {
    if (!services) return undefined;
    let cancelled = false;
    setState({ kind: 'loading' });
    openModel(services.modelStore, services.modelCache, { includeDrafts: false }, {
      onModel: (loaded) => !cancelled && setState({ kind: 'loaded', loaded })
    }).catch(() => !cancelled && setState({ kind: 'failed' }));
    return () => {
      cancelled = true;
    };
  }, [services, attempt]);

  // After an admin saved or imported, staff views re-read the model in the background (no spinner), so
  // the admin sees in the app what staff will see. The device cache catches up by its stamp on next open.
  const [modelRevision, setModelRevision] = React.useState(0);
  const adminServices = React.useMemo(() => services && { ...services, modelChanged: () => setModelRevision((n) => n + 1) }, [services]);
  React.useEffect(() => {
    if (modelRevision === 0 || !services) return undefined;
    let cancelled = false;
    services.modelStore.loadModel({ includeDrafts: false }).then(
      (loaded) => !cancelled && setState({ kind: 'loaded', loaded }),
      () => undefined
    );
    return () => {
      cancelled = true;
    };
  }, [services, modelRevision]);

  let content: React.ReactElement;
  if (!services || !adminServices || (host.modelSite && host.modelSite.kind !== 'configured')) {
    const choice = host.modelSite && host.modelSite.kind !== 'configured' ? host.modelSite : ({ kind: 'notConfigured' } as const);
    content = <ModelSiteMessage choice={choice} tenantUnreadable={props.tenantPropertyUnreadable} strings={strings.hosting} />;
  } else if (state.kind === 'loading') {
    content = <Spinner className={styles.status} label={strings.loading} />;
  } else if (state.kind === 'failed') {
    content = (
      <>
        <MessageBar intent="error" className={styles.status}>
          <MessageBarBody>{strings.loadFailed}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setAttempt(attempt + 1)}>{strings.retry}</Button>
          </MessageBarActions>
        </MessageBar>
        {/* The model site without the lists yet: its owner (ManageWeb) can create them here ("Set up this site"). */}
        <ModelSiteSetup services={services} host={host} locale={locale} onChanged={() => setAttempt(attempt + 1)} />
      </>
    );
  } else {
    const value: AppContextValue = { model: state.loaded.model, strings, locale, host, navigate, myService, setMyService };
    content = (
      <AppContext.Provider value={value}>
        <CalendarServiceContext.Provider value={services.calendar}>
          <EvaluationServicesContext.Provider value={services}>
            <AdminServicesContext.Provider value={adminServices}>
              <AppShell route={route} onLocaleChange={setLocale}>
                <RouteView route={route} />
              </AppShell>
            </AdminServicesContext.Provider>
          </EvaluationServicesContext.Provider>
        </CalendarServiceContext.Provider>
      </AppContext.Provider>
    );
  }
  return (
    <FluentProvider theme={fluentTheme(host.kind, theme)} data-theme={theme} data-host={host.kind}>
      {content}
    </FluentProvider>
  );
}

/**
 * After the model failed to load: the "Set up this site" offer, only on the configured model site and only for
 * someone who may manage it (ManageWeb); anyone else is told who can.
 */
function ModelSiteSetup(props: { services: ProductServices; host: HostEnvironment; locale: Locale; onChanged(): void }): React.ReactElement {
  const { services, host, locale } = props;
  const strings = STRINGS[locale];
  const [canManage, setCanManage] = React.useState<boolean | undefined>(undefined);
  React.useEffect(() => {
    let current = true;
    services.siteAccess.canManageModelSite().then(
      (answer) => current && setCanManage(answer),
      () => current && setCanManage(false)
    );
    return () => {
      current = false;
    };
  }, [services]);
  if (canManage === undefined) return <></>;
  if (!canManage) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{strings.hosting.setupOnlyOwners(host.siteUrl)}</MessageBarBody>
      </MessageBar>
    );
  }
  return <SiteSetupOffer admin={services.admin} strings={strings.admin} locale={locale} onChanged={props.onChanged} />;
}
