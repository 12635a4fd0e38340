import * as React from 'react';
import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { visuallyHidden } from '../common/visuallyHidden';
import { useEvaluationStrings } from '../strings';

export interface ChartBar {
  key: string;
  label: string;
  /** Undefined when there is nothing to draw (no answers): the row says so in words. */
  value: number | undefined;
  valueText: string;
  /** A second figure for the table, such as the number of answers behind a mean. */
  extraText?: string;
}

export interface BarChartProps {
  id: string;
  title: string;
  bars: readonly ChartBar[];
  /** The value a full bar stands for (5 for scores, the largest count for counts). */
  max: number;
  categoryHeader: string;
  valueHeader: string;
  extraHeader?: string;
}

const useStyles = makeStyles({
  figure: { margin: 0, marginBottom: tokens.spacingVerticalXL, breakInside: 'avoid', maxWidth: '48em' },
  title: { display: 'block', fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalS },
  rows: { display: 'grid', gap: tokens.spacingVerticalXS },
  row: { display: 'grid', gridTemplateColumns: 'minmax(5em, 32%) 1fr minmax(3.5em, auto)', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  label: { overflowWrap: 'anywhere' },
  bar: { width: '100%', height: '1.25em', display: 'block' },
  track: { fill: tokens.colorNeutralBackground3, stroke: tokens.colorNeutralStroke1, strokeWidth: '0.5px' },
  fill: { fill: tokens.colorBrandBackground, '@media (forced-colors: active)': { fill: 'Highlight' } },
  value: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  toggle: { marginTop: tokens.spacingVerticalXS, '@media print': { display: 'none' } },
  hiddenTable: { ...visuallyHidden, '@media print': { position: 'static', width: 'auto', height: 'auto', margin: 0, overflow: 'visible', clip: 'auto', whiteSpace: 'normal' } },
  // The table for screen readers sits in a box: hidden, the box is 1 px and clips it (a hidden table that keeps its
  // own width still widened the page to 625 px on a phone); shown, the box scrolls rather than the page.
  tableBox: { maxWidth: '100%', overflowX: 'auto' },
  table: { borderCollapse: 'collapse', marginTop: tokens.spacingVerticalS, width: '100%' },
  cell: { border: `1px solid ${tokens.colorNeutralStroke1}`, padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`, textAlign: 'left' },
  number: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' }
});

/**
 * A horizontal bar chart drawn in SVG, one row per bar with its label and value in text beside it, so it reads at
 * a glance and reflows down to 320 px. Screen readers get the same figures as a data table instead of the drawing;
 * sighted users can show that table too, and print always shows it.
 */
export function BarChart(props: BarChartProps): React.ReactElement {
  const ev = useEvaluationStrings();
  const styles = useStyles();
  const [showTable, setShowTable] = React.useState(false);
  const titleId = `${props.id}-title`;
  const tableId = `${props.id}-table`;
  const share = (value: number | undefined): number => (value === undefined || props.max <= 0 ? 0 : Math.max(0, Math.min(1, value / props.max)) * 100);
  return (
    <figure className={styles.figure} aria-labelledby={titleId}>
      <Text as="p" id={titleId} className={styles.title}>
        {props.title}
      </Text>
      <div className={styles.rows} aria-hidden="true" data-chart={props.id}>
        {props.bars.map((bar) => (
          <div key={bar.key} className={styles.row}>
            <span className={styles.label}>{bar.label}</span>
            <svg className={styles.bar} viewBox="0 0 100 10" preserveAspectRatio="none" focusable="false">
              <rect className={styles.track} x="0" y="0" width="100" height="10" />
              {bar.value !== undefined && <rect className={styles.fill} x="0" y="0" width={share(bar.value)} height="10" data-value={bar.value} />}
            </svg>
            <span className={styles.value}>{bar.value === undefined ? bar.valueText || ev.chart.noValue : bar.valueText}</span>
          </div>
        ))}
      </div>
      <Button className={styles.toggle} appearance="subtle" size="small" aria-expanded={showTable} aria-controls={tableId} onClick={() => setShowTable(!showTable)}>
        {showTable ? ev.chart.hideTable : ev.chart.showTable}
      </Button>
      <div className={mergeClasses(styles.tableBox, !showTable && styles.hiddenTable)} data-table-box={props.id}>
        <table id={tableId} className={styles.table}>
          <caption className={styles.hiddenTable}>{props.title}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.cell}>
                {props.categoryHeader}
              </th>
              <th scope="col" className={styles.cell}>
                {props.valueHeader}
              </th>
              {props.extraHeader && (
                <th scope="col" className={styles.cell}>
                  {props.extraHeader}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {props.bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row" className={styles.cell}>
                  {bar.label}
                </th>
                <td className={mergeClasses(styles.cell, styles.number)}>{bar.value === undefined ? bar.valueText || ev.chart.noValue : bar.valueText}</td>
                {props.extraHeader && <td className={mergeClasses(styles.cell, styles.number)}>{bar.extraText ?? ''}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
