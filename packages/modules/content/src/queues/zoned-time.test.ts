import { describe, expect, it } from 'vitest';
import { addDays, weekdayOf, zonedParts, zonedTimeToInstant } from './zoned-time.js';

describe('zoned time', () => {
  it('maps Shanghai wall time to UTC (+8, no DST) including midnight', () => {
    expect(zonedTimeToInstant('2026-03-02', '09:30', 'Asia/Shanghai').toISOString()).toBe('2026-03-02T01:30:00.000Z');
    expect(zonedTimeToInstant('2026-03-02', '00:00', 'Asia/Shanghai').toISOString()).toBe('2026-03-01T16:00:00.000Z');
    expect(zonedParts(new Date('2026-03-01T16:00:00Z'), 'Asia/Shanghai')).toEqual({ date: '2026-03-02', weekday: 0, hour: 0, minute: 0 });
    expect(zonedParts(new Date('2026-03-01T15:59:00Z'), 'Asia/Shanghai')).toEqual({ date: '2026-03-01', weekday: 6, hour: 23, minute: 59 });
  });

  it('moves a time skipped by spring-forward ahead by the gap and takes the first of a repeated time', () => {
    // New York, 2026-03-08: 02:00 EST → 03:00 EDT
    expect(zonedTimeToInstant('2026-03-08', '02:30', 'America/New_York').toISOString()).toBe('2026-03-08T07:30:00.000Z');
    expect(zonedTimeToInstant('2026-03-08', '01:59', 'America/New_York').toISOString()).toBe('2026-03-08T06:59:00.000Z');
    expect(zonedTimeToInstant('2026-03-08', '03:00', 'America/New_York').toISOString()).toBe('2026-03-08T07:00:00.000Z');
    // 2026-11-01: 02:00 EDT → 01:00 EST; 01:30 happens twice, the first one is EDT
    expect(zonedTimeToInstant('2026-11-01', '01:30', 'America/New_York').toISOString()).toBe('2026-11-01T05:30:00.000Z');
    expect(zonedTimeToInstant('2026-11-01', '09:00', 'America/New_York').toISOString()).toBe('2026-11-01T14:00:00.000Z');
    // Europe/London: midnight on the day clocks go forward (01:00 → 02:00) is still GMT
    expect(zonedTimeToInstant('2026-03-29', '00:00', 'Europe/London').toISOString()).toBe('2026-03-29T00:00:00.000Z');
    expect(zonedTimeToInstant('2026-03-30', '00:00', 'Europe/London').toISOString()).toBe('2026-03-29T23:00:00.000Z');
  });

  it('knows weekdays (0 = Monday) and steps local dates across month and year ends', () => {
    expect(weekdayOf('2026-03-02')).toBe(0);
    expect(weekdayOf('2026-03-08')).toBe(6);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
