/** Builds tiny but well-formed ISO-BMFF files (ftyp + moov with mvhd and tracks + mdat) for tests. */
const u32 = (n: number) => {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, n);
  return b;
};
const u64 = (n: number) => {
  const b = new Uint8Array(8);
  new DataView(b.buffer).setBigUint64(0, BigInt(n));
  return b;
};
const text = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const box = (type: string, ...payload: Uint8Array[]) => {
  const body = cat(...payload);
  return cat(u32(8 + body.length), text(type), body);
};
const zeros = (n: number) => new Uint8Array(n);

function mvhd(version: 0 | 1, timescale: number, duration: number) {
  const times = version === 1 ? cat(u64(0), u64(0), u32(timescale), u64(duration)) : cat(u32(0), u32(0), u32(timescale), u32(duration));
  return box('mvhd', Uint8Array.of(version, 0, 0, 0), times, zeros(80));
}

function tkhd(version: 0 | 1, width: number, height: number, rotate90: boolean) {
  const times = version === 1 ? cat(u64(0), u64(0), u32(1), u32(0), u64(0)) : cat(u32(0), u32(0), u32(1), u32(0), u32(0));
  const m = rotate90 ? [0, 0x10000, 0, -0x10000, 0, 0, 0, 0, 0x40000000] : [0x10000, 0, 0, 0, 0x10000, 0, 0, 0, 0x40000000];
  const matrix = cat(...m.map((v) => u32(v >>> 0)));
  return box('tkhd', Uint8Array.of(version, 0, 0, 3), times, zeros(8), zeros(8), matrix, u32(width * 65536), u32(height * 65536));
}

const hdlr = (handler: string) => box('hdlr', zeros(4), zeros(4), text(handler), zeros(12), text('h\0'));
const trak = (handler: string, t: Uint8Array) => box('trak', t, box('mdia', hdlr(handler)));

export interface Mp4Options {
  brand?: string;
  version?: 0 | 1;
  timescale?: number;
  duration?: number;
  width?: number;
  height?: number;
  rotate90?: boolean;
  /** Put `moov` after `mdat` (a file that was not "fast-started"). */
  moovLast?: boolean;
  mdatBytes?: number;
}

export function buildMp4(o: Mp4Options = {}): Uint8Array {
  const v = o.version ?? 0;
  const ftyp = box('ftyp', text(o.brand ?? 'isom'), u32(0x200), text('isomiso2mp41'));
  const moov = box(
    'moov',
    mvhd(v, o.timescale ?? 1000, o.duration ?? 12_345),
    trak('soun', tkhd(v, 0, 0, false)), // audio first: the reader must pick the video track
    trak('vide', tkhd(v, o.width ?? 1280, o.height ?? 720, o.rotate90 ?? false)),
  );
  const mdat = box('mdat', zeros(o.mdatBytes ?? 64));
  return o.moovLast ? cat(ftyp, mdat, moov) : cat(ftyp, moov, mdat);
}
