import * as React from 'react';
import { makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({ text: { whiteSpace: 'pre-line', margin: 0 } });

/**
 * Text from the lists, shown as text: React escapes it, so markup an editor (or an attacker) typed is shown,
 * never run. Line breaks are kept.
 */
export function MultilineText(props: { text: string; as?: 'p' | 'div' | 'span' }): React.ReactElement | null {
  const styles = useStyles();
  if (!props.text) return null;
  const Tag = props.as ?? 'p';
  return <Tag className={styles.text}>{props.text}</Tag>;
}
