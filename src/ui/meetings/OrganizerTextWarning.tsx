import * as React from 'react';
import { Checkbox, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { CheckedOrganizerText } from '../../core/meetings';
import { useApp } from '../app/AppContext';
import { useMeetingStyles } from './meetingStyles';
import { useMeetingStrings } from './strings';

/**
 * What the personal-data check found in the organizer's own text, and the one way past it without editing: an
 * explicit confirmation. The findings are shown only here, on the organizer's own screen; they are never stored.
 */
/** Render only for a text that is not clean. */
export function OrganizerTextWarning(props: { id: string; checked: CheckedOrganizerText; confirmed: boolean; onConfirm: (confirmed: boolean) => void }): React.ReactElement {
  const { strings } = useApp();
  const s = useMeetingStrings();
  const styles = useMeetingStyles();
  return (
    <MessageBar intent="warning" id={props.id} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{s.privacyWarningTitle}</MessageBarTitle>
        <ul className={styles.findings}>
          {props.checked.findings.map((finding) => (
            <li key={`${finding.start}-${finding.end}`}>
              <mark className={styles.mark}>{strings.privacy.reasons[finding.reason](finding.text)}</mark>
            </li>
          ))}
        </ul>
        <p>{s.privacyAdvice}</p>
        <Checkbox checked={props.confirmed} onChange={(_e, data) => props.onConfirm(data.checked === true)} label={s.privacyConfirm} />
      </MessageBarBody>
    </MessageBar>
  );
}
