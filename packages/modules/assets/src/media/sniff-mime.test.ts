import { describe, expect, it } from 'vitest';
import { sniffMime } from './sniff-mime.js';

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const ftyp = (brand: string) => bytes([0, 0, 0, 0x18], 'ftyp', brand, [0, 0, 0, 0], 'isommp41');

describe('sniffMime', () => {
  it('recognises images by magic bytes', () => {
    expect(sniffMime(bytes([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))?.mimeType).toBe('image/jpeg');
    expect(sniffMime(bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))?.mimeType).toBe('image/png');
    expect(sniffMime(bytes('GIF89a', [1, 0, 1, 0]))?.mimeType).toBe('image/gif');
    expect(sniffMime(bytes('RIFF', [0x24, 0, 0, 0], 'WEBPVP8 '))?.mimeType).toBe('image/webp');
    expect(sniffMime(ftyp('avif'))).toEqual({ mimeType: 'image/avif', kind: 'image', ext: 'avif' });
  });

  it('tells MP4 from QuickTime by the ftyp brand', () => {
    expect(sniffMime(ftyp('isom'))).toEqual({ mimeType: 'video/mp4', kind: 'video', ext: 'mp4' });
    expect(sniffMime(ftyp('mp42'))?.kind).toBe('video');
    expect(sniffMime(ftyp('qt  '))).toEqual({ mimeType: 'video/quicktime', kind: 'video', ext: 'mov' });
    expect(sniffMime(bytes([0, 0, 0, 8], 'wide', [0, 0, 0, 8], 'mdat'))?.mimeType).toBe('video/quicktime');
  });

  it('refuses everything else, whatever its name', () => {
    expect(sniffMime(bytes('<svg xmlns="http://www.w3.org/2000/svg"></svg>'))).toBeNull();
    expect(sniffMime(bytes('%PDF-1.7'))).toBeNull();
    expect(sniffMime(bytes([0x1a, 0x45, 0xdf, 0xa3]))).toBeNull(); // WebM / Matroska
    expect(sniffMime(ftyp('heic'))).toBeNull();
    expect(sniffMime(bytes('GIF8'))).toBeNull();
    expect(sniffMime(new Uint8Array())).toBeNull();
  });
});
