import ReactEChartsCore from 'echarts-for-react/lib/core';
import { useTranslation } from 'react-i18next';
import { formatCompact } from '../../lib/format';
import { EmptyState } from '../../lib/states';
import { echarts } from '../overview/echarts';
import { formatMetricValue } from './metric-format';
import type { TrendLabels } from './trend-labels';
import type { TrendResult } from './trends.api';

const COLORS = ['#4f46e5', '#f59e0b', '#10b981', '#ef4444', '#0ea5e9', '#a855f7', '#84cc16', '#f97316', '#14b8a6', '#ec4899'];
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const isPercent = (unit: string) => unit === 'percent' || unit === 'ratio';

/** True when every point of every line is 0: nothing happened in the range. */
export function isEmptyTrend(result: TrendResult): boolean {
  return result.series.every((s) => s.lines.every((l) => l.total === 0 && l.points.every((p) => p.value === 0)));
}

/**
 * One line per series (and breakdown value) over the buckets of the range; the previous period dashed
 * in the same colour, aligned bucket by bucket. Percent-like series get the right axis when mixed with counts.
 */
export function TrendChart({ result, labels, height = 360, testId = 'trend-chart' }: { result: TrendResult; labels: TrendLabels; height?: number; testId?: string }) {
  const { t, i18n } = useTranslation();
  if (isEmptyTrend(result)) return <EmptyState description={t('trends.noData')} />;
  const buckets = result.series[0]?.lines[0]?.points.map((p) => p.bucket) ?? [];
  const units = result.series.map((s) => s.unit);
  const twoAxes = units.some(isPercent) && units.some((u) => !isPercent(u));
  const axisOf = (unit: string) => (twoAxes && isPercent(unit) ? 1 : 0);
  const lines: object[] = [];
  const unitByName = new Map<string, string>();
  let color = 0;
  result.series.forEach((s, i) => {
    s.lines.forEach((l, j) => {
      const c = COLORS[color++ % COLORS.length];
      const name = labels.line(i, l);
      unitByName.set(name, s.unit).set(`${name} (${t('trends.previousShort')})`, s.unit);
      lines.push({ name, type: 'line', showSymbol: buckets.length <= 31, yAxisIndex: axisOf(s.unit), data: l.points.map((p) => p.value), itemStyle: { color: c }, lineStyle: { width: 2 } });
      const prev = s.previous?.lines[j];
      if (prev) {
        lines.push({
          name: `${name} (${t('trends.previousShort')})`,
          type: 'line',
          showSymbol: false,
          yAxisIndex: axisOf(s.unit),
          data: prev.points.map((p) => p.value),
          itemStyle: { color: c },
          lineStyle: { type: 'dashed', width: 1.5, opacity: 0.7 },
        });
      }
    });
  });
  const axis = (percent: boolean) => ({
    type: 'value',
    axisLabel: { formatter: (v: number) => (percent ? `${Math.round(v * 1000) / 10}%` : formatCompact(v, i18n.language)) },
    ...(percent && twoAxes ? { splitLine: { show: false } } : {}),
  });
  return (
    <div data-testid={testId}>
      <ReactEChartsCore
        echarts={echarts}
        style={{ height }}
        notMerge
        option={{
          color: COLORS,
          grid: { left: 8, right: 8, top: 48, bottom: 8, containLabel: true },
          legend: { top: 0, type: 'scroll' },
          tooltip: {
            trigger: 'axis',
            // names can hold event and property values: escaped, the tooltip is HTML
            formatter: (params: { seriesName: string; value: number; marker: string; dataIndex: number }[]) =>
              [
                escapeHtml(buckets[params[0]?.dataIndex ?? 0] ?? ''),
                ...params.map((p) => `${p.marker}${escapeHtml(p.seriesName)}: ${formatMetricValue(p.value, unitByName.get(p.seriesName) ?? 'count')}`),
              ].join('<br/>'),
          },
          xAxis: { type: 'category', data: buckets, boundaryGap: false },
          yAxis: twoAxes ? [axis(false), axis(true)] : [axis(isPercent(units[0] ?? 'count'))],
          series: lines,
        }}
      />
    </div>
  );
}
