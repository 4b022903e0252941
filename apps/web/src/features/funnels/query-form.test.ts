import { describe, expect, it } from 'vitest';
import { toBreakdown, toFilter } from '../query-controls/filter-form';
import { toEventSpec } from './query-form';

describe('query form → API grammar', () => {
  it('turns typed filters into the API grammar and refuses incomplete ones', () => {
    expect(toFilter({ field: 'property', property: ' amount ', op: 'gt', value: '100' })).toEqual({ field: 'property', property: 'amount', op: 'gt', value: 100 });
    expect(toFilter({ field: 'property', property: 'amount', op: 'gt', value: 'abc' })).toBeNull();
    expect(toFilter({ field: 'platform', op: 'in', value: 'weibo，douyin, ' })).toEqual({ field: 'platform', op: 'in', value: ['weibo', 'douyin'] });
    expect(toFilter({ field: 'property', property: '', op: 'is_set' })).toBeNull();
    expect(toFilter({ field: 'property', property: 'city', op: 'is_set', value: 'ignored' })).toEqual({ field: 'property', property: 'city', op: 'is_set' });
    expect(toFilter({ field: 'platform', op: 'eq', value: '  ' })).toBeNull();
  });

  it('builds event specs and breakdowns', () => {
    expect(toEventSpec({ event: ' like ', filters: [] })).toEqual({ event: 'like' });
    expect(toEventSpec({ event: '', filters: [] })).toBeNull();
    expect(toEventSpec({ event: 'order', filters: [{ field: 'property', property: 'city', op: 'eq', value: '上海' }] })).toEqual({
      event: 'order', filters: [{ field: 'property', property: 'city', op: 'eq', value: '上海' }],
    });
    expect(toBreakdown(null)).toBeUndefined();
    expect(toBreakdown({ field: 'property', property: '' })).toBeNull();
    expect(toBreakdown({ field: 'platform' })).toEqual({ field: 'platform' });
  });
});
