import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatMetricValue, percentChange } from './metric-format';
import { MetricName } from '../metrics/metric-label';
import type { TrendLabels } from './trend-labels';
import type { TrendResult } from './trends.api';

interface TotalRow {
  key: string;
  i: number;
  j: number;
  name: string;
  group: string | null;
  unit: string;
  total: number;
  previous: number | null;
}

/** One row per series (and breakdown value): total over the range, the previous period's, and the change. */
export function TrendTotalsTable({ result, labels }: { result: TrendResult; labels: TrendLabels }) {
  const { t } = useTranslation();
  const compare = result.series.some((s) => s.previous);
  const rows: TotalRow[] = result.series.flatMap((s, i) =>
    s.lines.map((l, j) => ({ key: `${i}-${j}`, i, j, name: labels.line(i, l), group: l.group, unit: s.unit, total: l.total, previous: s.previous?.lines[j]?.total ?? null })),
  );
  return (
    <Table<TotalRow>
      data-testid="trend-totals"
      size="small"
      pagination={false}
      dataSource={rows}
      columns={[
        {
          title: t('trends.series'),
          render: (_: unknown, r) => {
            const metric = labels.metric(r.i);
            if (!metric) return r.name;
            return (
              <span>
                <MetricName metric={metric} fallback={labels.series(r.i)} />
                {labels.hasBreakdown ? ` · ${labels.group(r.group)}` : ''}
              </span>
            );
          },
        },
        {
          title: t('trends.total'),
          align: 'right',
          render: (_: unknown, r) => (
            <span data-testid={`trend-total-${r.i}-${r.j}`} data-value={r.total}>
              {formatMetricValue(r.total, r.unit)}
            </span>
          ),
        },
        ...(compare
          ? [
              {
                title: t('trends.previousTotal'),
                align: 'right' as const,
                render: (_: unknown, r: TotalRow) => (
                  <span data-testid={`trend-previous-${r.i}-${r.j}`} data-value={r.previous ?? ''}>
                    {formatMetricValue(r.previous, r.unit)}
                  </span>
                ),
              },
              {
                title: t('trends.change'),
                align: 'right' as const,
                render: (_: unknown, r: TotalRow) => {
                  const c = r.previous === null ? null : percentChange(r.total, r.previous);
                  if (c === null) return <Typography.Text type="secondary">—</Typography.Text>;
                  return <Typography.Text type={c > 0 ? 'success' : c < 0 ? 'danger' : 'secondary'}>{`${c > 0 ? '+' : ''}${c.toFixed(1)}%`}</Typography.Text>;
                },
              },
            ]
          : []),
      ]}
    />
  );
}

type BucketRow = { key: string; bucket: string } & Record<string, number | string>;

/** Every bucket of the range (rows) × every line (columns). */
export function TrendBucketsTable({ result, labels }: { result: TrendResult; labels: TrendLabels }) {
  const { t } = useTranslation();
  const buckets = result.series[0]?.lines[0]?.points.map((p) => p.bucket) ?? [];
  const cols = result.series.flatMap((s, i) => s.lines.map((l, j) => ({ key: `v${i}_${j}`, title: labels.line(i, l), unit: s.unit, points: l.points })));
  const rows: BucketRow[] = buckets.map((b, k) => {
    const row: BucketRow = { key: b, bucket: b };
    for (const c of cols) row[c.key] = c.points[k]?.value ?? 0;
    return row;
  });
  return (
    <Table<BucketRow>
      data-testid="trend-buckets"
      size="small"
      dataSource={rows}
      pagination={rows.length > 31 ? { pageSize: 31, showSizeChanger: false } : false}
      scroll={{ x: Math.max(600, 160 + cols.length * 140) }}
      columns={[
        { title: t(`trends.intervals.${result.interval}`), dataIndex: 'bucket', fixed: 'left', width: 150 },
        ...cols.map((c) => ({ title: c.title, dataIndex: c.key, align: 'right' as const, render: (v: number) => formatMetricValue(v, c.unit) })),
      ]}
    />
  );
}
