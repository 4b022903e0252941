import { describe, expect, it } from 'vitest';
import { localDateTime } from './funnel-csv.js';

describe('funnel CSV local times', () => {
  it('formats local times in the zone, across midnight and DST', () => {
    expect(localDateTime(new Date('2026-03-01T16:00:00Z'), 'Asia/Shanghai')).toBe('2026-03-02 00:00:00');
    expect(localDateTime(new Date('2026-03-08T07:30:00Z'), 'America/New_York')).toBe('2026-03-08 03:30:00');
    expect(localDateTime(new Date('2026-03-08T06:30:00Z'), 'America/New_York')).toBe('2026-03-08 01:30:00');
  });
});
