import { describe, expect, it } from 'vitest';
import { sandboxLikeConnector, strictConnector } from '../test/strict-connector.js';
import { PLATFORM_CATALOG } from './platforms.catalog.js';
import { listPlatforms, platformInfo } from './platforms.service.js';

const CATALOG_PLATFORMS = ['wechat_oa', 'wecom', 'weibo', 'douyin', 'kuaishou', 'xiaohongshu', 'bilibili', 'zhihu', 'bluesky', 'x', 'instagram', 'tiktok', 'youtube', 'facebook', 'linkedin', 'mastodon'];

describe('platform catalog', () => {
  it('covers every platform that has no connector yet, once', () => {
    expect(PLATFORM_CATALOG.map((p) => p.platform).sort()).toEqual([...CATALOG_PLATFORMS].sort());
  });

  it.each(PLATFORM_CATALOG.map((p) => [p.platform, p] as const))('%s is fully described', (_, p) => {
    expect(p.name.zh.trim()).not.toBe('');
    expect(p.name.en.trim()).not.toBe('');
    expect(p.docsUrl).toMatch(/^https:\/\//);
    expect(p.credentialFields.some((f) => f.secret)).toBe(true);
    expect(new Set(p.credentialFields.map((f) => f.key)).size).toBe(p.credentialFields.length);
    for (const f of p.credentialFields) expect(f.label.zh && f.label.en).toBeTruthy();
  });

  it('lists what WeChat OA and WeCom need per their developer docs', () => {
    const keys = (id: string) => PLATFORM_CATALOG.find((p) => p.platform === id)!.credentialFields.map((f) => f.key);
    expect(keys('wechat_oa')).toEqual(['appId', 'appSecret', 'token', 'encodingAESKey']);
    expect(keys('wecom')).toEqual(['corpId', 'secret', 'agentId', 'token', 'encodingAESKey']);
    expect(keys('bluesky')).toEqual(['handle', 'appPassword']);
  });
});

describe('listPlatforms', () => {
  const publicUrl = 'https://resonance.example.com/';

  it('shows catalog platforms as credentials_only with their callback URL', () => {
    const oa = platformInfo(new Map(), 'wechat_oa', publicUrl)!;
    expect(oa).toMatchObject({
      connector: 'credentials_only',
      oneClick: false,
      callbackUrl: 'https://resonance.example.com/api/callbacks/wechat_oa',
      docsUrl: expect.stringContaining('developers.weixin.qq.com'),
    });
    expect(oa.approvalNote?.en).toMatch(/verified/);
    expect(platformInfo(new Map(), 'bluesky', publicUrl)!.callbackUrl).toBeNull();
    expect(platformInfo(new Map(), 'myspace', publicUrl)).toBeUndefined();
  });

  it("lets a registered connector's metadata win, keeping the catalog's docs", () => {
    const oa = strictConnector({
      platform: 'wechat_oa',
      displayName: { zh: '公众号', en: 'OA' },
      credentialFields: { needsCallbackUrl: false, fields: [{ key: 'appId', label: { zh: 'AppID', en: 'AppID' }, secret: false }] },
      connect: () => {
        throw new Error('not called');
      },
    });
    const info = platformInfo(new Map([[oa.platform, oa]]), 'wechat_oa', publicUrl)!;
    expect(info).toMatchObject({ name: { zh: '公众号', en: 'OA' }, connector: 'available', oneClick: false, callbackUrl: null });
    expect(info.credentialFields.map((f) => f.key)).toEqual(['appId']);
    expect(info.docsUrl).toContain('weixin');
  });

  it('puts registered connectors first; a connector without required fields connects with one click', () => {
    const sandbox = sandboxLikeConnector();
    const list = listPlatforms(new Map([[sandbox.platform, sandbox]]), publicUrl);
    expect(list[0]).toMatchObject({ platform: 'sandbox', connector: 'available', oneClick: true, callbackUrl: null, docsUrl: null });
    expect(list.map((p) => p.platform).slice(1)).toEqual(CATALOG_PLATFORMS);
  });
});
