import * as React from 'react';
import { Button, FluentProvider, makeStyles, MessageBar, MessageBarActions, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import { localeFromCulture, type Locale } from '../../core/i18n/Locale';
import { localizeModel } from '../../core/language/localizeModel';
import type { ProductServices } from '../../data/ports/ProductServices';
import type { LoadedModel } from '../../data/ports/ModelStore';
import { openModel } from '../../data/compose/openModel';
import type { SessionState } from '../../data/ports/ModelSession';
import type { ModelSiteChoice } from '../../core/hosting/modelSiteUrl';
import { AppContext, type AppContextValue } from '../app/AppContext';
import { SearchIndexProvider } from '../app/searchIndex';
import { parseRoute } from '../app/routes';
import { RouteView } from './RouteView';
import { fluentTheme } from '../app/themes';
import { useHashRoute } from '../app/useHashRoute';
import { useMyService } from '../app/useMyService';
import type { HostEnvironment, HostTheme } from '../host/HostEnvironment';
import { AppShell } from './AppShell';
import { ServicesProvider } from './ServicesContext';
import { SiteSetupOffer } from '../admin/SiteSetupOffer';
import { ModelSiteMessage } from '../host/ModelSiteMessage';
import { STRINGS } from '../strings';

/** What the app shows while and after the model opens. */
export type AppSessionState = SessionState<ProductServices> | { kind: 'error'; error: unknown };

/** Opens the model (resolving the model site on the way) and reports each state; returns a cancel function. */
export interface ModelSession {
  start(onState: (state: AppSessionState) => void): () => void;
  /** A state reached before the app rendered (EarlyModelSession: the cached model), so the first frame shows it. */
  current?(): AppSessionState | undefined;
}

export interface TryggeBarnAppProps {
  host: HostEnvironment;
  /** How the web part opens the model: the model site, the cache and the one-request open. */
  session?: ModelSession;
  /**
   * A model site already chosen (tests, tools): its services, with `host.modelSite` saying how it was chosen.
   * Absent (and no session) means no usable model site: then nothing is read.
   */
  services?: ProductServices;
  startView?: string;
  /** The tenant property could not be read (shown with the "no model site" message). */
  tenantPropertyUnreadable?: boolean;
}

const useStyles = makeStyles({ status: { padding: tokens.spacingHorizontalL } });

/** A session over services whose model site is already known: opens with the device cache and one stamp request. */
function fixedSession(services: ProductServices, choice: ModelSiteChoice & { kind: 'configured' }): ModelSession {
  return {
    start: (onState) => {
      let current = true;
      let painted = false;
      openModel(services.modelStore, services.modelCache, { includeDrafts: false }, {
        onModel: (loaded, source) => {
          painted = true;
          if (current) onState({ kind: 'open', choice, services, loaded, source });
        }
      }).catch((error: unknown) => current && !painted && onState({ kind: 'failed', choice, services, error }));
      return () => {
        current = false;
      };
    }
  };
}

/** The state before anything was read: "no model site" is known at once when nothing names one. */
function initialState(props: TryggeBarnAppProps): AppSessionState | undefined {
  if (props.session) return props.session.current?.();
  const choice = props.host.modelSite;
  if (choice && choice.kind !== 'configured') return { kind: 'noSite', choice, tenantUnreadable: props.tenantPropertyUnreadable ?? false };
  if (!props.services) return { kind: 'noSite', choice: { kind: 'notConfigured' }, tenantUnreadable: props.tenantPropertyUnreadable ?? false };
  return undefined;
}

/** The one React tree every host renders: SharePoint page, Teams tab and the workbench. */
export function TryggeBarnApp(props: TryggeBarnAppProps): React.ReactElement {
  const styles = useStyles();
  const [locale, setLocale] = React.useState<Locale>(() => localeFromCulture(props.host.culture));
  const [theme, setTheme] = React.useState<HostTheme>(props.host.theme);
  const [state, setState] = React.useState<AppSessionState | undefined>(() => initialState(props));
  const [attempt, setAttempt] = React.useState(0);
  const strings = STRINGS[locale];

  const session = React.useMemo<ModelSession | undefined>(() => {
    if (props.session) return props.session;
    const choice = props.host.modelSite ?? { kind: 'configured' as const, siteUrl: props.host.siteUrl, source: 'webPart' as const };
    return props.services && choice.kind === 'configured' ? fixedSession(props.services, choice) : undefined;
  }, [props.session, props.services, props.host.modelSite, props.host.siteUrl]);

  React.useEffect(() => props.host.onThemeChange?.(setTheme), [props.host]);

  React.useEffect(() => {
    if (!session) return undefined;
    setState((previous) => (previous?.kind === 'open' ? previous : undefined));
    return session.start(setState);
  }, [session, attempt]);

  // The host as the open resolved it: the model site's URL and how it was chosen.
  const host = React.useMemo<HostEnvironment>(() => {
    if (!state || state.kind === 'error') return props.host;
    return { ...props.host, modelSite: state.choice, siteUrl: state.choice.kind === 'configured' ? state.choice.siteUrl : '' };
  }, [props.host, state]);
  const services = state && (state.kind === 'open' || state.kind === 'failed') ? state.services : undefined;

  // After an admin saved or imported, staff views re-read the model in the background (no spinner), so
  // the admin sees in the app what staff will see. The device cache catches up by its stamp on next open.
  const [modelRevision, setModelRevision] = React.useState(0);
  const modelChanged = React.useCallback(() => setModelRevision((n) => n + 1), []);
  React.useEffect(() => {
    if (modelRevision === 0 || !services) return undefined;
    let cancelled = false;
    services.modelStore.loadModel({ includeDrafts: false }).then(
      (loaded) => !cancelled && setState((previous) => (previous?.kind === 'open' ? { ...previous, loaded, source: 'network', loadSearchIndex: undefined, saveSearchIndex: undefined } : previous)),
      () => undefined
    );
    return () => {
      cancelled = true;
    };
  }, [services, modelRevision]);

  let content: React.ReactElement;
  if (!state) {
    content = <Spinner className={styles.status} label={strings.loading} />;
  } else if (state.kind === 'noSite') {
    content = <ModelSiteMessage choice={state.choice} tenantUnreadable={state.tenantUnreadable || props.tenantPropertyUnreadable} strings={strings.hosting} />;
  } else if (state.kind === 'failed' || state.kind === 'error') {
    content = (
      <>
        <MessageBar intent="error" className={styles.status}>
          <MessageBarBody>{strings.loadFailed}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => setAttempt(attempt + 1)}>{strings.retry}</Button>
          </MessageBarActions>
        </MessageBar>
        {/* The model site without the lists yet: its owner (ManageWeb) can create them here ("Set up this site"). */}
        {state.kind === 'failed' && <ModelSiteSetup services={state.services} host={host} locale={locale} onChanged={() => setAttempt(attempt + 1)} />}
      </>
    );
  } else {
    content = <OpenApp host={host} services={state.services} onModelChanged={modelChanged} loaded={state.loaded} loadSearchIndex={state.loadSearchIndex} saveSearchIndex={state.saveSearchIndex} locale={locale} setLocale={setLocale} startView={props.startView} />;
  }
  return (
    <FluentProvider theme={fluentTheme(host.kind, theme)} data-theme={theme} data-host={host.kind}>
      {content}
    </FluentProvider>
  );
}

