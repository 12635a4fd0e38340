import { makeStyles, tokens } from '@fluentui/react-components';

/** Styles shared by the booking view's parts. Everything wraps: the view must work 320 px wide. */
export const useMeetingStyles = makeStyles({
  // One column that may shrink below its content's width: grid items otherwise grow to their widest child.
  section: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: tokens.spacingVerticalS, marginBlock: tokens.spacingVerticalL, minWidth: 0 },
  /** Fluent's horizontal RadioGroup does not wrap; four durations need two lines on a phone. */
  wrappingRadios: { flexWrap: 'wrap' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: tokens.spacingVerticalXS },
  person: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
    paddingBlock: tokens.spacingVerticalXXS,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`
  },
  personName: { display: 'grid', minWidth: 0, overflowWrap: 'anywhere' },
  meta: { color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  slotLabel: { display: 'grid', gap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  slotTime: { fontWeight: tokens.fontWeightSemibold },
  findings: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  mark: { backgroundColor: tokens.colorPaletteYellowBackground2, color: tokens.colorNeutralForeground1 },
  visuallyHidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0, 0, 0, 0)',
    whiteSpace: 'nowrap',
    border: 0
  },
  headingTarget: { ':focus': { outline: 'none' }, ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  inlineHeading: { display: 'inline', fontSize: 'inherit', fontWeight: 'inherit', lineHeight: 'inherit', margin: 0 },
  result: { display: 'grid', gap: tokens.spacingVerticalS },
  fullWidth: { maxWidth: '36em', width: '100%' }
});
