import { describe, expect, it } from 'vitest';
import { rangeOf } from './calendar-entries';
import { parseTime } from './parse-time';

describe('calendar helpers', () => {
  it("turns FullCalendar's exclusive end into an inclusive local-date range", () => {
    expect(rangeOf('2026-02-23T00:00:00+08:00', '2026-04-06T00:00:00+08:00')).toEqual({ from: '2026-02-23', to: '2026-04-05' });
    expect(rangeOf('2026-12-28', '2027-01-01')).toEqual({ from: '2026-12-28', to: '2026-12-31' });
    expect(rangeOf('2026-03-01T00:00:00+08:00', '2026-03-02T00:00:00+08:00')).toEqual({ from: '2026-03-01', to: '2026-03-01' });
  });

  it('accepts H:MM and HH:MM slot times and rejects the rest', () => {
    expect(parseTime('9:30')).toBe('09:30');
    expect(parseTime(' 20:00 ')).toBe('20:00');
    expect(parseTime('23:59')).toBe('23:59');
    for (const bad of ['24:00', '12:60', '930', 'noon', '1:5', '']) expect(parseTime(bad)).toBeNull();
  });
});
