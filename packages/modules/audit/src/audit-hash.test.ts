import { describe, expect, it } from 'vitest';
import { GENESIS_HASH, entryHash, type HashedFields } from './audit-hash.js';

const base: HashedFields = {
  id: 'aud_1',
  workspaceId: 'ws_1',
  chainSeq: 1,
  actorType: 'user',
  actorId: 'usr_1',
  action: 'brand.create',
  targetType: 'brand',
  targetId: 'brand_1',
  ip: '127.0.0.1',
  userAgent: 'test',
  before: null,
  after: { name: 'A', tags: ['x'] },
  createdAt: new Date('2026-11-22T01:00:00.000Z'),
};

describe('entryHash', () => {
  it('is a stable sha256 hex digest, independent of key order inside values', () => {
    const h = entryHash(GENESIS_HASH, base);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash(GENESIS_HASH, { ...base, after: { tags: ['x'], name: 'A' } })).toBe(h);
  });

  it('changes with any field, the time and the previous hash', () => {
    const h = entryHash(GENESIS_HASH, base);
    expect(entryHash(GENESIS_HASH, { ...base, after: { name: 'B', tags: ['x'] } })).not.toBe(h);
    expect(entryHash(GENESIS_HASH, { ...base, chainSeq: 2 })).not.toBe(h);
    expect(entryHash(GENESIS_HASH, { ...base, createdAt: new Date('2026-11-22T01:00:00.001Z') })).not.toBe(h);
    expect(entryHash('f'.repeat(64), base)).not.toBe(h);
  });
});
