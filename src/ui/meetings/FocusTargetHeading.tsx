import * as React from 'react';
import { makeStyles, mergeClasses, tokens, typographyStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  heading: { ...typographyStyles.title3, margin: 0, ':focus': { outline: 'none' }, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } }
});

/**
 * A section heading that focus can be moved to (tabindex -1) when its content appears: the results of a search,
 * the outcome of a booking. Fluent's Title components do not pass a ref through, so this is a plain <h2> in the
 * same type ramp.
 */
export const FocusTargetHeading = React.forwardRef<HTMLHeadingElement, { id?: string; className?: string; children: React.ReactNode }>(function FocusTargetHeading(props, ref) {
  const styles = useStyles();
  return (
    <h2 id={props.id} ref={ref} tabIndex={-1} className={mergeClasses(styles.heading, props.className)}>
      {props.children}
    </h2>
  );
});
