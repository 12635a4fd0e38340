import { DEGREES_PER_MONTH, monthMidAngle, monthStartAngle, placeActivities, pointAt, ringSegmentPath } from '../../../src/core/evaluation/annualWheelGeometry';
import type { AnnualWheelActivity } from '../../../src/core/model/AnnualWheelActivity';

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
