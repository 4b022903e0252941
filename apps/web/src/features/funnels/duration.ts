import type { TFunction } from 'i18next';

/** Seconds as the two largest units ("2d 4h", "3小时20分"); null → "—". */
export function formatDuration(seconds: number | null | undefined, t: TFunction): string {
  if (seconds === null || seconds === undefined || Number.isNaN(seconds)) return '—';
  const s = Math.round(seconds);
  const parts: [number, 'd' | 'h' | 'm' | 's'][] = [
    [Math.floor(s / 86_400), 'd'],
    [Math.floor((s % 86_400) / 3600), 'h'],
    [Math.floor((s % 3600) / 60), 'm'],
    [s % 60, 's'],
  ];
  const first = parts.findIndex(([n]) => n > 0);
  if (first < 0) return t('funnels.units.s', { n: 0 });
  return parts
    .slice(first, first + 2)
    .filter(([n]) => n > 0)
    .map(([n, u]) => t(`funnels.units.${u}`, { n }))
    .join(' ');
}
