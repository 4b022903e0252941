import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { readSdkPayload } from './raw-body.js';

const LIMIT = 10_000;
const req = (body: BodyInit, headers: Record<string, string> = {}) => new Request('http://x/v1/batch', { method: 'POST', body, headers });

describe('SDK request bodies', () => {
  it('reads JSON sent as application/json or text/plain', async () => {
    expect(await readSdkPayload(req('{"a":1}', { 'content-type': 'text/plain' }), LIMIT)).toEqual({ a: 1 });
    expect(await readSdkPayload(req('[1]', { 'content-type': 'application/json' }), LIMIT)).toEqual([1]);
  });
  it('gunzips by header and by magic bytes', async () => {
    const gz = gzipSync('{"a":"好"}');
    expect(await readSdkPayload(req(gz, { 'content-encoding': 'gzip' }), LIMIT)).toEqual({ a: '好' });
    expect(await readSdkPayload(req(gz), LIMIT)).toEqual({ a: '好' });
  });
  it('decodes form data= as JSON or base64 (plain or gzipped)', async () => {
    const form = (data: string) => req(new URLSearchParams({ data }).toString(), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(await readSdkPayload(form('{"e":1}'), LIMIT)).toEqual({ e: 1 });
    expect(await readSdkPayload(form(Buffer.from('{"e":2}').toString('base64')), LIMIT)).toEqual({ e: 2 });
    expect(await readSdkPayload(form(gzipSync('{"e":3}').toString('base64')), LIMIT)).toEqual({ e: 3 });
    await expect(readSdkPayload(req('x=1', { 'content-type': 'application/x-www-form-urlencoded' }), LIMIT)).rejects.toThrow('body.data');
  });
  it('refuses oversized bodies and gzip bombs with 413', async () => {
    await expect(readSdkPayload(req('x'.repeat(LIMIT + 1)), LIMIT)).rejects.toMatchObject({ status: 413 });
    const bomb = gzipSync(Buffer.alloc(5_000_000, 0x20));
    expect(bomb.length).toBeLessThan(LIMIT);
    await expect(readSdkPayload(req(bomb), LIMIT)).rejects.toMatchObject({ status: 413 });
  });
  it('refuses bad gzip, invalid UTF-8, bad JSON, empty bodies and unknown encodings with 4xx', async () => {
    await expect(readSdkPayload(req(Buffer.from([0x1f, 0x8b, 1, 2, 3])), LIMIT)).rejects.toMatchObject({ code: 'invalid_gzip', status: 400 });
    await expect(readSdkPayload(req(Buffer.from([0x7b, 0xff, 0xfe, 0x7d])), LIMIT)).rejects.toMatchObject({ code: 'invalid_utf8' });
    await expect(readSdkPayload(req('{nope'), LIMIT)).rejects.toMatchObject({ code: 'invalid_json' });
    await expect(readSdkPayload(req(''), LIMIT)).rejects.toThrow('body: is empty');
    await expect(readSdkPayload(req('{}', { 'content-encoding': 'br' }), LIMIT)).rejects.toMatchObject({ status: 415 });
  });
});
