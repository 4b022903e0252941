import { Space, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatInteger, formatRate } from '../../lib/format';
import { normalizeLanguage } from '../../lib/i18n/index';
import { FunnelChart } from '../funnels/funnel-chart';
import type { FunnelResult } from '../funnels/funnels.api';
import { PathsChart } from '../paths/paths-chart';
import type { PathsResult } from '../paths/paths.api';
import { RetentionCurve } from '../retention/retention-curve';
import type { RetentionResult } from '../retention/retention.api';
import { formatMetricValue } from '../trends/metric-format';
import { MetricName } from '../metrics/metric-label';
import { isEmptyTrend, TrendChart } from '../trends/trend-chart';
import { trendLabels } from '../trends/trend-labels';
import type { MetricDefinition } from '../metrics/metrics.api';
import type { TrendBody, TrendResult } from '../trends/trends.api';
import type { CsvCell } from './csv';
import type { DashboardRun, TileResult } from './dashboards.api';
import { funnelCsvRows, pathsCsvRows, retentionCsvRows } from './tile-csv';
import { trendCsvRows } from './trend-csv';

/** Height of one grid row of a tile's chart, in pixels. */
export const ROW_HEIGHT = 150;

type Run = Pick<DashboardRun, 'accounts' | 'metrics'>;

/** A computed tile: its chart and headline numbers, and its table for CSV export (null when there is nothing to export). */
export function useTileView(tile: TileResult, index: number, run: Run): { view: ReactNode; csv: CsvCell[][] | null } {
  const { t, i18n } = useTranslation();
  if (!tile.result || tile.error) return { view: null, csv: null };
  switch (tile.kind) {
    case 'trend':
      return trendView(tile.result as TrendResult, tile, index, run, t, normalizeLanguage(i18n.language));
    case 'funnel': {
      const r = tile.result as FunnelResult;
      const first = r.steps[0]?.fans ?? 0;
      const last = r.steps.at(-1)?.fans ?? 0;
      return {
        view: (
          <>
            <FunnelChart steps={r.steps} />
            <Typography.Text type="secondary">{t('dashboards.funnelOverall')}: </Typography.Text>
            <Typography.Text strong data-testid={`tile-${index}-funnel-overall`} data-value={last} data-first={first}>
              {formatInteger(last)} / {formatInteger(first)} · {formatRate(r.steps.at(-1)?.conversionFromFirst ?? 0)}
            </Typography.Text>
          </>
        ),
        csv: funnelCsvRows(r, t),
      };
    }
    case 'retention': {
      const r = tile.result as RetentionResult;
      return {
        view: (
          <>
            <RetentionCurve result={r} />
            <Typography.Text type="secondary">{t('dashboards.retentionFirst')}: </Typography.Text>
            <Typography.Text strong data-testid={`tile-${index}-retention-first`}>{formatRate(r.curve[0]?.rate ?? null)}</Typography.Text>
          </>
        ),
        csv: retentionCsvRows(r, t),
      };
    }
    case 'paths': {
      const r = tile.result as PathsResult;
      const anchor = String(tile.body.event ?? '');
      return {
        view: (
          <>
            <PathsChart result={r} anchor={anchor} />
            <Typography.Text type="secondary" data-testid={`tile-${index}-paths-total`}>
              {t('dashboards.pathsTotal', { fans: formatInteger(r.totalFans), occurrences: formatInteger(r.totalOccurrences) })}
            </Typography.Text>
          </>
        ),
        csv: pathsCsvRows(r, anchor, t),
      };
    }
    default:
      return { view: null, csv: null };
  }
}

function trendView(result: TrendResult, tile: TileResult, index: number, run: Run, t: TFunction, lang: 'zh-CN' | 'en') {
  const body = tile.body as unknown as TrendBody;
  const labels = trendLabels({
    series: body.series ?? [],
    breakdown: body.breakdown,
    result,
    metrics: new Map<string, MetricDefinition>(run.metrics.map((m) => [m.id, m])),
    accounts: new Map(run.accounts.map((a) => [a.id, a.name])),
    lang,
    t,
  });
  return {
    view: (
      <>
        <TrendChart result={result} labels={labels} height={tile.h * ROW_HEIGHT} testId={`tile-${index}-chart`} />
        <Space wrap size={[16, 4]} style={{ marginTop: 8 }} data-testid={`tile-${index}-totals`}>
          {result.series.flatMap((s, i) =>
            s.lines.map((l, j) => (
              <span key={`${i}-${j}`}>
                <Typography.Text type="secondary">
                  {labels.metric(i) ? <MetricName metric={labels.metric(i)} fallback={labels.series(i)} /> : labels.series(i)}
                  {labels.hasBreakdown ? ` · ${labels.group(l.group)}` : ''}:{' '}
                </Typography.Text>
                <Typography.Text strong data-testid={`tile-${index}-total-${i}-${j}`} data-value={l.total}>{formatMetricValue(l.total, s.unit)}</Typography.Text>
              </span>
            )),
          )}
        </Space>
      </>
    ),
    csv: isEmptyTrend(result) ? null : trendCsvRows(result, labels, t),
  };
}
