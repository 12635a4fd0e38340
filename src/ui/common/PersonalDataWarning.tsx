import * as React from 'react';
import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core/privacy';
import { useApp } from '../app/AppContext';
import { useEvaluationStrings } from '../evaluation/strings';

const useStyles = makeStyles({
  findings: { margin: `${tokens.spacingVerticalXS} 0`, paddingLeft: tokens.spacingHorizontalL },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, marginTop: tokens.spacingVerticalS },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 }
});

export interface PersonalDataWarningProps {
  findings: readonly Finding[];
  /** Puts the cursor back in the text so the person can change it. */
  onEdit: () => void;
  /** The person says the text holds nothing about a child: send it as it is. */
  onConfirm: () => void;
}

/**
 * Shown when a text about to be sent looks like it identifies a child: a name with a class or an age, initials,
 * a birth number, a date of birth, an address, a phone number or an e-mail address — each with its reason
 * ("ser ut som et navn og en klasse: «Sondre i 2C»"). It takes focus so a screen reader reads it at once; the findings are shown here only and never stored.
 */
export function PersonalDataWarning(props: PersonalDataWarningProps): React.ReactElement {
  const { strings } = useApp();
  const s = useEvaluationStrings().privacy;
  const reasons = strings.privacy.reasons;
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => ref.current?.focus(), []);
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="tb-privacy-title">
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id="tb-privacy-title">{s.title}</MessageBarTitle>
          <p>{s.intro}</p>
          <ul className={styles.findings}>
            {props.findings.map((f) => (
              <li key={`${f.start}-${f.end}`}>
                <mark className={styles.mark}>{reasons[f.reason](f.text)}</mark>
              </li>
            ))}
          </ul>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={props.onEdit}>
              {s.edit}
            </Button>
            <Button onClick={props.onConfirm}>{s.confirm}</Button>
          </div>
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
