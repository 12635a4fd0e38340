import * as React from 'react';
import { makeStyles, MessageBar, MessageBarBody, tokens } from '@fluentui/react-components';
import type { Locale } from '../../core/i18n/Locale';
import type { AdminAccess, AdminServices } from '../../data/ports/admin/AdminServices';
import { adminStrings, type AdminStrings } from './strings';
import { loadAdminChunk, type AdminChunk } from './loadAdminChunk';

const useStyles = makeStyles({ root: { display: 'grid', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalL } });

interface Offer {
  chunk: AdminChunk;
  services: AdminServices;
  strings: AdminStrings;
}

/**
 * When the model cannot be opened because the site has no Trygge Barn lists yet, a site owner is offered to
 * create them right here. Nothing shows for anyone else, or when the lists exist (the failure was another).
 */
export function SiteSetupOffer(props: { admin: AdminAccess; locale: Locale; onChanged(): void }): React.ReactElement {
  const { admin, locale, onChanged } = props;
  const styles = useStyles();
  const [offer, setOffer] = React.useState<Offer | undefined>();
  React.useEffect(() => {
    let current = true;
    (async (): Promise<Offer | undefined> => {
      // The admin strings come with the chunk, in the user's language only.
      const [chunk, services, strings] = await Promise.all([loadAdminChunk(), admin.load(), adminStrings.load(locale)]);
      if (!(await services.provisioning.canSetUpSite())) return undefined;
      const plan = await services.provisioning.plan();
      const listsMissing = plan.actions.some((a) => a.kind === 'createList' || a.kind === 'renameList');
      return listsMissing ? { chunk, services, strings } : undefined;
    })().then(
      (found) => current && setOffer(found),
      () => undefined
    );
    return () => {
      current = false;
    };
  }, [admin, locale]);
  if (!offer) return <></>;
  const { SiteSetupPanel } = offer.chunk;
  const { strings } = offer;
  return (
    <section className={styles.root} aria-label={strings.setupTitle}>
      <MessageBar intent="info">
        <MessageBarBody>{strings.setupOffer}</MessageBarBody>
      </MessageBar>
      <SiteSetupPanel provisioning={offer.services.provisioning} strings={strings} locale={locale} onChanged={onChanged} />
    </section>
  );
}
