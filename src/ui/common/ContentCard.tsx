import * as React from 'react';
import { makeStyles, mergeClasses, shorthands, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: '12px',
    padding: '12px',
    boxSizing: 'border-box',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    boxShadow: tokens.shadow4,
    // Transparent in the light and dark themes; high-contrast themes give it a colour, so the card keeps its edge.
    ...shorthands.border(tokens.strokeWidthThin, 'solid', tokens.colorTransparentStroke)
  }
});

/**
 * A block of content on a surface, as Fluent's Card draws a non-interactive card (same tokens, `role="group"`).
 * Fluent's Card itself carries focus management for interactive cards (tabster's groupper, about a sixth of the
 * entry bundle); none of the product's cards is interactive, so the product uses this instead.
 */
export function ContentCard(props: React.HTMLAttributes<HTMLDivElement>): React.ReactElement {
  const styles = useStyles();
  return <div role="group" {...props} className={mergeClasses(styles.card, props.className)} />;
}
