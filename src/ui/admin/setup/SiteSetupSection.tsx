import * as React from 'react';
import { MessageBar, MessageBarBody, Spinner, Text, Title3 } from '@fluentui/react-components';
import type { AdminServices } from '../../../data/ports/admin/AdminServices';
import { useApp } from '../../app/AppContext';
import { useServices } from '../../shell/ServicesContext';
import { useAdminStyles } from '../common/useAdminStyles';
import { SiteSetupPanel } from './SiteSetupPanel';
import { useAdminStrings } from '../strings';

/** The site setup section of the admin views. */
export function SiteSetupSection(props: { onChanged(): void }): React.ReactElement {
  const { locale, strings } = useApp();
  const s = useAdminStrings();
  const styles = useAdminStyles();
  const { admin } = useServices();
  const [services, setServices] = React.useState<AdminServices | 'failed' | undefined>();
  React.useEffect(() => {
    let current = true;
    admin.load().then(
      (loaded) => current && setServices(loaded),
      () => current && setServices('failed')
    );
    return () => {
      current = false;
    };
  }, [admin]);
  return (
    <section className={styles.section} aria-labelledby="tb-admin-setup">
      <Title3 as="h2" id="tb-admin-setup">
        {s.setupTitle}
      </Title3>
      <Text as="p">{s.setupIntro}</Text>
      {services === undefined && <Spinner label={s.checkingSite} />}
      {services === 'failed' && (
        <MessageBar intent="error">
          <MessageBarBody>{strings.admin.loadFailed}</MessageBarBody>
        </MessageBar>
      )}
      {services !== undefined && services !== 'failed' && <SiteSetupPanel provisioning={services.provisioning} strings={s} locale={locale} onChanged={props.onChanged} />}
    </section>
  );
}
