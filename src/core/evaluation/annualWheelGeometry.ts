import type { AnnualWheelActivity } from '../model/AnnualWheelActivity';

/**
 * Geometry of the årshjul (Lier's annual wheel): twelve equal month segments, January starting at twelve o'clock
 * and the year running clockwise, as paper wheels are drawn. Angles are degrees clockwise from the top.
 */
export const MONTHS_IN_YEAR = 12;
export const DEGREES_PER_MONTH = 360 / MONTHS_IN_YEAR;

function checkMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > MONTHS_IN_YEAR) throw new RangeError(`Month must be 1–12, got ${month}`);
}

/** Where a month's segment starts: January 0°, April 90°, July 180°, October 270°. */
export function monthStartAngle(month: number): number {
  checkMonth(month);
  return (month - 1) * DEGREES_PER_MONTH;
}

/** The middle of a month's segment, where its label goes. */
export function monthMidAngle(month: number): number {
  return monthStartAngle(month) + DEGREES_PER_MONTH / 2;
}

export interface Point {
  x: number;
  y: number;
}

/** A point at `radius` from the centre in the direction `angle` (clockwise from the top; SVG's y grows downwards). */
export function pointAt(centre: Point, radius: number, angle: number): Point {
  const radians = (angle * Math.PI) / 180;
  return { x: round(centre.x + radius * Math.sin(radians)), y: round(centre.y - radius * Math.cos(radians)) };
}

/** An SVG path for the ring segment between two radii and two angles (less than a full turn). */
export function ringSegmentPath(centre: Point, innerRadius: number, outerRadius: number, startAngle: number, endAngle: number): string {
  const largeArc = endAngle - startAngle > 180 ? 1 : 0;
  const outerStart = pointAt(centre, outerRadius, startAngle);
  const outerEnd = pointAt(centre, outerRadius, endAngle);
  const innerEnd = pointAt(centre, innerRadius, endAngle);
  const innerStart = pointAt(centre, innerRadius, startAngle);
  return [
    `M ${outerStart.x} ${outerStart.y}`,
    `A ${outerRadius} ${outerRadius} 0 ${largeArc} 1 ${outerEnd.x} ${outerEnd.y}`,
    `L ${innerEnd.x} ${innerEnd.y}`,
    `A ${innerRadius} ${innerRadius} 0 ${largeArc} 0 ${innerStart.x} ${innerStart.y}`,
    'Z'
  ].join(' ');
}

export interface PlacedActivity {
  activity: AnnualWheelActivity;
  /** Where its marker sits, clockwise from the top. */
  angle: number;
}

/**
 * Spreads the activities of each month evenly inside that month's segment, so three activities in August get
 * three separate markers instead of one on top of another. Activities with a month outside 1–12 are left out.
 */
export function placeActivities(activities: readonly AnnualWheelActivity[]): PlacedActivity[] {
  const byMonth = new Map<number, AnnualWheelActivity[]>();
  for (const activity of activities) {
    if (!Number.isInteger(activity.month) || activity.month < 1 || activity.month > MONTHS_IN_YEAR) continue;
    const month = byMonth.get(activity.month);
    if (month) month.push(activity);
    else byMonth.set(activity.month, [activity]);
  }
  const placed: PlacedActivity[] = [];
  for (const [month, inMonth] of [...byMonth.entries()].sort((a, b) => a[0] - b[0])) {
    const step = DEGREES_PER_MONTH / (inMonth.length + 1);
    inMonth.forEach((activity, i) => placed.push({ activity, angle: monthStartAngle(month) + step * (i + 1) }));
  }
  return placed;
}

/** Two decimals are plenty for SVG coordinates and keep the markup (and snapshot diffs) short. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The angle (degrees) between the centres of two round markers of `markerRadius` on a circle of `radius`, `gap` apart. */
export function separationAngle(radius: number, markerRadius: number, gap: number): number {
  return (2 * Math.asin(Math.min(1, (2 * markerRadius + gap) / (2 * radius))) * 180) / Math.PI;
}

export interface MarkerRing {
  /** Distance of the markers' centres from the wheel's centre. */
  radius: number;
}

export interface MarkerPosition {
  angle: number;
  radius: number;
}

/**
 * Moves markers apart so none overlaps another: each keeps its place in the year's order and moves as little as it
 * must from where its month puts it (equal pushes on both sides of every crowded pair, repeated until every
 * neighbour is `minSeparation` away). Markers that cannot all fit on the first ring share it with the next, taking
 * turns, so each ring holds no more than it can. Angles in, angles out, clockwise from the top.
 */
export function spreadMarkers(angles: readonly number[], rings: readonly MarkerRing[], markerRadius: number, gap: number): MarkerPosition[] {
  if (angles.length === 0 || rings.length === 0) return [];
  const capacity = rings.map((ring) => Math.floor(360 / separationAngle(ring.radius, markerRadius, gap)));
  // As few rings as hold everyone: the outer ring alone when it can, otherwise markers alternate between rings.
  let used = 1;
  while (used < rings.length && capacity.slice(0, used).reduce((a, b) => a + b, 0) < angles.length) used += 1;
  const positions: MarkerPosition[] = angles.map((angle) => ({ angle, radius: rings[0]!.radius })); // rings is not empty (above)
  for (let r = 0; r < used; r += 1) {
    const radius = rings[r]!.radius; // used <= rings.length
    const members = angles.map((_, i) => i).filter((i) => i % used === r);
    const spread = spreadOnCircle(
      members.map((i) => angles[i]!), // indexes of angles
      separationAngle(radius, markerRadius, gap)
    );
    members.forEach((i, k) => {
      positions[i] = { angle: spread[k]!, radius }; // spread has one angle per member
    });
  }
  return positions;
}

/** Angles in ascending order around a circle, pushed apart to at least `min` degrees between neighbours. */
function spreadOnCircle(sortedAngles: readonly number[], min: number): number[] {
  const a = [...sortedAngles];
  const n = a.length;
  if (n < 2) return a;
  // With more markers than fit, spread them evenly: the best there is.
  const target = Math.min(min, 360 / n);
  for (let round = 0; round < 2000; round += 1) {
    let moved = false;
    for (let i = 0; i < n; i += 1) {
      const j = (i + 1) % n;
      // i and j are below n = a.length.
      const gapBetween = j === 0 ? a[0]! + 360 - a[i]! : a[j]! - a[i]!;
      if (gapBetween < target - 1e-6) {
        const push = (target - gapBetween) / 2;
        a[i]! -= push;
        a[j]! += push;
        moved = true;
      }
    }
    if (!moved) break;
  }
  return a.map((angle) => round(((angle % 360) + 360) % 360));
}
