import { ValidationError } from '@resonance/kernel';
import { describe, expect, it } from 'vitest';
import { checkCredentials } from './credential-validation.js';

const fields = [
  { key: 'appId', label: { zh: 'AppID', en: 'AppID' }, secret: false },
  { key: 'appSecret', label: { zh: 'AppSecret', en: 'AppSecret' }, secret: true },
  { key: 'note', label: { zh: '备注', en: 'Note' }, secret: false, optional: true },
];

const issues = (creds: Record<string, string>) => {
  try {
    checkCredentials(fields, creds, 'WeChat');
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    return (err as ValidationError).fields;
  }
  throw new Error('expected a validation error');
};

describe('checkCredentials', () => {
  it('names every missing or blank required field', () => {
    expect(issues({ appSecret: '  ' })).toEqual([
      { path: 'body.credentials.appId', message: 'AppID is required for WeChat' },
      { path: 'body.credentials.appSecret', message: 'AppSecret is required for WeChat' },
    ]);
  });

  it('rejects fields the platform does not have', () => {
    expect(issues({ appId: 'a', appSecret: 'b', password: 'c' })).toEqual([
      { path: 'body.credentials.password', message: 'WeChat has no credential field "password"' },
    ]);
  });

  it('returns the bag without blank optional fields', () => {
    expect(checkCredentials(fields, { appId: 'wx1', appSecret: 's', note: '' }, 'WeChat')).toEqual({ appId: 'wx1', appSecret: 's' });
  });
});
