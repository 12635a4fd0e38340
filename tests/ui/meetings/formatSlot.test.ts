import { formatLongDate, formatShortDate, formatSlot } from '../../../src/ui/meetings/formatSlot';

// Monday 30 November 2026, 09:30–10:30 in Oslo (UTC+1).
const slot = { start: '2026-11-30T08:30:00Z', end: '2026-11-30T09:30:00Z' };

describe('formatSlot', () => {
  it('writes the time in Norwegian time, in each language', () => {
    expect(formatSlot(slot, 'nb')).toBe('mandag 30. november 09:30–10:30');
    expect(formatSlot(slot, 'nn')).toBe('måndag 30. november 09:30–10:30');
    expect(formatSlot(slot, 'en')).toBe('Monday 30 November 09:30–10:30');
  });

  it('uses Nynorsk weekday names even where the runtime has no Nynorsk data', () => {
    expect(formatSlot({ start: '2026-12-01T08:30:00Z', end: '2026-12-01T09:00:00Z' }, 'nn')).toMatch(/^tysdag /);
    expect(formatSlot({ start: '2026-12-05T08:30:00Z', end: '2026-12-05T09:00:00Z' }, 'nn')).toMatch(/^laurdag /);
  });

  it('formats dates of a series', () => {
    expect(formatShortDate('2026-05-14', 'nn')).toBe('14. mai');
    expect(formatLongDate('2026-12-07', 'nb')).toBe('7. desember 2026');
  });
});
