import * as React from 'react';
import { makeStyles } from '@fluentui/react-components';
import { usePlainText } from './usePlainText';

const useStyles = makeStyles({ text: { whiteSpace: 'pre-line', margin: 0 } });

/**
 * Text from the lists, shown as text: HTML is reduced to its text by a sanitizer (loaded when first needed) and React escapes the
 * rest, so markup an editor (or an attacker) typed is never run. Line breaks are kept.
 */
export function MultilineText(props: { text: string; as?: 'p' | 'div' | 'span' }): React.ReactElement {
  const styles = useStyles();
  const text = usePlainText(props.text);
  if (!props.text) return <></>;
  const Tag = props.as ?? 'p';
  return <Tag className={styles.text}>{text}</Tag>;
}
