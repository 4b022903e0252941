import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import 'dayjs/locale/zh-cn';

dayjs.extend(utc);
dayjs.extend(timezone);

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** `YYYY-MM-DD HH:mm` in the workspace time zone. */
export function formatDateTime(value: string | number | Date | null | undefined, tz: string): string {
  if (value === null || value === undefined || value === '') return '—';
  const d = dayjs(value);
  return d.isValid() ? d.tz(tz).format('YYYY-MM-DD HH:mm') : '—';
}

/** A calendar date; plain `YYYY-MM-DD` strings are dates already and are not shifted. */
export function formatDate(value: string | Date | null | undefined, tz: string): string {
  if (!value) return '—';
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const d = dayjs(value);
  return d.isValid() ? d.tz(tz).format('YYYY-MM-DD') : '—';
}

/** "Asia/Shanghai (UTC+08:00)". */
export function zoneLabel(tz: string): string {
  try {
    return `${tz} (UTC${dayjs().tz(tz).format('Z')})`;
  } catch {
    return tz;
  }
}

export function supportedTimeZones(): string[] {
  const intl = Intl as unknown as { supportedValuesOf?: (key: string) => string[] };
  const zones = intl.supportedValuesOf?.('timeZone') ?? [];
  const all = zones.includes('UTC') ? zones : ['UTC', ...zones];
  return all.includes(DEFAULT_TIME_ZONE) ? all : [DEFAULT_TIME_ZONE, ...all];
}

/** A local datetime picked in the workspace zone → ISO UTC string for the API. */
export function toUtcIso(d: dayjs.Dayjs, tz: string): string {
  return dayjs.tz(d.format('YYYY-MM-DDTHH:mm:ss'), tz).toISOString();
}

export { dayjs };

/**
 * The last day of a range. A timestamp at midnight in the zone is an exclusive end (the range
 * stops before it), so the day shown is the one before.
 */
export function formatRangeEnd(value: string, tz: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const d = dayjs(value).tz(tz);
  if (!d.isValid()) return '—';
  const atMidnight = d.hour() === 0 && d.minute() === 0 && d.second() === 0 && d.millisecond() === 0;
  return (atMidnight ? d.subtract(1, 'day') : d).format('YYYY-MM-DD');
}
