import * as React from 'react';
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import {
  monthMidAngle,
  monthStartAngle,
  DEGREES_PER_MONTH,
  MONTHS_IN_YEAR,
  pointAt,
  ringSegmentPath,
  spreadMarkers,
  type PlacedActivity
} from '../../../core/evaluation/annualWheelGeometry';
import { useEvaluationStrings } from '../strings';

const CENTRE = { x: 200, y: 200 };
const OUTER = 192;
const INNER = 128;
const LABEL = 160;
/** Markers sit on one ring inside the months, or on two when one cannot hold them all apart. */
const MARKER_RINGS = [{ radius: 106 }, { radius: 77 }];
const HUB = 52;
const MARKER_RADIUS = 13;
/** Space between two markers' edges, so the focus ring (5 px wider) of one never covers the next's number. */
const MARKER_GAP = 4;

const useStyles = makeStyles({
  svg: { width: '100%', maxWidth: '420px', height: 'auto', display: 'block', overflow: 'visible' },
  segment: { fill: tokens.colorNeutralBackground3, stroke: tokens.colorNeutralBackground1, strokeWidth: '2px' },
  segmentAlt: { fill: tokens.colorNeutralBackground4 },
  current: { fill: tokens.colorBrandBackground, '@media (forced-colors: active)': { fill: 'Highlight' } },
  monthLabel: { fill: tokens.colorNeutralForeground1, fontSize: '15px', fontFamily: tokens.fontFamilyBase },
  currentLabel: { fill: tokens.colorNeutralForegroundOnBrand, fontWeight: tokens.fontWeightBold, '@media (forced-colors: active)': { fill: 'HighlightText' } },
  hub: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorNeutralStroke1 },
  hubText: { fill: tokens.colorNeutralForeground1, fontSize: '14px', fontFamily: tokens.fontFamilyBase },
  today: { stroke: tokens.colorNeutralForegroundOnBrand, strokeWidth: '3px', strokeLinecap: 'round', '@media (forced-colors: active)': { stroke: 'HighlightText' } },
  marker: { cursor: 'pointer', outline: 'none' },
  markerCircle: { fill: tokens.colorNeutralBackground1, stroke: tokens.colorBrandStroke1, strokeWidth: '3px' },
  markerSelected: { fill: tokens.colorBrandBackground, '@media (forced-colors: active)': { fill: 'Highlight' } },
  markerText: { fill: tokens.colorNeutralForeground1, fontSize: '13px', fontWeight: tokens.fontWeightSemibold, fontFamily: tokens.fontFamilyBase, pointerEvents: 'none' },
  markerTextSelected: { fill: tokens.colorNeutralForegroundOnBrand },
  focusRing: { fill: 'none', stroke: tokens.colorStrokeFocus2, strokeWidth: '3px', '@media (forced-colors: active)': { stroke: 'Highlight' } }
});

export interface AnnualWheelProps {
  placed: readonly PlacedActivity[];
  /** 1–12. */
  currentMonth: number;
  /** 1–31, to tick today within the month. */
  currentDay: number;
  selectedKey: string | undefined;
  onSelect: (key: string) => void;
  /** What the drawing is, for screen readers. */
  label: string;
}

/**
 * The årshjul drawn as a circle: twelve month segments (this month filled, today ticked), and one numbered
 * marker per activity. Each marker is a button you can reach with Tab and open with Enter or Space; the month
 * ring is decoration, since the list beside the wheel says the same in words.
 */
export function AnnualWheel(props: AnnualWheelProps): React.ReactElement {
  const s = useEvaluationStrings();
  const styles = useStyles();
  const [focused, setFocused] = React.useState<string | undefined>(undefined);
  const months = Array.from({ length: MONTHS_IN_YEAR }, (_, i) => i + 1);
  // Today as a tick across this month's segment, clear of the markers inside the ring.
  const todayAngle = monthStartAngle(props.currentMonth) + (DEGREES_PER_MONTH * (props.currentDay - 0.5)) / 31;
  const tickInner = pointAt(CENTRE, INNER + 4, todayAngle);
  const tickOuter = pointAt(CENTRE, INNER + 16, todayAngle);
  // Where each marker is drawn: by its month, moved just enough that no two overlap (August's three, Oct–Nov).
  const positions = React.useMemo(() => spreadMarkers(props.placed.map((p) => p.angle), MARKER_RINGS, MARKER_RADIUS, MARKER_GAP), [props.placed]);
  return (
    <svg className={styles.svg} viewBox="0 0 400 400" role="group" aria-label={props.label}>
      <g aria-hidden="true">
        {months.map((month) => {
          const label = pointAt(CENTRE, LABEL, monthMidAngle(month));
          const current = month === props.currentMonth;
          return (
            <g key={month} data-month={month} data-current={current ? 'true' : undefined}>
              <path
                className={mergeClasses(styles.segment, month % 2 === 0 && styles.segmentAlt, current && styles.current)}
                d={ringSegmentPath(CENTRE, INNER, OUTER, monthStartAngle(month), monthStartAngle(month) + DEGREES_PER_MONTH)}
              />
              <text className={mergeClasses(styles.monthLabel, current && styles.currentLabel)} x={label.x} y={label.y} textAnchor="middle" dominantBaseline="central">
                {s.common.monthShort[month - 1]}
              </text>
            </g>
          );
        })}
        <line className={styles.today} x1={tickInner.x} y1={tickInner.y} x2={tickOuter.x} y2={tickOuter.y} data-today="true" />
        <circle className={styles.hub} cx={CENTRE.x} cy={CENTRE.y} r={HUB} />
        <text className={styles.hubText} x={CENTRE.x} y={CENTRE.y} textAnchor="middle" dominantBaseline="central">
          {s.wheel.now(s.common.monthShort[props.currentMonth - 1])}
        </text>
      </g>
      {props.placed.map((p, i) => {
        const at = pointAt(CENTRE, positions[i].radius, positions[i].angle);
        const key = p.activity.key;
        const selected = key === props.selectedKey;
        const select = (): void => props.onSelect(key);
        return (
          <g
            key={key}
            className={styles.marker}
            role="button"
            tabIndex={0}
            aria-pressed={selected}
            aria-label={`${i + 1}. ${p.activity.title}, ${s.common.monthNames[p.activity.month - 1]}`}
            data-activity={key}
            data-x={at.x}
            data-y={at.y}
            onClick={select}
            onKeyDown={(event) => {
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                select();
              }
            }}
            onFocus={() => setFocused(key)}
            onBlur={() => setFocused(undefined)}
          >
            {focused === key && <circle className={styles.focusRing} cx={at.x} cy={at.y} r={MARKER_RADIUS + 5} />}
            <circle className={mergeClasses(styles.markerCircle, selected && styles.markerSelected)} cx={at.x} cy={at.y} r={MARKER_RADIUS} />
            <text className={mergeClasses(styles.markerText, selected && styles.markerTextSelected)} x={at.x} y={at.y} textAnchor="middle" dominantBaseline="central">
              {i + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
