import { describe, expect, it } from 'vitest';
import { resolveRange, scopeFilters } from './dashboard-scope.js';

describe('dashboard scope', () => {
  it('resolves presets to the last N local days ending today, across month and year ends', () => {
    expect(resolveRange({ preset: '7d' }, '2026-03-02')).toEqual({ from: '2026-02-24', to: '2026-03-02' });
    expect(resolveRange({ preset: '28d' }, '2026-01-10')).toEqual({ from: '2025-12-14', to: '2026-01-10' });
    expect(resolveRange({ preset: '90d' }, '2024-03-30')).toEqual({ from: '2024-01-01', to: '2024-03-30' });
    expect(resolveRange({ from: '2026-01-01', to: '2026-01-31' }, '2026-05-01')).toEqual({ from: '2026-01-01', to: '2026-01-31' });
  });

  it('turns platform, account and brand into event filters', () => {
    const accounts = [
      { id: 'acc_1', brandId: 'br_a' },
      { id: 'acc_2', brandId: 'br_b' },
      { id: 'acc_3', brandId: 'br_a' },
    ];
    expect(scopeFilters({ range: { preset: '7d' } }, accounts)).toEqual([]);
    expect(scopeFilters({ range: { preset: '7d' }, platform: 'weibo', accountId: 'acc_2', brandId: 'br_a' }, accounts)).toEqual([
      { field: 'platform', op: 'eq', value: 'weibo' },
      { field: 'account', op: 'eq', value: 'acc_2' },
      { field: 'account', op: 'in', value: ['acc_1', 'acc_3'] },
    ]);
    // a brand without accounts matches no event
    expect(scopeFilters({ range: { preset: '7d' }, brandId: 'br_none' }, accounts)).toEqual([{ field: 'account', op: 'in', value: [] }]);
  });
});
