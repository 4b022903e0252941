import { describe, expect, it } from 'vitest';
import { newId } from './ids.js';

describe('newId', () => {
  it('is prefixed, unique and sortable by time', () => {
    const a = newId('fan', 1_700_000_000_000);
    const b = newId('fan', 1_700_000_000_001);
    expect(a).toMatch(/^fan_[0-9a-hjkmnp-tv-z]{26}$/);
    expect(a < b).toBe(true);
    expect(new Set(Array.from({ length: 1000 }, () => newId('x'))).size).toBe(1000);
  });
});
