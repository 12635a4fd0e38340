import * as React from 'react';
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useApp } from '../app/AppContext';

const useStyles = makeStyles({
  scroller: {
    overflowX: 'auto',
    maxWidth: '100%',
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '2px' },
    '@media print': { overflowX: 'visible' }
  },
  hint: { display: 'block', color: tokens.colorNeutralForeground2, marginBlock: tokens.spacingVerticalXS, '@media print': { display: 'none' } }
});

/**
 * A wide table in a box that scrolls sideways on its own, so the page never does. When the table is wider than
 * the box, it says so in words above it (a cut-off column is otherwise easy to miss), and the box takes keyboard
 * focus so arrow keys scroll it.
 */
export function ScrollRegion(props: { labelledBy: string; children: React.ReactNode }): React.ReactElement {
  const { strings } = useApp();
  const styles = useStyles();
  const ref = React.useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = React.useState(false);
  React.useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    const measure = (): void => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    if (typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  const hintId = `${props.labelledBy}-scroll-hint`;
  return (
    <>
      {overflows && (
        <Text id={hintId} size={200} className={styles.hint} data-testid="scroll-hint">
          {strings.overview.scrollHint}
        </Text>
      )}
      <div
        ref={ref}
        className={styles.scroller}
        tabIndex={0}
        role="region"
        aria-labelledby={props.labelledBy}
        aria-describedby={overflows ? hintId : undefined}
        data-overflows={overflows ? 'true' : 'false'}
      >
        {props.children}
      </div>
    </>
  );
}
