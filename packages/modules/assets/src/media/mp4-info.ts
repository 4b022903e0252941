/**
 * A small ISO-BMFF (MP4 / MOV) box reader: the duration from `moov/mvhd` and the picture size from
 * the video track's `tkhd` (display size, rotation applied). Reads the whole buffer; `moov` may come
 * before or after `mdat`. Server-side frame extraction would need ffmpeg, which we do not require.
 */
export interface VideoInfo {
  durationMs: number | null;
  width: number | null;
  height: number | null;
}

interface Box {
  type: string;
  /** Offset of the payload (after the header). */
  start: number;
  end: number;
}

function* boxes(view: DataView, from: number, to: number): Generator<Box> {
  let at = from;
  while (at + 8 <= to) {
    let size = view.getUint32(at);
    const type = String.fromCharCode(view.getUint8(at + 4), view.getUint8(at + 5), view.getUint8(at + 6), view.getUint8(at + 7));
    let header = 8;
    if (size === 1) {
      if (at + 16 > to) return;
      size = Number(view.getBigUint64(at + 8));
      header = 16;
    } else if (size === 0) {
      size = to - at; // extends to the end of the enclosing box / file
    }
    if (size < header || at + size > to) return; // truncated or corrupt: stop, keep what we found
    yield { type, start: at + header, end: at + size };
    at += size;
  }
}

const child = (view: DataView, parent: Box, type: string) => [...boxes(view, parent.start, parent.end)].find((b) => b.type === type);

function readMvhd(view: DataView, b: Box): number | null {
  const version = view.getUint8(b.start);
  const p = b.start + 4;
  const timescale = version === 1 ? view.getUint32(p + 16) : view.getUint32(p + 8);
  const duration = version === 1 ? Number(view.getBigUint64(p + 20)) : view.getUint32(p + 12);
  if (!timescale || (version === 0 && duration === 0xffffffff)) return null;
  return Math.round((duration * 1000) / timescale);
}

function readTkhd(view: DataView, b: Box): { width: number; height: number } {
  const version = view.getUint8(b.start);
  // after version/flags: times, track id, reserved, duration (v1: 8+8+4+4+8, v0: 4+4+4+4+4), reserved 8, layer, group, volume, reserved
  const matrixAt = b.start + 4 + (version === 1 ? 32 : 20) + 8 + 8;
  const a = view.getInt32(matrixAt);
  const bb = view.getInt32(matrixAt + 4);
  const width = Math.round(view.getUint32(matrixAt + 36) / 65536);
  const height = Math.round(view.getUint32(matrixAt + 40) / 65536);
  const rotated = a === 0 && bb !== 0; // 90° or 270°
  return rotated ? { width: height, height: width } : { width, height };
}

function handlerOf(view: DataView, trak: Box): string | null {
  const mdia = child(view, trak, 'mdia');
  const hdlr = mdia && child(view, mdia, 'hdlr');
  if (!hdlr || hdlr.start + 12 > hdlr.end) return null;
  return String.fromCharCode(...new Uint8Array(view.buffer, view.byteOffset + hdlr.start + 8, 4));
}

/** null when the file holds no complete `moov` box (not a playable MP4 / MOV, e.g. truncated). */
export function readMp4Info(bytes: Uint8Array): VideoInfo | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const info: VideoInfo = { durationMs: null, width: null, height: null };
  const moov = [...boxes(view, 0, bytes.byteLength)].find((b) => b.type === 'moov');
  if (!moov) return null;
  for (const b of boxes(view, moov.start, moov.end)) {
    if (b.type === 'mvhd' && b.end - b.start >= 20) info.durationMs = readMvhd(view, b);
    if (b.type === 'trak' && info.width === null) {
      const tkhd = child(view, b, 'tkhd');
      if (!tkhd || tkhd.end - tkhd.start < 84) continue;
      const size = readTkhd(view, tkhd);
      const handler = handlerOf(view, b);
      if (handler === 'vide' || (handler === null && size.width > 0)) {
        info.width = size.width || null;
        info.height = size.height || null;
      }
    }
  }
  return info;
}
