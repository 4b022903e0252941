import { dayjs } from '../../lib/time';

export const RANGE_PRESETS = ['7d', '28d', '90d'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
/** The last N local days ending today, or fixed local dates (the dashboards' `filters.range`). */
export type RangeValue = { preset: RangePreset } | { from: string; to: string };
export type DateRange = { from: string; to: string };

export const PRESET_DAYS: Record<RangePreset, number> = { '7d': 7, '28d': 28, '90d': 90 };

/** Today's local date in the time zone. */
export const todayIn = (timeZone: string): string => dayjs().tz(timeZone).format('YYYY-MM-DD');

/** As the server resolves it: a preset is the last N local days of the workspace zone, today included. */
export function resolveRange(value: RangeValue, timeZone: string): DateRange {
  if ('preset' in value) {
    const to = todayIn(timeZone);
    return { from: dayjs(to).subtract(PRESET_DAYS[value.preset] - 1, 'day').format('YYYY-MM-DD'), to };
  }
  return { from: value.from, to: value.to };
}
