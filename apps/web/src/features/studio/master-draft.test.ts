import { describe, expect, it } from 'vitest';
import { deriveVariant, draftOf, isDirty, patchOf } from './master-draft';
import type { Item } from './studio.api';

const item = {
  id: 'cnt_1', brandId: null, title: '标题', body: '正文', media: [], links: [], topics: ['护肤'], mentions: [], pillar: null, funnelStage: null,
  campaign: null, sponsored: false, ownerId: 'usr_1', status: 'draft', compliance: null, version: 3, createdBy: 'usr_1',
  createdAt: '2026-11-20T00:00:00.000Z', updatedAt: '2026-11-20T00:00:00.000Z', accountIds: [], variants: [],
} as unknown as Item;

describe('master draft', () => {
  it('patches only what changed, with the loaded version, blanks as null', () => {
    const d = { ...draftOf(item), body: '新正文', pillar: '  ', campaign: '双11' };
    expect(isDirty(draftOf(item), item)).toBe(false);
    expect(isDirty(d, item)).toBe(true);
    expect(patchOf(d, item)).toEqual({ version: 3, body: '新正文', campaign: '双11' });
    expect(patchOf({ ...d, title: ' ' }, item)).toMatchObject({ title: null });
  });

  it('derives a following variant like the server: topics → hashtags, missing mentions appended', () => {
    expect(deriveVariant({ title: '', body: '你好 @amy', media: [], topics: ['护肤'], mentions: ['amy', 'bob'] })).toEqual({ title: null, body: '你好 @amy @bob', media: [], hashtags: ['护肤'] });
    expect(deriveVariant({ title: 'T', body: '', media: [{ assetId: 'a' }], topics: [], mentions: ['bob'] }).body).toBe('@bob');
  });
});
