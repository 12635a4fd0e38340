import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEGREES_PER_MONTH, monthMidAngle, monthStartAngle, placeActivities, pointAt, ringSegmentPath, separationAngle, spreadMarkers } from '../../../../src/core/evaluation/annualWheelGeometry';
import type { AnnualWheelActivity } from '../../../../src/core/model/AnnualWheelActivity';

const activity = (key: string, month: number): AnnualWheelActivity => ({ key, title: key, description: '', month, audience: '', everyYears: 1 });

describe('annual wheel geometry', () => {
  it.each([
    [1, 0],
    [4, 90],
    [7, 180],
    [10, 270],
    [12, 330]
  ])('month %i starts at %i° (January at the top, clockwise)', (month, angle) => {
    expect(monthStartAngle(month)).toBe(angle);
    expect(monthMidAngle(month)).toBe(angle + DEGREES_PER_MONTH / 2);
  });

  it.each([0, 13, 1.5, NaN])('refuses month %p', (month) => {
    expect(() => monthStartAngle(month)).toThrow(RangeError);
  });

  it('puts 0° at the top and 90° to the right, in SVG coordinates (y grows downwards)', () => {
    const centre = { x: 100, y: 100 };
    expect(pointAt(centre, 50, 0)).toEqual({ x: 100, y: 50 });
    expect(pointAt(centre, 50, 90)).toEqual({ x: 150, y: 100 });
    expect(pointAt(centre, 50, 180)).toEqual({ x: 100, y: 150 });
    expect(pointAt(centre, 50, 270)).toEqual({ x: 50, y: 100 });
  });

  it('draws a ring segment from the outer arc to the inner arc and back', () => {
    const path = ringSegmentPath({ x: 100, y: 100 }, 50, 90, 0, 30);
    expect(path).toBe('M 100 10 A 90 90 0 0 1 145 22.06 L 125 56.7 A 50 50 0 0 0 100 50 Z');
  });

  it('spreads activities of the same month inside its segment and orders them by month', () => {
    const placed = placeActivities([activity('aug-1', 8), activity('jan', 1), activity('aug-2', 8), activity('bad', 13)]);
    expect(placed.map((p) => p.activity.key)).toEqual(['jan', 'aug-1', 'aug-2']);
    expect(placed[0].angle).toBe(15);
    expect(placed[1].angle).toBeCloseTo(210 + 10);
    expect(placed[2].angle).toBeCloseTo(210 + 20);
    for (const p of placed) {
      expect(p.angle).toBeGreaterThan(monthStartAngle(p.activity.month));
      expect(p.angle).toBeLessThan(monthStartAngle(p.activity.month) + DEGREES_PER_MONTH);
    }
  });
});

describe('annual wheel markers never overlap (issue #13: markers 10–12 and 14–17 did)', () => {
  const seed = (locale: 'nb' | 'nn'): AnnualWheelActivity[] =>
    (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', '..', 'sharepoint', 'seed', `starter-model.${locale}.json`), 'utf8')) as { annualWheel: AnnualWheelActivity[] }).annualWheel;
  const RINGS = [{ radius: 106 }, { radius: 77 }];
  const centre = { x: 200, y: 200 };
  const minDistance = (positions: Array<{ angle: number; radius: number }>): number => {
    const points = positions.map((p) => pointAt(centre, p.radius, p.angle));
    let min = Infinity;
    for (let i = 0; i < points.length; i += 1)
      for (let j = i + 1; j < points.length; j += 1) min = Math.min(min, Math.hypot(points[i].x - points[j].x, points[i].y - points[j].y));
    return min;
  };

  it.each(['nb', 'nn'] as const)('keeps every marker of the starter wheel (%s) at least two radii and a gap apart', (locale) => {
    const placed = placeActivities(seed(locale));
    const naive = placed.map((p) => ({ angle: p.angle, radius: 106 }));
    // The drawing as it was: three markers in August 7.5° apart overlap.
    expect(minDistance(naive)).toBeLessThan(26);
    const positions = spreadMarkers(
      placed.map((p) => p.angle),
      RINGS,
      13,
      4
    );
    expect(minDistance(positions)).toBeGreaterThanOrEqual(30 - 0.05);
    // Every marker stays near its month: inside its segment or at most a quarter-month beyond it.
    positions.forEach((p, i) => {
      const month = placed[i].activity.month;
      const start = monthStartAngle(month);
      const offset = (((p.angle - start) % 360) + 540) % 360 - 180;
      expect(offset).toBeGreaterThan(-DEGREES_PER_MONTH / 4);
      expect(offset).toBeLessThan(DEGREES_PER_MONTH * 1.25);
    });
  });

  it('keeps the year order and uses a second ring only when one cannot hold them apart', () => {
    const crowded = Array.from({ length: 30 }, (_, i) => activity(`a${i}`, (i % 12) + 1));
    const placed = placeActivities(crowded);
    const positions = spreadMarkers(placed.map((p) => p.angle), RINGS, 13, 4);
    expect(new Set(positions.map((p) => p.radius))).toEqual(new Set([106, 77]));
    expect(minDistance(positions)).toBeGreaterThanOrEqual(29);
    const few = spreadMarkers([10, 20], RINGS, 13, 4);
    expect(few.every((p) => p.radius === 106)).toBe(true);
  });

  it('gives the angle two markers need at a radius', () => {
    expect(separationAngle(106, 13, 4)).toBeCloseTo((2 * Math.asin(15 / 106) * 180) / Math.PI, 6);
  });
});
