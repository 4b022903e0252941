/**
 * Asia/Shanghai daily rhythm (UTC+8, no daylight saving). A fan has a peak hour; the chance they are
 * online at hour h is a circular bell around that peak on top of a baseline that drops at night.
 */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const HOUR_MS = 3_600_000;

export function shanghaiHour(ms: number): number {
  return Math.floor((ms + SHANGHAI_OFFSET_MS) / HOUR_MS) % 24;
}

const night = (h: number) => h >= 2 && h <= 6;

/** ONLINE[peak * 24 + hour] ∈ (0, 1]: how likely a fan with that peak hour is online at that hour. */
export const ONLINE = (() => {
  const table = new Float32Array(24 * 24);
  for (let peak = 0; peak < 24; peak++) {
    for (let h = 0; h < 24; h++) {
      const d = Math.min(Math.abs(h - peak), 24 - Math.abs(h - peak));
      const bell = Math.exp(-(d * d) / (2 * 2.5 * 2.5));
      table[peak * 24 + h] = (night(h) ? 0.05 : 0.25) + 0.75 * bell;
    }
  }
  return table;
})();

/** Peak hours of the audience: evening 20–22h dominates, a lunch bump, commuters, night owls. */
export const PEAK_HOUR_MIX: readonly { weight: number; hours: readonly number[] }[] = [
  { weight: 0.55, hours: [19, 20, 20, 21, 21, 22] },
  { weight: 0.2, hours: [12, 12, 13] },
  { weight: 0.12, hours: [7, 8, 9] },
  { weight: 0.13, hours: [23, 0, 1] },
];
