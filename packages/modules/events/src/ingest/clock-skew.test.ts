import { describe, expect, it } from 'vitest';
import { correctTimestamp, parseIsoDate } from './clock-skew.js';

const d = (s: string) => new Date(s);

describe('clock skew', () => {
  it('shifts the timestamp by receivedAt − sentAt (a device clock 1 h fast)', () => {
    expect(correctTimestamp(d('2026-01-01T11:00:00Z'), d('2026-01-01T11:00:05Z'), d('2026-01-01T10:00:06Z')).toISOString()).toBe('2026-01-01T10:00:01.000Z');
  });
  it('takes the timestamp as is without sentAt, and receivedAt without a timestamp', () => {
    expect(correctTimestamp(d('2026-01-01T11:00:00Z'), undefined, d('2026-01-02T00:00:00Z')).toISOString()).toBe('2026-01-01T11:00:00.000Z');
    expect(correctTimestamp(undefined, d('2026-01-01T11:00:00Z'), d('2026-01-02T00:00:00Z')).toISOString()).toBe('2026-01-02T00:00:00.000Z');
  });
  it('parses ISO dates only', () => {
    expect(parseIsoDate('2026-01-01T00:00:00+08:00')?.toISOString()).toBe('2025-12-31T16:00:00.000Z');
    expect(parseIsoDate(undefined)).toBeUndefined();
    expect(parseIsoDate(null)).toBeUndefined();
    expect(parseIsoDate('1')).toBeNull();
    expect(parseIsoDate(1700000000000)).toBeNull();
    expect(parseIsoDate('2026-13-45T00:00:00Z')).toBeNull();
  });
});
