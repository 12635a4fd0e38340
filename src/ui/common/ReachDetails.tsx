import * as React from 'react';
import { Link, makeStyles, tokens } from '@fluentui/react-components';
import { safeLink } from '../../core/links/safeLink';
import { PLACEHOLDER_PHONE } from '../../core/model/Contact';
import type { Reachability } from '../../core/model/Service';
import { useApp } from '../app/AppContext';

const useStyles = makeStyles({
  list: { display: 'grid', gridTemplateColumns: 'max-content minmax(0, 1fr)', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  term: { fontWeight: tokens.fontWeightSemibold },
  detail: { margin: 0, overflowWrap: 'anywhere' },
  warning: { color: tokens.colorPaletteRedForeground1 }
});

/** Phone (tap to call), e-mail, web page and hours; a placeholder number is shown as "not set yet". */
export function ReachDetails(props: { reach: Reachability }): React.ReactElement {
  const { strings } = useApp();
  const styles = useStyles();
  const { phone, email, url, hours } = props.reach;
  if (!phone && !email && !url && !hours) return <></>;
  const web = url ? safeLink(url) : undefined;
  return (
    <dl className={styles.list}>
      {phone && (
        <>
          <dt className={styles.term}>{strings.directory.phone}</dt>
          <dd className={styles.detail}>
            {phone === PLACEHOLDER_PHONE ? (
              <span className={styles.warning}>{strings.directory.placeholderNumber}</span>
            ) : (
              <Link href={`tel:${phone.replace(/\s+/g, '')}`}>{phone}</Link>
            )}
          </dd>
        </>
      )}
      {email && (
        <>
          <dt className={styles.term}>{strings.directory.email}</dt>
          <dd className={styles.detail}>
            <Link href={`mailto:${email}`}>{email}</Link>
          </dd>
        </>
      )}
      {url && (
        <>
          <dt className={styles.term}>{strings.directory.web}</dt>
          <dd className={styles.detail}>
            {web?.ok ? (
              <Link href={web.href} target="_blank" rel="noopener noreferrer">
                {url}
              </Link>
            ) : (
              // Not an absolute https link (//host, /\host, http:, malformed): shown as text, never followed.
              <span>{url}</span>
            )}
          </dd>
        </>
      )}
      {hours && (
        <>
          <dt className={styles.term}>{strings.directory.hours}</dt>
          <dd className={styles.detail}>{hours}</dd>
        </>
      )}
    </dl>
  );
}
