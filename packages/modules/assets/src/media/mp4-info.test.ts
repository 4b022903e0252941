import { describe, expect, it } from 'vitest';
import { buildMp4 } from '../testing/mp4-fixture.js';
import { readMp4Info } from './mp4-info.js';
import { sniffMime } from './sniff-mime.js';

describe('readMp4Info', () => {
  it('reads duration from mvhd and size from the video track tkhd', () => {
    expect(readMp4Info(buildMp4({ timescale: 600, duration: 600 * 7 + 300, width: 1920, height: 1080 }))).toEqual({
      durationMs: 7500,
      width: 1920,
      height: 1080,
    });
  });

  it('reads version 1 boxes (64-bit times)', () => {
    expect(readMp4Info(buildMp4({ version: 1, timescale: 90_000, duration: 90_000 * 3600, width: 640, height: 360 }))).toEqual({
      durationMs: 3_600_000,
      width: 640,
      height: 360,
    });
  });

  it('finds moov after mdat and applies a 90° rotation (portrait phone video)', () => {
    const mp4 = buildMp4({ moovLast: true, mdatBytes: 5000, width: 1920, height: 1080, rotate90: true });
    expect(readMp4Info(mp4)).toEqual({ durationMs: 12_345, width: 1080, height: 1920 });
  });

  it('QuickTime files sniff as video/quicktime and parse the same way', () => {
    const mov = buildMp4({ brand: 'qt  ', width: 720, height: 1280 });
    expect(sniffMime(mov)?.mimeType).toBe('video/quicktime');
    expect(readMp4Info(mov)).toMatchObject({ width: 720, height: 1280 });
  });

  it('answers null on garbage or a file cut inside moov, instead of throwing', () => {
    expect(readMp4Info(new Uint8Array([1, 2, 3]))).toBeNull();
    const full = buildMp4();
    expect(readMp4Info(full.subarray(0, 60))).toBeNull();
  });
});
