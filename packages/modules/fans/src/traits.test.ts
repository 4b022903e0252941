import { describe, expect, it } from 'vitest';
import { applyTraits, mergeTraits, type TraitState } from './traits.js';

const t = (iso: string) => new Date(iso);
const empty: TraitState = { values: {}, times: {} };

describe('traits', () => {
  it('$set overwrites unless the stored value is newer; $set_once only fills gaps', () => {
    const a = applyTraits(empty, { $set: { city: '上海' }, $set_once: { source: 'ad' } }, t('2026-01-02T00:00:00Z')).state;
    expect(a.values).toEqual({ city: '上海', source: 'ad' });
    const late = applyTraits(a, { $set: { city: '北京' }, $set_once: { source: 'organic' } }, t('2026-01-01T00:00:00Z'));
    expect(late.state.values).toEqual({ city: '上海', source: 'ad' });
    expect(late.changed).toBe(false);
    const newer = applyTraits(a, { $set: { city: '北京' } }, t('2026-01-03T00:00:00Z')).state;
    expect(newer.values.city).toBe('北京');
    expect(newer.times.city).toBe('2026-01-03T00:00:00.000Z');
    expect(newer.times.source).toBe('2026-01-02T00:00:00.000Z');
  });

  it('rejects malformed updates naming the field', () => {
    expect(() => applyTraits(empty, { $set: [] as never }, new Date())).toThrow('traits.$set');
    expect(() => applyTraits(empty, { $set_once: { '': 1 } }, new Date())).toThrow('traits.$set_once.');
  });

  it('merges by update time, survivor wins ties and untimed traits lose', () => {
    const survivor: TraitState = { values: { a: 1, b: 1, c: 1 }, times: { a: '2026-01-02T00:00:00.000Z', b: '2026-01-01T00:00:00.000Z' } };
    const merged: TraitState = { values: { a: 2, b: 2, c: 2, d: 2 }, times: { a: '2026-01-01T00:00:00.000Z', b: '2026-01-01T00:00:00.000Z', c: '2026-01-05T00:00:00.000Z' } };
    const r = mergeTraits(survivor, merged);
    expect(r.state.values).toEqual({ a: 1, b: 1, c: 2, d: 2 });
    expect(Object.keys(r.taken).sort()).toEqual(['c', 'd']);
  });
});