interface OpenAppProps {
  host: HostEnvironment;
  services: ProductServices;
  /** Called after an admin changed the model, so the staff views read it again. */
  onModelChanged(): void;
  loaded: LoadedModel;
  /** The search index cached with this model, and where a built one is saved. */
  loadSearchIndex?(): Promise<string | undefined>;
  saveSearchIndex?(json: string): Promise<void>;
  locale: Locale;
  setLocale(locale: Locale): void;
  startView?: string;
}

/** The app once a model is there (from the device cache or SharePoint). */
function OpenApp(props: OpenAppProps): React.ReactElement {
  const { host, services, locale } = props;
  const [route, navigate] = useHashRoute(parseRoute(host.deepLinkRoute ?? props.startView ?? ''));
  const [myService, setMyService] = useMyService(host.siteUrl, host.user.loginName);
  const strings = STRINGS[locale];
  // Content in the UI's written standard where the model has it (…Nn columns); search indexes the same model.
  const model = React.useMemo(() => localizeModel(props.loaded.model, locale), [props.loaded.model, locale]);
  const asStored = model === props.loaded.model;
  const routineTitleOrder = asStored ? props.loaded.routineTitleOrder : undefined;
  const value: AppContextValue = { model, strings, locale, host, navigate, myService, setMyService, routineTitleOrder };
  return (
    <AppContext.Provider value={value}>
      <ServicesProvider services={services} onModelChanged={props.onModelChanged}>
        {/* The index cached with the model is of its main text; the Nynorsk view of a Bokmål site builds its own. */}
        <SearchIndexProvider model={model} loadCachedIndex={asStored ? props.loadSearchIndex : undefined} saveIndex={asStored ? props.saveSearchIndex : undefined}>
          <AppShell route={route} onLocaleChange={props.setLocale}>
            <RouteView route={route} />
          </AppShell>
        </SearchIndexProvider>
      </ServicesProvider>
    </AppContext.Provider>
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
  return <SiteSetupOffer admin={services.admin} locale={locale} onChanged={props.onChanged} />;
}
