import type { TFunction } from 'i18next';
import type { TrendLabels } from '../trends/trend-labels';
import type { TrendResult } from '../trends/trends.api';
import type { CsvCell } from './csv';

/**
 * A trend as a table: one row per bucket, one column per line (and per previous-period line), then a
 * row of totals. Values are the API's numbers, unformatted (ratios as fractions).
 */
export function trendCsvRows(result: TrendResult, labels: TrendLabels, t: TFunction): CsvCell[][] {
  const cols = result.series.flatMap((s, i) =>
    s.lines.flatMap((l, j) => {
      const prev = s.previous?.lines[j];
      const current = { title: labels.line(i, l), points: l.points.map((p) => p.value), total: l.total };
      return prev ? [current, { title: `${labels.line(i, l)} (${t('trends.previousShort')})`, points: prev.points.map((p) => p.value), total: prev.total }] : [current];
    }),
  );
  const buckets = result.series[0]?.lines[0]?.points.map((p) => p.bucket) ?? [];
  return [
    [t(`trends.intervals.${result.interval}`), ...cols.map((c) => c.title)],
    ...buckets.map((b, k) => [b, ...cols.map((c) => c.points[k] ?? null)]),
    [t('trends.total'), ...cols.map((c) => c.total)],
  ];
}
