import { describe, expect, it } from 'vitest';
import { nextFreeSlot, normaliseSlots, upcomingSlotTimes } from './time-slots.js';

const weekdays = (time: string) => [0, 1, 2, 3, 4].map((weekday) => ({ weekday, time }));
const iso = (ds: Date[]) => ds.map((d) => d.toISOString());

describe('queue time slots', () => {
  it('lists the slots after a moment in the workspace zone, skipping those already past today', () => {
    // Wed 2026-03-04 12:10 in Shanghai
    const after = new Date('2026-03-04T04:10:00Z');
    const slots = [...weekdays('09:30'), ...weekdays('12:00'), ...weekdays('20:00')];
    expect(iso(upcomingSlotTimes(slots, after, 'Asia/Shanghai', 3))).toEqual([
      '2026-03-04T12:00:00.000Z', // Wed 20:00
      '2026-03-05T01:30:00.000Z', '2026-03-05T04:00:00.000Z', '2026-03-05T12:00:00.000Z', // Thu
      '2026-03-06T01:30:00.000Z', '2026-03-06T04:00:00.000Z', '2026-03-06T12:00:00.000Z', // Fri
    ]);
  });

  it('handles a midnight slot: 00:00 Monday local is Sunday 16:00 UTC', () => {
    const after = new Date('2026-03-08T10:00:00Z'); // Sun 18:00 Shanghai
    expect(iso(upcomingSlotTimes([{ weekday: 0, time: '00:00' }], after, 'Asia/Shanghai', 8))).toEqual(['2026-03-08T16:00:00.000Z']);
  });

  it('keeps local times across DST and lists a slot skipped by spring-forward once, an hour later', () => {
    const after = new Date('2026-03-06T12:00:00Z');
    const slots = [{ weekday: 6, time: '02:30' }, { weekday: 6, time: '03:30' }, { weekday: 0, time: '09:00' }];
    expect(iso(upcomingSlotTimes(slots, after, 'America/New_York', 4))).toEqual([
      '2026-03-08T07:30:00.000Z', // Sun 02:30 does not exist → 03:30 EDT; the 03:30 slot is the same instant
      '2026-03-09T13:00:00.000Z', // Mon 09:00 EDT (was 14:00 UTC the week before)
    ]);
  });

  it('picks the first slot nobody occupies (same minute counts as taken) and null when the queue is full or empty', () => {
    const after = new Date('2026-03-04T04:10:00Z');
    const slots = weekdays('20:00');
    const taken = [new Date('2026-03-04T12:00:30Z'), new Date('2026-03-05T12:00:00Z')];
    expect(nextFreeSlot(slots, taken, after, 'Asia/Shanghai')?.toISOString()).toBe('2026-03-06T12:00:00.000Z');
    expect(nextFreeSlot(slots, taken, after, 'Asia/Shanghai', 2)).toBeNull();
    expect(nextFreeSlot([], [], after, 'Asia/Shanghai')).toBeNull();
  });

  it('sorts and de-duplicates slots', () => {
    expect(normaliseSlots([{ weekday: 2, time: '20:00' }, { weekday: 0, time: '12:00' }, { weekday: 2, time: '09:30' }, { weekday: 0, time: '12:00' }])).toEqual([
      { weekday: 0, time: '12:00' }, { weekday: 2, time: '09:30' }, { weekday: 2, time: '20:00' },
    ]);
  });
});
