/**
 * The MIME type of an upload, decided from its first bytes (magic numbers), never from what the
 * client claims. Only the formats the library accepts are recognised; anything else is null.
 */
export type AssetKind = 'image' | 'video';

export interface SniffedType {
  mimeType: string;
  kind: AssetKind;
  /** File extension used for downloads. */
  ext: string;
}

const ascii = (b: Uint8Array, at: number, len: number) => String.fromCharCode(...b.subarray(at, at + len));

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0) => sig.every((v, i) => b[at + i] === v);

const IMAGE_BRANDS: Record<string, SniffedType> = {
  avif: { mimeType: 'image/avif', kind: 'image', ext: 'avif' },
  avis: { mimeType: 'image/avif', kind: 'image', ext: 'avif' },
};

/** ISO-BMFF (MP4 / MOV / AVIF): the `ftyp` box names a major brand. */
function sniffIsoBmff(b: Uint8Array): SniffedType | null {
  if (b.length < 12) return null;
  const type = ascii(b, 4, 4);
  if (type === 'ftyp') {
    const brand = ascii(b, 8, 4);
    if (IMAGE_BRANDS[brand]) return IMAGE_BRANDS[brand];
    if (brand === 'qt  ') return { mimeType: 'video/quicktime', kind: 'video', ext: 'mov' };
    if (/^(isom|iso[2-9]|mp41|mp42|avc1|dash|M4V |M4VH|M4VP|3gp\d|3g2\w|mmp4|MSNV|f4v )$/.test(brand)) {
      return { mimeType: 'video/mp4', kind: 'video', ext: 'mp4' };
    }
    return null;
  }
  // old QuickTime files start with a moov/mdat/wide/free box instead of ftyp
  if (/^(moov|mdat|wide|free|skip)$/.test(type)) return { mimeType: 'video/quicktime', kind: 'video', ext: 'mov' };
  return null;
}

export function sniffMime(bytes: Uint8Array): SniffedType | null {
  const b = bytes;
  if (startsWith(b, [0xff, 0xd8, 0xff])) return { mimeType: 'image/jpeg', kind: 'image', ext: 'jpg' };
  if (startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { mimeType: 'image/png', kind: 'image', ext: 'png' };
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return { mimeType: 'image/gif', kind: 'image', ext: 'gif' };
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 4) === 'WEBP') return { mimeType: 'image/webp', kind: 'image', ext: 'webp' };
  return sniffIsoBmff(b);
}
