import * as React from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  meter: { width: '100%', height: '0.75em', display: 'block' },
  track: { fill: tokens.colorNeutralBackground3, stroke: tokens.colorNeutralStroke1, strokeWidth: '0.5px' },
  fill: { fill: tokens.colorPaletteGreenBackground3, '@media (forced-colors: active)': { fill: 'Highlight' } }
});

/** A thin progress bar; decoration only, since the figures beside it say the same in words. */
export function ProgressMeter(props: { percent: number }): React.ReactElement {
  const styles = useStyles();
  const percent = Math.max(0, Math.min(100, props.percent));
  return (
    <svg className={styles.meter} viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className={styles.track} x="0" y="0" width="100" height="6" />
      <rect className={styles.fill} x="0" y="0" width={percent} height="6" />
    </svg>
  );
}
