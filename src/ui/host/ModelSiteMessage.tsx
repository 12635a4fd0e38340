import * as React from 'react';
import { makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import { MODEL_SITE_TENANT_PROPERTY, type ModelSiteChoice } from '../../core/hosting/modelSiteUrl';
import type { HostingStrings } from '../strings/hostingStrings';

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL },
  list: { marginBlock: tokens.spacingVerticalS, paddingLeft: tokens.spacingHorizontalXL },
  code: { fontFamily: tokens.fontFamilyMonospace }
});

/**
 * No model site, or one that cannot be used: says exactly what the admin must set (the web part property or the
 * tenant property, with its key). The product reads no other site instead — not the page's own.
 */
export function ModelSiteMessage(props: { choice: Exclude<ModelSiteChoice, { kind: 'configured' }>; tenantUnreadable?: boolean; strings: HostingStrings }): React.ReactElement {
  const { choice, strings } = props;
  const styles = useStyles();
  const ways = (
    <ul className={styles.list}>
      <li>{strings.notConfiguredWebPart}</li>
      <li>{strings.notConfiguredTenant(MODEL_SITE_TENANT_PROPERTY)}</li>
    </ul>
  );
  return (
    <div className={styles.root} data-testid="tb-model-site-message">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          {choice.kind === 'notConfigured' ? (
            <>
              <MessageBarTitle>{strings.notConfiguredTitle}</MessageBarTitle>
              <p>{strings.notConfiguredBody}</p>
              {ways}
              {props.tenantUnreadable && <p>{strings.tenantUnreadable}</p>}
            </>
          ) : (
            <>
              <MessageBarTitle>{strings.invalidTitle}</MessageBarTitle>
              <p>
                {strings.invalidBody(choice.source, choice.value)} {strings.problems[choice.problem]}
              </p>
              <p>{strings.notConfiguredBody}</p>
              {ways}
            </>
          )}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
